// `mfgmodel template`: a new workbook with the add-in's content. ExcelJS writes the skeleton (the
// matrix sheet and the register table's input columns), a fresh file where nothing can be lost;
// the audit then adds what every register gets (computed columns, formats, dropdowns, rules), so
// a template and an audited register are drawn by the same code.

import ExcelJS from "exceljs";
import { BUILT_IN_RULES } from "../core";
import { INPUT_COLUMNS, matrixSheet, nextStepsSheet, REGISTER_SHEET, REGISTER_TABLE } from "../workbook";
import { auditPackage } from "./audit";
import { checkOutput, writeOutput } from "./safeOutput";
import { renderSheet } from "./xlsx";

/** Empty rows the template's register starts with, formulas and formats in place. */
const TEMPLATE_ROWS = 200;

export async function templateWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Procure MfgModel";
  const register = wb.addWorksheet(REGISTER_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  const matrix = matrixSheet(BUILT_IN_RULES);
  renderSheet(wb.addWorksheet(matrix.name), matrix);
  renderSheet(wb.addWorksheet(nextStepsSheet().name), nextStepsSheet());
  register.addTable({
    name: REGISTER_TABLE,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: INPUT_COLUMNS.map((c) => ({ name: c.header, filterButton: true })),
    rows: Array.from({ length: TEMPLATE_ROWS }, () => INPUT_COLUMNS.map(() => null)),
  });
  INPUT_COLUMNS.forEach((c, i) => {
    register.getColumn(i + 1).width = c.width;
  });
  const skeleton = Buffer.from(await wb.xlsx.writeBuffer());
  return (await auditPackage(skeleton, "template", { table: REGISTER_TABLE })).data;
}

/** Writes the template, creating missing folders; an existing file only when `replace` is set. */
export async function writeTemplate(output: string, replace = false): Promise<void> {
  await checkOutput(output, [], replace);
  await writeOutput(output, await templateWorkbook(), replace);
}
