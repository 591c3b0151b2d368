// The optional last argument of the judging functions: a range holding a rulebook (the decision
// table with its header row, e.g. MfgDecisions[#All]), so a function beside a register judges by
// the register's rules. Compiled once per content (a register fills the formula down every row).

import { BUILT_IN_RULES } from "../core";
import type { Rules } from "../core";
import { readRulebook } from "../workbook/rulebookSheet";
import { rulebookIssueMessage } from "../workbook/rulebookWords";
import { invalidValue } from "./excelErrors";
import { toGrid } from "./grid";

const CACHE = new Map<string, Rules | CustomFunctions.Error>();
/** Rulebooks kept: a workbook has one or two; more are dropped oldest first. */
const CACHE_SIZE = 8;

/** The rulebook the previous call passed, and what it compiled to. */
let last: { readonly grid: readonly (readonly unknown[])[]; readonly value: Rules | CustomFunctions.Error } | null = null;

function sameCells(a: readonly (readonly unknown[])[], b: readonly (readonly unknown[])[]): boolean {
  if (a.length !== b.length) return false;
  for (let r = 0; r < a.length; r++) {
    const x = a[r] as readonly unknown[];
    const y = b[r] as readonly unknown[];
    if (x.length !== y.length) return false;
    for (let c = 0; c < x.length; c++) if (x[c] !== y[c]) return false;
  }
  return true;
}

const keyOf = (grid: readonly (readonly unknown[])[]): string => grid.map((row) => row.map((v) => `${typeof v}:${String(v)}`).join("\u0001")).join("\u0002");

/**
 * The rulebook a `rules` argument holds, or the #VALUE! error naming its first problem (the
 * argument's row and column, as counted in the range); the built-in rules when it is omitted.
 */
export function rulesArgument(rules: unknown): Rules | CustomFunctions.Error {
  if (rules === undefined || rules === null) return BUILT_IN_RULES;
  const grid = toGrid(rules);
  if (grid.length === 1 && grid[0]?.length === 1 && (grid[0][0] === null || grid[0][0] === "")) return BUILT_IN_RULES;
  // A register fills the formula down: the same rulebook on every call, compared cell for cell.
  if (last !== null && sameCells(last.grid, grid)) return last.value;
  const key = keyOf(grid);
  const cached = CACHE.get(key);
  if (cached !== undefined) last = { grid, value: cached };
  if (cached !== undefined) return cached;
  const read = readRulebook(
    { name: "Rules from the range", version: "", levels: "", at: { row: 1, column: 1 }, header: grid[0] ?? [], rows: grid.slice(1) },
    BUILT_IN_RULES,
    (row, column) => `rules (row ${row}, column ${column} of the range)`,
  );
  const first = read.ok ? undefined : read.problems[0];
  const value = read.ok ? read.rules : invalidValue(`${first?.cell}: ${first === undefined ? "" : rulebookIssueMessage(first.issue)} Pass the decision table with its header row, e.g. MfgDecisions[#All].`);
  if (CACHE.size >= CACHE_SIZE) CACHE.delete(CACHE.keys().next().value as string);
  CACHE.set(key, value);
  last = { grid, value };
  return value;
}

/** Judges with the rulebook a `rules` argument holds, or gives its one error as the result. */
export function judgedBy<T>(rules: unknown, judge: (book: Rules) => T[][]): (T | CustomFunctions.Error)[][] {
  const book = rulesArgument(rules);
  return book instanceof CustomFunctions.Error ? [[book]] : judge(book);
}
