// What the task pane may ask of Excel, as one interface: the Office.js implementation below
// wraps each call in Excel.run; tests give the pane a stand-in with the same shape.

import { BUILT_IN_RULES } from "../core";
import type { Rules } from "../core";
import { RegisterError, RULES_HEADERS, RULES_TABLE, ruleTables } from "../workbook";
import { buildMatrix, readRulesState } from "./matrix";
import { addRows, setupRegister } from "./register";
import type { RegisterReport, RegisterRow } from "./register";
import { checkRegister } from "./checkRegister";
import type { CheckTarget } from "./checkRegister";
import { WorkbookError } from "./requirements";
import { buildPortfolio } from "./portfolio";
import type { PortfolioResult } from "./portfolio";

export interface RulesReport {
  readonly present: boolean;
  readonly version: string | null;
  readonly expectedVersion: string;
  /** What differs from the add-in's rules, one sentence each (at most 10). */
  readonly differences: readonly string[];
}

export interface ExcelHost {
  buildMatrix(): Promise<void>;
  addToRegister(row: RegisterRow): Promise<{ row: number }>;
  checkRegister(target?: CheckTarget): Promise<RegisterReport>;
  /** Checks every register in the workbook and writes the portfolio sheets. */
  buildPortfolio(): Promise<PortfolioResult>;
  selectRange(address: string): Promise<void>;
  rulesReport(): Promise<RulesReport>;
  /** Whether the workbook opens this pane for everyone who has the add-in. */
  autoOpen(): boolean;
  setAutoOpen(on: boolean): Promise<void>;
}

const MAX_DIFFERENCES = 10;

/** Compares the workbook's rules table with a rulebook's, cell by cell. */
export function rulesDifferences(actual: readonly (readonly unknown[])[], rules: Rules = BUILT_IN_RULES): string[] {
  const RULE_ROWS = ruleTables(rules).rules;
  const differences: string[] = [];
  const byKey = new Map(actual.map((row) => [String(row[0] ?? ""), row]));
  for (const expected of RULE_ROWS) {
    const row = byKey.get(expected[0]);
    if (row === undefined) {
      differences.push(`Rule ${expected[0]} is missing.`);
      continue;
    }
    expected.forEach((value, i) => {
      if (String(row[i] ?? "") !== value) {
        differences.push(`Rule ${expected[0]}: ${RULES_HEADERS[i]} is "${String(row[i] ?? "")}" here, "${value}" in the add-in.`);
      }
    });
  }
  const extra = actual.length - RULE_ROWS.length;
  if (extra > 0) differences.push(`The workbook has ${extra} extra rule${extra === 1 ? "" : "s"}.`);
  return differences.slice(0, MAX_DIFFERENCES);
}

/** The workbook's rules against the add-in's, as Excel reads them back. */
export async function readRulesReport(context: Excel.RequestContext, rules: Rules = BUILT_IN_RULES): Promise<RulesReport> {
  const expectedVersion = ruleTables(rules).version;
  const state = await readRulesState(context, rules);
  if (!state.present) return { present: false, version: null, expectedVersion, differences: [] };
  const body = context.workbook.tables.getItem(RULES_TABLE).getDataBodyRange();
  body.load("values");
  await context.sync();
  return { present: true, version: state.version, expectedVersion, differences: rulesDifferences(body.values, rules) };
}

/** Turns any failure into a sentence the pane can show, with what to do. */
function readable(error: unknown): Error {
  if (error instanceof WorkbookError || error instanceof RegisterError) return error;
  const e = error as { code?: string; message?: string; debugInfo?: { message?: string } };
  return new WorkbookError({ code: "excel_refused", excelCode: e.code ?? null, detail: e.debugInfo?.message ?? e.message ?? String(error) });
}

async function run<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(work);
  } catch (error) {
    throw readable(error);
  }
}

const AUTO_OPEN = "Office.AutoShowTaskpaneWithDocument";

export const officeHost: ExcelHost = {
  buildMatrix: () => run((context) => buildMatrix(context)),
  addToRegister: (row) =>
    run(async (context) => {
      await setupRegister(context);
      const added = await addRows(context, [row]);
      return { row: added.firstRow };
    }),
  checkRegister: (target) => run((context) => checkRegister(context, target)),
  buildPortfolio: () => run((context) => buildPortfolio(context)),
  selectRange: (address) =>
    run(async (context) => {
      const [sheet, local] = address.includes("!") ? [address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'"), address.slice(address.lastIndexOf("!") + 1)] : [null, address];
      const worksheet = sheet === null ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(local).select();
      await context.sync();
    }),
  rulesReport: () => run(readRulesReport),
  autoOpen: () => Office.context.document.settings.get(AUTO_OPEN) === true,
  setAutoOpen: (on) =>
    new Promise((resolve, reject) => {
      Office.context.document.settings.set(AUTO_OPEN, on);
      Office.context.document.settings.saveAsync((result) =>
        result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new WorkbookError({ code: "setting_not_saved", detail: result.error.message })),
      );
    }),
};
