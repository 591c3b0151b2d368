// The register inside an ExcelJS workbook. Every decision comes from the register plan
// (src/workbook/registerPlan.ts), as in Excel: this file reads the view the plan asks for, checks
// the cells an append would take, draws the plan (headers, the table's extent, formats,
// validation) and passes the computed cells to the saved file's XML (sheetXml.ts).

import type ExcelJS from "exceljs";
import {
  appendRefusal,
  columnLetters,
  columnNumber,
  HEADER_SCAN_ROWS,
  locateRegister,
  mayHoldRange,
  planColumns,
  planDrawing,
  REGISTER_INPUTS,
  RegisterTally,
  judgeRow,
} from "../workbook";
import type { InputRole, Rect, RegisterColumn, RegisterInputs, RegisterLocation, RegisterReport, RegisterTarget, SheetView, TableView, WorkbookView } from "../workbook";
import { UnusableFileError } from "./inspect";
import type { Injection } from "./sheetXml";
import { addValidation, differentialStyle, excelStyle } from "./xlsx";

export type { RegisterTarget } from "../workbook";

interface ExcelJsTable {
  table: { tableRef: string; autoFilterRef?: string; totalsRow?: boolean; columns: { name: string }[] };
}

function parseRef(ref: string): Rect {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(ref.toUpperCase());
  if (!m) throw new UnusableFileError(`A table has an unreadable range "${ref}".`);
  return { top: Number(m[2]), left: columnNumber(m[1] as string), bottom: Number(m[4] ?? m[2]), right: columnNumber((m[3] ?? m[1]) as string) };
}

/** A cell's value as a plain value: formulas give their cached result, rich text its text. */
function plainValue(cell: ExcelJS.Cell): unknown {
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

const tablesOf = (ws: ExcelJS.Worksheet) => Object.entries((ws as unknown as { tables?: Record<string, ExcelJsTable> }).tables ?? {});
const rowOf = (ws: ExcelJS.Worksheet, row: number, left: number, right: number) => Array.from({ length: right - left + 1 }, (_, i) => plainValue(ws.getCell(row, left + i)));

function usedRect(ws: ExcelJS.Worksheet): Rect | null {
  let r: Rect | null = null;
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (plainValue(cell) === "") return;
      r = r === null ? { top: n, left: c, bottom: n, right: c } : { top: Math.min(r.top, n), left: Math.min(r.left, c), bottom: Math.max(r.bottom, n), right: Math.max(r.right, c) };
    });
  });
  return r;
}

/** What the plan needs to know of the workbook. A file has no active cell: no focus. */
export function workbookView(wb: ExcelJS.Workbook): WorkbookView {
  const tables: TableView[] = wb.worksheets.flatMap((ws) =>
    tablesOf(ws).map(([name, t]) => {
      const rect = parseRef(t.table.tableRef);
      return { name, sheet: ws.name, rect, totalsRows: t.table.totalsRow ? 1 : 0, header: rowOf(ws, rect.top, rect.left, rect.right) };
    }),
  );
  const sheets: SheetView[] = wb.worksheets.map((ws) => {
    const used = usedRect(ws);
    const rows = used === null || !mayHoldRange(ws.name, tables) ? [] : Array.from({ length: Math.min(used.bottom - used.top + 1, HEADER_SCAN_ROWS) }, (_, i) => rowOf(ws, used.top + i, used.left, used.right));
    return { name: ws.name, used, topRows: rows };
  });
  return { tables, sheets };
}

export function findRegister(wb: ExcelJS.Workbook, target: RegisterTarget): RegisterLocation {
  return locateRegister(workbookView(wb), target);
}

export interface RefreshedRegister extends RegisterReport {
  /** The computed cells, to write into the saved file. */
  readonly injection: Injection;
}

/** Draws the plan and judges every row with the core; `computed` replaces the add-in's column list (tests). */
export function refreshRegister(wb: ExcelJS.Workbook, loc: RegisterLocation, progress?: (message: string) => void, computed?: readonly RegisterColumn[]): RefreshedRegister {
  const ws = wb.getWorksheet(loc.sheet) as ExcelJS.Worksheet;
  const columns = planColumns(loc, computed);
  const block = columns.appendBlock;
  if (block !== null) {
    for (let row = block.top; row <= block.bottom; row++) {
      for (let c = block.left; c <= block.right; c++) if (plainValue(ws.getCell(row, c)) !== "") throw appendRefusal(loc, block);
    }
  }
  const d = planDrawing(loc, columns);
  if (d.headers !== null) {
    d.headers.values.forEach((text, i) => {
      const header = ws.getCell(d.headers!.row, d.headers!.left + i);
      header.value = text;
      header.style = excelStyle("header");
      ws.getColumn(d.headers!.left + i).width = d.headers!.widths[i];
    });
  }
  const table = loc.table === null ? undefined : tablesOf(ws).find(([name]) => name === loc.table)?.[1];
  if (d.tableRect !== null && table !== undefined && d.headers !== null) {
    const model = table.table;
    model.tableRef = `${columnLetters(d.tableRect.left)}${d.tableRect.top}:${columnLetters(d.tableRect.right)}${d.tableRect.bottom}`;
    model.autoFilterRef = model.tableRef;
    for (const name of d.headers.values) model.columns.push({ name });
  }
  // Columns of an earlier audit hold cells ExcelJS would write again: the injected XML replaces them.
  const computedAt = columns.computed.map((c) => c.at);
  const tally = new RegisterTally(loc.sheet);
  const results = computedAt.map(() => [] as string[]);
  const cell = (line: ExcelJS.Row | undefined, role: InputRole) => (loc.inputs[role] === undefined || line === undefined ? "" : plainValue(line.getCell(loc.inputs[role] as number)));
  const names = new Map<number, { project: unknown; supplier: unknown }>();
  for (let row = d.firstRow; row <= d.lastRow; row++) {
    const line = ws.findRow(row);
    const inputs = Object.fromEntries(REGISTER_INPUTS.map((role) => [role, cell(line, role)])) as RegisterInputs;
    const verdict = judgeRow(inputs);
    columns.computed.forEach((c, i) => results[i]?.push(c.column.result?.(verdict, inputs) ?? ""));
    if (line !== undefined && block === null) for (const at of computedAt) if (ws.findCell(row, at)) line.getCell(at).value = null;
    if (tally.add(row, inputs, verdict)) names.set(row, { project: cell(line, "project"), supplier: cell(line, "supplier") });
    if (row % 20_000 === 0) progress?.(`judged ${row - d.firstRow + 1} of ${d.lastRow - d.firstRow + 1} rows`);
  }

  const rect = d.conditionalFormats.rect;
  const cf = ws as unknown as { conditionalFormattings?: { ref: string; rules: { formulae?: string[] }[] }[] };
  // Drop the audit's own earlier rules (same formulas), keep everything else the file had.
  const ours = new Set(d.conditionalFormats.rules.map((f) => f.formula.slice(1)));
  cf.conditionalFormattings = (cf.conditionalFormattings ?? []).filter((c) => !c.rules.some((rule) => rule.formulae?.some((f) => ours.has(f))));
  ws.addConditionalFormatting({
    ref: `${columnLetters(rect.left)}${rect.top}:${columnLetters(rect.right)}${rect.bottom}`,
    rules: d.conditionalFormats.rules.map((f, i) => ({ type: "expression", priority: i + 1, formulae: [f.formula.slice(1)], style: differentialStyle(f.styleName) })),
  });
  for (const v of d.validation) addValidation(ws, `${columnLetters(v.rect.left)}${v.rect.top}:${columnLetters(v.rect.right)}${v.rect.bottom}`, v.list, v.title);
  const report = tally.report((row) => names.get(row) ?? { project: "", supplier: "" });
  const injected = d.formulas.map((f, i) => ({ column: f.at, formula: f.a1.slice(1), results: results[i] ?? [] }));
  return { ...report, injection: { sheetName: ws.name, first: d.firstRow, last: d.lastRow, columns: injected } };
}
