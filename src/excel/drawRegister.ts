// Draws a register plan (src/workbook/registerPlan.ts) with Office.js: appended headers and
// widths, the table's new extent, one R1C1 formula string per computed column, the conditional
// formats and the dropdowns. Nothing here decides anything.

import { existingArea, rangeA1, registerPageSetup, registerPrintArea } from "../workbook";
import type { Rect, RegisterDrawing } from "../workbook";
import { applyStyle, drawPageSetup, setColumnWidths } from "./render";

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
  if (d.wrapColumn !== null && d.lastRow >= d.firstRow) sheet.getRange(rangeA1(d.firstRow, d.wrapColumn, d.lastRow, d.wrapColumn)).format.wrapText = true;
  drawFormats(sheet, d);
}

/** What a register's print set-up depends on: the sheet's print area and title rows as they are. */
export interface PrintState {
  readonly area: Excel.RangeAreas;
  readonly titles: Excel.Range;
}

export function loadPrintState(sheet: Excel.Worksheet): PrintState {
  const area = sheet.pageLayout.getPrintAreaOrNullObject().load("address");
  const titles = sheet.pageLayout.getPrintTitleRowsOrNullObject();
  return { area, titles };
}

/**
 * The register prints like a file the audit wrote: the plan's page set-up, the header row
 * repeated (unless the analyst set title rows), and the print area from the header row to the
 * last row in use, the rule key left out (an area the analyst set stays). `state` was synced.
 */
export function drawRegisterPrint(sheet: Excel.Worksheet, d: RegisterDrawing, lastRowInUse: number, state: PrintState): void {
  drawPageSetup(sheet, registerPageSetup(d.print), !state.titles.isNullObject);
  const area = registerPrintArea(d.print, lastRowInUse, existingArea(state.area.isNullObject ? null : state.area.address));
  if (area !== null) sheet.pageLayout.setPrintArea(addressOf(area));
}
