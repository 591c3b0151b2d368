// A sheet the add-in owns (the rules and suppliers sheets, every sheet of a new workbook), written
// as SpreadsheetML from its description: cells as inline strings, numbers and booleans, styles
// through the style book, column widths, frozen panes, print setup and its Excel tables. Also the edit of an existing table part when the register's
// table gains the computed columns.

import { columnLetters, STYLES } from "../workbook";
import type { CellValue, Rect, SheetDescription, StyleName, TableDescription } from "../workbook";
import { rectText } from "./cellRefs";
import type { StyleBook } from "./styles";
import { children, elementEnd, escapeXml, first, prefixOf, root, setAttributes, splice, xstringXml } from "./xml";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function cellXml(ref: string, value: CellValue, style: number | undefined, formula?: string): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  if (formula !== undefined) {
    // The formula without its "=", and what it gives as the cached value.
    const f = `<f>${escapeXml(formula.slice(1))}</f>`;
    if (typeof value === "number") return `<c r="${ref}"${s}>${f}<v>${value}</v></c>`;
    if (typeof value === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${value ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${s} t="str">${f}<v>${xstringXml(value)}</v></c>`;
  }
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xstringXml(value)}</t></is></c>`;
}

function frozenPane(rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return "";
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  return `<pane${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""} topLeftCell="${columnLetters(columns + 1)}${rows + 1}" activePane="${pane}" state="frozen"/>`;
}

/** The worksheet XML of a description; its tables are referenced by the given relationship ids. */
export function sheetXml(sheet: SheetDescription, styles: StyleBook, tableRelIds: readonly string[]): string {
  const xf = new Map<StyleName, number>();
  const styleOf = (name: StyleName | null | undefined) => {
    if (name === null || name === undefined) return undefined;
    if (!xf.has(name)) xf.set(name, styles.xf(STYLES[name]));
    return xf.get(name);
  };
  const rows = new Map<number, Map<number, string>>();
  const put = (row: number, column: number, value: CellValue, style: number | undefined, formula?: string) => {
    if (value === "" && style === undefined && formula === undefined) return;
    if (!rows.has(row)) rows.set(row, new Map());
    rows.get(row)?.set(column, cellXml(`${columnLetters(column)}${row}`, value, style, formula));
  };
  for (const block of sheet.blocks) {
    block.values.forEach((line, r) => line.forEach((value, c) => put(block.at.row + r, block.at.column + c, value, styleOf(block.styles?.[r]?.[c]), block.formulas?.[r]?.[c])));
  }
  for (const table of sheet.tables) {
    table.headers.forEach((h, c) => put(table.at.row, table.at.column + c, h, undefined));
    table.rows.forEach((line, r) => line.forEach((value, c) => put(table.at.row + 1 + r, table.at.column + c, value, undefined)));
  }
  const data = [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([row, cells]) => `<row r="${row}">${[...cells.entries()].sort((a, b) => a[0] - b[0]).map(([, c]) => c).join("")}</row>`)
    .join("");
  const cols = sheet.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("");
  const tableParts = tableRelIds.length === 0 ? "" : `<tableParts count="${tableRelIds.length}">${tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`;
  // One page wide, as many tall as it takes (fitToHeight 0), as the audit sets a register; the
  // rows repeated on every page are a defined name in the workbook (setPrintTitles).
  const sheetPr = sheet.print === undefined ? "" : '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
  const pageSetup = sheet.print === undefined ? "" : `<pageSetup orientation="${sheet.print.orientation}" fitToWidth="1" fitToHeight="0"/>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">${sheetPr}<sheetViews><sheetView workbookViewId="0">${frozenPane(sheet.freezeRows, sheet.freezeColumns)}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ""}<sheetData>${data}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>${pageSetup}${tableParts}</worksheet>`;
}

export const tableRect = (t: TableDescription): Rect => ({ top: t.at.row, left: t.at.column, bottom: t.at.row + Math.max(1, t.rows.length + (t.streamedRows ?? 0)), right: t.at.column + t.headers.length - 1 });

/**
 * A table part as Excel writes one: header row, autofilter over the same range, a style. The
 * header row count is written although 1 is its default: ExcelJS reads a table without it as
 * having no header row, and a colleague's ExcelJS tool would then lose the register's headers.
 */
export function tableXml(t: TableDescription, id: number): string {
  const ref = rectText(tableRect(t));
  const columns = t.headers.map((h, i) => `<tableColumn id="${i + 1}" name="${xstringXml(h)}"/>`).join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<table xmlns="${MAIN}" id="${id}" name="${escapeXml(t.name)}" displayName="${escapeXml(t.name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${t.headers.length}">${columns}</tableColumns><tableStyleInfo name="${escapeXml(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`;
}

/**
 * The register's table grown to its new extent with the computed columns appended. What Excel
 * checks on open: the ref covers header, data and totals rows; the autofilter covers the same
 * minus the totals row; tableColumns lists one column per cell of the header row, with unique ids
 * and names equal to the header cells' text, and its count matches. Everything else (style,
 * totals row, calculated columns, the analyst's column ids and extensions) is kept as written.
 */
export function growTable(xml: string, rect: Rect, totalsRows: number, names: readonly string[]): string {
  const top = root(xml);
  const p = prefixOf(top);
  const columnsTag = children(xml, top).find((t) => t.local === "tableColumns");
  if (columnsTag === undefined) throw new Error("table without tableColumns");
  const existing = children(xml, columnsTag).filter((t) => t.local === "tableColumn");
  let id = Math.max(0, ...existing.map((t) => Number(t.attrs.id) || 0));
  const added = names.map((name) => `<${p}tableColumn id="${++id}" name="${xstringXml(name)}"/>`).join("");
  const close = elementEnd(xml, columnsTag) - `</${columnsTag.name}>`.length;
  const edits = [
    { at: top.start, end: top.end, text: setAttributes(xml, top, { ref: rectText(rect) }) },
    { at: columnsTag.start, end: columnsTag.end, text: setAttributes(xml, columnsTag, { count: String(existing.length + names.length) }) },
    { at: close, text: added },
  ];
  const filter = first(xml, "autoFilter");
  if (filter !== undefined) {
    edits.push({ at: filter.start, end: filter.end, text: setAttributes(xml, filter, { ref: rectText({ ...rect, bottom: rect.bottom - totalsRows }) }) });
  }
  return splice(xml, edits);
}
