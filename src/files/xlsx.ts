// ExcelJS rendering of the workbook description (the same content the add-in writes in Excel).

import type ExcelJS from "exceljs";
import { columnLetters, STYLES } from "../workbook";
import type { CellStyle, SheetDescription, StyleName } from "../workbook";

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

export function excelStyle(name: StyleName): Partial<ExcelJS.Style> {
  const s: CellStyle = STYLES[name];
  const style: Partial<ExcelJS.Style> = {};
  if (s.bold || s.italic || s.fontColor || s.fontSize) {
    style.font = {
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.fontSize ? { size: s.fontSize } : {}),
      ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
    };
  }
  if (s.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  if (s.wrap || s.horizontal) {
    style.alignment = {
      ...(s.wrap ? { wrapText: true, vertical: "top" as const } : {}),
      ...(s.horizontal ? { horizontal: s.horizontal.toLowerCase() as "left" | "center" | "right" } : {}),
    };
  }
  return style;
}

export function renderSheet(ws: ExcelJS.Worksheet, sheet: SheetDescription): void {
  for (const block of sheet.blocks) {
    block.values.forEach((line, r) =>
      line.forEach((value, c) => {
        const cell = ws.getCell(block.at.row + r, block.at.column + c);
        cell.value = value === "" ? null : value;
        const style = block.styles?.[r]?.[c];
        if (style) cell.style = excelStyle(style);
      }),
    );
  }
  for (const table of sheet.tables) {
    ws.addTable({
      name: table.name,
      ref: `${columnLetters(table.at.column)}${table.at.row}`,
      headerRow: true,
      style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: table.headers.map((name) => ({ name, filterButton: true })),
      rows: table.rows.map((r) => [...r]),
    });
  }
  sheet.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  ws.views = [{ state: "frozen", xSplit: sheet.freezeColumns, ySplit: sheet.freezeRows }];
  if (sheet.print !== undefined) {
    // One page wide, as many tall as it takes (fitToHeight 0), as the audit sets a register.
    ws.pageSetup = { ...ws.pageSetup, orientation: sheet.print.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
    if (sheet.print.titleRows !== null) ws.pageSetup.printTitlesRow = `${sheet.print.titleRows.first}:${sheet.print.titleRows.last}`;
  }
}
