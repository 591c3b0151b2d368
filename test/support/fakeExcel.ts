// An in-memory Excel for the writer tests, as strict as Excel where the add-in could go wrong:
// worksheets, cells, tables, formats, validation and conditional formats, with Office.js's
// batching. Calls are queued and applied in order at context.sync(); reading a property that was
// not loaded and synced throws, as in Office.js. Beyond that, each behaviour from Microsoft's
// documentation or an office-js issue, cited where it is modelled:
// - strings written to `values` are converted as typed input (excelTypedInput.ts, office-js #229);
// - formulas (A1 values, R1C1 ranges) are evaluated by HyperFormula across every sheet, and
//   `values` read back computed results, so a reference to a missing sheet reads #REF!;
// - every API call checks the ExcelApi version it needs against what the code asked
//   `isSetSupported` for: a call above the checked set fails;
// - tables have a header row and an optional totals row (Table.showTotals, getDataBodyRange);
// - freezeRows and freezeColumns each replace the frozen panes; freezeAt freezes both;
// - charts: added from a source range with a type and series orientation, found by name, deleted
//   (Excel.ChartCollection);
// - a selection read (Workbook.getActiveCell) fails the whole sync with
//   InvalidSelection, "The current selection is invalid for this operation", when the workbook
//   is not focused (office-js #5319) or a chart is selected (#2268): `blur()`, `selectChart()`;
// - the page layout (ExcelApi 1.9): zoom assigned as one object, a scale within 10..400, title
//   rows as whole rows, the print area read back as a RangeAreas address (Excel.PageLayout), its
//   areas joined by the display language's list separator (`;` in German Excel: office-js #1167,
//   #1985; Office.js does not expose the separator, #2891): `listSeparator`;
// - a request or a response over 5 MB fails the whole sync, as on Excel on the web (PLATFORM.md;
//   Microsoft's "Resource limits and performance optimization for Office Add-ins");
// - `table.rows.add` appends where the table ends when Excel applies the batch, and the TableRow
//   it returns keeps pointing at that row (Excel.TableRowCollection); `coauthor()` is a second
//   person's Excel on the same workbook, with a batch of its own (co-authoring);
// - inside a formula a boolean turned into text is the display language's word (`=TRUE&""` and
//   UPPER(TRUE) are "WAHR" in German Excel; `values` stay true/false): `displayLanguage`
//   (PLATFORM.md, "Excel in other languages"; pulibrary/ExcelAlmaLookup#41);
// - a formula holding a text value longer than 255 characters is refused, as Excel refuses it
//   ("Text values in formulas are limited to 255 characters"; Excel's specifications and limits):
//   the write fails the sync with InvalidArgument.
// Every sync records the bytes of what was queued (the request) and of what was loaded (the
// response), estimated as the JSON of each operation. office-addin-mock provides the `Office`
// and `Excel` globals (requirement sets, enums); its property bags cannot model ranges.

import { HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import { OfficeMockObject } from "office-addin-mock";
import { OfficeApp } from "office-addin-manifest";
import { columnLetters, columnNumber } from "../../src/workbook";
import { typedInput } from "./excelTypedInput";
import { r1c1ToA1 } from "./r1c1";

/** The highest ExcelApi version the code under test asked `isSetSupported` about and got true. */
let checkedExcelApi: number | null = null;
const version = (v: string) => {
  const [major, minor] = v.split(".").map(Number) as [number, number];
  return major * 1000 + minor;
};

/**
 * The requirement set an API belongs to (Excel JavaScript API reference, "[API set: ExcelApi
 * x.y]" on each member). A call the code did not check support for fails the test.
 */
function requires(api: string, member: string): void {
  if (checkedExcelApi === null || version(api) > checkedExcelApi) {
    throw new Error(`fake Excel: ${member} needs ExcelApi ${api}, but the code only checked ${checkedExcelApi === null ? "nothing" : `up to ${Math.floor(checkedExcelApi / 1000)}.${checkedExcelApi % 1000}`}`);
  }
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const parseCell = (ref: string) => {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref);
  if (!m) throw new Error(`fake Excel: bad cell reference ${ref}`);
  return { row: Number(m[2]), column: columnNumber(m[1] as string) };
};

export function parseAddress(address: string): Rect {
  const local = address.includes("!") ? (address.split("!").pop() as string) : address;
  const whole = /^([A-Z]+):([A-Z]+)$/.exec(local);
  if (whole) return { top: 1, left: columnNumber(whole[1] as string), bottom: 1_048_576, right: columnNumber(whole[2] as string) };
  const rows = /^(\d+):(\d+)$/.exec(local);
  if (rows) return { top: Number(rows[1]), left: 1, bottom: Number(rows[2]), right: 16_384 };
  const [a, b] = local.split(":");
  const from = parseCell(a as string);
  const to = b === undefined ? from : parseCell(b);
  return { top: from.row, left: from.column, bottom: to.row, right: to.column };
}

const inside = (r: Rect, row: number, column: number) => row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;
const overlaps = (a: Rect, b: Rect) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

export interface FakeSheet {
  name: string;
  values: Map<string, unknown>;
  formulas: { rect: Rect; formula: string }[];
  formats: Map<string, Record<string, unknown>>;
  columnWidths: Map<number, number>;
  frozen: { rows: number; columns: number };
  validations: { rect: Rect; rule?: unknown; prompt?: unknown; errorAlert?: unknown }[];
  conditionalFormats: { rect: Rect; formula?: string; fill?: string; font?: string }[];
  /** Charts on the sheet (Excel.ChartCollection): type, source data, series by, title, position. */
  charts: { name: string; type: string; source: Rect; seriesBy: string; title: string; position: { start: string; end: string } | null }[];
  /** Worksheet.pageLayout: Excel's defaults are portrait at 100 %, no print area, no title rows. */
  page: {
    orientation: string; zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
    /** One rectangle, or several areas (a print area "A1:B2,D1:E2"). */
    printArea: Rect | Rect[] | null; titleRows: { first: number; last: number } | null;
  };
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

const key = (row: number, column: number) => `${row},${column}`;
// TextEncoder, not Buffer: the stand-in also runs in the browser (test/support/officeStandIn.ts).
const encoder = new TextEncoder();
const bytes = (x: unknown) => encoder.encode(JSON.stringify(x ?? null)).length;

/** Excel on the web refuses a request or a response over 5 MB (PLATFORM.md). */
export const PAYLOAD_LIMIT_BYTES = 5_000_000;

/** An error as Office.js rejects `context.sync()` with: a code from Excel.ErrorCodes and a message. */
export class OfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

class NotLoaded extends Error {}

/** Excel's limit on one text value in a formula. */
export const MAX_FORMULA_TEXT = 255;

/** Refuses a formula one of whose text values (between double quotes, "" one quote) is longer than Excel takes. */
export function refuseLongText(formula: string): void {
  for (const m of formula.matchAll(/"((?:[^"]|"")*)"/g)) {
    const text = (m[1] as string).replace(/""/g, '"');
    if (text.length > MAX_FORMULA_TEXT) throw new OfficeError("InvalidArgument", `fake Excel: a text value of ${text.length} characters in a formula; Excel takes 255 ("Text values in formulas are limited to 255 characters")`);
  }
}

/**
 * What a boolean becomes as text inside a formula, by display language: the language's own
 * TRUE and FALSE (Excel's function names there). Chinese, Japanese and Korean Excel keep the
 * English names.
 */
export const BOOLEAN_WORDS: Readonly<Record<string, readonly [string, string]>> = {
  en: ["TRUE", "FALSE"], de: ["WAHR", "FALSCH"], fr: ["VRAI", "FAUX"], es: ["VERDADERO", "FALSO"], it: ["VERO", "FALSO"], nl: ["WAAR", "ONWAAR"], pt: ["VERDADEIRO", "FALSO"],
};

/**
 * HyperFormula turns a boolean into text in one helper, which its interpreter calls through the
 * module's exports (the & operator, text arguments of UPPER, TRIM…): replaced while a workbook in
 * another language is evaluated. Loaded only then, under Node (the stand-in's browser build never
 * sets a language).
 */
function inLanguage<T>(language: string, run: () => T): T {
  const words = BOOLEAN_WORDS[language.slice(0, 2).toLowerCase()] ?? (BOOLEAN_WORDS.en as readonly [string, string]);
  if (words[0] === "TRUE") return run();
  const main = require.resolve("hyperformula");
  const arithmetic = require(`${main.slice(0, main.lastIndexOf("index.js"))}interpreter/ArithmeticHelper.js`) as { coerceScalarToString: (arg: unknown) => unknown };
  const original = arithmetic.coerceScalarToString;
  arithmetic.coerceScalarToString = (arg) => (typeof arg === "boolean" ? words[arg ? 0 : 1] : original(arg));
  try {
    return run();
  } finally {
    arithmetic.coerceScalarToString = original;
  }
}

export class FakeExcel {
  sheets = new Map<string, FakeSheet>();
  tables = new Map<string, { sheet: string; rect: Rect; style?: string; showTotals?: boolean }>();
  /** What every co-author's Excel shares: the evaluated workbook (rebuilt after any write), the active sheet, the selection. */
  private shared: {
    engine: { hf: HyperFormula; ids: Map<string, number> } | null; activeSheet: string; activeCell: string; selected: string | null;
    /** Why a selection read fails now (office-js #5319, #2268), or null while it can be read. */
    selectionUnreadable: "workbook not focused" | "chart selected" | null;
  } = {
    engine: null, activeSheet: "Sheet1", activeCell: "A1", selected: null, selectionUnreadable: null,
  };
  syncs: SyncRecord[] = [];
  /** The display language's list separator, in the multi-area addresses Excel returns (`;` in German Excel). */
  listSeparator = ",";
  /** Excel's display language: the word a boolean becomes inside a formula (BOOLEAN_WORDS). */
  displayLanguage = "en-US";
  private queue: { bytes: number; apply: () => number | void }[] = [];
  context: any;

  constructor() {
    this.addSheet("Sheet1");
    this.context = this.newContext();
  }

  get activeSheet(): string {
    return this.shared.activeSheet;
  }
  /** The address the add-in last selected ("Sheet!A1:B2"), or null. */
  get selected(): string | null {
    return this.shared.selected;
  }
  private set engine(engine: { hf: HyperFormula; ids: Map<string, number> } | null) {
    this.shared.engine = engine;
  }
  private get engine(): { hf: HyperFormula; ids: Map<string, number> } | null {
    return this.shared.engine;
  }

  /** The analyst clicks a cell: its sheet becomes the active one. */
  select(sheetName: string, address: string): void {
    this.sheetOf(sheetName);
    this.shared.activeSheet = sheetName;
    this.shared.activeCell = address;
    this.shared.selectionUnreadable = null;
  }

  /** The analyst works in another window: the workbook loses focus (office-js #5319). */
  blur(): void {
    this.shared.selectionUnreadable = "workbook not focused";
  }

  /** The analyst clicks a chart (say the portfolio's): no cell is selected (office-js #2268). */
  selectChart(sheetName: string, chartName: string): void {
    if (!this.sheetOf(sheetName).charts.some((c) => c.name === chartName)) throw new Error(`fake Excel: no chart ${chartName} on ${sheetName}`);
    this.shared.activeSheet = sheetName;
    this.shared.selectionUnreadable = "chart selected";
  }

  /** Queues a selection read: applied while the selection cannot be read, it fails the sync. */
  private readSelection(): void {
    this.enqueue({ selection: true }, () => {
      if (this.shared.selectionUnreadable !== null) {
        throw new OfficeError("InvalidSelection", "The current selection is invalid for this operation.");
      }
    });
  }

  /** A second person's Excel on the same workbook: the same cells, its own batch and syncs. */
  coauthor(): FakeExcel {
    const other = Object.create(this) as FakeExcel;
    other.queue = [];
    other.context = other.newContext();
    return other;
  }

  private newContext(): any {
    const workbook = {
      worksheets: {
        getItemOrNullObject: (name: string) => (requires("1.4", "worksheets.getItemOrNullObject"), this.sheetProxy(() => name, true)),
        getItem: (name: string) => this.sheetProxy(() => name, false),
        add: (name: string) => {
          this.enqueue({ add: name }, () => {
            if (this.sheets.has(name)) throw new Error(`fake Excel: sheet ${name} exists`);
            this.addSheet(name);
          });
          return this.sheetProxy(() => name, false);
        },
        getActiveWorksheet: () => this.sheetProxy(() => this.activeSheet, false),
        __collection: this.collection("worksheets", () => [...this.sheets.keys()].map((name) => {
          const sheet = this.sheetProxy(() => name, false);
          sheet.__preload({ name });
          return sheet;
        })),
      },
      getActiveCell: () => (requires("1.7", "Workbook.getActiveCell"), this.readSelection(), this.rangeProxy(() => this.activeSheet, () => parseAddress(this.shared.activeCell))),
      tables: {
        getItemOrNullObject: (name: string) => (requires("1.4", "tables.getItemOrNullObject"), this.tableProxy(name, true)),
        getItem: (name: string) => this.tableProxy(name, false),
        __collection: this.collection("tables", () => [...this.tables.keys()].map((name) => {
          const table = this.tableProxy(name, false);
          table.__preload({ name, showTotals: this.tables.get(name)?.showTotals === true });
          return table;
        })),
      },
    };
    // The request context is an office-addin-mock object; its workbook is ours (the mock's
    // property bags cannot model collections whose items appear at sync).
    for (const part of [workbook.worksheets, workbook.tables] as any[]) {
      const c = part.__collection;
      delete part.__collection;
      Object.defineProperty(part, "load", { value: c.load });
      Object.defineProperty(part, "items", { get: () => c.items });
    }
    const context = new OfficeMockObject({ sync: () => this.sync() }, OfficeApp.Excel) as any;
    context.workbook = workbook;
    return context;
  }

  /** A collection's `load("items/…")` and `items`: what exists when the batch is applied. */
  private collection(kind: string, snapshot: () => any[]): { load(props: string): unknown; readonly items: any[] } {
    let items: any[] | null = null;
    const c = {
      load: (props: string) => {
        this.enqueue({ load: kind, props }, () => {
          items = snapshot();
          return bytes(items.length) * 20;
        });
        return c;
      },
      get items(): any[] {
        if (items === null) throw new NotLoaded(`PropertyNotLoaded: ${kind}.items`);
        return items;
      },
    };
    return c;
  }

  addSheet(name: string): FakeSheet {
    this.engine = null;
    const sheet: FakeSheet = {
      name, values: new Map(), formulas: [], formats: new Map(), columnWidths: new Map(),
      frozen: { rows: 0, columns: 0 }, validations: [], conditionalFormats: [],
      page: { orientation: "Portrait", zoom: { scale: 100 }, printArea: null, titleRows: null },
      charts: [],
    };
    this.sheets.set(name, sheet);
    return sheet;
  }

  /** Test set-up: a user's own cells, written directly (not through the batch), as typed. */
  setCells(sheetName: string, topLeft: string, rows: unknown[][]): void {
    const sheet = this.sheets.get(sheetName) ?? this.addSheet(sheetName);
    const at = parseCell(topLeft);
    rows.forEach((line, r) => line.forEach((v, c) => {
      if (v === "" || v === null || v === undefined) sheet.values.delete(key(at.row + r, at.column + c));
      else sheet.values.set(key(at.row + r, at.column + c), v);
    }));
    this.engine = null;
  }

  /** A table of the analyst's; with `totals`, its last row is a totals row (showTotals). */
  addUserTable(name: string, sheetName: string, address: string, options: { totals?: boolean } = {}): void {
    this.tables.set(name, { sheet: sheetName, rect: parseAddress(address), showTotals: options.totals === true });
  }

  /** What the cell holds: a value, or `{ formula }` for a formula written through `values`. */
  cell(sheetName: string, address: string): unknown {
    const at = parseCell(address);
    return this.sheets.get(sheetName)?.values.get(key(at.row, at.column)) ?? "";
  }

  /** The cell's formats as written (wrapText, fill.color, font.bold…), or undefined. */
  formatAt(sheetName: string, address: string): Record<string, unknown> | undefined {
    const at = parseCell(address);
    return this.sheets.get(sheetName)?.formats.get(key(at.row, at.column));
  }

  /** What Excel shows in the cell: the value, or the formula's computed result. */
  shown(sheetName: string, address: string): unknown {
    const at = parseCell(address);
    return this.valueAt(sheetName, at.row, at.column);
  }

  private formulaText(sheet: FakeSheet, row: number, column: number): string | undefined {
    const stored = sheet.values.get(key(row, column));
    if (stored !== undefined) return typeof stored === "object" && stored !== null && "formula" in stored ? (stored as { formula: string }).formula : undefined;
    const r1c1 = this.formulaAt(sheet.name, row, column);
    return r1c1 === undefined ? undefined : r1c1ToA1(r1c1, row, column);
  }

  /** Every sheet as HyperFormula evaluates it (licence and TRUE/FALSE as PLATFORM.md says). */
  private evaluated(): { hf: HyperFormula; ids: Map<string, number> } {
    if (this.engine !== null) return this.engine;
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const sheet of this.sheets.values()) {
      const used = this.usedRect(sheet);
      const grid: RawCellContent[][] = [];
      if (used !== null) {
        for (let row = 1; row <= used.bottom; row++) {
          const line: RawCellContent[] = [];
          for (let column = 1; column <= used.right; column++) {
            const formula = this.formulaText(sheet, row, column);
            const stored = sheet.values.get(key(row, column));
            line.push(formula ?? (stored as RawCellContent) ?? null);
          }
          grid.push(line);
        }
      }
      sheets[sheet.name] = grid;
    }
    const hf = inLanguage(this.displayLanguage, () =>
      HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", maxRows: 1_048_576, maxColumns: 16_384 }, [
        { name: "TRUE", expression: "=TRUE()" },
        { name: "FALSE", expression: "=FALSE()" },
      ]),
    );
    const ids = new Map([...this.sheets.keys()].map((name) => [name, hf.getSheetId(name) as number]));
    this.engine = { hf, ids };
    return this.engine;
  }

  /** A cell as `values` reads it: errors as their text ("#REF!"), empty as "". */
  private valueAt(sheetName: string, row: number, column: number): unknown {
    const sheet = this.sheets.get(sheetName);
    if (sheet === undefined) return "";
    if (this.formulaText(sheet, row, column) === undefined) return sheet.values.get(key(row, column)) ?? "";
    const { hf, ids } = this.evaluated();
    const v = hf.getCellValue({ sheet: ids.get(sheetName) as number, row: row - 1, col: column - 1 });
    if (v !== null && typeof v === "object") return (v as { value: string }).value;
    return v ?? "";
  }

  /** Whether a custom conditional format's rule holds at a cell (its formula shifted there, as Excel does). */
  formatHolds(sheetName: string, address: string, formula: string): boolean {
    const at = parseCell(address);
    const rule = this.sheetOf(sheetName).conditionalFormats.find((f) => f.formula === formula && inside(f.rect, at.row, at.column));
    if (rule === undefined) return false;
    const shifted = shiftA1(formula, at.row - rule.rect.top, at.column - rule.rect.left);
    const { hf, ids } = this.evaluated();
    return inLanguage(this.displayLanguage, () => hf.calculateFormula(shifted, ids.get(sheetName) as number)) === true;
  }

  formulaAt(sheetName: string, row: number, column: number): string | undefined {
    const sheet = this.sheets.get(sheetName);
    for (let i = (sheet?.formulas.length ?? 0) - 1; i >= 0; i--) {
      const f = sheet!.formulas[i]!;
      if (inside(f.rect, row, column)) return f.formula;
    }
    return undefined;
  }

  /** Everything a person could see or that behaves, as comparable data (for small workbooks). */
  snapshot(): unknown {
    const sheets = [...this.sheets.values()].map((s) => {
      const cells: Record<string, unknown> = {};
      const all = new Set([...s.values.keys(), ...s.formats.keys()]);
      for (const f of s.formulas) {
        for (let r = f.rect.top; r <= Math.min(f.rect.bottom, f.rect.top + 5000); r++) {
          for (let c = f.rect.left; c <= f.rect.right; c++) all.add(key(r, c));
        }
      }
      for (const k of [...all].sort()) {
        const [r, c] = k.split(",").map(Number) as [number, number];
        cells[k] = { value: s.values.get(k), formula: this.formulaAt(s.name, r, c), format: s.formats.get(k) };
      }
      return { name: s.name, cells, widths: [...s.columnWidths].sort(), frozen: s.frozen, validations: s.validations, conditionalFormats: s.conditionalFormats, page: s.page, charts: s.charts };
    });
    return { sheets, tables: [...this.tables].sort() };
  }

  get maxRequestBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.requestBytes));
  }
  get maxResponseBytes(): number {
    return Math.max(0, ...this.syncs.map((s) => s.responseBytes));
  }
  get totalRequestBytes(): number {
    return this.syncs.reduce((n, s) => n + s.requestBytes, 0);
  }
  conditionalFormatCount(): number {
    return [...this.sheets.values()].reduce((n, s) => n + s.conditionalFormats.length, 0);
  }
  validationCount(): number {
    return [...this.sheets.values()].reduce((n, s) => n + s.validations.length, 0);
  }

  private enqueue(payload: unknown, apply: () => number | void): void {
    this.queue.push({ bytes: bytes(payload), apply });
  }

  private async sync(): Promise<void> {
    const queue = this.queue;
    this.queue = [];
    const requestBytes = queue.reduce((n, op) => n + op.bytes + 1, 2);
    if (requestBytes > PAYLOAD_LIMIT_BYTES) {
      this.syncs.push({ requestBytes, responseBytes: 0 });
      throw new OfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    let responseBytes = 2;
    for (const op of queue) responseBytes += op.apply() ?? 0;
    this.syncs.push({ requestBytes, responseBytes });
    // Whether the batch's writes stood is not documented: the add-in never queues writes with a
    // read that could be refused (ResponsePayloadSizeLimitExceeded, Excel.ErrorCodes).
    if (responseBytes > PAYLOAD_LIMIT_BYTES) throw new OfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
  }

  private clearRect(s: FakeSheet, x: Rect): void {
    this.engine = null;
    for (const k of [...s.values.keys(), ...s.formats.keys()]) {
      const [row, c] = k.split(",").map(Number) as [number, number];
      if (inside(x, row, c)) {
        s.values.delete(k);
        s.formats.delete(k);
      }
    }
    s.formulas = s.formulas.filter((f) => !overlaps(f.rect, x));
    s.conditionalFormats = s.conditionalFormats.filter((f) => !overlaps(f.rect, x));
    s.validations = s.validations.filter((v) => !overlaps(v.rect, x));
  }

  /** Moves one row's cells of a rectangle to another row (a totals row pushed down by rows.add). */
  private moveRow(sheet: FakeSheet, from: number, to: number, x: Rect): void {
    for (let c = x.left; c <= x.right; c++) {
      const v = sheet.values.get(key(from, c));
      sheet.values.delete(key(from, c));
      if (v !== undefined) sheet.values.set(key(to, c), v);
    }
  }

  private sheetOf(name: string): FakeSheet {
    const sheet = this.sheets.get(name);
    if (!sheet) throw new Error(`fake Excel: no sheet ${name}`);
    return sheet;
  }

  /**
   * A lazily-resolved object: `load` queues the read; properties throw until synced. An
   * "…OrNullObject" proxy answers `isNullObject` after the next sync without a load
   * (OfficeExtension.ClientObject: "You must call context.sync() before reading the isNullObject
   * property"), and never before it.
   */
  private loadable(describe: unknown, read: () => Record<string, unknown>, target: Record<string, unknown>, orNull = false): void {
    const loaded: Record<string, unknown> = {};
    let done = false;
    if (orNull) this.enqueue({ lookup: describe }, () => void (loaded.isNullObject = read().isNullObject));
    target.load = (props?: string) => {
      this.enqueue({ load: describe, props }, () => {
        const all = read();
        const names = props === undefined ? Object.keys(all) : props.split(",").map((p) => p.trim());
        for (const n of names) loaded[n] = all[n];
        done = true;
        return bytes(names.map((n) => loaded[n]));
      });
      return target;
    };
    target.__preload = (values: Record<string, unknown>) => {
      Object.assign(loaded, values);
      done = true;
    };
    target.__loaded = (name: string) => {
      if (!done || !(name in loaded)) throw new NotLoaded(`PropertyNotLoaded: ${name}`);
      return loaded[name];
    };
    for (const name of ["values", "isNullObject", "name", "rowIndex", "columnIndex", "rowCount", "columnCount", "address"]) {
      Object.defineProperty(target, name, {
        configurable: true,
        get: () => {
          if (name === "isNullObject" && name in loaded) return loaded[name];
          if (!done || !(name in loaded)) throw new NotLoaded(`PropertyNotLoaded: ${name}`);
          return loaded[name];
        },
        set: name === "values" || name === "name" ? (v) => (target as any)[`set_${name}`](v) : undefined,
      });
    }
  }

  /**
   * Worksheet.pageLayout (Excel.PageLayout, ExcelApi 1.9). `orientation` takes an
   * Excel.PageOrientation; `zoom` must be assigned as one object ("use x.zoom = {...} instead of
   * x.zoom.scale = ..."), so reading it unloaded throws and a member assignment fails; a scale
   * lies between 10 and 400 and fit-to-pages counts are whole numbers, 0 being "automatic"
   * (PageLayoutZoomOptions; fitToHeight="0" in the file). setPrintTitleRows takes whole rows
   * ("$3:$3"); getPrintAreaOrNullObject answers a RangeAreas whose address names the sheet.
   */
  private pageLayoutProxy(name: () => string): any {
    const page = () => this.sheetOf(name()).page;
    const invalid = (message: string) => {
      throw new OfficeError("InvalidArgument", `fake Excel: ${message}`);
    };
    const layout: any = {};
    Object.defineProperty(layout, "orientation", {
      get: () => {
        throw new NotLoaded("PropertyNotLoaded: orientation");
      },
      set: (v: unknown) => {
        requires("1.9", "pageLayout.orientation");
        if (v !== "Portrait" && v !== "Landscape") invalid(`orientation ${String(v)} is not an Excel.PageOrientation`);
        this.enqueue({ orientation: v }, () => void (page().orientation = v as string));
      },
    });
    Object.defineProperty(layout, "zoom", {
      get: () => {
        throw new NotLoaded("PropertyNotLoaded: zoom");
      },
      set: (v: { scale?: number | null; horizontalFitToPages?: number | null; verticalFitToPages?: number | null }) => {
        requires("1.9", "pageLayout.zoom");
        const { scale, horizontalFitToPages: wide, verticalFitToPages: tall } = v ?? {};
        if (scale != null && (scale < 10 || scale > 400)) invalid(`zoom scale ${scale} is outside 10..400`);
        for (const n of [wide, tall]) if (n != null && (!Number.isInteger(n) || n < 0)) invalid(`fit to ${n} pages`);
        if (scale == null && wide == null && tall == null) invalid("zoom needs a scale or pages to fit to");
        const zoom = scale != null ? { scale } : { horizontalFitToPages: wide ?? 0, verticalFitToPages: tall ?? 0 };
        this.enqueue({ zoom: v }, () => void (page().zoom = zoom));
      },
    });
    const rectOf = (address: unknown) => (typeof address === "string" ? parseAddress(address.replace(/\$/g, "")) : (address as any).__rect());
    layout.setPrintArea = (address: unknown) => {
      requires("1.9", "pageLayout.setPrintArea");
      const areas = typeof address === "string" ? address.split(",").map(rectOf) : [rectOf(address)];
      const rect = areas.length === 1 ? areas[0] : areas;
      this.enqueue({ setPrintArea: address }, () => void (page().printArea = rect));
    };
    layout.setPrintTitleRows = (address: unknown) => {
      requires("1.9", "pageLayout.setPrintTitleRows");
      const rect = rectOf(address);
      if (rect.left !== 1 || rect.right !== 16_384) invalid(`print title rows must be whole rows, not ${String(address)}`);
      this.enqueue({ setPrintTitleRows: address }, () => void (page().titleRows = { first: rect.top, last: rect.bottom }));
    };
    const quoted = () => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name()) ? name() : `'${name().replace(/'/g, "''")}'`);
    layout.getPrintAreaOrNullObject = () => {
      requires("1.9", "pageLayout.getPrintAreaOrNullObject");
      const areas: any = {};
      this.loadable({ printArea: name() }, () => {
        const area = page().printArea;
        const one = (a: Rect) => `${quoted()}!${columnLetters(a.left)}${a.top}:${columnLetters(a.right)}${a.bottom}`;
        return { isNullObject: area === null, address: area === null ? null : (Array.isArray(area) ? area : [area]).map(one).join(this.listSeparator) };
      }, areas, true);
      return areas;
    };
    layout.getPrintTitleRowsOrNullObject = () => {
      requires("1.9", "pageLayout.getPrintTitleRowsOrNullObject");
      const rows: any = {};
      this.loadable({ printTitleRows: name() }, () => {
        const t = page().titleRows;
        return { isNullObject: t === null, address: t === null ? null : `${quoted()}!${t.first}:${t.last}` };
      }, rows, true);
      return rows;
    };
    return layout;
  }

  /**
   * Worksheet.charts (Excel.ChartCollection): `add(type, sourceData, seriesBy)` (ExcelApi 1.1)
   * takes an Excel.ChartType and Excel.ChartSeriesBy and names the chart "Chart N" until `name`
   * is set; `getItemOrNullObject(name)` (1.4) and `delete()` (1.1); `title.text` and
   * `setPosition(startCell, endCell)` (1.1).
   */
  private chartsProxy(sheetName: () => string): any {
    const charts = () => this.sheetOf(sheetName()).charts;
    const chartProxy = (find: () => FakeSheet["charts"][number] | undefined): any => {
      const chart: any = {};
      const apply = (payload: unknown, change: (c: FakeSheet["charts"][number]) => void) =>
        this.enqueue(payload, () => {
          const c = find();
          if (c === undefined) throw new OfficeError("ItemNotFound", "fake Excel: no such chart");
          change(c);
        });
      chart.set_name = (v: string) => apply({ chartName: v }, (c) => void (c.name = v));
      Object.defineProperty(chart, "name", { configurable: true, set: (v: string) => chart.set_name(v) });
      chart.title = {};
      Object.defineProperty(chart.title, "text", { set: (v: string) => apply({ chartTitle: v }, (c) => void (c.title = v)) });
      chart.setPosition = (start: string, end: string) => apply({ setPosition: [start, end] }, (c) => void (c.position = { start, end }));
      chart.delete = () => apply({ deleteChart: true }, (c) => charts().splice(charts().indexOf(c), 1));
      return chart;
    };
    return {
      add: (type: string, source: any, seriesBy: string) => {
        requires("1.1", "charts.add");
        if (!["ColumnClustered", "BarClustered", "Line", "Pie"].includes(type)) throw new OfficeError("InvalidArgument", `fake Excel: chart type ${type}`);
        if (!["Auto", "Columns", "Rows"].includes(seriesBy)) throw new OfficeError("InvalidArgument", `fake Excel: series by ${seriesBy}`);
        const entry = { name: "", type, source: source.__rect(), seriesBy, title: "", position: null };
        this.enqueue({ addChart: type }, () => {
          entry.name = `Chart ${charts().length + 1}`;
          charts().push(entry);
        });
        return chartProxy(() => (charts().includes(entry) ? entry : undefined));
      },
      getItemOrNullObject: (name: string) => {
        requires("1.4", "charts.getItemOrNullObject");
        const chart = chartProxy(() => charts().find((c) => c.name === name));
        this.loadable({ chart: name }, () => ({ isNullObject: !charts().some((c) => c.name === name) }), chart, true);
        return chart;
      },
    };
  }

  private sheetProxy(name: () => string, orNull: boolean): any {
    const proxy: any = {};
    this.loadable({ sheet: "worksheet" }, () => ({ isNullObject: !this.sheets.has(name()), name: name() }), proxy, orNull);
    if (!orNull) Object.defineProperty(proxy, "isNullObject", { get: () => false });
    proxy.getRange = (address?: string) => this.rangeProxy(name, () => (address === undefined ? { top: 1, left: 1, bottom: 1_048_576, right: 16_384 } : parseAddress(address)));
    proxy.getUsedRange = () => this.usedRangeProxy(name, false);
    proxy.activate = () => this.enqueue({ activate: name() }, () => {
      this.sheetOf(name());
      this.shared.activeSheet = name();
    });
    proxy.getUsedRangeOrNullObject = () => (requires("1.4", "Worksheet.getUsedRangeOrNullObject"), this.usedRangeProxy(name, true));
    // Each freeze call sets the frozen panes anew: freezeRows then freezeColumns leaves only the
    // columns frozen (PLATFORM.md); freezeAt(range) freezes the rows above and the columns left
    // of the range's bottom-right corner (WorksheetFreezePanes, ExcelApi 1.7).
    const freeze = (frozen: { rows: number; columns: number }) => void (this.sheetOf(name()).frozen = frozen);
    proxy.freezePanes = {
      unfreeze: () => (requires("1.7", "freezePanes.unfreeze"), this.enqueue({ unfreeze: name() }, () => freeze({ rows: 0, columns: 0 }))),
      freezeRows: (n: number) => (requires("1.7", "freezePanes.freezeRows"), this.enqueue({ freezeRows: n }, () => freeze({ rows: n, columns: 0 }))),
      freezeColumns: (n: number) => (requires("1.7", "freezePanes.freezeColumns"), this.enqueue({ freezeColumns: n }, () => freeze({ rows: 0, columns: n }))),
      freezeAt: (range: any) => {
        requires("1.7", "freezePanes.freezeAt");
        this.enqueue({ freezeAt: "range" }, () => {
          const x = typeof range === "string" ? parseAddress(range) : range.__rect();
          freeze({ rows: x.bottom, columns: x.right });
        });
      },
    };
    proxy.pageLayout = this.pageLayoutProxy(name);
    proxy.charts = this.chartsProxy(name);
    proxy.tables = {
      // This sheet's table of that name (TableCollection.getItemOrNullObject, ExcelApi 1.4).
      getItemOrNullObject: (table: string) => (requires("1.4", "tables.getItemOrNullObject"), this.tableProxy(table, true, name)),
      add: (address: string, hasHeaders: boolean) => {
        const table = this.newTableProxy(name, address);
        void hasHeaders;
        return table;
      },
    };
    return proxy;
  }

  /** The cells holding values or formulas, within `clip` when given; null when there are none. */
  private usedRect(sheet: FakeSheet, clip?: Rect): Rect | null {
    let r: Rect | null = null;
    const add = (y: Rect) => {
      r = r === null ? { ...y } : { top: Math.min(r.top, y.top), left: Math.min(r.left, y.left), bottom: Math.max(r.bottom, y.bottom), right: Math.max(r.right, y.right) };
    };
    for (const k of sheet.values.keys()) {
      const [row, column] = k.split(",").map(Number) as [number, number];
      if (clip === undefined || inside(clip, row, column)) add({ top: row, left: column, bottom: row, right: column });
    }
    for (const f of sheet.formulas) {
      if (clip === undefined) add(f.rect);
      else if (overlaps(f.rect, clip)) add({ top: Math.max(f.rect.top, clip.top), left: Math.max(f.rect.left, clip.left), bottom: Math.min(f.rect.bottom, clip.bottom), right: Math.min(f.rect.right, clip.right) });
    }
    return r;
  }

  /** Used range of values (the writer always asks valuesOnly). */
  private usedRangeProxy(name: () => string, orNull: boolean): any {
    return this.rangeProxy(name, () => {
      const sheet = this.sheets.get(name());
      const r = sheet ? this.usedRect(sheet) : null;
      if (r === null) {
        if (!orNull) return { top: 1, left: 1, bottom: 1, right: 1 };
        return null;
      }
      return r;
    }, orNull);
  }

  private rangeProxy(sheetName: () => string, rect: () => Rect | null, orNull = false): any {
    const proxy: any = {};
    const sheet = () => this.sheetOf(sheetName());
    const r = () => rect() as Rect;
    const cells = (fn: (row: number, column: number) => void) => {
      const x = r();
      for (let row = x.top; row <= x.bottom; row++) for (let c = x.left; c <= x.right; c++) fn(row, c);
    };
    this.loadable({ range: "lazy" }, () => {
      const x = rect();
      if (x === null) return { isNullObject: true };
      // `values` is computed only when loaded: evaluating formulas is the expensive part.
      const readValues = () => {
        const values: unknown[][] = [];
        for (let row = x.top; row <= x.bottom; row++) {
          const line: unknown[] = [];
          for (let c = x.left; c <= x.right; c++) line.push(this.valueAt(sheetName(), row, c));
          values.push(line);
        }
        return values;
      };
      return {
        isNullObject: false, get values() { return readValues(); }, rowIndex: x.top - 1, columnIndex: x.left - 1,
        rowCount: x.bottom - x.top + 1, columnCount: x.right - x.left + 1, address: `${sheetName()}!${x.top}:${x.bottom}`,
      };
    }, proxy, orNull);
    proxy.set_values = (values: unknown[][]) => {
      this.enqueue({ values, at: "range" }, () => {
        const x = r();
        if (values.length !== x.bottom - x.top + 1 || values.some((l) => l.length !== x.right - x.left + 1)) throw new Error("fake Excel: values do not fit the range");
        values.forEach((line, i) => line.forEach((v, j) => {
          const k = key(x.top + i, x.left + j);
          const s = sheet();
          s.formulas = s.formulas.filter((f) => !(inside(f.rect, x.top + i, x.left + j) && f.rect.top === f.rect.bottom && f.rect.left === f.rect.right));
          const stored = typedInput(v, s.formats.get(k)?.numberFormat as string | undefined);
          if (stored !== null && "formula" in stored) refuseLongText(stored.formula);
          if (stored === null) s.values.delete(k);
          else s.values.set(k, "formula" in stored ? { formula: stored.formula } : stored.value);
        }));
        this.engine = null;
      });
    };
    // One format for the range, or one per cell (Range.numberFormat, ExcelApi 1.1).
    Object.defineProperty(proxy, "numberFormat", {
      set: (format: unknown) => this.enqueue({ numberFormat: format }, () => {
        const x = r();
        cells((row, c) => {
          const f = Array.isArray(format) ? format[row - x.top]?.[c - x.left] : format;
          const k = key(row, c);
          sheet().formats.set(k, { ...sheet().formats.get(k), numberFormat: f });
        });
      }),
    });
    Object.defineProperty(proxy, "formulasR1C1", {
      set: (formula: unknown) => {
        requires("1.2", "Range.formulasR1C1");
        if (typeof formula !== "string") throw new Error("fake Excel: the writer should send one formula per column");
        this.enqueue({ formulasR1C1: formula, at: "range" }, () => {
          refuseLongText(formula);
          const x = r();
          sheet().formulas.push({ rect: x, formula });
          cells((row, c) => sheet().values.delete(key(row, c)));
          this.engine = null;
        });
      },
    });
    const formatSetter = (path: string) => (v: unknown) =>
      this.enqueue({ format: path, v }, () => {
        if (path === "columnWidth") {
          const x = r();
          for (let c = x.left; c <= x.right; c++) sheet().columnWidths.set(c, v as number);
          return;
        }
        cells((row, c) => {
          const k = key(row, c);
          sheet().formats.set(k, { ...sheet().formats.get(k), [path]: v });
        });
      });
    const setters = (paths: string[], prefix = "") => {
      const o: any = {};
      for (const p of paths) Object.defineProperty(o, p, { set: formatSetter(prefix + p) });
      return o;
    };
    proxy.format = setters(["columnWidth", "wrapText", "horizontalAlignment"]);
    proxy.format.fill = setters(["color"], "fill.");
    proxy.format.font = setters(["color", "bold", "italic", "size"], "font.");
    proxy.__rect = r;
    proxy.select = () => this.enqueue({ select: "range" }, () => {
      const x = r();
      this.shared.selected = `${sheetName()}!${columnLetters(x.left)}${x.top}:${columnLetters(x.right)}${x.bottom}`;
      this.shared.activeCell = `${columnLetters(x.left)}${x.top}`;
    });
    // The tables the range touches (Range.getTables, ExcelApi 1.9), loaded as `items/name`.
    proxy.getTables = (fullyContained?: boolean) => {
      requires("1.9", "Range.getTables");
      const found: { name: string }[] = [];
      let done = false;
      const collection: any = {
        load: (props: string) => {
          this.enqueue({ tables: "range", props }, () => {
            const x = r();
            for (const [name, t] of this.tables) {
              const hit = fullyContained ? inside(x, t.rect.top, t.rect.left) && inside(x, t.rect.bottom, t.rect.right) : overlaps(x, t.rect);
              if (t.sheet === sheetName() && hit) found.push({ name });
            }
            done = true;
          });
          return collection;
        },
      };
      Object.defineProperty(collection, "items", { get: () => {
        if (!done) throw new NotLoaded("PropertyNotLoaded: items");
        return found;
      } });
      return collection;
    };
    // The used cells inside this range, or a null object (Range.getUsedRangeOrNullObject, 1.4).
    proxy.getUsedRangeOrNullObject = () => {
      requires("1.4", "Range.getUsedRangeOrNullObject");
      return this.rangeProxy(sheetName, () => this.usedRect(sheet(), r()), true);
    };
    proxy.getCell = (row: number, column: number) => this.rangeProxy(sheetName, () => ({ top: r().top + row, left: r().left + column, bottom: r().top + row, right: r().left + column }));
    proxy.clear = () => this.enqueue({ clear: "range" }, () => this.clearRect(sheet(), r()));
    const validation = () => {
      const x = r();
      let v = sheet().validations.find((e) => JSON.stringify(e.rect) === JSON.stringify(x));
      if (!v) {
        v = { rect: x };
        sheet().validations.push(v);
      }
      return v;
    };
    proxy.dataValidation = {
      clear: () => (requires("1.8", "Range.dataValidation"), this.enqueue({ dataValidation: "clear" }, () => void (sheet().validations = sheet().validations.filter((v) => !overlaps(v.rect, r()))))),
    };
    for (const p of ["rule", "prompt", "errorAlert"] as const) {
      Object.defineProperty(proxy.dataValidation, p, { set: (value: unknown) => this.enqueue({ [p]: value }, () => void (validation()[p] = value)) });
    }
    proxy.conditionalFormats = {
      clearAll: () => (requires("1.6", "Range.conditionalFormats"), this.enqueue({ conditionalFormats: "clearAll" }, () => void (sheet().conditionalFormats = sheet().conditionalFormats.filter((f) => !overlaps(f.rect, r()))))),
      add: (type: string) => {
        const entry: { rect: Rect; formula?: string; fill?: string; font?: string } = { rect: { top: 0, left: 0, bottom: 0, right: 0 } };
        this.enqueue({ conditionalFormat: type }, () => {
          entry.rect = r();
          sheet().conditionalFormats.push(entry);
        });
        const set = (field: "formula" | "fill" | "font") => ({ set: (v: string) => this.enqueue({ [field]: v }, () => void (entry[field] = v)) });
        const custom: any = { rule: {}, format: { fill: {}, font: {} } };
        Object.defineProperty(custom.rule, "formula", set("formula"));
        Object.defineProperty(custom.format.fill, "color", set("fill"));
        Object.defineProperty(custom.format.font, "color", set("font"));
        return { custom };
      },
    };
    proxy.getRow = (i: number) => this.rangeProxy(sheetName, () => ({ ...r(), top: r().top + i, bottom: r().top + i }));
    proxy.getResizedRange = (dr: number, dc: number) => (requires("1.7", "Range.getResizedRange"), this.rangeProxy(sheetName, () => ({ ...r(), bottom: r().bottom + dr, right: r().right + dc })));
    return proxy;
  }

  private tableProxy(name: string, orNull: boolean, onSheet?: () => string): any {
    const proxy: any = {};
    const table = () => {
      const t = this.tables.get(name);
      if (!t) throw new Error(`fake Excel: no table ${name}`);
      return t;
    };
    const exists = () => this.tables.has(name) && (onSheet === undefined || this.tables.get(name)?.sheet === onSheet());
    this.loadable({ table: name }, () => ({ isNullObject: !exists(), name, showTotals: this.tables.get(name)?.showTotals === true }), proxy, orNull);
    if (!orNull) Object.defineProperty(proxy, "isNullObject", { get: () => false });
    const sheetName = () => table().sheet;
    // getRange includes the header and any totals row; getDataBodyRange neither (Excel.Table).
    const totals = () => (table().showTotals ? 1 : 0);
    proxy.getRange = () => this.rangeProxy(sheetName, () => table().rect);
    proxy.getHeaderRowRange = () => this.rangeProxy(sheetName, () => ({ ...table().rect, bottom: table().rect.top }));
    proxy.getDataBodyRange = () => this.rangeProxy(sheetName, () => ({ ...table().rect, top: table().rect.top + 1, bottom: table().rect.bottom - totals() }));
    proxy.getTotalRowRange = () => this.rangeProxy(sheetName, () => (totals() ? { ...table().rect, top: table().rect.bottom } : null));
    Object.defineProperty(proxy, "showTotals", { get: () => proxy.__loaded("showTotals") });
    Object.defineProperty(proxy, "worksheet", { get: () => this.sheetProxy(sheetName, false) });
    proxy.delete = () => this.enqueue({ deleteTable: name }, () => {
      const t = table();
      this.clearRect(this.sheetOf(t.sheet), t.rect);
      this.tables.delete(name);
    });
    // Appends below the last data row as the table stands when Excel applies the batch (above a
    // totals row), never over a cell; the TableRow returned keeps that physical row
    // (Excel.TableRowCollection.add, ExcelApi 1.1).
    proxy.rows = {
      add: (index: number | null | undefined, values: unknown[][]) => {
        if (index !== null && index !== undefined) throw new Error("fake Excel: the add-in only appends rows");
        let first = 0;
        this.enqueue({ addRows: values }, () => {
          const t = table();
          const width = t.rect.right - t.rect.left + 1;
          if (values.some((line) => line.length !== width)) throw new OfficeError("InvalidArgument", "The number of values does not match the table's columns.");
          const at = t.rect.bottom - totals() + 1;
          const sheet = this.sheetOf(t.sheet);
          const below: Rect = { top: t.rect.bottom + 1, left: t.rect.left, bottom: t.rect.bottom + values.length, right: t.rect.right };
          const used = [...sheet.values.keys()].some((k) => {
            const [row, column] = k.split(",").map(Number) as [number, number];
            return inside(below, row, column);
          });
          if (used) throw new OfficeError("InsertDeleteConflict", "fake Excel: rows.add would move or overwrite cells below the table");
          if (totals()) this.moveRow(sheet, t.rect.bottom, t.rect.bottom + values.length, t.rect);
          t.rect = { ...t.rect, bottom: t.rect.bottom + values.length };
          values.forEach((line, i) => line.forEach((v, j) => {
            const stored = typedInput(v, undefined);
            if (stored !== null && "formula" in stored) refuseLongText(stored.formula);
            const k = key(at + i, t.rect.left + j);
            if (stored === null) sheet.values.delete(k);
            else sheet.values.set(k, "formula" in stored ? { formula: stored.formula } : stored.value);
          }));
          first = at;
          this.engine = null;
        });
        const row: any = {};
        row.getRange = () => this.rangeProxy(sheetName, () => ({ top: first, left: table().rect.left, bottom: first, right: table().rect.right }));
        return row;
      },
    };
    proxy.resize = (range: any) => (requires("1.13", "Table.resize"), this.enqueue({ resize: name }, () => {
      const rect = range.__rect();
      const t = table();
      // The header row stays where it is (Table.resize, ExcelApi 1.13).
      if (rect.top !== t.rect.top || rect.left !== t.rect.left) throw new Error("fake Excel: resize must keep the header's top-left");
      t.rect = rect;
      this.engine = null;
    }));
    return proxy;
  }

  private newTableProxy(sheetName: () => string, address: string): any {
    const entry = { name: "", style: "" };
    this.enqueue({ addTable: address }, () => {
      const rect = parseAddress(address);
      for (const t of this.tables.values()) if (t.sheet === sheetName() && overlaps(t.rect, rect)) throw new Error("fake Excel: tables overlap");
      entry.name = entry.name || `Table${this.tables.size + 1}`;
      this.tables.set(entry.name, { sheet: sheetName(), rect, style: entry.style });
    });
    const proxy: any = {};
    Object.defineProperty(proxy, "name", { set: (v: string) => this.enqueue({ name: v }, () => {
      const old = [...this.tables].find(([, t]) => t.sheet === sheetName() && JSON.stringify(t.rect) === JSON.stringify(parseAddress(address)));
      if (old) {
        this.tables.delete(old[0]);
        this.tables.set(v, old[1]);
      }
    }) });
    Object.defineProperty(proxy, "style", { set: (v: string) => this.enqueue({ style: v }, () => {
      const t = [...this.tables.values()].find((x) => x.sheet === sheetName() && JSON.stringify(x.rect) === JSON.stringify(parseAddress(address)));
      if (t) t.style = v;
    }) });
    return proxy;
  }
}

/** Installs the `Office` and `Excel` globals the writer uses, with the given API support. */
export function installOfficeGlobals(supportedExcelApi = "1.17"): void {
  checkedExcelApi = null;
  const [major, minor] = supportedExcelApi.split(".").map(Number) as [number, number];
  (globalThis as any).Office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (name: string, asked: string) => {
          const [vMajor, vMinor] = asked.split(".").map(Number) as [number, number];
          const supported = name === "ExcelApi" && (vMajor < major || (vMajor === major && vMinor <= minor));
          if (supported) checkedExcelApi = Math.max(checkedExcelApi ?? 0, version(asked));
          return supported;
        },
      },
    },
  });
  // Enums are plain values in Office.js (no load needed), so they are not mock properties.
  (globalThis as any).Excel = {
    ConditionalFormatType: { custom: "Custom" },
    ClearApplyTo: { all: "All" },
    PageOrientation: { portrait: "Portrait", landscape: "Landscape" },
    ChartType: { columnClustered: "ColumnClustered" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    DataValidationAlertStyle: { information: "Information", stop: "Stop", warning: "Warning" },
  };
}

/** An A1 formula moved by (rows, columns), as Excel applies a conditional format's relative references to each cell. */
export function shiftA1(formula: string, rows: number, columns: number): string {
  return formula.replace(/(?<![A-Za-z0-9_."'])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g, (_, ac: string, letters: string, ar: string, row: string) =>
    `${ac}${ac ? letters : columnLetters(columnNumber(letters) + columns)}${ar}${ar ? row : Number(row) + rows}`,
  );
}

/** An analyst's own table "Suppliers" (B3:H7) below a title, with headers the synonyms find. */
export function analystTable(excel: FakeExcel): void {
  excel.setCells("Sheet1", "A1", [["Suppliers 2026, team B"]]);
  excel.setCells("Sheet1", "B3", [
    ["Program", "Vendor", "Specs frozen", "Reqs defined", "Complexity level", "Model", "Owner"],
    ["Alpha", "Acme", "Y", "Y", "Low", "ODM", "Kim"],
    ["Beta", "Bolt", "n", "yes", "H", "OEM", "Lee"],
    ["Gamma", "Core", "no", "no", "", "JDM", "Ana"],
    ["Delta", "Dyn", "perhaps", "no", "L", "JDM", "Sam"],
  ]);
  excel.addUserTable("Suppliers", "Sheet1", "B3:H7");
}
