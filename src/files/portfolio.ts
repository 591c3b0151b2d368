// `mfgmodel rollup`: every register in a set of files, in one new workbook (the portfolio
// description of src/workbook/portfolio.ts): a summary row per register, every problem row, and
// projects by stage and model used with a native chart. Reading a register is the audit's own
// reading (the same verdicts, nothing written back); a file that cannot be read is listed with
// its sentence and the run goes on.

import { checkOutput, writeOutput } from "./safeOutput";
import { BUILT_IN_RULES } from "../core";
import type { Rules } from "../core";
import { portfolioChart, portfolioSheets, portfolioStages, STAGES_SHEET, stageGrid } from "../workbook";
import type { PortfolioEntry, RegisterTarget } from "../workbook";
import { addChart } from "./chartPart";
import { newWorkbook } from "./newWorkbook";
import { readAll } from "./readPool";
import type { ReadProgress } from "./readPool";

export { readRegister } from "./readRegister";

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
export interface RollupOptions extends ReadProgress {
  readonly target?: RegisterTarget;
  readonly replace?: boolean;
  /** The rulebook every register should be judged by: others are flagged. */
  readonly expected?: Rules;
  /** Files read at once, by worker threads (1: in turn). */
  readonly jobs?: number;
}

/** Reads every file (in parallel when `jobs` > 1, the entries in the files' order) and writes the portfolio; an input is never the output. */
export async function rollupFiles(inputs: readonly string[], output: string, options: RollupOptions = {}): Promise<RollupResult> {
  await checkOutput(output, inputs, options.replace === true);
  const expected = options.expected;
  const flagged = (e: PortfolioEntry): PortfolioEntry => (expected === undefined || e.rules === undefined ? e : { ...e, unexpectedRules: e.rules.fingerprint !== expected.fingerprint });
  const entries: PortfolioEntry[] = [];
  await readAll(inputs, options.target ?? {}, options.jobs ?? 1, {
    onRead: options.onRead,
    // Entries arrive in the files' order: each flagged once, kept, and passed on.
    onEntry: (e, i) => {
      const entry = flagged(e);
      entries.push(entry);
      options.onEntry?.(entry, i);
    },
  });
  const data = portfolioWorkbook(entries);
  await writeOutput(output, data, options.replace === true);
  return { output, entries };
}
