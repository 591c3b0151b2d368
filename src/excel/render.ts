// Office.js rendering of the workbook description: values, styles, tables, widths, panes.

import { columnLetters, rangeA1, STYLES } from "../workbook";
import type { Block, PrintSetup, SheetDescription, StyleName, TableDescription } from "../workbook";
import { escapeCellText } from "../workbook";
import { PAGE_LAYOUT_API, supportsExcelApi } from "./requirements";

/** Points per character of the default font, for turning description widths into Excel's. */
const POINTS_PER_CHARACTER = 5.6;

export function applyStyle(range: Excel.Range, name: StyleName): void {
  const style: (typeof STYLES)[StyleName] & Record<string, unknown> = STYLES[name];
  if (style.fill !== undefined) range.format.fill.color = style.fill as string;
  if (style.fontColor !== undefined) range.format.font.color = style.fontColor as string;
  if (style.bold !== undefined) range.format.font.bold = style.bold as boolean;
  if (style.italic !== undefined) range.format.font.italic = style.italic as boolean;
  if (style.fontSize !== undefined) range.format.font.size = style.fontSize as number;
  if (style.wrap !== undefined) range.format.wrapText = style.wrap as boolean;
  if (style.horizontal !== undefined) range.format.horizontalAlignment = style.horizontal as Excel.HorizontalAlignment;
}

/** Text stays text ("@"); numbers and booleans keep Excel's general format. */
export const numberFormatOf = (v: unknown): string => (typeof v === "string" ? "@" : "General");

/**
 * Writes values as they are: text cells are formatted as text ("@") first, because Excel reads
 * a string written to `values` as typed input, turning "TRUE" into a boolean and "00123" into
 * 123 (office-js #229), which would make the rules read back different from what was written.
 */
export function writeValues(range: Excel.Range, values: readonly (readonly unknown[])[]): void {
  range.numberFormat = values.map((line) => line.map(numberFormatOf));
  range.values = values.map((line) => line.map((v) => escapeCellText(v)));
}

/** Styles are applied per run of equal styles in a row, to keep the request short. */
function writeBlock(sheet: Excel.Worksheet, block: Block): void {
  const rows = block.values.length;
  const columns = Math.max(...block.values.map((r) => r.length));
  const range = sheet.getRange(rangeA1(block.at.row, block.at.column, block.at.row + rows - 1, block.at.column + columns - 1));
  if (block.formulas !== undefined) {
    // Written as typed: a value starting with "=" is read as a formula in the General format.
    range.numberFormat = block.formulas.map((line) => line.map(() => "General"));
    range.values = block.formulas.map((line) => [...line]);
  } else writeValues(range, block.values.map((r) => Array.from({ length: columns }, (_, c) => r[c] ?? "")));
  block.styles?.forEach((line, r) => {
    let start = 0;
    for (let c = 1; c <= line.length; c++) {
      if (c === line.length || line[c] !== line[start]) {
        const style = line[start];
        if (style) {
          const row = block.at.row + r;
          applyStyle(sheet.getRange(rangeA1(row, block.at.column + start, row, block.at.column + c - 1)), style);
        }
        start = c;
      }
    }
  });
}

function tableAddress(table: TableDescription, rowCount = table.rows.length): string {
  return rangeA1(table.at.row, table.at.column, table.at.row + Math.max(rowCount, 1), table.at.column + table.headers.length - 1);
}

function writeTable(sheet: Excel.Worksheet, table: TableDescription): void {
  writeValues(sheet.getRange(tableAddress(table)), [[...table.headers], ...table.rows]);
  const added = sheet.tables.add(tableAddress(table), true);
  added.name = table.name;
  added.style = table.style;
}

export function setColumnWidths(sheet: Excel.Worksheet, widths: readonly number[], firstColumn = 1): void {
  widths.forEach((w, i) => {
    const letters = columnLetters(firstColumn + i);
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = w * POINTS_PER_CHARACTER;
  });
}

/** The rectangle a sheet description covers (what the add-in owns on that sheet). */
function extentOf(sheet: SheetDescription): string {
  let bottom = 1;
  let right = 1;
  for (const b of sheet.blocks) {
    bottom = Math.max(bottom, b.at.row + b.values.length - 1);
    right = Math.max(right, b.at.column + Math.max(...b.values.map((r) => r.length)) - 1);
  }
  for (const t of sheet.tables) {
    bottom = Math.max(bottom, t.at.row + Math.max(t.rows.length, 1));
    right = Math.max(right, t.at.column + t.headers.length - 1);
  }
  return rangeA1(1, 1, bottom, right);
}

/**
 * Landscape or portrait, every column on one page wide and as many pages tall as it takes, the
 * title rows on every page (PageLayout, ExcelApi 1.9). Zoom is set as one object, as the API
 * requires; verticalFitToPages 0 is "automatic", as Excel's own "Fit All Columns on One Page"
 * writes it (fitToHeight="0" in the file). Paper size and margins stay the analyst's.
 */
export function drawPageSetup(sheet: Excel.Worksheet, setup: PrintSetup, keepTitles = false): void {
  const layout = sheet.pageLayout;
  layout.orientation = setup.orientation === "landscape" ? Excel.PageOrientation.landscape : Excel.PageOrientation.portrait;
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (setup.titleRows !== null && !keepTitles) layout.setPrintTitleRows(`$${setup.titleRows.first}:$${setup.titleRows.last}`);
}

/** Queues the writes of a whole owned sheet; the caller has removed the old tables. */
export function queueSheet(sheet: Excel.Worksheet, description: SheetDescription): void {
  sheet.getRange(extentOf(description)).clear(Excel.ClearApplyTo.all);
  for (const block of description.blocks) writeBlock(sheet, block);
  for (const table of description.tables) writeTable(sheet, table);
  setColumnWidths(sheet, description.columnWidths);
  sheet.freezePanes.unfreeze();
  // freezeRows then freezeColumns can leave only the columns frozen; freezeAt freezes both.
  const { freezeRows: rows, freezeColumns: columns } = description;
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRange(rangeA1(1, 1, rows, columns)));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
  // The page set-up needs ExcelApi 1.9; on an older Excel the sheet is written all the same.
  if (description.print !== undefined && supportsExcelApi(PAGE_LAYOUT_API)) drawPageSetup(sheet, description.print);
}
