// `mfgmodel rollup`: every register in a set of files, in one new workbook (the portfolio
// description of src/workbook/portfolio.ts): a summary row per register, every problem row, and
// projects by stage and model used with a native chart. Reading a register is the audit's own
// reading (the same verdicts, nothing written back); a file that cannot be read is listed with
// its sentence and the run goes on.

import { checkOutput, writeOutput } from "./safeOutput";
import { readInput } from "./inputFile";
import { BUILT_IN_RULES } from "../core";
import type { Rules } from "../core";
import { portfolioChart, portfolioSheets, portfolioStages, reportOf, STAGES_SHEET, stageGrid } from "../workbook";
import type { PortfolioEntry, RegisterTarget } from "../workbook";
import { auditPackage } from "./audit";
import { addChart } from "./chartPart";
import { problemCode } from "./fileProblems";
import { UnusableFileError } from "./inspect";
import { newWorkbook } from "./newWorkbook";

/**
 * One file's register, or the sentence saying why it could not be read. Registers of several
 * teams have different headers: a mapping is for the files that have its headers, so a file it
 * does not fit is read again by the header synonyms (and, failing that, its first sentence stands).
 */
export async function readRegister(file: string, target: RegisterTarget = {}): Promise<PortfolioEntry> {
  try {
    const data = await readInput(file);
    const mapped = Object.keys(target.mapping ?? {}).length > 0;
    const read = await auditPackage(data, file, target).catch(async (error: unknown) => {
      if (!mapped || !(error instanceof UnusableFileError)) throw error;
      return auditPackage(data, file, { ...target, mapping: {} }).catch(() => {
        throw error;
      });
    });
    return { file, register: { ...reportOf(read), stages: read.stages, teams: read.teams }, error: null, rules: read.rules };
  } catch (error) {
    if (error instanceof UnusableFileError) return { file, register: null, error: error.message, errorCode: problemCode(error.problem) };
    return { file, register: null, error: `${file}: could not be read (${error instanceof Error ? error.message : String(error)}).` };
  }
}

/** The portfolio workbook: its sheets in a new package, then the chart added to it. */
export function portfolioWorkbook(entries: readonly PortfolioEntry[]): Buffer {
  // Each register was judged by its own workbook's rulebook (the Rules column names it); the
  // built-in one orders the stages and models, a team's own stages follow.
  const rules = BUILT_IN_RULES;
  const { pkg, info } = newWorkbook(portfolioSheets(entries, rules));
  const chart = portfolioChart(rules, "", entries);
  const grid = stageGrid(entries, rules);
  addChart(pkg, info.sheets.find((s) => s.name === STAGES_SHEET)?.part as string, chart, portfolioStages(rules, entries), chart.series.map((_, i) => grid.map((row) => row[i] as number)));
  return pkg.save();
}

export interface RollupResult {
  readonly output: string;
  readonly entries: readonly PortfolioEntry[];
}

/** Reads every file in turn (telling `onEntry` as each is read) and writes the portfolio; an input is never the output. */
export async function rollupFiles(
  inputs: readonly string[],
  output: string,
  target: RegisterTarget = {},
  replace = false,
  onEntry?: (entry: PortfolioEntry) => void,
  expected?: Rules,
): Promise<RollupResult> {
  await checkOutput(output, inputs, replace);
  const entries: PortfolioEntry[] = [];
  for (const input of inputs) {
    const read = await readRegister(input, target);
    const entry = expected === undefined || read.rules === undefined ? read : { ...read, unexpectedRules: read.rules.fingerprint !== expected.fingerprint };
    entries.push(entry);
    onEntry?.(entry);
  }
  const data = portfolioWorkbook(entries);
  await writeOutput(output, data, replace);
  return { output, entries };
}
