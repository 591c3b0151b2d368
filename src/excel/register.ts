// The add-in's own register in Excel: set up the MfgRegister table and add rows to it (checking
// any register is checkRegister.ts). Every decision comes from the register plan
// (src/workbook/registerPlan.ts); this file reads what it asks and draws what it returns.

import {
  computedHeader,
  INPUT_ROLES,
  inputHeader,
  locateRegister,
  planColumns,
  planDrawing,
  rangeA1,
  REGISTER_COLUMNS,
  REGISTER_SHEET,
  REGISTER_TABLE,
  registerPageSetup,
  RULES_SHEET,
} from "../workbook";
import { BUILT_IN_RULES } from "../core";
import type { Rules } from "../core";
import type { InputRole, RegisterLocation, TableView } from "../workbook";
import { rowChunks } from "./chunks";
import { drawFormats, drawRegister, drawRegisterPrint, loadPrintState, setFormula } from "./drawRegister";
import { lookupSuppliers, queueRulesIfMissing, queueSuppliersIfMissing } from "./readSheets";
import { applyStyle, drawPageSetup, numberFormatOf, setColumnWidths, writeValues } from "./render";
import { REGISTER_API, requireExcelApi, WorkbookError } from "./requirements";

export type { ProblemRow, RegisterReport } from "../workbook";
export { MAX_PROBLEMS } from "../workbook";
export type RegisterRow = Partial<Record<InputRole, unknown>>;

/** The add-in's register headers in a rulebook's language (its inputs found again by their synonyms, its computed columns in any language). */
const headersOf = (rules: Rules): string[] => REGISTER_COLUMNS.map((c) => (c.formula === undefined ? inputHeader(c.role as InputRole, rules.locale.tag) : computedHeader(c, true, rules.locale.tag)));

const blankAsEmpty = (v: unknown) => (v === undefined || v === null ? "" : v);

/** The add-in's own register located by the plan, from its table's extent and header row. */
function ownLocation(sheet: string, rect: TableView["rect"], header: readonly unknown[]): RegisterLocation {
  return locateRegister({ tables: [{ name: REGISTER_TABLE, sheet, rect, totalsRows: 0, header }], sheets: [] }, { table: REGISTER_TABLE });
}

export interface SetupResult {
  readonly created: boolean;
  readonly rulesWritten: boolean;
  readonly rowsAdded: number;
}

/** Creates the register (and the rules it reads, when missing), then appends the given rows. */
export async function setupRegister(context: Excel.RequestContext, rows: readonly RegisterRow[] = [], rules: Rules = BUILT_IN_RULES): Promise<SetupResult> {
  requireExcelApi(REGISTER_API, "setup");
  const rulesSheetFound = context.workbook.worksheets.getItemOrNullObject(RULES_SHEET);
  const suppliers = lookupSuppliers(context);
  const sheet = context.workbook.worksheets.getItemOrNullObject(REGISTER_SHEET);
  const table = context.workbook.tables.getItemOrNullObject(REGISTER_TABLE);
  // isNullObject needs a sync, not a load (OfficeExtension.ClientObject).
  await context.sync();
  const rulesWritten = queueRulesIfMissing(context, rulesSheetFound, rules);
  const suppliersWritten = queueSuppliersIfMissing(context, suppliers, rules.locale.tag);
  const created = table.isNullObject;
  if (created) {
    let target = sheet;
    if (sheet.isNullObject) {
      target = context.workbook.worksheets.add(REGISTER_SHEET);
    } else {
      const used = sheet.getUsedRangeOrNullObject(true);
      await context.sync();
      if (!used.isNullObject) {
        throw new WorkbookError({ code: "register_sheet_taken", sheet: REGISTER_SHEET, table: REGISTER_TABLE });
      }
    }
    const HEADERS = headersOf(rules);
    target.getRange(rangeA1(1, 1, 1, HEADERS.length)).values = [HEADERS];
    const added = target.tables.add(rangeA1(1, 1, 2, HEADERS.length), true);
    added.name = REGISTER_TABLE;
    added.style = "TableStyleMedium2";
    applyStyle(target.getRange(rangeA1(1, 1, 1, HEADERS.length)), "header");
    setColumnWidths(target, REGISTER_COLUMNS.map((c) => c.width));
    target.freezePanes.freezeRows(1);
    const loc = ownLocation(REGISTER_SHEET, { top: 1, left: 1, bottom: 2, right: HEADERS.length }, HEADERS);
    const drawing = planDrawing(loc, planColumns(loc), rules);
    drawRegister(target, null, drawing);
    // No row in use yet: the header row repeats, the print area comes with the first rows.
    drawPageSetup(target, registerPageSetup(drawing.print));
  }
  if (rulesWritten || suppliersWritten || created) await context.sync();
  const added = rows.length > 0 ? await addRows(context, rows, rules) : { added: 0, firstRow: 0 };
  return { created, rulesWritten, rowsAdded: added.added };
}

export interface AddResult {
  readonly added: number;
  /** The sheet row of the first added row. */
  readonly firstRow: number;
}

/**
 * Appends rows with `table.rows.add`: Excel places them where the table ends when it applies the
 * batch, so two people adding at once get a row each (co-authoring) instead of both writing the
 * row they had read as the next free one. The inputs are then written as text into the rows Excel
 * returned, never by a computed address. Refuses rather than move a cell below the table.
 */
export async function addRows(context: Excel.RequestContext, rows: readonly RegisterRow[], rules: Rules = BUILT_IN_RULES): Promise<AddResult> {
  requireExcelApi(REGISTER_API, "add");
  const table = context.workbook.tables.getItemOrNullObject(REGISTER_TABLE);
  await context.sync();
  if (table.isNullObject) throw new WorkbookError({ code: "no_register_table", table: REGISTER_TABLE });
  const range = table.getRange();
  const header = table.getHeaderRowRange();
  const sheet = table.worksheet;
  const used = sheet.getUsedRange(true);
  const firstRow = table.getDataBodyRange().getRow(0);
  range.load("rowIndex, columnIndex, rowCount, columnCount");
  header.load("values");
  sheet.load("name");
  used.load("rowIndex, rowCount");
  firstRow.load("values");
  const print = loadPrintState(sheet);
  await context.sync();
  const rect = { top: range.rowIndex + 1, left: range.columnIndex + 1, bottom: range.rowIndex + range.rowCount, right: range.columnIndex + range.columnCount };
  const loc = ownLocation(sheet.name, rect, header.values[0] ?? []);
  if (rows.length === 0) return { added: 0, firstRow: loc.lastRow + 1 };
  const usedBottom = used.rowIndex + used.rowCount;
  if (usedBottom > loc.lastRow) {
    throw new WorkbookError({ code: "cells_below_register", first: loc.lastRow + 1, last: usedBottom });
  }
  const columns = planColumns(loc);
  const formulas = planDrawing(loc, columns, rules).formulas;
  const values = rows.map((row) => INPUT_ROLES.map((role) => blankAsEmpty(row[role])));
  let first = 0;
  let last = loc.lastRow;
  let next = 0;
  if (range.rowCount === 2 && (firstRow.values[0] ?? []).slice(0, INPUT_ROLES.length).every((v) => v === "" || v === null)) {
    // A fresh register's one empty row takes the first project (its formulas are there already).
    writeValues(sheet.getRange(rangeA1(loc.headerRow + 1, rect.left, loc.headerRow + 1, rect.left + INPUT_ROLES.length - 1)), values.slice(0, 1));
    first = loc.headerRow + 1;
    next = 1;
  }
  const blank = REGISTER_COLUMNS.map(() => "");
  const rest = values.slice(next);
  // Each chunk carries the blank rows rows.add needs, the values and their text formats.
  for (const [from, to] of rowChunks(rest.map((line) => [...blank, ...line, ...line.map(numberFormatOf)]))) {
    const count = to - from;
    const top = table.rows.add(undefined, rest.slice(from, to).map(() => blank)).getRange();
    const block = (offset: number, width: number) => top.getCell(0, offset).getResizedRange(count - 1, width - 1);
    // As text: a project named 00123 or 3-4 stays what the analyst typed (writeValues).
    writeValues(block(0, INPUT_ROLES.length), rest.slice(from, to));
    for (const f of formulas) setFormula(block(f.at - rect.left, 1), f.r1c1);
    top.load("rowIndex");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk keeps each under Excel on the web's 5 MB limit
    await context.sync();
    if (first === 0) first = top.rowIndex + 1;
    last = Math.max(last, top.rowIndex + count);
  }
  // Dropdowns, colours and the print area reach the last row added (a co-author's rows get
  // theirs from their add).
  const drawing = planDrawing(loc, columns, rules, last);
  drawFormats(sheet, drawing);
  drawRegisterPrint(sheet, drawing, last, print);
  await context.sync();
  return { added: rows.length, firstRow: first };
}
