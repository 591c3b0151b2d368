// The register operations: set up the MfgRegister table, add rows, and check a register (ours
// or the analyst's own table or range). Writes stay in chunks under the request limit; formulas
// go one R1C1 string per column; rules and formats are a constant number at any size.

import {
  a1,
  columnLetters,
  COMPUTED_COLUMNS,
  headerProblemMessage,
  INPUT_COLUMNS,
  matchHeaders,
  computedHeader,
  planComputedColumns,
  STYLES,
  rangeA1,
  REGISTER_COLUMNS,
  REGISTER_SHEET,
  REGISTER_TABLE,
  registerConditionalFormats,
  registerVerdict,
  rulesSheet,
  RULES_SHEET,
} from "../workbook";
import type { CellStyle, InputRole, RegisterColumn, RowColumns, RowStatus } from "../workbook";
import { isPayloadLimitError, MAX_REQUEST_BYTES, payloadBytes, rowChunks } from "./chunks";
import { applyStyle, numberFormatOf, queueSheet, setColumnWidths, writeValues } from "./render";
import { REGISTER_API, requireExcelApi, WorkbookError } from "./requirements";

export type RegisterRow = Partial<Record<InputRole, unknown>>;

const INPUT_ROLES = INPUT_COLUMNS.map((c) => c.role as InputRole);

/** Where a register's columns are on its sheet (1-based sheet rows and columns). */
interface Geometry {
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  readonly headerRow: number;
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  readonly inputs: Readonly<Record<InputRole, number | undefined>>;
  readonly computed: readonly { column: RegisterColumn; at: number }[];
}

const rowColumns = (g: Geometry): RowColumns => ({
  inputs: {
    drawingsComplete: g.inputs.drawingsComplete as number,
    hasRequirements: g.inputs.hasRequirements as number,
    complexity: g.inputs.complexity as number,
    chosenModel: g.inputs.chosenModel as number,
  },
  key: g.computed.find((c) => c.column.role === "key")?.at as number,
});

/** One formula string per computed column for the given rows (constant size at any row count). */
function queueFormulas(g: Geometry, top: number, bottom: number): void {
  if (bottom >= top) queueFormulasIn(g, (at) => g.sheet.getRange(rangeA1(top, at, bottom, at)));
}

/** The same, on the range `cells(at)` gives for each computed column's sheet column. */
function queueFormulasIn(g: Geometry, cells: (at: number) => Excel.Range): void {
  const columns = rowColumns(g);
  for (const { column, at } of g.computed) {
    const formula = column.formula?.(columns, { kind: "R1C1" }) as string;
    // A single value assigned to a multi-cell range fills every cell: one string on the wire.
    (cells(at) as unknown as { formulasR1C1: unknown }).formulasR1C1 = formula;
  }
}

/** Red and amber on the computed cells of the used rows: three rules, whatever the row count. */
function queueConditionalFormats(g: Geometry): void {
  const left = Math.min(...g.computed.map((c) => c.at));
  const right = Math.max(...g.computed.map((c) => c.at));
  const fit = g.computed.find((c) => c.column.role === "fit")?.at as number;
  const range = g.sheet.getRange(rangeA1(g.firstDataRow, left, Math.max(g.lastDataRow, g.firstDataRow), right));
  range.conditionalFormats.clearAll();
  for (const rule of registerConditionalFormats(columnLetters(fit), g.firstDataRow)) {
    const format = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = rule.formula;
    const style: CellStyle = STYLES[rule.style];
    if (style.fill) format.custom.format.fill.color = style.fill;
    if (style.fontColor) format.custom.format.font.color = style.fontColor;
  }
}

/** Dropdowns on the input columns of the add-in's own register: four rules at any size. */
function queueValidation(g: Geometry): void {
  for (const column of INPUT_COLUMNS) {
    const at = g.inputs[column.role as InputRole];
    if (column.validation === undefined || at === undefined) continue;
    const range = g.sheet.getRange(rangeA1(g.firstDataRow, at, Math.max(g.lastDataRow, g.firstDataRow), at));
    range.dataValidation.clear();
    range.dataValidation.rule = { list: { inCellDropDown: true, source: column.validation.values.join(",") } };
    range.dataValidation.prompt = { showPrompt: true, title: column.header, message: column.validation.prompt };
    // Every spelling the formulas accept is valid, not only the dropdown's: no blocking alert.
    range.dataValidation.errorAlert = { showAlert: false, style: Excel.DataValidationAlertStyle.information, title: column.header, message: column.validation.prompt };
  }
}

function ownGeometry(sheet: Excel.Worksheet, sheetName: string, headerRow: number, left: number, lastDataRow: number): Geometry {
  const at = (role: string) => left + REGISTER_COLUMNS.findIndex((c) => c.role === role);
  const inputs = Object.fromEntries(INPUT_ROLES.map((r) => [r, at(r)])) as Record<InputRole, number>;
  return { sheet, sheetName, headerRow, firstDataRow: headerRow + 1, lastDataRow, inputs, computed: COMPUTED_COLUMNS.map((column) => ({ column, at: at(column.role) })) };
}

function inputRowValues(row: RegisterRow): unknown[] {
  return INPUT_ROLES.map((role) => {
    const v = row[role];
    return v === undefined || v === null ? "" : v;
  });
}

interface OwnRegister {
  readonly table: Excel.Table;
  readonly geometry: Geometry;
  /** True when the table's only data row is still empty (a fresh register). */
  readonly emptyFirstRow: boolean;
  readonly usedBottom: number;
}

async function loadOwnRegister(context: Excel.RequestContext): Promise<OwnRegister | null> {
  const table = context.workbook.tables.getItemOrNullObject(REGISTER_TABLE);
  // isNullObject needs a sync, not a load (OfficeExtension.ClientObject).
  await context.sync();
  if (table.isNullObject) return null;
  const range = table.getRange();
  const sheet = table.worksheet;
  const used = sheet.getUsedRange(true);
  const firstRow = table.getDataBodyRange().getRow(0);
  range.load("rowIndex, columnIndex, rowCount, columnCount");
  sheet.load("name");
  used.load("rowIndex, rowCount");
  firstRow.load("values");
  await context.sync();
  const headerRow = range.rowIndex + 1;
  const geometry = ownGeometry(sheet, sheet.name, headerRow, range.columnIndex + 1, headerRow + range.rowCount - 1);
  const emptyFirstRow = range.rowCount === 2 && (firstRow.values[0] ?? []).slice(0, INPUT_ROLES.length).every((v) => v === "" || v === null);
  return { table, geometry, emptyFirstRow, usedBottom: used.rowIndex + used.rowCount };
}

export interface SetupResult {
  readonly created: boolean;
  readonly rulesWritten: boolean;
  readonly rowsAdded: number;
}

/** Queues the rules sheet the register formulas read when the workbook lacks it; true if it did. */
function queueRulesIfMissing(context: Excel.RequestContext, rules: Excel.Worksheet): boolean {
  if (!rules.isNullObject) return false;
  queueSheet(context.workbook.worksheets.add(RULES_SHEET), rulesSheet());
  return true;
}

/** Creates the register (and the rules it reads, when missing), then appends the given rows. */
export async function setupRegister(context: Excel.RequestContext, rows: readonly RegisterRow[] = []): Promise<SetupResult> {
  requireExcelApi(REGISTER_API, "Setting up the register");
  const rules = context.workbook.worksheets.getItemOrNullObject(RULES_SHEET);
  const sheet = context.workbook.worksheets.getItemOrNullObject(REGISTER_SHEET);
  const table = context.workbook.tables.getItemOrNullObject(REGISTER_TABLE);
  await context.sync();

  const rulesWritten = queueRulesIfMissing(context, rules);
  const created = table.isNullObject;
  if (created) {
    let target: Excel.Worksheet;
    if (sheet.isNullObject) {
      target = context.workbook.worksheets.add(REGISTER_SHEET);
    } else {
      const used = sheet.getUsedRangeOrNullObject(true);
      await context.sync();
      if (!used.isNullObject) {
        throw new WorkbookError(
          `The sheet "${REGISTER_SHEET}" already holds data but no ${REGISTER_TABLE} table. Rename that sheet (nothing on it will be changed) and set up the register again.`,
        );
      }
      target = sheet;
    }
    const headers = REGISTER_COLUMNS.map((c) => c.header);
    target.getRange(rangeA1(1, 1, 1, headers.length)).values = [headers];
    const added = target.tables.add(rangeA1(1, 1, 2, headers.length), true);
    added.name = REGISTER_TABLE;
    added.style = "TableStyleMedium2";
    applyStyle(target.getRange(rangeA1(1, 1, 1, headers.length)), "header");
    setColumnWidths(target, REGISTER_COLUMNS.map((c) => c.width));
    target.freezePanes.freezeRows(1);
    const g = ownGeometry(target, REGISTER_SHEET, 1, 1, 2);
    queueFormulas(g, 2, 2);
    queueValidation(g);
    queueConditionalFormats(g);
  }
  if (rulesWritten || created) await context.sync();
  const added = rows.length > 0 ? await addRows(context, rows) : { added: 0, firstRow: 0 };
  return { created, rulesWritten, rowsAdded: added.added };
}

export interface AddResult {
  readonly added: number;
  /** The sheet row of the first added row. */
  readonly firstRow: number;
}

/**
 * Appends rows to the register with `table.rows.add`: Excel places them where the table ends when
 * it applies the batch, so two people adding at once get a row each (co-authoring) instead of
 * both writing the row they had read as the next free one. The inputs are then written as text
 * into the rows Excel returned, never by a computed address. Refuses rather than move a cell below.
 */
export async function addRows(context: Excel.RequestContext, rows: readonly RegisterRow[]): Promise<AddResult> {
  requireExcelApi(REGISTER_API, "Adding rows to the register");
  const own = await loadOwnRegister(context);
  if (own === null) throw new WorkbookError(`This workbook has no ${REGISTER_TABLE} table yet: set up the register first.`);
  const g0 = own.geometry;
  if (rows.length === 0) return { added: 0, firstRow: g0.lastDataRow + 1 };
  if (own.usedBottom > g0.lastDataRow) {
    throw new WorkbookError(
      `Cells below the register (row ${g0.lastDataRow + 1} to ${own.usedBottom}) are in use. Move them, or leave the rows under the table empty, and add the rows again; nothing was changed.`,
    );
  }
  const left = Math.min(...Object.values(g0.inputs).filter((v): v is number => v !== undefined));
  const values = rows.map(inputRowValues);
  let firstRow = 0;
  let lastRow = g0.lastDataRow;
  let next = 0;
  if (own.emptyFirstRow) {
    // A fresh register's one empty row takes the first project (its formulas are there already).
    writeValues(g0.sheet.getRange(rangeA1(g0.firstDataRow, left, g0.firstDataRow, left + INPUT_ROLES.length - 1)), values.slice(0, 1));
    firstRow = g0.firstDataRow;
    next = 1;
  }
  const blank = REGISTER_COLUMNS.map(() => "");
  const rest = values.slice(next);
  // Each chunk carries the blank row rows.add needs, the values and their text formats.
  for (const [from, to] of rowChunks(rest.map((line) => [...blank, ...line, ...line.map(numberFormatOf)]))) {
    const count = to - from;
    const added = own.table.rows.add(undefined, rest.slice(from, to).map(() => blank)).getRange();
    const block = (offset: number, width: number) => added.getCell(0, offset).getResizedRange(count - 1, width - 1);
    // As text: a project named 00123 or 3-4 stays what the analyst typed (writeValues).
    writeValues(block(0, INPUT_ROLES.length), rest.slice(from, to));
    queueFormulasIn(g0, (at) => block(at - left, 1));
    added.load("rowIndex");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk keeps each under Excel on the web's 5 MB limit
    await context.sync();
    if (firstRow === 0) firstRow = added.rowIndex + 1;
    lastRow = Math.max(lastRow, added.rowIndex + count);
  }
  // Dropdowns and colours reach the last row added (a co-author's rows get theirs from their add).
  const g: Geometry = { ...g0, lastDataRow: lastRow };
  queueValidation(g);
  queueConditionalFormats(g);
  await context.sync();
  return { added: rows.length, firstRow };
}

export interface ProblemRow {
  readonly sheet: string;
  readonly row: number;
  readonly project: string;
  readonly supplier: string;
  readonly status: Exclude<RowStatus, "fit">;
  readonly reason: string;
}

export interface RegisterReport {
  readonly sheet: string;
  readonly rows: number;
  readonly counts: Readonly<Record<RowStatus, number>>;
  readonly problems: readonly ProblemRow[];
  /** True when more problems exist than the list holds. */
  readonly truncated: boolean;
}

export interface CheckTarget {
  /** An existing table's name; default: what the analyst is looking at (defaultTarget). */
  readonly table?: string;
  /** A sheet whose used range holds the register (when there is no table). */
  readonly sheet?: string;
  /** Header text of the analyst's columns, for headers the synonyms do not recognise. */
  readonly mapping?: Partial<Record<InputRole, string>>;
}

export const MAX_PROBLEMS = 1000;
/** The first read: 1,000 rows of four cells stay under 5 MB unless cells average over 1 KB. */
const FIRST_READ_ROWS = 1_000;
const REGISTER_INPUT_ROLES = ["drawingsComplete", "hasRequirements", "complexity", "chosenModel"] as const;
const HEADER_SCAN_ROWS = 30;

interface Located {
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  readonly table: Excel.Table | null;
  readonly own: boolean;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
  readonly headers: readonly unknown[];
  readonly usedRight: number;
  readonly headerRow: number;
  /** 1 when the table shows a totals row below its data (never judged, never given formulas). */
  readonly totalsRows: number;
}

/**
 * What "Check register" checks when the pane names nothing: what the analyst is looking at. The
 * table holding the active cell; else the add-in's register when it is on the active sheet; else
 * the active sheet's cells; else (an empty sheet) the add-in's register.
 */
async function defaultTarget(context: Excel.RequestContext, mapping: CheckTarget["mapping"]): Promise<CheckTarget> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const here = context.workbook.getActiveCell().getTables(false);
  const own = sheet.tables.getItemOrNullObject(REGISTER_TABLE);
  const used = sheet.getUsedRangeOrNullObject(true);
  here.load("items/name");
  sheet.load("name");
  await context.sync();
  const table = here.items[0]?.name;
  if (table !== undefined) return { table, mapping };
  if (own.isNullObject && !used.isNullObject) return { sheet: sheet.name, mapping };
  return { mapping };
}

async function locate(context: Excel.RequestContext, target: CheckTarget): Promise<Located> {
  const name = target.table ?? REGISTER_TABLE;
  const table = target.sheet === undefined ? context.workbook.tables.getItemOrNullObject(name) : null;
  const namedSheet = target.sheet === undefined ? null : context.workbook.worksheets.getItemOrNullObject(target.sheet);
  await context.sync();
  if (table !== null && !table.isNullObject) {
    const range = table.getRange();
    const header = table.getHeaderRowRange();
    const sheet = table.worksheet;
    const used = sheet.getUsedRange(true);
    range.load("rowIndex, columnIndex, rowCount, columnCount");
    header.load("values");
    sheet.load("name");
    used.load("columnIndex, columnCount");
    table.load("showTotals");
    await context.sync();
    // getRange includes the totals row when the table shows one.
    const totalsRows = table.showTotals ? 1 : 0;
    return {
      sheet, sheetName: sheet.name, table, own: name === REGISTER_TABLE, top: range.rowIndex + 1, left: range.columnIndex + 1,
      rows: range.rowCount - totalsRows, columns: range.columnCount, headers: header.values[0] ?? [], usedRight: used.columnIndex + used.columnCount,
      headerRow: range.rowIndex + 1, totalsRows,
    };
  }
  if (target.table !== undefined) throw new WorkbookError(`There is no table named "${target.table}" in this workbook.`);
  if (namedSheet?.isNullObject) throw new WorkbookError(`There is no sheet named "${target.sheet}" in this workbook.`);
  const sheet = namedSheet ?? context.workbook.worksheets.getActiveWorksheet();
  const used = sheet.getUsedRangeOrNullObject(true);
  sheet.load("name");
  used.load("rowIndex, columnIndex, rowCount, columnCount");
  await context.sync();
  if (used.isNullObject) throw new WorkbookError(`The sheet "${sheet.name}" is empty: there is no register to check.`);
  const scan = used.getResizedRange(Math.min(used.rowCount, HEADER_SCAN_ROWS) - used.rowCount, 0);
  scan.load("values");
  await context.sync();
  // The header row is the first of the top rows whose cells name all the required inputs.
  const top = scan.values;
  const index = top.findIndex((line) => matchHeaders(line, target.mapping).ok);
  const headerIndex = index < 0 ? 0 : index;
  return {
    sheet, sheetName: sheet.name, table: null, own: false, top: used.rowIndex + 1 + headerIndex, left: used.columnIndex + 1,
    rows: used.rowCount - headerIndex, columns: used.columnCount, headers: top[headerIndex] ?? [],
    usedRight: used.columnIndex + used.columnCount, headerRow: used.rowIndex + 1 + headerIndex, totalsRows: 0,
  };
}

/** Finds or appends (to the right, never over the analyst's cells) the computed columns. */
function computedColumns(l: Located): { columns: { column: RegisterColumn; at: number }[]; append: boolean } {
  const plan = planComputedColumns(l.headers, l.own);
  if (plan.kind === "found") return { columns: plan.columns.map((f) => ({ column: f.column, at: l.left + f.index })), append: false };
  if (plan.kind === "partial") {
    throw new WorkbookError(
      `Some of the add-in's columns (${plan.headers.map((h) => `"${h}"`).join(", ")}) are missing from "${l.sheetName}". Delete the remaining ones and check again.`,
    );
  }
  const right = l.left + l.columns - 1;
  if (l.usedRight > right) {
    throw new WorkbookError(
      `The columns to the right of the register on "${l.sheetName}" are in use. The check appends ${COMPUTED_COLUMNS.length} columns there and never moves your cells: leave them empty, then check again.`,
    );
  }
  return { columns: COMPUTED_COLUMNS.map((column, i) => ({ column, at: right + 1 + i })), append: true };
}

function queueAppendedColumns(l: Located, g: Geometry): void {
  const left = Math.min(...g.computed.map((c) => c.at));
  const right = Math.max(...g.computed.map((c) => c.at));
  const header = g.sheet.getRange(rangeA1(l.headerRow, left, l.headerRow, right));
  header.values = [g.computed.map((c) => computedHeader(c.column, l.own))];
  applyStyle(header, "header");
  if (l.table !== null) l.table.resize(g.sheet.getRange(rangeA1(l.top, l.left, l.top + l.rows - 1 + l.totalsRows, right)));
  // Appended columns are contiguous, starting at `left`.
  setColumnWidths(g.sheet, g.computed.map((c) => c.column.width), left);
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v));
const isBlank = (values: readonly unknown[]) => values.every((v) => v === "" || v === null || v === undefined);

/**
 * Checks a register: ensures its computed columns and formats, then reads the inputs in chunks
 * sized by bytes and judges every row with the core (the same verdict the formulas show).
 */
export async function checkRegister(context: Excel.RequestContext, target: CheckTarget = {}): Promise<RegisterReport> {
  requireExcelApi(REGISTER_API, "Checking the register");
  const rules = context.workbook.worksheets.getItemOrNullObject(RULES_SHEET);
  // Answered by the first sync in locate().
  const l = await locate(context, target.table === undefined && target.sheet === undefined ? await defaultTarget(context, target.mapping) : target);
  const match = matchHeaders(l.headers, target.mapping);
  if (!match.ok) throw new WorkbookError(`${l.sheetName}: ${headerProblemMessage(match.problem)}`);
  const { columns, append } = computedColumns(l);
  // The computed columns read the rules sheet: without it every one of them is #REF!. Added
  // only now, when nothing can refuse any more: a refused check changes nothing.
  queueRulesIfMissing(context, rules);
  const inputs = Object.fromEntries(
    (Object.entries(match.columns) as [InputRole, number | undefined][]).map(([role, i]) => [role, i === undefined ? undefined : l.left + i]),
  ) as Record<InputRole, number | undefined>;
  const lastDataRow = l.top + l.rows - 1;
  const g: Geometry = { sheet: l.sheet, sheetName: l.sheetName, headerRow: l.headerRow, firstDataRow: l.headerRow + 1, lastDataRow, inputs, computed: columns };
  if (append) queueAppendedColumns(l, g);
  queueFormulas(g, g.firstDataRow, lastDataRow);
  queueConditionalFormats(g);
  if (l.own) queueValidation(g);

  // The writes go alone first: a read that Excel refuses as too large then leaves nothing half done.
  await context.sync();
  const counts: Record<RowStatus, number> = { fit: 0, conditional: 0, mismatch: 0, incomplete: 0, "bad input": 0 };
  const found: { row: number; status: Exclude<RowStatus, "fit">; reason: string }[] = [];
  let truncated = false;
  let rowsJudged = 0;
  let count = FIRST_READ_ROWS;
  // Only the four inputs are read for every row (a few bytes each); names are fetched later for
  // the problem rows alone. A small first chunk measures the bytes per row, the next ones grow to
  // what they allow; a chunk Excel still refuses as too large is read again in halves.
  for (let start = g.firstDataRow; start <= lastDataRow; ) {
    const end = Math.min(lastDataRow, start + count - 1);
    const ranges = REGISTER_INPUT_ROLES.map((role) => {
      const range = g.sheet.getRange(rangeA1(start, inputs[role] as number, end, inputs[role] as number));
      range.load("values");
      return range;
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one response per chunk keeps each under Excel on the web's 5 MB limit
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error) || end === start) throw error;
      count = Math.ceil((end - start + 1) / 2);
      continue;
    }
    const values = ranges.map((r) => r.values);
    const bytesPerRow = Math.ceil((values.reduce((n, v) => n + payloadBytes(v), 0) * 1.15) / (end - start + 1));
    count = Math.max(1, Math.floor(MAX_REQUEST_BYTES / bytesPerRow));
    for (let i = 0; i <= end - start; i++) {
      const [d, r, c, m] = values.map((v) => v[i]?.[0] ?? "");
      if (isBlank([d, r, c, m])) continue;
      rowsJudged++;
      const verdict = registerVerdict({ drawingsComplete: d, hasRequirements: r, complexity: c, chosenModel: m });
      counts[verdict.status]++;
      if (verdict.status === "fit") continue;
      if (found.length >= MAX_PROBLEMS) truncated = true;
      else found.push({ row: start + i, status: verdict.status, reason: verdict.reason });
    }
    start = end + 1;
  }
  const names = found.map((p) =>
    (["project", "supplier"] as const).map((role) => {
      const at = inputs[role];
      if (at === undefined) return null;
      const cellRange = g.sheet.getRange(a1(p.row, at));
      cellRange.load("values");
      return cellRange;
    }),
  );
  // One more round trip for the problem rows' names.
  if (found.length > 0) await context.sync();
  const problems: ProblemRow[] = found.map((p, i) => {
    const [project, supplier] = (names[i] ?? []).map((r) => text(r?.values[0]?.[0]));
    return { sheet: l.sheetName, row: p.row, project: project ?? "", supplier: supplier ?? "", status: p.status, reason: p.reason };
  });
  return { sheet: l.sheetName, rows: rowsJudged, counts, problems, truncated };
}

/** The address of a problem row (the whole sheet row), for selecting it. */
export function problemAddress(problem: ProblemRow): string {
  return `'${problem.sheet.replace(/'/g, "''")}'!${problem.row}:${problem.row}`;
}
