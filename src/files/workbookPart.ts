// The workbook part and what hangs from it: sheets (by relationship, whatever their part names),
// shared strings, styles, and each worksheet's tables. Refuses, with a sentence, what the audit
// cannot read: Strict Open XML, a package without a workbook.

import { CONTENT_TYPE, Package, REL } from "./opc";
import { children, decodeXml, elementEnd, escapeXml, first, insertionPoint, prefixFor, prefixOf, root, setAttributes, splice, tags, withoutComments } from "./xml";
import type { Tag } from "./xml";
import { stringItemText } from "./sheetStream";
import { UnusableFileError } from "./inspect";
import { columnLetters, existingArea, quoteSheet, registerPrintArea } from "../workbook";
import type { Rect, RegisterPrint, TableDescription } from "../workbook";
import { parseRect } from "./cellRefs";
import { tableXml } from "./sheetWriter";
import type { StyleBook } from "./styles";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";
const RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface SheetEntry {
  readonly name: string;
  readonly sheetId: number;
  readonly relId: string;
  /** The worksheet part, or undefined for chart sheets, dialog sheets and broken links. */
  readonly part: string | undefined;
}

export interface TablePart {
  readonly part: string;
  readonly sheet: string;
  readonly id: number;
  readonly name: string;
  readonly rect: Rect;
  readonly headerRows: number;
  readonly totalsRows: number;
}

export interface WorkbookInfo {
  readonly part: string;
  readonly prefix: string;
  readonly sheets: readonly SheetEntry[];
  readonly sharedStrings: string | undefined;
  readonly styles: string | undefined;
  readonly tables: readonly TablePart[];
  readonly date1904: boolean;
}

/** Where the workbook is, what it holds; a sentence for what cannot be read. */
export function readWorkbook(pkg: Package, file: string): WorkbookInfo {
  const office = pkg.relationships("").find((r) => r.type === REL.officeDocument || r.type === REL.strictOfficeDocument);
  if (office?.type === REL.strictOfficeDocument) throw strict(file);
  const part = office?.part ?? "xl/workbook.xml";
  const xml = pkg.text(part);
  if (xml === undefined) throw new UnusableFileError(file, { code: "no_workbook_part" });
  const top = root(xml);
  if (Object.values(top.attrs).includes(STRICT)) throw strict(file);
  if (!Object.values(top.attrs).includes(MAIN)) throw new UnusableFileError(file, { code: "not_spreadsheetml" });
  const rels = pkg.relationships(part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets = [...tags(xml)]
    .filter((t) => t.local === "sheet" && t.kind !== "close")
    .map((t) => {
      const relId = Object.entries(t.attrs).find(([k]) => k.endsWith(":id"))?.[1] ?? "";
      const rel = byId.get(relId);
      return { name: t.attrs.name ?? "", sheetId: Number(t.attrs.sheetId), relId, part: rel?.type === REL.worksheet && pkg.entry(rel.part) ? rel.part : undefined };
    });
  const pr = first(xml, "workbookPr");
  const tables = sheets.flatMap((s) => (s.part === undefined ? [] : readTables(pkg, s.name, s.part)));
  return {
    part, prefix: prefixOf(top), sheets, tables,
    sharedStrings: rels.find((r) => r.type === REL.sharedStrings && pkg.entry(r.part))?.part,
    styles: rels.find((r) => r.type === REL.styles && pkg.entry(r.part))?.part,
    date1904: pr?.attrs.date1904 === "1" || pr?.attrs.date1904 === "true",
  };
}

const strict = (file: string) =>
  new UnusableFileError(file, { code: "strict_open_xml" });

function readTables(pkg: Package, sheet: string, sheetPart: string): TablePart[] {
  return pkg.relationships(sheetPart).flatMap((r) => {
    if (r.type !== REL.table) return [];
    const xml = pkg.text(r.part);
    if (xml === undefined) return [];
    const t = root(xml);
    const rect = parseRect(t.attrs.ref ?? "");
    if (rect === null) return [];
    return [{ part: r.part, sheet, id: Number(t.attrs.id), name: t.attrs.displayName ?? t.attrs.name ?? "", rect, headerRows: t.attrs.headerRowCount === "0" ? 0 : 1, totalsRows: Number(t.attrs.totalsRowCount ?? 0) }];
  });
}

/** The shared string table, in order (rich text flattened, phonetic runs left out). */
export function readSharedStrings(pkg: Package, part: string | undefined): string[] {
  const text = part === undefined ? undefined : pkg.text(part);
  if (text === undefined) return [];
  const xml = withoutComments(text);
  const prefix = prefixOf(root(xml));
  const open = `<${prefix}si`;
  const close = `</${prefix}si>`;
  const strings: string[] = [];
  for (let at = xml.indexOf(open); at >= 0; ) {
    const tagEnd = xml.indexOf(">", at);
    if (xml[tagEnd - 1] === "/") {
      strings.push("");
      at = xml.indexOf(open, tagEnd);
      continue;
    }
    const end = xml.indexOf(close, tagEnd);
    strings.push(stringItemText(xml.slice(tagEnd + 1, end), prefix));
    at = xml.indexOf(open, end);
  }
  return strings;
}

const WORKBOOK_ORDER = ["fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences", "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"];

/** Sheet and table names compare without case in Excel. */
export const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** The id a table added to the workbook takes: one above every table's (ids are unique in a workbook). */
export const nextTableId = (info: WorkbookInfo): number => Math.max(0, ...info.tables.map((t) => t.id).filter(Number.isFinite)) + 1;

/**
 * Writes a table part of a sheet part: into `reused` when the sheet already had it, else a new
 * part beside the sheet's folder (xl/tables/) with its content type. Returns the part's name.
 */
export function putTablePart(pkg: Package, sheetPart: string, table: TableDescription, id: number, reused?: string): string {
  const part = reused ?? pkg.freeName(`${sheetPart.slice(0, sheetPart.lastIndexOf("/worksheets/") + 1)}tables/table`, ".xml");
  if (reused === undefined) pkg.addContentType(part, CONTENT_TYPE.table);
  pkg.put(part, Buffer.from(tableXml(table, id), "utf8"));
  return part;
}

/** Adds a worksheet part after the last sheet; returns the workbook's entry for it. */
export function addWorksheet(pkg: Package, info: WorkbookInfo, name: string): SheetEntry & { readonly part: string } {
  const part = pkg.freeName(`${info.part.slice(0, info.part.lastIndexOf("/") + 1)}worksheets/sheet`, ".xml");
  const relId = pkg.addRelationship(info.part, REL.worksheet, part);
  pkg.addContentType(part, CONTENT_TYPE.worksheet);
  const xml = pkg.pendingText(info.part) as string;
  const top = root(xml);
  const sheetsTag = children(xml, top).find((t) => t.local === "sheets") as Tag;
  const r = prefixFor(top, RELATIONSHIPS);
  const id = r === undefined ? `xmlns:r="${RELATIONSHIPS}" r:id="${relId}"` : `${r}id="${relId}"`;
  const sheetId = Math.max(0, ...info.sheets.map((s) => s.sheetId).filter(Number.isFinite)) + 1;
  const element = `<${info.prefix}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${id}/>`;
  const at = elementEnd(xml, sheetsTag) - `</${sheetsTag.name}>`.length;
  pkg.replace(info.part, Buffer.from(splice(xml, [{ at, text: element }]), "utf8"));
  return { name, sheetId, relId, part };
}


/**
 * The register prints its header row on every page and only its columns and rows in use: the
 * built-in names _xlnm.Print_Titles and _xlnm.Print_Area, scoped to the sheet. Which area, and
 * whether the analyst's own stays, is the plan's decision (registerPrintArea); titles the
 * analyst set stay.
 */
export function setPrintRange(pkg: Package, info: WorkbookInfo, sheet: string, print: RegisterPrint, lastRow: number): void {
  const index = info.sheets.findIndex((s) => s.name === sheet);
  const xml = pkg.pendingText(info.part) as string;
  const names = [...tags(xml)].filter((t) => t.local === "definedName" && t.kind === "open" && t.attrs.localSheetId === String(index));
  const valueOf = (t: Tag) => decodeXml(xml.slice(t.end, xml.indexOf("<", t.end)));
  const current = names.find((t) => t.attrs.name === "_xlnm.Print_Area");
  const area = registerPrintArea(print, lastRow, existingArea(current === undefined ? null : valueOf(current)));
  const areaText = area === null ? null : `${quoteSheet(sheet)}!$${columnLetters(area.left)}$${area.top}:$${columnLetters(area.right)}$${area.bottom}`;
  const edits: Edit[] = [];
  if (areaText !== null && current !== undefined) edits.push({ at: current.end, end: xml.indexOf("<", current.end), text: escapeXml(areaText) });
  const wanted: [string, string][] = areaText !== null && current === undefined ? [["_xlnm.Print_Area", areaText]] : [];
  if (!names.some((t) => t.attrs.name === "_xlnm.Print_Titles")) wanted.push(["_xlnm.Print_Titles", `${quoteSheet(sheet)}!$${print.titleRow}:$${print.titleRow}`]);
  edits.push(...namesEdit(xml, info, index, wanted));
  if (edits.length > 0) pkg.replace(info.part, Buffer.from(splice(xml, edits), "utf8"));
}

type Edit = { at: number; end?: number; text: string };

/** The edit that adds sheet-scoped defined names to the workbook's list (created when missing). */
function namesEdit(xml: string, info: WorkbookInfo, index: number, wanted: readonly (readonly [string, string])[]): Edit[] {
  const elements = wanted.map(([name, value]) => `<${info.prefix}definedName name="${name}" localSheetId="${index}">${escapeXml(value)}</${info.prefix}definedName>`).join("");
  if (elements === "") return [];
  const top = root(xml);
  const list = children(xml, top).find((t) => t.local === "definedNames");
  if (list === undefined) return [{ at: insertionPoint(xml, top, "definedNames", WORKBOOK_ORDER), text: `<${info.prefix}definedNames>${elements}</${info.prefix}definedNames>` }];
  if (list.kind === "empty") return [{ at: list.start, end: list.end, text: `<${list.name}>${elements}</${list.name}>` }];
  return [{ at: elementEnd(xml, list) - `</${list.name}>`.length, text: elements }];
}

/** Rows a sheet repeats at the top of every printed page (_xlnm.Print_Titles), unless it has some already. */
export function setPrintTitles(pkg: Package, info: WorkbookInfo, sheet: string, rows: { readonly first: number; readonly last: number }): void {
  const index = info.sheets.findIndex((s) => s.name === sheet);
  const xml = pkg.pendingText(info.part) as string;
  if ([...tags(xml)].some((t) => t.local === "definedName" && t.kind === "open" && t.attrs.localSheetId === String(index) && t.attrs.name === "_xlnm.Print_Titles")) return;
  const edits = namesEdit(xml, info, index, [["_xlnm.Print_Titles", `${quoteSheet(sheet)}!$${rows.first}:$${rows.last}`]]);
  pkg.replace(info.part, Buffer.from(splice(xml, edits), "utf8"));
}

/** Writes the style book back: a new styles part with its relationship, or the edited one. */
export function saveStyles(pkg: Package, info: WorkbookInfo, styles: StyleBook): void {
  if (styles.created) {
    const stylesPart = `${info.part.slice(0, info.part.lastIndexOf("/") + 1)}styles.xml`;
    pkg.put(stylesPart, Buffer.from(styles.text(), "utf8"));
    pkg.addContentType(stylesPart, CONTENT_TYPE.styles);
    pkg.addRelationship(info.part, REL.styles, stylesPart);
  } else if (styles.changed) pkg.replace(info.styles as string, Buffer.from(styles.text(), "utf8"));
}

/** Asks Excel to recalculate on open (the cells the audit wrote feed the analyst's own formulas). */
export function recalculateOnOpen(pkg: Package, info: WorkbookInfo): void {
  const xml = pkg.pendingText(info.part) as string;
  const calc = first(xml, "calcPr");
  if (calc?.attrs.fullCalcOnLoad === "1") return;
  const text = calc !== undefined
    ? splice(xml, [{ at: calc.start, end: calc.end, text: setAttributes(xml, calc, { fullCalcOnLoad: "1" }) }])
    : splice(xml, [{ at: insertionPoint(xml, root(xml), "calcPr", WORKBOOK_ORDER), text: `<${info.prefix}calcPr fullCalcOnLoad="1"/>` }]);
  pkg.replace(info.part, Buffer.from(text, "utf8"));
}
