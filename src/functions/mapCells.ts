// Cells in, one result per cell out: the loop every judging function runs over its ranges,
// with Excel's error propagation (an input cell holding an error gives that error) and the
// core's issues as Excel errors.

import type { CellIssue } from "../core";
import { inputErrorCode, isZero, plainCell, propagatedError } from "./cellsIn";
import { excelError, invalidValue } from "./excelErrors";
import { commonShape, fullGrid } from "./grid";
import type { Grid, NamedGrid } from "./grid";

export type Cell = string | CustomFunctions.Error;

/** One result from up to four plain cells: the answer, or the core's issue with the input. */
export type Compute = (a: unknown, b: unknown, c: unknown, d: unknown) => string | CellIssue;

/** A primitive other than 0: the core reads it as it is (almost every cell). */
const isPlain = (v: unknown): boolean => v !== 0 && (typeof v !== "object" || v === null);

/** The core's answer as a cell: the text, or the issue as an Excel error. */
function answer(result: string | CellIssue, raw: readonly unknown[], names: readonly string[]): Cell {
  if (typeof result === "string") return result;
  if (result.code !== "empty") return excelError(result);
  return excelError(result, result.arguments.filter((name) => isZero(raw[names.indexOf(name)])));
}

/**
 * One cell's result. An input cell holding an Excel error gives that error, the first in
 * argument order, as Excel's own functions propagate errors; otherwise the core decides.
 */
function computeCell(names: readonly string[], compute: Compute, a: unknown, b: unknown, c: unknown, d: unknown): Cell {
  if (isPlain(a) && isPlain(b) && isPlain(c) && isPlain(d)) {
    const result = compute(a, b, c, d);
    return typeof result === "string" ? result : answer(result, [a, b, c, d], names);
  }
  const raw = [a, b, c, d];
  for (let i = 0; i < names.length; i++) {
    const code = inputErrorCode(raw[i]);
    if (code !== undefined) return propagatedError(code, names[i] as string);
  }
  return answer(compute(plainCell(a), plainCell(b), plainCell(c), plainCell(d)), raw, names);
}

/**
 * Computes one result per cell over arguments of one shape (single cells broadcast). A shape
 * mismatch fails the whole formula; a bad cell fails only its own result. Up to four arguments.
 */
export function mapCells(args: readonly NamedGrid[], compute: Compute): Cell[][] {
  try {
    const common = commonShape(args);
    if (!common.ok) return [[invalidValue(common.message)]];
    const { rows, columns } = common.shape;
    const names = args.map((arg) => arg.name);
    // The hot loop runs over up to millions of cells: every argument becomes a full grid (a
    // single cell repeats one shared row), so each cell is two plain index reads.
    const [g0, g1, g2, g3] = [0, 1, 2, 3].map((i) => fullGrid(args[i]?.grid, common.shape)) as Grid[];
    const out: Cell[][] = new Array(rows);
    for (let r = 0; r < rows; r++) {
      const r0 = g0![r]!, r1 = g1![r]!, r2 = g2![r]!, r3 = g3![r]!;
      if (columns === 1) {
        // The common case (a column of projects): a packed one-element row is cheapest.
        out[r] = [computeCell(names, compute, r0[0], r1[0], r2[0], r3[0])];
        continue;
      }
      const line: Cell[] = new Array(columns);
      for (let c = 0; c < columns; c++) line[c] = computeCell(names, compute, r0[c], r1[c], r2[c], r3[c]);
      out[r] = line;
    }
    return out;
  } catch (e) {
    // Never an untyped throw into Excel: an unexpected failure is still a #VALUE! with words.
    return [[invalidValue(`Unexpected error: ${e instanceof Error ? e.message : String(e)}`)]];
  }
}
