// Reads what the register plan needs to know of the workbook (src/workbook/registerPlan.ts):
// every table with its header row, every sheet's used range and top rows, and where the analyst
// is looking. Three round trips, whatever the number of tables and sheets.

import { HEADER_SCAN_ROWS, mayHoldRange } from "../workbook";
import type { Rect, SheetView, TableView, WorkbookView } from "../workbook";

const rectOf = (r: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Rect => ({
  top: r.rowIndex + 1, left: r.columnIndex + 1, bottom: r.rowIndex + r.rowCount, right: r.columnIndex + r.columnCount,
});

export async function registerView(context: Excel.RequestContext): Promise<WorkbookView> {
  const tables = context.workbook.tables;
  const sheets = context.workbook.worksheets;
  const active = sheets.getActiveWorksheet();
  const here = context.workbook.getActiveCell().getTables(false);
  tables.load("items/name, items/showTotals");
  sheets.load("items/name");
  active.load("name");
  here.load("items/name");
  await context.sync();

  const tableReads = tables.items.map((table) => {
    const range = table.getRange();
    const header = table.getHeaderRowRange();
    const sheet = table.worksheet;
    range.load("rowIndex, columnIndex, rowCount, columnCount");
    header.load("values");
    sheet.load("name");
    return { table, range, header, sheet };
  });
  const usedRanges = sheets.items.map((sheet) => {
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("rowIndex, columnIndex, rowCount, columnCount");
    return used;
  });
  await context.sync();

  const tableSheets = tableReads.map(({ table, sheet }) => ({ name: table.name, sheet: sheet.name }));
  // Only sheets that may hold a register as a plain range need their top rows.
  const topReads = usedRanges.map((used, i) => {
    if (used.isNullObject || !mayHoldRange(sheets.items[i]?.name ?? "", tableSheets)) return null;
    const top = used.getRow(0).getResizedRange(Math.min(used.rowCount, HEADER_SCAN_ROWS) - 1, 0);
    top.load("values");
    return top;
  });
  await context.sync();

  const tableViews: TableView[] = tableReads.map(({ table, range, header, sheet }) => ({
    name: table.name, sheet: sheet.name, rect: rectOf(range), totalsRows: table.showTotals ? 1 : 0, header: header.values[0] ?? [],
  }));
  const sheetViews: SheetView[] = sheets.items.map((sheet, i) => {
    const used = usedRanges[i] as Excel.Range;
    const top = topReads[i];
    return { name: sheet.name, used: used.isNullObject ? null : rectOf(used), topRows: top ? top.values : [] };
  });
  const table = here.items[0]?.name;
  return { tables: tableViews, sheets: sheetViews, focus: { sheet: active.name, ...(table === undefined ? {} : { table }) } };
}
