// A sheet description as a plain 2-D array of values (blocks and tables, headers included),
// formulas as formulas, for engines that take a grid: HyperFormula in tests, CSV-like checks.

import type { CellValue, SheetDescription } from "./description";

export function sheetGrid(sheet: SheetDescription): (CellValue | null)[][] {
  const grid: (CellValue | null)[][] = [];
  const put = (row: number, column: number, value: CellValue) => {
    while (grid.length < row) grid.push([]);
    const line = grid[row - 1] as (CellValue | null)[];
    while (line.length < column) line.push(null);
    line[column - 1] = value === "" ? null : value;
  };
  // A formula cell holds its formula, for the engine to evaluate.
  for (const block of sheet.blocks) {
    block.values.forEach((line, r) => line.forEach((v, c) => put(block.at.row + r, block.at.column + c, block.formulas?.[r]?.[c] ?? v)));
  }
  for (const table of sheet.tables) {
    table.headers.forEach((h, c) => put(table.at.row, table.at.column + c, h));
    table.rows.forEach((line, r) => line.forEach((v, c) => put(table.at.row + 1 + r, table.at.column + c, v)));
  }
  return grid;
}
