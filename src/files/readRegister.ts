// Reading one file's register for the portfolio: the audit's own reading (the same verdicts and
// the rulebook it was judged by), read only: nothing written, no package made; a file that cannot
// be read becomes its sentence. Run in the rollup's worker threads (rollupWorker.ts) or in the main thread.

import { problemCells, reportOf, teamOf } from "../workbook";
import type { Language } from "../core";
import type { PortfolioEntry, RegisterTarget } from "../workbook";
import { readPackage } from "./audit";
import { problemCode } from "./fileProblems";
import { fileProblemIn } from "./fileWordsIntl";
import { unreadableIn } from "./fileWordsDamaged";
import { readInput } from "./inputFile";
import { UnusableFileError } from "./inspect";
import { problemLines } from "./problemLines";
import { appendRows } from "./problemSpool";
import type { SpooledRows } from "./problemSpool";

/**
 * One file's register, or the sentence saying why it could not be read. Registers of several
 * teams have different headers: a mapping is for the files that have its headers, so a file it
 * does not fit is read again by the header synonyms (and, failing that, its first sentence stands).
 */
export async function readRegister(file: string, target: RegisterTarget = {}): Promise<PortfolioEntry> {
  try {
    const data = await readInput(file);
    const mapped = Object.keys(target.mapping ?? {}).length > 0;
    const read = await readPackage(data, file, target).catch(async (error: unknown) => {
      if (!mapped || !(error instanceof UnusableFileError)) throw error;
      return readPackage(data, file, { ...target, mapping: {} }).catch(() => {
        throw error;
      });
    });
    return { file, register: { ...reportOf(read), stages: read.stages, teams: read.teams }, error: null, rules: read.rules };
  } catch (error) {
    if (error instanceof UnusableFileError) {
      const problem = error.problem;
      const errorIn = { de: fileProblemIn(file, problem, "de"), zh: fileProblemIn(file, problem, "zh"), ja: fileProblemIn(file, problem, "ja") };
      return { file, register: null, error: error.message, errorIn, errorCode: problemCode(problem) };
    }
    return unreadableEntry(file, error instanceof Error ? error.message : String(error));
  }
}

/** A file that could not be read for a reason without a code (what the system or its reader said). */
export function unreadableEntry(file: string, detail: string, english = `${file}: could not be read (${detail}).`): PortfolioEntry {
  return { file, register: null, error: english, errorIn: { de: unreadableIn(file, detail, "de"), zh: unreadableIn(file, detail, "zh"), ja: unreadableIn(file, detail, "ja") } };
}

/** What a rollup reads of a file, as its readers pass it on. */
export interface PortfolioRead {
  /** The register's summary; its problem rows too when they were asked for (`keepProblems`). */
  readonly entry: PortfolioEntry;
  /** The team its problem rows are listed under, and where the reader spooled them (problemSpool.ts). */
  readonly team: string;
  readonly rows: SpooledRows | null;
}

/** How a rollup's readers read: the register to find, the portfolio's language, the spool's folder, whether the problem rows come back as values too. */
export interface PortfolioReading {
  readonly target: RegisterTarget;
  readonly language: Language;
  readonly spool: string;
  readonly keepProblems: boolean;
}

/** A file read for the portfolio: its entry, its problem rows rendered and spooled where it was read (a reader thread). */
export async function readForPortfolio(file: string, how: PortfolioReading, shared?: ReadonlyMap<string, number>): Promise<PortfolioRead> {
  return portfolioRead(await readRegister(file, how.target), how, shared);
}

/** An entry as the portfolio takes it (also for a file whose reader stopped); texts among `shared` are written as references to them. */
export function portfolioRead(entry: PortfolioEntry, how: PortfolioReading, shared?: ReadonlyMap<string, number>): PortfolioRead {
  const rows = problemCells(entry, how.language);
  const register = entry.register;
  const summary = how.keepProblems || register === null ? entry : { ...entry, register: { ...register, problems: [] } };
  return { entry: summary, team: teamOf(entry), rows: appendRows(how.spool, problemLines(rows, shared), rows.length) };
}
