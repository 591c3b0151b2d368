// The register, decided once for Excel and for files: which table or range it is, its header row,
// where the inputs are, where the computed columns go and whether that is safe, and what is
// written there. Pure: src/excel and src/files read the small view it asks for and draw what it
// returns, so the two cannot drift apart.

import type { Rect } from "./references";
import { matchHeaders, planComputedColumns } from "./headers";
import { registerError } from "./registerWords";
import type { RegisterError } from "./registerProblems";
import type { HeaderProblem } from "./headers";
import { REQUIRED_ROLES } from "./inputs";
import type { InputRole } from "./inputs";
import { COMPUTED_COLUMNS } from "./registerColumns";
import type { RegisterColumn } from "./registerColumns";
import { MATRIX_SHEET, NEXT_STEPS_SHEET, REGISTER_TABLE, RULES_SHEET } from "./sheetNames";
import { IN_WORKBOOK_PREFIX, portfolioSheetNames } from "./portfolio";

export type { Rect } from "./references";

export interface TableView {
  readonly name: string;
  readonly sheet: string;
  /** The whole table: header row, data and any totals row. */
  readonly rect: Rect;
  readonly totalsRows: number;
  readonly header: readonly unknown[];
}

export interface SheetView {
  readonly name: string;
  /** The cells that hold values, or null for an empty sheet. */
  readonly used: Rect | null;
  /** The first rows of `used` (up to HEADER_SCAN_ROWS), each from its left column. */
  readonly topRows: readonly (readonly unknown[])[];
}

/** What the plan needs to know of a workbook: Excel answers it in one batched read, a file directly. */
export interface WorkbookView {
  readonly tables: readonly TableView[];
  readonly sheets: readonly SheetView[];
  /**
   * Where the analyst is looking (Excel's active cell); a file has none. `selectionUnread`: Excel
   * refused to read the selection (the workbook was not focused, or a chart was selected).
   */
  readonly focus?: { readonly sheet: string; readonly table?: string; readonly selectionUnread?: true };
}

export interface RegisterTarget {
  readonly table?: string;
  readonly sheet?: string;
  /** Header text of the analyst's columns, for headers the synonyms do not recognise. */
  readonly mapping?: Partial<Record<InputRole, string>>;
}

export { RegisterError } from "./registerProblems";
export type { RegisterPlace, RegisterProblem } from "./registerProblems";

export const HEADER_SCAN_ROWS = 30;
const OWNED_SHEETS = new Set([RULES_SHEET, MATRIX_SHEET, NEXT_STEPS_SHEET, ...portfolioSheetNames(IN_WORKBOOK_PREFIX)]);

/** Whether the plan may look for a header row on a sheet: never on the add-in's own sheets. */
export function mayHoldRange(sheet: string, tables: readonly { name: string; sheet: string }[]): boolean {
  return !OWNED_SHEETS.has(sheet) && !tables.some((t) => t.sheet === sheet && t.name === REGISTER_TABLE);
}

export interface RegisterLocation {
  readonly sheet: string;
  readonly table: string | null;
  /** The add-in's own MfgRegister table (plain headers, dropdowns). */
  readonly own: boolean;
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  /** The last data row (above any totals row); headerRow when there is none. */
  readonly lastRow: number;
  readonly totalsRows: number;
  readonly headers: readonly unknown[];
  /** Sheet columns of the inputs. */
  readonly inputs: Readonly<Record<InputRole, number | undefined>>;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const shift = (columns: Readonly<Record<InputRole, number | undefined>>, left: number) =>
  Object.fromEntries(Object.entries(columns).map(([role, i]) => [role, i === undefined ? undefined : left + i])) as Record<InputRole, number | undefined>;

function fromTable(t: TableView, mapping: RegisterTarget["mapping"]): RegisterLocation {
  const match = matchHeaders(t.header, mapping);
  if (!match.ok) throw registerError({ code: "header", place: { sheet: t.sheet, table: t.name }, problem: match.problem });
  return {
    sheet: t.sheet, table: t.name, own: t.name === REGISTER_TABLE, headerRow: t.rect.top, left: t.rect.left, right: t.rect.right,
    lastRow: t.rect.bottom - t.totalsRows, totalsRows: t.totalsRows, headers: t.header, inputs: shift(match.columns, t.rect.left),
  };
}

/** A range register: the first top row that names the inputs. An ambiguous row stops, never a guess. */
function fromRange(s: SheetView, mapping: RegisterTarget["mapping"]): RegisterLocation | { problem: HeaderProblem } {
  let first: HeaderProblem | null = null;
  for (const [i, line] of s.topRows.entries()) {
    const match = matchHeaders(line, mapping);
    if (match.ok) {
      const used = s.used as Rect;
      return {
        sheet: s.name, table: null, own: false, headerRow: used.top + i, left: used.left, right: used.right,
        lastRow: Math.max(used.bottom, used.top + i), totalsRows: 0, headers: line, inputs: shift(match.columns, used.left),
      };
    }
    if (match.problem.code === "ambiguous") throw registerError({ code: "header", place: { sheet: s.name, row: (s.used as Rect).top + i }, problem: match.problem });
    first ??= match.problem;
  }
  return { problem: first ?? { code: "missing", roles: REQUIRED_ROLES } };
}

/** The registers a sheet holds: its tables whose headers name the inputs, else its header row. */
function onSheet(view: WorkbookView, s: SheetView, mapping: RegisterTarget["mapping"]): RegisterLocation[] {
  const tables = view.tables.filter((t) => t.sheet === s.name);
  const own = tables.find((t) => t.name === REGISTER_TABLE);
  if (own) return [fromTable(own, mapping)];
  const matching = tables.filter((t) => matchHeaders(t.header, mapping).ok).map((t) => fromTable(t, mapping));
  if (matching.length > 0 || s.used === null) return matching;
  const range = fromRange(s, mapping);
  return "problem" in range ? [] : [range];
}

/**
 * Which register to check. A named table or sheet; else where the analyst is looking (the table
 * under the active cell, else a register on the active sheet); else the MfgRegister table; else
 * the one sheet in the workbook that holds a register. Several, or none, is a sentence.
 */
export function locateRegister(view: WorkbookView, target: RegisterTarget = {}): RegisterLocation {
  const { mapping } = target;
  if (target.table !== undefined) {
    const t = view.tables.find((x) => sameName(x.name, target.table as string) && (target.sheet === undefined || x.sheet === target.sheet));
    if (t === undefined) throw registerError({ code: "no_table", table: target.table, ...(target.sheet ? { sheet: target.sheet } : {}) });
    return fromTable(t, mapping);
  }
  if (target.sheet !== undefined) {
    const s = view.sheets.find((x) => x.name === target.sheet);
    if (s === undefined) throw registerError({ code: "no_sheet", sheet: target.sheet });
    if (s.used === null) throw registerError({ code: "empty_sheet", sheet: s.name });
    const found = onSheet(view, s, mapping);
    if (found.length === 1) return found[0] as RegisterLocation;
    if (found.length > 1) throw registerError({ code: "several_on_sheet", sheet: s.name, tables: found.map((f) => f.table ?? "") });
    const range = fromRange(s, mapping);
    throw registerError({ code: "header", place: { sheet: s.name }, problem: "problem" in range ? range.problem : { code: "missing", roles: [] } });
  }
  const focused = view.focus?.table === undefined ? undefined : view.tables.find((t) => t.name === view.focus?.table);
  if (focused !== undefined) return fromTable(focused, mapping);
  const focusSheet = view.sheets.find((s) => s.name === view.focus?.sheet && !OWNED_SHEETS.has(s.name));
  const here = focusSheet === undefined ? [] : onSheet(view, focusSheet, mapping);
  if (here.length === 1) return here[0] as RegisterLocation;
  const own = view.tables.find((t) => t.name === REGISTER_TABLE);
  if (here.length === 0 && own !== undefined) return fromTable(own, mapping);
  const everywhere = here.length > 1 ? here : view.sheets.filter((s) => !OWNED_SHEETS.has(s.name)).flatMap((s) => onSheet(view, s, mapping));
  if (everywhere.length === 1) return everywhere[0] as RegisterLocation;
  if (everywhere.length > 1) {
    throw registerError({ code: "several_registers", registers: everywhere.map((f) => ({ sheet: f.sheet, table: f.table })), selectionUnread: view.focus?.selectionUnread === true });
  }
  // Nothing names the inputs: say what the sheet in view lacks, so its columns can be mapped.
  if (focusSheet?.used) {
    const range = fromRange(focusSheet, mapping);
    if ("problem" in range) throw registerError({ code: "header", place: { sheet: focusSheet.name }, problem: range.problem });
  }
  throw registerError({ code: "no_register" });
}

/** Every register in the workbook, sheet by sheet (the add-in's own sheets aside): a portfolio's. */
export function allRegisters(view: WorkbookView, mapping?: RegisterTarget["mapping"]): RegisterLocation[] {
  return view.sheets.filter((s) => !OWNED_SHEETS.has(s.name)).flatMap((s) => onSheet(view, s, mapping));
}

export interface ComputedPosition {
  readonly column: RegisterColumn;
  readonly at: number;
}

export interface ColumnsPlan {
  readonly computed: readonly ComputedPosition[];
  /** Cells the appended columns would take: they must all be empty (the renderer checks). */
  readonly appendBlock: Rect | null;
}

/** Whether the plan has the Supplier offers column (a register without a Supplier column, or one an earlier version checked, has not). */
export const judgesSuppliers = (columns: ColumnsPlan): boolean => columns.computed.some((c) => c.column.role === "supplierFit");

/** Where the computed columns are (an earlier run's), or where they are appended. */
export function planColumns(loc: RegisterLocation, all: readonly RegisterColumn[] = COMPUTED_COLUMNS): ColumnsPlan {
  // Supplier fit needs a Supplier column to look up: a register without one does not get it.
  const columns = loc.inputs.supplier === undefined ? all.filter((c) => c.role !== "supplierFit") : all;
  const plan = planComputedColumns(loc.headers, loc.own, columns);
  if (plan.kind === "found") return { computed: plan.columns.map((f) => ({ column: f.column, at: loc.left + f.index })), appendBlock: null };
  if (plan.kind === "partial") {
    throw registerError({ code: "partial_columns", sheet: loc.sheet, headers: plan.headers });
  }
  const computed = columns.map((column, i) => ({ column, at: loc.right + 1 + i }));
  return { computed, appendBlock: { top: loc.headerRow, left: loc.right + 1, bottom: loc.lastRow + loc.totalsRows, right: loc.right + columns.length } };
}

export function appendRefusal(loc: RegisterLocation, block: Rect): RegisterError {
  return registerError({ code: "cells_in_use", sheet: loc.sheet, block });
}
