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
}

/** One streamed pass over a worksheet. */
export async function scanForView(pkg: Package, part: string, sharedStrings: readonly string[], keep: ReadonlySet<number>): Promise<SheetScan> {
  let used: { top: number; left: number; bottom: number; right: number } | null = null;
  const rows = new Map<number, Map<number, unknown>>();
  const lastFormulaRow = new Map<number, number>();
  const sharedIndex = new Map<number, number>();
  let prefix = "";
  await scanSheet(pkg.entry(part) as NonNullable<ReturnType<Package["entry"]>>, {
    head: (_, p) => {
      prefix = p;
    },
    row: (row, text) => {
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
  return { used, rows, sharedIndex, lastFormulaRow };
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

/** Scans every worksheet and builds the plan's view; a file has no focus. */
export async function readView(pkg: Package, info: WorkbookInfo, sharedStrings: readonly string[]): Promise<{ view: WorkbookView; scans: ReadonlyMap<string, SheetScan> }> {
  const scans = new Map<string, SheetScan>();
  for (const sheet of info.sheets) {
    if (sheet.part === undefined) continue;
    const headerRows = new Set([...info.tables.filter((t) => t.sheet === sheet.name).map((t) => t.rect.top), ...rulesRows(info, sheet.name)]);
    scans.set(sheet.name, await scanForView(pkg, sheet.part, sharedStrings, headerRows));
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
