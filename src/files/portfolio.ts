// `mfgmodel rollup`: every register in a set of files, in one new workbook (the portfolio
// description of src/workbook/portfolio.ts): a summary row per register, every problem row, and
// projects by stage and model used with a native chart. Reading a register is the audit's own
// reading (the same verdicts, nothing written back); a file that cannot be read is listed with
// its sentence and the run goes on. Memory stays bounded whatever the number of files: each
// register's problem rows go to a spool on disk as it arrives, and the problem-rows sheets are
// streamed from it into the output file.

import * as fs from "fs";
import { checkOutput, writeOutputWith } from "./safeOutput";
import { builtInRules } from "../core";
import type { Language, Rules } from "../core";
import { entryInLanguage, PROBLEM_ROWS_PER_SHEET, portfolioChart, portfolioSheets, portfolioStages, portfolioTexts, STAGES_SHEET, stageGrid } from "../workbook";
import type { PortfolioEntry, RegisterTarget, SheetDescription, StreamedProblems } from "../workbook";
import { addChart } from "./chartPart";
import { newWorkbook } from "./newWorkbook";
import { ProblemSpool } from "./problemSpool";
import { readAll } from "./readPool";
import type { ReadProgress } from "./readPool";
import { REL } from "./opc";
import { sharedStringsXml, writeProblemRows } from "./problemLines";
import { fileSink, ZipWriter } from "./zipWriter";

export { readRegister } from "./readRegister";

/** The portfolio's package: its sheets in a new package, then the chart added to it. */
function portfolioPackage(entries: readonly PortfolioEntry[], perSheet: number, language: Language, streamed?: StreamedProblems) {
  // Each register was judged by its own workbook's rulebook (the Rules column names it); the
  // built-in one in the portfolio's language orders the stages and models, a team's own stages follow.
  const rules = builtInRules(language);
  const sheets = portfolioSheets(entries, rules, "", perSheet, streamed);
  const { pkg, info } = newWorkbook(sheets);
  const chart = portfolioChart(rules, "", entries);
  const grid = stageGrid(entries, rules);
  addChart(pkg, info.sheets.find((s) => s.name === STAGES_SHEET)?.part as string, chart, portfolioStages(rules, entries), chart.series.map((_, i) => grid.map((row) => row[i] as number)));
  return { pkg, info, sheets };
}

/** The portfolio workbook in memory, its problem rows the entries' own. */
export function portfolioWorkbook(entries: readonly PortfolioEntry[], perSheet = PROBLEM_ROWS_PER_SHEET, language: Language = "en"): Buffer {
  return portfolioPackage(entries.map((e) => entryInLanguage(e, language)), perSheet, language).pkg.save();
}

/**
 * Writes the portfolio into a file, the problem-rows sheets streamed from the spool: each sheet's
 * part as written with no rows, its rows put in before `</sheetData>`, row by row.
 */
async function writePortfolio(file: string, entries: readonly PortfolioEntry[], spool: ProblemSpool, perSheet: number, language: Language, shared: readonly string[]): Promise<void> {
  const { pkg, info, sheets } = portfolioPackage(entries, perSheet, language, { count: spool.count });
  // The texts the readers wrote as references (portfolioTexts), once.
  if (spool.count > 0 && shared.length > 0) {
    pkg.put(SHARED_STRINGS, Buffer.from(sharedStringsXml(shared), "utf8"));
    pkg.addRelationship("xl/workbook.xml", REL.sharedStrings, SHARED_STRINGS);
    pkg.addContentType(SHARED_STRINGS, "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml");
  }
  const streamed = new Map<string, SheetDescription>();
  for (const sheet of sheets) {
    const part = info.sheets.find((s) => s.name === sheet.name)?.part;
    if (part !== undefined && sheet.tables.some((t) => (t.streamedRows ?? 0) > 0)) streamed.set(part, sheet);
  }
  const rows = spool.lines();
  const fd = fs.openSync(file, "wx");
  try {
    const zip = new ZipWriter(fileSink(fd));
    for (const part of pkg.outputParts()) {
      const name = part.kind === "copy" ? part.entry.name : part.name;
      const sheet = streamed.get(name);
      if (sheet === undefined) {
        zip.add(part);
        continue;
      }
      const xml = pkg.pendingText(name) as string;
      // The sheet's title row is written, so its rows end with </sheetData>: the streamed rows go before it.
      const at = xml.lastIndexOf("</sheetData>");
      if (at < 0) throw new Error(`${name} has no sheetData to stream the problem rows into`);
      const table = sheet.tables[0] as NonNullable<(typeof sheet.tables)[number]>;
      await zip.stream(name, async (write) => {
        await write(xml.slice(0, at));
        await writeProblemRows(write, rows, table.at, table.streamedRows ?? 0);
        await write(xml.slice(at));
      });
    }
    zip.finish();
  } finally {
    fs.closeSync(fd);
  }
}

const SHARED_STRINGS = "xl/sharedStrings.xml";

export interface RollupResult {
  readonly output: string;
  /** Every register's summary, in the files' order (its problem rows are in the portfolio, not here). */
  readonly entries: readonly PortfolioEntry[];
}

/** Reads every file in turn (telling `onEntry` as each is read) and writes the portfolio; an input is never the output. */
export interface RollupOptions extends Pick<ReadProgress, "onRead"> {
  /** Called with each entry (its problem rows included), in the order of the files. */
  readonly onEntry?: (entry: PortfolioEntry, index: number) => void;
  readonly target?: RegisterTarget;
  readonly replace?: boolean;
  /** The rulebook every register should be judged by: others are flagged. */
  readonly expected?: Rules;
  /** Files read at once, by worker threads (1: in turn). */
  readonly jobs?: number;
  /** Problem rows per sheet (Excel's limit unless a test says). */
  readonly perSheet?: number;
  /** The portfolio's language (--lang): its words, and the stages of registers judged by another language's built-in rules. */
  readonly language?: Language;
}

/**
 * Reads every file (in parallel when `jobs` > 1, the entries in the files' order) and writes the
 * portfolio; an input is never the output. `onEntry` sees each entry whole, problem rows included.
 */
export async function rollupFiles(inputs: readonly string[], output: string, options: RollupOptions = {}): Promise<RollupResult> {
  await checkOutput(output, inputs, options.replace === true);
  const expected = options.expected;
  const flagged = (e: PortfolioEntry): PortfolioEntry => (expected === undefined || e.rules === undefined ? e : { ...e, unexpectedRules: e.rules.fingerprint !== expected.fingerprint });
  const entries: PortfolioEntry[] = [];
  const language = options.language ?? "en";
  const spool = new ProblemSpool();
  try {
    // The readers render the problem rows; they send them as values too only for `onEntry`.
    const how = { target: options.target ?? {}, language, spool: spool.dir, keepProblems: options.onEntry !== undefined };
    const shared = portfolioTexts(inputs, language);
    await readAll(inputs, how, options.jobs ?? 1, {
      onRead: options.onRead,
      // Entries arrive in the files' order: each flagged once, its problem rows spooled, its summary kept.
      onEntry: (read, i) => {
        const entry = entryInLanguage(flagged(read.entry), language);
        options.onEntry?.(entry, i);
        spool.add(read.team, read.rows);
        entries.push(entry.register === null ? entry : { ...entry, register: { ...entry.register, problems: [] } });
      },
    }, shared);
    await writeOutputWith(output, options.replace === true, (temp) => writePortfolio(temp, entries, spool, options.perSheet ?? PROBLEM_ROWS_PER_SHEET, language, shared));
  } finally {
    spool.close();
  }
  return { output, entries };
}
