// Draws a register plan (src/workbook/registerPlan.ts) with Office.js: appended headers and
// widths, the table's new extent, one R1C1 formula string per computed column, the conditional
// formats and the dropdowns. Nothing here decides anything.

import { rangeA1 } from "../workbook";
import type { Rect, RegisterDrawing } from "../workbook";
import { applyStyle, setColumnWidths } from "./render";

export const addressOf = (r: Rect): string => rangeA1(r.top, r.left, r.bottom, r.right);

/** A single value assigned to a multi-cell range fills every cell: one string on the wire. */
export function setFormula(range: Excel.Range, r1c1: string): void {
  (range as unknown as { formulasR1C1: unknown }).formulasR1C1 = r1c1;
}

/** Red and amber on the computed cells, and the dropdowns of the add-in's own register. */
export function drawFormats(sheet: Excel.Worksheet, d: RegisterDrawing): void {
  const range = sheet.getRange(addressOf(d.conditionalFormats.rect));
  range.conditionalFormats.clearAll();
  for (const rule of d.conditionalFormats.rules) {
    const format = range.conditionalFormats.add(Excel.ConditionalFormatType.custom);
    format.custom.rule.formula = rule.formula;
    if (rule.style.fill) format.custom.format.fill.color = rule.style.fill;
    if (rule.style.fontColor) format.custom.format.font.color = rule.style.fontColor;
  }
  for (const v of d.validation) {
    const cells = sheet.getRange(addressOf(v.rect));
    cells.dataValidation.clear();
    cells.dataValidation.rule = { list: { inCellDropDown: true, source: v.list.values.join(",") } };
    cells.dataValidation.prompt = { showPrompt: true, title: v.title, message: v.list.prompt };
    // Every spelling the formulas accept is valid, not only the dropdown's: no blocking alert.
    cells.dataValidation.errorAlert = { showAlert: false, style: Excel.DataValidationAlertStyle.information, title: v.title, message: v.list.prompt };
  }
}

export function drawRegister(sheet: Excel.Worksheet, table: Excel.Table | null, d: RegisterDrawing): void {
  if (d.headers !== null) {
    const header = sheet.getRange(rangeA1(d.headers.row, d.headers.left, d.headers.row, d.headers.left + d.headers.values.length - 1));
    header.values = [[...d.headers.values]];
    applyStyle(header, "header");
    setColumnWidths(sheet, d.headers.widths, d.headers.left);
  }
  if (d.tableRect !== null && table !== null) table.resize(sheet.getRange(addressOf(d.tableRect)));
  if (d.lastRow >= d.firstRow) for (const f of d.formulas) setFormula(sheet.getRange(rangeA1(d.firstRow, f.at, d.lastRow, f.at)), f.r1c1);
  drawFormats(sheet, d);
}
