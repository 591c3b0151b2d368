// The register inside an ExcelJS workbook: find it (table or range, by header), add or refresh
// the computed columns (shared native formulas with the core's results cached), their formats,
// and judge every row with the core.

import type ExcelJS from "exceljs";
import {
  columnLetters,
  columnNumber,
  COMPUTED_COLUMNS,
  headerProblemMessage,
  INPUT_COLUMNS,
  matchHeaders,
  MATRIX_SHEET,
  computedHeader,
  planComputedColumns,
  RULES_SHEET,
  REGISTER_TABLE,
  registerConditionalFormats,
  registerVerdict,
  ruleKeyOf,
} from "../workbook";
import type { InputRole, RegisterColumn, RegisterVerdict, RowColumns, RowStatus } from "../workbook";
import { UnusableFileError } from "./inspect";
import type { Injection } from "./sheetXml";
import { addValidation, differentialStyle, excelStyle } from "./xlsx";

export interface RegisterTarget {
  readonly sheet?: string;
  readonly table?: string;
  readonly mapping?: Partial<Record<InputRole, string>>;
}

interface FoundRegister {
  readonly ws: ExcelJS.Worksheet;
  readonly table: { table: { tableRef: string; autoFilterRef?: string; columns: { name: string }[] } } | null;
  readonly own: boolean;
  readonly headerRow: number;
  readonly left: number;
  readonly right: number;
  /** Last row of the register (the table's, or the last row with any input). */
  readonly bottom: number;
  readonly columns: Readonly<Record<InputRole, number | undefined>>;
}

const HEADER_SCAN_ROWS = 30;
const OWNED_SHEETS = new Set([RULES_SHEET, MATRIX_SHEET]);

function parseRef(ref: string): { top: number; left: number; bottom: number; right: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.toUpperCase());
  if (!m) throw new UnusableFileError(`A table has an unreadable range "${ref}".`);
  return { top: Number(m[2]), left: columnNumber(m[1] as string), bottom: Number(m[4] ?? m[2]), right: columnNumber((m[3] ?? m[1]) as string) };
}

/** A cell's value as a plain value: formulas give their cached result, rich text its text. */
export function plainValue(cell: ExcelJS.Cell): unknown {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString();
  if (typeof v === "object") {
    const o = v as { result?: unknown; richText?: { text: string }[]; text?: string; error?: string };
    if (o.richText) return o.richText.map((r) => r.text).join("");
    if ("result" in o || "formula" in o || "sharedFormula" in o) return o.result ?? "";
    if (o.text !== undefined) return o.text;
    if (o.error !== undefined) return o.error;
  }
  return v;
}

function tablesOf(ws: ExcelJS.Worksheet): [string, FoundRegister["table"]][] {
  const tables = (ws as unknown as { tables?: Record<string, FoundRegister["table"]> }).tables ?? {};
  return Object.entries(tables);
}

function headersAt(ws: ExcelJS.Worksheet, row: number, left: number, right: number): unknown[] {
  return Array.from({ length: right - left + 1 }, (_, i) => plainValue(ws.getCell(row, left + i)));
}

function lastInputRow(ws: ExcelJS.Worksheet, from: number, columns: Record<InputRole, number | undefined>): number {
  let last = from - 1;
  const inputColumns = Object.values(columns).filter((c): c is number => c !== undefined);
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    if (n > last && n >= from && inputColumns.some((c) => plainValue(row.getCell(c)) !== "")) last = n;
  });
  return last;
}

function fromTable(ws: ExcelJS.Worksheet, name: string, table: NonNullable<FoundRegister["table"]>, target: RegisterTarget): FoundRegister {
  const ref = parseRef(table.table.tableRef);
  const headers = headersAt(ws, ref.top, ref.left, ref.right);
  const match = matchHeaders(headers, target.mapping);
  if (!match.ok) throw new UnusableFileError(`Table "${name}" on sheet "${ws.name}": ${headerProblemMessage(match.problem)}`);
  const columns = Object.fromEntries(Object.entries(match.columns).map(([role, i]) => [role, i === undefined ? undefined : ref.left + i])) as Record<InputRole, number | undefined>;
  return { ws, table, own: name === REGISTER_TABLE, headerRow: ref.top, left: ref.left, right: ref.right, bottom: ref.bottom, columns };
}

function fromRange(ws: ExcelJS.Worksheet, target: RegisterTarget): FoundRegister | null {
  const right = Math.max(ws.columnCount, 1);
  for (let row = 1; row <= Math.min(ws.rowCount, HEADER_SCAN_ROWS); row++) {
    const headers = headersAt(ws, row, 1, right);
    const match = matchHeaders(headers, target.mapping);
    if (!match.ok) {
      if (match.problem.code === "ambiguous") throw new UnusableFileError(`Sheet "${ws.name}", row ${row}: ${headerProblemMessage(match.problem)}`);
      continue;
    }
    const columns = Object.fromEntries(Object.entries(match.columns).map(([role, i]) => [role, i === undefined ? undefined : 1 + i])) as Record<InputRole, number | undefined>;
    return { ws, table: null, own: false, headerRow: row, left: 1, right, bottom: lastInputRow(ws, row + 1, columns), columns };
  }
  return null;
}

/** Finds the register: a named table, the MfgRegister table, or the one sheet whose headers match. */
export function findRegister(wb: ExcelJS.Workbook, target: RegisterTarget): FoundRegister {
  // The add-in's own sheets (rules, matrix) name the inputs too, but are never a register.
  const sheets = target.sheet === undefined ? wb.worksheets.filter((ws) => !OWNED_SHEETS.has(ws.name)) : wb.worksheets.filter((ws) => ws.name === target.sheet);
  if (target.sheet !== undefined && sheets.length === 0) throw new UnusableFileError(`There is no sheet named "${target.sheet}".`);
  const wanted = (target.table ?? REGISTER_TABLE).toLowerCase();
  for (const ws of sheets) {
    for (const [name, table] of tablesOf(ws)) if (name.toLowerCase() === wanted && table) return fromTable(ws, name, table, target);
  }
  if (target.table !== undefined) throw new UnusableFileError(`There is no table named "${target.table}"${target.sheet ? ` on sheet "${target.sheet}"` : ""}.`);
  const candidates: FoundRegister[] = [];
  for (const ws of sheets) {
    for (const [name, table] of tablesOf(ws)) {
      if (table && matchHeaders(headersAt(ws, parseRef(table.table.tableRef).top, parseRef(table.table.tableRef).left, parseRef(table.table.tableRef).right), target.mapping).ok) {
        candidates.push(fromTable(ws, name, table, target));
      }
    }
  }
  if (candidates.length === 0) {
    for (const ws of sheets) {
      const found = fromRange(ws, target);
      if (found) candidates.push(found);
    }
  }
  if (candidates.length > 1) {
    throw new UnusableFileError(`Several registers found (sheets ${candidates.map((c) => `"${c.ws.name}"`).join(", ")}): choose one with --sheet or --table.`);
  }
  const [found] = candidates;
  if (found === undefined) {
    throw new UnusableFileError(
      'No register found: no table or header row names the inputs (e.g. "Drawings complete", "Requirements defined", "Complexity", "Chosen model"). Use --sheet/--table, or rename the headers.',
    );
  }
  return found;
}

/** Finds the computed columns, or the empty columns right of the register to append them to. */
function computedPositions(r: FoundRegister): { column: RegisterColumn; at: number }[] {
  const headers = headersAt(r.ws, r.headerRow, r.left, Math.max(r.right, r.ws.columnCount));
  const plan = planComputedColumns(headers, r.own);
  if (plan.kind === "found") return plan.columns.map((f) => ({ column: f.column, at: r.left + f.index }));
  if (plan.kind === "partial") {
    throw new UnusableFileError(`Sheet "${r.ws.name}" has only some of the computed columns (${plan.headers.join(", ")}): delete them and audit again.`);
  }
  const start = r.right + 1;
  for (let row = r.headerRow; row <= Math.max(r.bottom, r.headerRow); row++) {
    for (let c = start; c < start + COMPUTED_COLUMNS.length; c++) {
      if (plainValue(r.ws.getCell(row, c)) !== "") {
        throw new UnusableFileError(
          `Sheet "${r.ws.name}": cell ${columnLetters(c)}${row}, right of the register, is in use; the audit appends ${COMPUTED_COLUMNS.length} columns there and never overwrites a cell. Leave them empty and audit again.`,
        );
      }
    }
  }
  return COMPUTED_COLUMNS.map((column, i) => ({ column, at: start + i }));
}

type Judged = { verdict: RegisterVerdict; results: Record<string, string> };

/** Registers repeat a few input combinations many times: each distinct one is judged once. */
const judgements = new Map<string, Judged>();
const JUDGEMENT_CACHE_LIMIT = 10_000;

function judge(inputs: Readonly<Record<"drawingsComplete" | "hasRequirements" | "complexity" | "chosenModel", unknown>>): Judged {
  const id = Object.values(inputs).map((v) => `${typeof v}:${String(v)}`).join("\u0000");
  let judged = judgements.get(id);
  if (judged === undefined) {
    const verdict = registerVerdict(inputs);
    judged = { verdict, results: { stage: verdict.stage, recommended: verdict.recommended, fit: verdict.fit, why: verdict.why, key: ruleKeyOf(inputs) } };
    if (judgements.size >= JUDGEMENT_CACHE_LIMIT) judgements.clear();
    judgements.set(id, judged);
  }
  return judged;
}

export interface RowReport {
  readonly row: number;
  readonly project: string;
  readonly supplier: string;
  readonly status: RowStatus;
  readonly reason: string;
}

export interface RegisterAudit {
  readonly sheet: string;
  readonly rows: number;
  readonly counts: Record<RowStatus, number>;
  readonly problems: RowReport[];
}

export interface RefreshedRegister extends RegisterAudit {
  /** The computed cells, to write into the saved file. */
  readonly injection: Injection;
}

/** Writes the computed columns (shared formulas, results cached), formats and validation. */
export function refreshRegister(r: FoundRegister, progress?: (message: string) => void): RefreshedRegister {
  const positions = computedPositions(r);
  // Columns found from an earlier audit hold cells ExcelJS would write again; new ones hold none.
  const existing = positions.filter((p) => plainValue(r.ws.getCell(r.headerRow, p.at)) !== "");
  const ws = r.ws;
  const first = r.headerRow + 1;
  const last = Math.max(r.bottom, first);
  const at = (role: string) => positions.find((p) => p.column.role === role)?.at as number;
  const rowColumns: RowColumns = {
    inputs: {
      drawingsComplete: r.columns.drawingsComplete as number,
      hasRequirements: r.columns.hasRequirements as number,
      complexity: r.columns.complexity as number,
      chosenModel: r.columns.chosenModel as number,
    },
    key: at("key"),
  };

  for (const p of positions) {
    const header = ws.getCell(r.headerRow, p.at);
    header.value = computedHeader(p.column, r.own);
    header.style = excelStyle("header");
    ws.getColumn(p.at).width = p.column.width;
  }
  if (r.table !== null) {
    const right = Math.max(...positions.map((p) => p.at));
    const model = r.table.table;
    const ref = parseRef(model.tableRef);
    if (right > ref.right) {
      model.tableRef = `${columnLetters(ref.left)}${ref.top}:${columnLetters(right)}${ref.bottom}`;
      model.autoFilterRef = model.tableRef;
      for (const p of positions) if (p.at > ref.right) model.columns.push({ name: computedHeader(p.column, r.own) });
    }
  }

  const counts: Record<RowStatus, number> = { fit: 0, conditional: 0, mismatch: 0, incomplete: 0, "bad input": 0 };
  const problems: RowReport[] = [];
  let judged = 0;
  const columns = positions.map((p) => ({
    column: p.at,
    formula: p.column.formula?.(rowColumns, { kind: "A1", row: first }).slice(1) as string,
    results: [] as string[],
  }));
  for (let row = first; row <= last; row++) {
    const line = ws.findRow(row);
    const cell = (role: InputRole) => (r.columns[role] === undefined || line === undefined ? "" : plainValue(line.getCell(r.columns[role] as number)));
    const inputs = { drawingsComplete: cell("drawingsComplete"), hasRequirements: cell("hasRequirements"), complexity: cell("complexity"), chosenModel: cell("chosenModel") };
    const { verdict, results } = judge(inputs);
    // The cells themselves are written into the saved file's XML (see sheetXml.ts).
    positions.forEach((p, i) => columns[i]?.results.push(results[p.column.role] ?? ""));
    for (const p of existing) if (line !== undefined && ws.findCell(row, p.at)) line.getCell(p.at).value = null;
    if (row % 20_000 === 0) progress?.(`judged ${row - first + 1} of ${last - first + 1} rows`);
    if (Object.values(inputs).every((v) => v === "")) continue;
    judged++;
    counts[verdict.status]++;
    if (verdict.status !== "fit") problems.push({ row, project: String(cell("project")), supplier: String(cell("supplier")), status: verdict.status, reason: verdict.reason });
  }

  const left = Math.min(...positions.map((p) => p.at));
  const right = Math.max(...positions.map((p) => p.at));
  const ref = `${columnLetters(left)}${first}:${columnLetters(right)}${last}`;
  const cf = ws as unknown as { conditionalFormattings?: { ref: string; rules: { formulae?: string[] }[] }[] };
  // Drop the audit's own earlier rules (same formulas), keep everything else the file had.
  const ours = new Set(registerConditionalFormats(columnLetters(at("fit")), first).map((f) => f.formula.slice(1)));
  cf.conditionalFormattings = (cf.conditionalFormattings ?? []).filter((c) => !c.rules.some((rule) => rule.formulae?.some((f) => ours.has(f))));
  ws.addConditionalFormatting({
    ref,
    rules: registerConditionalFormats(columnLetters(at("fit")), first).map((f, i) => ({
      type: "expression",
      priority: i + 1,
      formulae: [f.formula.slice(1)],
      style: differentialStyle(f.style),
    })),
  });
  if (r.own) {
    for (const column of INPUT_COLUMNS) {
      const c = r.columns[column.role as InputRole];
      if (column.validation && c !== undefined) addValidation(ws, `${columnLetters(c)}${first}:${columnLetters(c)}${last}`, column.validation, column.header);
    }
  }
  return { sheet: ws.name, rows: judged, counts, problems, injection: { sheetName: ws.name, first, last, columns } };
}
