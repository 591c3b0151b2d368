// "Build comparison matrix": the matrix sheet, the next steps, and the rules sheet the register
// formulas read.

import { BUILT_IN_RULES } from "../core";
import type { Rules } from "../core";
import { matrixSheet, nextStepsSheet, rulesSheet } from "../workbook";
import type { SheetDescription } from "../workbook";
import { queueSheet } from "./render";
import { MATRIX_API, requireExcelApi } from "./requirements";

/** Gets or adds each owned sheet, drops the add-in's own tables on them, and rewrites them. */
export async function writeOwnedSheets(context: Excel.RequestContext, descriptions: readonly SheetDescription[]): Promise<void> {
  const sheets = descriptions.map((d) => context.workbook.worksheets.getItemOrNullObject(d.name));
  const tables = descriptions.flatMap((d) => d.tables.map((t) => context.workbook.tables.getItemOrNullObject(t.name)));
  // isNullObject needs a sync, not a load (OfficeExtension.ClientObject).
  await context.sync();
  tables.forEach((t) => {
    if (!t.isNullObject) t.delete();
  });
  descriptions.forEach((description, i) => {
    const existing = sheets[i] as Excel.Worksheet;
    const sheet = existing.isNullObject ? context.workbook.worksheets.add(description.name) : existing;
    queueSheet(sheet, description);
  });
  await context.sync();
}

export async function buildMatrix(context: Excel.RequestContext, rules: Rules = BUILT_IN_RULES): Promise<void> {
  requireExcelApi(MATRIX_API, "matrix");
  await writeOwnedSheets(context, [matrixSheet(rules), nextStepsSheet(rules.locale.tag), rulesSheet(rules)]);
}
