// The pane's portfolio: every register in the open workbook checked (as Check register does),
// then the portfolio description written as the "MFG Portfolio", "MFG Problem rows" and "MFG By
// stage" sheets, with a native column chart. A register that cannot be checked is a row with its
// sentence, never the end of the run.

import { BUILT_IN_RULES } from "../core";
import type { Rules } from "../core";
import { a1, allRegisters, IN_WORKBOOK_PREFIX, PORTFOLIO_SHEET, portfolioChart, portfolioSheets, rangeA1, RegisterError, rulesIdentity } from "../workbook";
import type { PortfolioEntry } from "../workbook";
import { writeOwnedSheets } from "./matrix";
import { checkRegister } from "./checkRegister";
import { registerView } from "./registerView";
import { REGISTER_API, requireExcelApi, WorkbookError } from "./requirements";

export interface PortfolioResult {
  readonly registers: number;
  readonly problems: number;
  readonly sheet: string;
}

const label = (sheet: string, table: string | null) => (table === null ? `Sheet "${sheet}"` : `Table "${table}" on "${sheet}"`);

export async function buildPortfolio(context: Excel.RequestContext, rules: Rules = BUILT_IN_RULES): Promise<PortfolioResult> {
  requireExcelApi(REGISTER_API, "portfolio");
  const found = allRegisters((await registerView(context)).view);
  if (found.length === 0) throw new WorkbookError({ code: "no_registers" });
  const entries: PortfolioEntry[] = [];
  for (const loc of found) {
    const where = label(loc.sheet, loc.table);
    try {
      // One check at a time: each reads its register in chunks under Excel's 5 MB limit.
      entries.push({ file: where, register: await checkRegister(context, loc.table === null ? { sheet: loc.sheet } : { table: loc.table }, undefined, rules), error: null, rules: rulesIdentity(rules) });
    } catch (error) {
      if (!(error instanceof RegisterError) && !(error instanceof WorkbookError)) throw error;
      entries.push({ file: where, register: null, error: error.message });
    }
  }
  const descriptions = portfolioSheets(entries, rules, IN_WORKBOOK_PREFIX);
  const chart = portfolioChart(rules, IN_WORKBOOK_PREFIX, entries);
  await writeOwnedSheets(context, descriptions);
  // The chart replaces the one an earlier build added (Excel.ChartCollection, ExcelApi 1.1/1.4).
  const sheet = context.workbook.worksheets.getItem(chart.sheet);
  const old = sheet.charts.getItemOrNullObject(chart.name);
  await context.sync();
  if (!old.isNullObject) old.delete();
  const source = { top: chart.categories.top - 1, left: chart.categories.left, bottom: chart.categories.bottom, right: Math.max(...chart.series.map((s) => s.values.right)) };
  const added = sheet.charts.add(Excel.ChartType.columnClustered, sheet.getRange(rangeA1(source.top, source.left, source.bottom, source.right)), Excel.ChartSeriesBy.columns);
  added.name = chart.name;
  added.title.text = chart.title;
  added.setPosition(a1(chart.anchor.top, chart.anchor.left), a1(chart.anchor.bottom, chart.anchor.right));
  await context.sync();
  return {
    registers: entries.filter((e) => e.register !== null).length,
    problems: entries.reduce((n, e) => n + (e.register?.problems.length ?? 0), 0),
    sheet: IN_WORKBOOK_PREFIX + PORTFOLIO_SHEET,
  };
}
