// Check register: locate a register (ours, or the analyst's own table or range) by the plan,
// draw its computed columns, read its inputs in chunks under Excel's payload limit and judge
// every row with the core, the same verdict the formulas show.

import { BUILT_IN_RULES, offeredBy, supplierIndex } from "../core";
import type { Rules } from "../core";
import { a1, appendRefusal, quoteSheet, judgeRow, judgesSuppliers, locateRegister, planColumns, planDrawing, rangeA1, REGISTER_INPUTS, RegisterTally, rowSupplierFit, RULES_SHEET, SUPPLIER_ROWS, teamColumnIndex } from "../workbook";
import type { InputRole, RegisterColumn, RegisterInputs, RegisterReport, RegisterTarget, StageCounts } from "../workbook";
import { isPayloadLimitError, MAX_REQUEST_BYTES, payloadBytes } from "./chunks";
import { addressOf, drawRegister, drawRegisterPrint, loadPrintState } from "./drawRegister";
import { lookupSuppliers, queueRulesIfMissing, queueSuppliersIfMissing } from "./readSheets";
import { registerView } from "./registerView";
import { REGISTER_API, requireExcelApi } from "./requirements";

export type CheckTarget = RegisterTarget;

/** The first read: 1,000 rows of four cells stay under 5 MB unless cells average over 1 KB. */
const FIRST_READ_ROWS = 1_000;

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
  requireExcelApi(REGISTER_API, "check");
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
  if (readsSuppliers) queueSuppliersIfMissing(context, suppliers, rules.locale.tag);
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
  const tally = new RegisterTally(loc.sheet, rules, columns.computed.map((c) => c.column));
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
      const supplierFit = supplierCells === null ? undefined : rowSupplierFit(rules, verdict, inputs, offeredBy(offered, supplierCells.values[i]?.[0]));
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
  return `${quoteSheet(problem.sheet)}!${problem.row}:${problem.row}`;
}
