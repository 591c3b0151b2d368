// Whether the rules sheet still holds the rulebook the register's formulas apply. Beside the
// team's tables, a grid of formulas, one per cell of the decision and spellings tables and one
// row and one column past them: 0 while the cell holds what was applied, 1 once it differs. One
// cell sums them, with the tables' sizes and the levels cell; while it is not 0 every computed
// cell of the register shows a marker instead of a verdict of rules that are no longer the team's.
// The add-in's check and the audit read the edited table and write the grid again.

import type { Rules } from "../core";
import type { Block, CellValue, Position } from "./description";
import { textLiteral } from "./escape";
import { a1, absoluteCell, rangeA1 } from "./references";
import type { Notation } from "./references";
import { decisionTable, RULEBOOK_LANGUAGE_CELL, RULEBOOK_LEVELS_CELL, spellingsTable } from "./rulebookLayout";
import { sheetWords } from "./sheetWords";
import type { RulebookCells } from "./rulebookSheet";
import { RULES_SHEET } from "./sheetNames";

/** The cell counting what differs; its label left of it. */
export const EDITS_CELL: Position = { row: 3, column: 2 };

interface Compared {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  /** The applied value of each cell, by "row:column"; "" elsewhere. */
  readonly expected: ReadonlyMap<string, CellValue>;
  readonly tables: readonly { readonly at: Position; readonly rows: number; readonly columns: number }[];
}

function compared(rules: Rules): Compared {
  const expected = new Map<string, CellValue>();
  const tables = [decisionTable(rules), spellingsTable(rules)].map((t) => {
    [t.headers, ...t.rows].forEach((line, r) => line.forEach((v, c) => expected.set(`${t.at.row + r}:${t.at.column + c}`, v)));
    return { at: t.at, rows: t.rows.length + 1, columns: t.headers.length };
  });
  const bottom = Math.max(...tables.map((t) => t.at.row + t.rows - 1)) + 1;
  const right = Math.max(...tables.map((t) => t.at.column + t.columns - 1)) + 1;
  const first = tables[0] as (typeof tables)[number];
  return { top: first.at.row, left: first.at.column, bottom, right, expected, tables };
}

/** 0 when a cell holds the applied value, else 1; an error in it is caught by the sum's IFERROR. */
function sameAs(ref: string, value: CellValue): string {
  if (typeof value === "boolean") return `=IF(ISLOGICAL(${ref}),IF(${ref},${value ? "0,1" : "1,0"}),1)`;
  if (typeof value === "number") return `=IF(ISNUMBER(${ref}),IF(${ref}=${value},0,1),1)`;
  // EXACT reads a boolean as the display language's word, never equal to an applied text.
  return `=IF(EXACT(${ref},${textLiteral(value)}),0,1)`;
}

const gridLeft = (c: Compared) => c.right + 2;

/** The grid of comparisons and the cell summing them, as blocks of the rules sheet (all 0: as written). */
export function appliedBlocks(rules: Rules): Block[] {
  const c = compared(rules);
  const formulas: string[][] = [];
  for (let row = c.top; row <= c.bottom; row++) {
    const line: string[] = [];
    for (let column = c.left; column <= c.right; column++) line.push(sameAs(a1(row, column), c.expected.get(`${row}:${column}`) ?? ""));
    formulas.push(line);
  }
  const zeros = formulas.map((line) => line.map(() => 0));
  const left = gridLeft(c);
  const grid = rangeA1(c.top, left, c.bottom, left + c.right - c.left);
  const sizes = c.tables.map((t) => {
    const range = rangeA1(t.at.row, t.at.column, t.at.row + t.rows - 1, t.at.column + t.columns - 1);
    return `ROWS(${range})=${t.rows},COLUMNS(${range})=${t.columns}`;
  });
  const exact = (p: Position, value: string) => `IF(EXACT(${a1(p.row, p.column)},${textLiteral(value)}),0,1)`;
  const identity = `${exact(RULEBOOK_LEVELS_CELL, rules.complexities.join(", "))}+${exact(RULEBOOK_LANGUAGE_CELL, rules.locale.tag)}`;
  const sum = `=IFERROR(SUM(${grid})+${identity}+IF(AND(${sizes.join(",")}),0,1),1)`;
  const words = sheetWords(rules.locale.tag).rulesLabels;
  return [
    { at: { row: EDITS_CELL.row, column: EDITS_CELL.column - 1 }, values: [[words.edits]], styles: [["note"]] },
    { at: EDITS_CELL, values: [[0]], formulas: [[sum]] },
    {
      at: { row: c.top - 1, column: left },
      values: [[words.grid]],
      styles: [["note"]],
    },
    { at: { row: c.top, column: left }, values: zeros, formulas },
  ];
}

/** The register formulas' reference to the count of edits not applied. */
export const editsCell = (n: Notation): string => absoluteCell(RULES_SHEET, EDITS_CELL, n);

const same = (a: unknown, b: CellValue) => (a === null || a === undefined ? "" : a) === b;

/**
 * Whether the rules sheet's decision and spellings tables are exactly what the grid compares
 * with for this rulebook (the rulebook read from them): cell for cell, where they were written.
 */
export function asApplied(cells: RulebookCells, rules: Rules): boolean {
  const decisions = decisionTable(rules);
  const spellings = spellingsTable(rules);
  const at = (p: Position, q: Position) => p.row === q.row && p.column === q.column;
  const table = (rows: readonly (readonly unknown[])[], expected: readonly (readonly CellValue[])[]) =>
    rows.length === expected.length && expected.every((line, r) => line.length === (rows[r] ?? []).length && line.every((v, c) => same(rows[r]?.[c], v)));
  return (
    at(cells.at, decisions.at) &&
    table([cells.header, ...cells.rows], [decisions.headers, ...decisions.rows]) &&
    same(cells.levels, rules.complexities.join(", ")) &&
    same(cells.language, rules.locale.tag) &&
    cells.spellings !== undefined &&
    at(cells.spellings.at, spellings.at) &&
    table(cells.spellings.rows, spellings.rows)
  );
}
