// The register plan's view of a file (src/workbook/registerPlan.ts), read from the package: the
// tables from their parts, each worksheet's used range and first rows from one streamed pass.
// The pass also notes what the edit of the register's sheet must know before it starts writing:
// per column, the highest shared-formula group and the last row holding a formula.

import { HEADER_SCAN_ROWS, mayHoldRange, RULES_SHEET } from "../workbook";
import type { Rect, SheetView, TableView, WorkbookView } from "../workbook";
import type { Package } from "./opc";
import { cellValue, parseCells, rowExtent } from "./cells";
import { scanSheet } from "./sheetStream";
import type { WorkbookInfo } from "./workbookPart";

export interface SheetScan {
  readonly used: Rect | null;
  /** Values of the rows kept (the first rows of the used range, and the tables' header rows). */
  readonly rows: ReadonlyMap<number, ReadonlyMap<number, unknown>>;
  /** Per column, the highest shared-formula group id of its cells. */
  readonly sharedIndex: ReadonlyMap<number, number>;
  /** Per column, the last row whose cell holds a formula. */
  readonly lastFormulaRow: ReadonlyMap<number, number>;
  /**
   * Whether every row was read. A partial scan (read only: a rollup's reading) stops after the
   * first rows of the used range and the rows kept: its `used` is the top's, not the sheet's.
   */
  readonly complete: boolean;
}

/** One streamed pass over a worksheet: all of it, or (`partial`) as far as the view needs. */
export async function scanForView(pkg: Package, part: string, sharedStrings: readonly string[], keep: ReadonlySet<number>, partial = false): Promise<SheetScan> {
  let used: { top: number; left: number; bottom: number; right: number } | null = null;
  const rows = new Map<number, Map<number, unknown>>();
  const lastFormulaRow = new Map<number, number>();
  const sharedIndex = new Map<number, number>();
  let prefix = "";
  let last = 0;
  const deepest = Math.max(0, ...keep);
  let complete = true;
  await scanSheet(pkg.entry(part) as NonNullable<ReturnType<Package["entry"]>>, {
    // Partial: past the rows kept and the first rows of the used range, nothing more is kept.
    stop: () => {
      if (!partial || used === null || last < used.top + HEADER_SCAN_ROWS || last < deepest) return false;
      complete = false;
      return true;
    },
    head: (_, p) => {
      prefix = p;
    },
    row: (row, text) => {
      last = row;
      const keepRow = keep.has(row) || used === null || row < used.top + HEADER_SCAN_ROWS;
      // Most rows: no formula, not kept; only their extent matters.
      if (!keepRow && !text.includes(`<${prefix}f`)) {
        const extent = rowExtent(text, prefix, sharedStrings);
        if (extent !== null && used !== null) {
          used.bottom = row;
          used.left = Math.min(used.left, extent.left);
          used.right = Math.max(used.right, extent.right);
        }
        return;
      }
      let values: Map<number, unknown> | undefined;
      for (const cell of parseCells(text, prefix)) {
        if (cell.formula) lastFormulaRow.set(cell.column, row);
        if (cell.shared !== undefined) sharedIndex.set(cell.column, Math.max(sharedIndex.get(cell.column) ?? -1, Number(cell.shared.si)));
        const value = cellValue(cell, sharedStrings);
        if (value === "") continue;
        if (used === null) used = { top: row, left: cell.column, bottom: row, right: cell.column };
        else {
          used.bottom = row;
          used.left = Math.min(used.left, cell.column);
          used.right = Math.max(used.right, cell.column);
        }
        if (keepRow) (values ??= new Map()).set(cell.column, value);
      }
      if (values !== undefined) rows.set(row, values);
    },
  });
  return { used, rows, sharedIndex, lastFormulaRow, complete };
}

export const line = (scan: SheetScan, row: number, left: number, right: number): unknown[] =>
  Array.from({ length: right - left + 1 }, (_, i) => scan.rows.get(row)?.get(left + i) ?? "");

/** The rules sheet's rows a rulebook is read from: its tables' rows (the first few thousand) and the identity rows. */
const MAX_RULES_ROWS = 5000;
function rulesRows(info: WorkbookInfo, sheet: string): number[] {
  if (sheet.toLowerCase() !== RULES_SHEET.toLowerCase()) return [];
  const rows = [2, 3];
  for (const t of info.tables.filter((x) => x.sheet === sheet)) {
    for (let row = t.rect.top; row <= Math.min(t.rect.bottom, t.rect.top + MAX_RULES_ROWS); row++) rows.push(row);
  }
  return rows;
}

/**
 * Scans every worksheet and builds the plan's view; a file has no focus. Read only, `partial`
 * names the register's sheet from a view of every sheet's first rows: that sheet's scan stays
 * partial (the judging pass reads its rows), every other is read to its end, so a damaged
 * sheet is refused as the audit refuses it.
 */
export async function readView(pkg: Package, info: WorkbookInfo, sharedStrings: readonly string[], partial?: (view: WorkbookView) => string | undefined): Promise<{ view: WorkbookView; scans: ReadonlyMap<string, SheetScan> }> {
  const first = await scanView(pkg, info, sharedStrings, partial !== undefined, new Map());
  if (partial === undefined) return first;
  const register = partial(first.view);
  return scanView(pkg, info, sharedStrings, false, new Map([...first.scans].filter(([name, scan]) => scan.complete || name === register)));
}

/** Scans the worksheets not scanned yet (not in `done`), all of each or as far as the view needs. */
async function scanView(pkg: Package, info: WorkbookInfo, sharedStrings: readonly string[], partial: boolean, done: ReadonlyMap<string, SheetScan>): Promise<{ view: WorkbookView; scans: ReadonlyMap<string, SheetScan> }> {
  const scans = new Map<string, SheetScan>();
  for (const sheet of info.sheets) {
    if (sheet.part === undefined) continue;
    const scanned = done.get(sheet.name);
    if (scanned !== undefined) {
      scans.set(sheet.name, scanned);
      continue;
    }
    const headerRows = new Set([...info.tables.filter((t) => t.sheet === sheet.name).map((t) => t.rect.top), ...rulesRows(info, sheet.name)]);
    scans.set(sheet.name, await scanForView(pkg, sheet.part, sharedStrings, headerRows, partial));
  }
  const tables: TableView[] = info.tables.map((t) => {
    const scan = scans.get(t.sheet) as SheetScan;
    const header = t.headerRows === 0 ? [] : line(scan, t.rect.top, t.rect.left, t.rect.right);
    return { name: t.name, sheet: t.sheet, rect: t.rect, totalsRows: t.totalsRows, header };
  });
  const sheets: SheetView[] = info.sheets.flatMap((sheet) => {
    const scan = scans.get(sheet.name);
    if (scan === undefined) return [];
    const used = scan.used;
    const topRows = used === null || !mayHoldRange(sheet.name, tables)
      ? []
      : Array.from({ length: Math.min(used.bottom - used.top + 1, HEADER_SCAN_ROWS) }, (_, i) => line(scan, used.top + i, used.left, used.right));
    return [{ name: sheet.name, used, topRows }];
  });
  return { view: { tables, sheets }, scans };
}
