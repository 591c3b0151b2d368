// Reads what the register plan needs to know of the workbook (src/workbook/registerPlan.ts):
// every table with its header row, every sheet's used range and top rows, and where the analyst
// is looking. Three round trips, whatever the number of tables and sheets (four when Excel
// refuses to read the selection).

import { HEADER_SCAN_ROWS, mayHoldRange } from "../workbook";
import type { Rect, SheetView, TableView, WorkbookView } from "../workbook";

const rectOf = (r: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }): Rect => ({
  top: r.rowIndex + 1, left: r.columnIndex + 1, bottom: r.rowIndex + r.rowCount, right: r.columnIndex + r.columnCount,
});

/** The tables, the sheets, the active sheet and, when asked, the tables under the active cell. */
async function firstRead(context: Excel.RequestContext, withSelection: boolean) {
  const tables = context.workbook.tables;
  const sheets = context.workbook.worksheets;
  const active = sheets.getActiveWorksheet();
  const here = withSelection ? context.workbook.getActiveCell().getTables(false) : null;
  tables.load("items/name, items/showTotals");
  sheets.load("items/name");
  active.load("name");
  here?.load("items/name");
  await context.sync();
  return { tables, sheets, active, here };
}

/**
 * Excel refuses to read the selection, failing the whole batch, when the workbook is not focused
 * (office-js #5319) or a chart is selected (#2268): then the same batch goes again without it,
 * and the register is found as if nothing were selected.
 */
async function readWithSelection(context: Excel.RequestContext) {
  try {
    return await firstRead(context, true);
  } catch {
    return firstRead(context, false);
  }
}

/**
 * The plan's view of the workbook. `alongside` queues the caller's own reads (the rules sheet,
 * the suppliers list…): they go with the view's second batch, after the one a refused selection
 * read may fail and repeat, and are loaded when this returns.
 */
export async function registerView<T = void>(context: Excel.RequestContext, alongside?: () => T): Promise<{ view: WorkbookView; alongside: T }> {
  const { tables, sheets, active, here } = await readWithSelection(context);
  const extra = alongside?.() as T;

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
  const table = here?.items[0]?.name;
  const focus = { sheet: active.name, ...(table === undefined ? {} : { table }), ...(here === null ? { selectionUnread: true as const } : {}) };
  return { view: { tables: tableViews, sheets: sheetViews, focus }, alongside: extra };
}
