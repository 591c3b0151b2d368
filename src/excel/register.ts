// The register in Excel: set up the MfgRegister table, add rows, and check a register (ours or
// the analyst's own table or range). Every decision comes from the register plan
// (src/workbook/registerPlan.ts); this file reads what it asks and draws what it returns.

import {
  a1,
  appendRefusal,
  locateRegister,
  planColumns,
  planDrawing,
  rangeA1,
  INPUT_ROLES,
  REGISTER_COLUMNS,
  REGISTER_INPUTS,
  REGISTER_SHEET,
  REGISTER_TABLE,
  registerPageSetup,
  RegisterTally,
  judgeRow,
  judgesSuppliers,
  rowSupplierFit,
  rulesSheet,
  RULES_SHEET,
  SUPPLIER_ROWS,
  SUPPLIERS_SHEET,
  SUPPLIERS_TABLE,
  suppliersSheet,
  teamColumnIndex,
} from "../workbook";
import { BUILT_IN_RULES, offeredBy, supplierIndex } from "../core";
import type { Rules } from "../core";
import type { InputRole, RegisterColumn, RegisterInputs, RegisterLocation, RegisterReport, RegisterTarget, StageCounts, TableView } from "../workbook";
import { isPayloadLimitError, MAX_REQUEST_BYTES, payloadBytes, rowChunks } from "./chunks";
import { addressOf, drawFormats, drawRegister, drawRegisterPrint, loadPrintState, setFormula } from "./drawRegister";
import { registerView } from "./registerView";
import { applyStyle, drawPageSetup, numberFormatOf, queueSheet, setColumnWidths, writeValues } from "./render";
import { REGISTER_API, requireExcelApi, WorkbookError } from "./requirements";

export type { ProblemRow, RegisterReport } from "../workbook";
export { MAX_PROBLEMS } from "../workbook";
export type RegisterRow = Partial<Record<InputRole, unknown>>;
export type CheckTarget = RegisterTarget;

const HEADERS = REGISTER_COLUMNS.map((c) => c.header);
/** The first read: 1,000 rows of four cells stay under 5 MB unless cells average over 1 KB. */
const FIRST_READ_ROWS = 1_000;

const blankAsEmpty = (v: unknown) => (v === undefined || v === null ? "" : v);

/** The add-in's own register located by the plan, from its table's extent and header row. */
function ownLocation(sheet: string, rect: TableView["rect"], header: readonly unknown[]): RegisterLocation {
  return locateRegister({ tables: [{ name: REGISTER_TABLE, sheet, rect, totalsRows: 0, header }], sheets: [] }, { table: REGISTER_TABLE });
}

/** Queues the rules sheet the register formulas read when the workbook lacks it; true if it did. */
function queueRulesIfMissing(context: Excel.RequestContext, sheet: Excel.Worksheet, rules: Rules): boolean {
  if (!sheet.isNullObject) return false;
  queueSheet(context.workbook.worksheets.add(RULES_SHEET), rulesSheet(rules));
  return true;
}

/** The suppliers sheet and whether its table's name is taken (read in the plan's first syncs). */
interface SuppliersLookup {
  readonly sheet: Excel.Worksheet;
  readonly table: Excel.Table;
}

const lookupSuppliers = (context: Excel.RequestContext): SuppliersLookup => ({
  sheet: context.workbook.worksheets.getItemOrNullObject(SUPPLIERS_SHEET),
  table: context.workbook.tables.getItemOrNullObject(SUPPLIERS_TABLE),
});

/**
 * Queues the empty suppliers sheet the supplier-fit formulas read when the workbook has none
 * (its table left out when another sheet's table has the name); an existing one is the
 * analysts' and is never written. True if it did.
 */
function queueSuppliersIfMissing(context: Excel.RequestContext, suppliers: SuppliersLookup): boolean {
  if (!suppliers.sheet.isNullObject) return false;
  queueSheet(context.workbook.worksheets.add(SUPPLIERS_SHEET), suppliersSheet(suppliers.table.isNullObject));
  return true;
}

export interface SetupResult {
  readonly created: boolean;
  readonly rulesWritten: boolean;
  readonly rowsAdded: number;
}

/** Creates the register (and the rules it reads, when missing), then appends the given rows. */
export async function setupRegister(context: Excel.RequestContext, rows: readonly RegisterRow[] = [], rules: Rules = BUILT_IN_RULES): Promise<SetupResult> {
  requireExcelApi(REGISTER_API, "Setting up the register");
  const rulesSheetFound = context.workbook.worksheets.getItemOrNullObject(RULES_SHEET);
  const suppliers = lookupSuppliers(context);
  const sheet = context.workbook.worksheets.getItemOrNullObject(REGISTER_SHEET);
  const table = context.workbook.tables.getItemOrNullObject(REGISTER_TABLE);
  // isNullObject needs a sync, not a load (OfficeExtension.ClientObject).
  await context.sync();
  const rulesWritten = queueRulesIfMissing(context, rulesSheetFound, rules);
  const suppliersWritten = queueSuppliersIfMissing(context, suppliers);
  const created = table.isNullObject;
  if (created) {
    let target = sheet;
    if (sheet.isNullObject) {
      target = context.workbook.worksheets.add(REGISTER_SHEET);
    } else {
      const used = sheet.getUsedRangeOrNullObject(true);
      await context.sync();
      if (!used.isNullObject) {
        throw new WorkbookError(`The sheet "${REGISTER_SHEET}" already holds data but no ${REGISTER_TABLE} table. Rename that sheet (nothing on it will be changed) and set up the register again.`);
      }
    }
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
  requireExcelApi(REGISTER_API, "Adding rows to the register");
  const table = context.workbook.tables.getItemOrNullObject(REGISTER_TABLE);
  await context.sync();
  if (table.isNullObject) throw new WorkbookError(`This workbook has no ${REGISTER_TABLE} table yet: set up the register first.`);
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
    throw new WorkbookError(`Cells below the register (row ${loc.lastRow + 1} to ${usedBottom}) are in use. Move them, or leave the rows under the table empty, and add the rows again; nothing was changed.`);
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
  const blank = HEADERS.map(() => "");
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

/**
 * Checks a register: locates it and its computed columns by the plan, refuses before writing
 * anything when appending would cover a cell, draws, then reads the inputs in chunks sized by
 * bytes and judges every row with the core (the same verdict the formulas show). `computed`
 * replaces the add-in's column list (tests).
 */
/** A check's report, with what a portfolio counts: projects by stage and model used, and the Team column's names. */
export interface CheckedRegister extends RegisterReport {
  readonly stages: StageCounts;
  readonly teams: readonly string[];
}

export async function checkRegister(context: Excel.RequestContext, target: CheckTarget = {}, computed?: readonly RegisterColumn[], rules: Rules = BUILT_IN_RULES): Promise<CheckedRegister> {
  requireExcelApi(REGISTER_API, "Checking the register");
  const { view, alongside } = await registerView(context, () => ({
    rulesFound: context.workbook.worksheets.getItemOrNullObject(RULES_SHEET),
    suppliers: lookupSuppliers(context),
  }));
  const { rulesFound, suppliers } = alongside;
  const loc = locateRegister(view, target);
  const columns = planColumns(loc, computed);
  const sheet = context.workbook.worksheets.getItem(loc.sheet);
  if (columns.appendBlock !== null) {
    const taken = sheet.getRange(addressOf(columns.appendBlock)).getUsedRangeOrNullObject(true);
    await context.sync();
    if (!taken.isNullObject) throw appendRefusal(loc, columns.appendBlock);
  }
  // The computed columns read the rules sheet: without it every one of them is #REF!. Added
  // only now, when nothing can refuse any more: a refused check changes nothing.
  queueRulesIfMissing(context, rulesFound, rules);
  const drawing = planDrawing(loc, columns, rules);
  // Supplier fit is judged where the plan has its column (judgesSuppliers); the suppliers are
  // read once, as the formulas read them.
  const readsSuppliers = judgesSuppliers(columns);
  if (readsSuppliers) queueSuppliersIfMissing(context, suppliers);
  const supplierRows = readsSuppliers && !suppliers.sheet.isNullObject
    ? suppliers.sheet.getRange(rangeA1(SUPPLIER_ROWS.first, 1, SUPPLIER_ROWS.last, 2)).load("values")
    : null;
  drawRegister(sheet, loc.table === null ? null : context.workbook.tables.getItem(loc.table), drawing);
  const print = loadPrintState(sheet);
  // The writes go alone first (with two small reads): a read that Excel refuses as too large
  // then leaves nothing half done.
  await context.sync();

  const offered = supplierIndex((supplierRows?.values ?? []).map((r) => [r[0], r[1]] as const));
  const supplierAt = readsSuppliers ? loc.inputs.supplier : undefined;
  const tally = new RegisterTally(loc.sheet, rules);
  // A Team column, when the header row has one, names the register's teams in a portfolio.
  const teamIndex = teamColumnIndex(loc.headers);
  const teamAt = teamIndex === undefined ? undefined : loc.left + teamIndex;
  let count = FIRST_READ_ROWS;
  // Only the four inputs are read for every row; names only for the problem rows. A small first
  // chunk measures the bytes per row, the next ones grow to what that allows, and a chunk Excel
  // still refuses as too large is read again in halves.
  for (let start = loc.headerRow + 1; start <= loc.lastRow; ) {
    const end = Math.min(loc.lastRow, start + count - 1);
    const ranges = REGISTER_INPUTS.map((role) => sheet.getRange(rangeA1(start, loc.inputs[role] as number, end, loc.inputs[role] as number)).load("values"));
    const teams = teamAt === undefined ? null : sheet.getRange(rangeA1(start, teamAt, end, teamAt)).load("values");
    const supplierCells = supplierAt === undefined ? null : sheet.getRange(rangeA1(start, supplierAt, end, supplierAt)).load("values");
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one response per chunk keeps each under Excel on the web's 5 MB limit
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error) || end === start) throw error;
      count = Math.ceil((end - start + 1) / 2);
      continue;
    }
    const values = [...ranges, ...(teams === null ? [] : [teams]), ...(supplierCells === null ? [] : [supplierCells])].map((r) => r.values);
    count = Math.max(1, Math.floor(MAX_REQUEST_BYTES / Math.ceil((values.reduce((n, v) => n + payloadBytes(v), 0) * 1.15) / (end - start + 1))));
    for (let i = 0; i <= end - start; i++) {
      const inputs = Object.fromEntries(REGISTER_INPUTS.map((role, k) => [role, values[k]?.[i]?.[0] ?? ""])) as RegisterInputs;
      const verdict = judgeRow(rules, inputs);
      const supplierFit = supplierCells === null ? "" : rowSupplierFit(rules, verdict, inputs, offeredBy(offered, supplierCells.values[i]?.[0]));
      tally.add(start + i, inputs, verdict, teams?.values[i]?.[0], supplierFit);
    }
    start = end + 1;
  }
  const wanted = tally.problemRows();
  const cellOf = (row: number, role: InputRole) => (loc.inputs[role] === undefined ? null : sheet.getRange(a1(row, loc.inputs[role] as number)).load("values"));
  const names = new Map(wanted.map((row) => [row, { project: cellOf(row, "project"), supplier: cellOf(row, "supplier") }]));
  // The print area ends at the last row in use, which only the read told.
  drawRegisterPrint(sheet, drawing, tally.lastRow, print);
  await context.sync();
  const report = tally.report((row) => {
    const n = names.get(row);
    return { project: n?.project?.values[0]?.[0], supplier: n?.supplier?.values[0]?.[0] };
  });
  return { ...report, stages: tally.stageCounts(), teams: tally.teams() };
}

/** The address of a problem row (the whole sheet row), for selecting it. */
export function problemAddress(problem: { sheet: string; row: number }): string {
  return `'${problem.sheet.replace(/'/g, "''")}'!${problem.row}:${problem.row}`;
}
