// The one writer of the add-in's sheets in a file. A sheet the audit owns (rules, suppliers) is
// written into the analyst's package; a new workbook (the template, the portfolio) starts as an
// empty package and gets every sheet the same way, so a new file and an audited one carry the
// same XML for the same description.

import type { SheetDescription } from "../workbook";
import { Package, REL } from "./opc";
import { sheetXml, tableRect } from "./sheetWriter";
import { StyleBook } from "./styles";
import { addWorksheet, nextTableId, putTablePart, readWorkbook, sameName as same, saveStyles, setPrintTitles } from "./workbookPart";
import type { TablePart, WorkbookInfo } from "./workbookPart";
import { writeZip } from "./zipWriter";

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const RELS = "http://schemas.openxmlformats.org/package/2006/relationships";

/** The parts every workbook has; no sheet yet (Excel needs one: the caller adds them). */
const EMPTY: Record<string, string> = {
  "[Content_Types].xml": `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
  "_rels/.rels": `<Relationships xmlns="${RELS}"><Relationship Id="rId1" Type="${REL.officeDocument}" Target="xl/workbook.xml"/></Relationships>`,
  "xl/workbook.xml": '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets></sheets></workbook>',
  "xl/_rels/workbook.xml.rels": `<Relationships xmlns="${RELS}"></Relationships>`,
};

/** Where a description replaces a sheet already there: its part and the tables it had. */
export interface SheetToReplace {
  readonly part: string;
  readonly tables: readonly TablePart[];
}

/**
 * Writes a sheet description: a new sheet after the last one, or over `replacing` (its tables
 * keep their parts and ids by name). Returns the workbook's info with the sheet and its tables.
 */
export function writeSheet(pkg: Package, info: WorkbookInfo, styles: StyleBook, sheet: SheetDescription, replacing?: SheetToReplace): WorkbookInfo {
  const added = replacing === undefined ? addWorksheet(pkg, info, sheet.name) : undefined;
  const part = (replacing ?? added)?.part as string;
  let nextId = nextTableId(info);
  const tables: TablePart[] = [];
  const rels = sheet.tables.map((t, i) => {
    const reused = replacing?.tables.find((x) => same(x.name, t.name));
    const id = reused?.id ?? nextId++;
    const tablePart = putTablePart(pkg, part, t, id, reused?.part);
    if (reused === undefined) tables.push({ part: tablePart, sheet: sheet.name, id, name: t.name, rect: tableRect(t), headerRows: 1, totalsRows: 0 });
    return { id: `rId${i + 1}`, type: REL.table, part: tablePart };
  });
  if (rels.length > 0 || replacing !== undefined) pkg.setRelationships(part, rels);
  pkg.put(part, Buffer.from(sheetXml(sheet, styles, rels.map((r) => r.id)), "utf8"));
  const next = { ...info, sheets: added === undefined ? info.sheets : [...info.sheets, added], tables: [...info.tables, ...tables] };
  if (sheet.print?.titleRows) setPrintTitles(pkg, next, sheet.name, sheet.print.titleRows);
  return next;
}

/** A new workbook of the given sheets, in order; the package stays open for what else it needs (a chart). */
export function newWorkbook(sheets: readonly SheetDescription[]): { readonly pkg: Package; readonly info: WorkbookInfo } {
  const pkg = new Package(writeZip(Object.entries(EMPTY).map(([name, text]) => ({ kind: "data" as const, name, data: Buffer.from(DECLARATION + text, "utf8") }))));
  const styles = new StyleBook(undefined);
  let info = readWorkbook(pkg, "new workbook");
  for (const sheet of sheets) info = writeSheet(pkg, info, styles, sheet);
  saveStyles(pkg, info, styles);
  return { pkg, info };
}
