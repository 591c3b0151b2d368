// What the surgical audit promises, checked part by part on any producer's file: every part it had
// no reason to touch is byte-identical; the parts it edits only gain (their elements, styles and
// cells are all still there, as written); every part it writes is well-formed XML whose elements
// are in the schema's order. Reads packages with JSZip, not with the code under test.

import { DOMParser } from "@xmldom/xmldom";
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import JSZip from "jszip";

export const PYTHON = "/usr/bin/python3";

export const REGISTER_HEADER = ["Project", "Drawings complete", "Requirements defined", "Complexity", "Chosen model"] as const;

/** A small register as ExcelJS saves it: one sheet, "Register", the header row and these rows. */
export async function smallRegister(rows: readonly (readonly unknown[])[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Register").addRows([[...REGISTER_HEADER], ...rows.map((r) => [...r])]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A register saved by openpyxl (Debian's python3-openpyxl); see producers/openpyxl_register.py. */
export function openpyxlRegister(file: string, variant: "range" | "table", rows: readonly (readonly unknown[])[]): void {
  const script = `${__dirname}/producers/openpyxl_register.py`;
  const result = spawnSync(PYTHON, [script, file, variant, JSON.stringify(rows)], { encoding: "utf8" });
  if (result.status !== 0) throw new Error(`openpyxl failed: ${result.stderr}`);
}

export async function parts(data: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(data);
  const found = new Map<string, Buffer>();
  for (const f of Object.values(zip.files)) if (!f.dir) found.set(f.name, await f.async("nodebuffer"));
  return found;
}

/** Top-level elements of an XML text as written, by local name (with their full text). */
export function elements(xml: string, local: string): string[] {
  const re = new RegExp(`<(?:\\w+:)?${local}\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:\\w+:)?${local}>)`, "g");
  return [...xml.matchAll(re)].map((m) => m[0]);
}

/** Cells by reference, as written. */
export function cellsOf(sheetXml: string): Map<string, string> {
  const cells = new Map<string, string>();
  for (const m of sheetXml.matchAll(/<(?:\w+:)?c\s[^>]*?\br="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/(?:\w+:)?c>)/g)) cells.set(m[1] as string, m[0]);
  return cells;
}

export function wellFormed(name: string, xml: string): void {
  const errors: string[] = [];
  new DOMParser({ onError: (level, message) => { if (level !== "warning") errors.push(message); } }).parseFromString(xml, "text/xml");
  if (errors.length > 0) throw new Error(`${name} is not well-formed: ${errors.join("; ")}`);
}

const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios",
  "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
  "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches",
  "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
  "webPublishItems", "tableParts", "extLst",
];

/**
 * The elements the audit inserts sit where CT_Worksheet (ECMA-376 Part 1, 18.3.1.99) orders them:
 * nothing before them ranks later, nothing after ranks earlier. (Some producers misorder their own
 * elements, e.g. ExcelJS writes tableParts before legacyDrawing; that is theirs to keep.)
 */
export function inSchemaOrder(sheetXml: string, inserted: readonly string[] = ["cols", "conditionalFormatting", "dataValidations"]): void {
  const doc = new DOMParser().parseFromString(sheetXml, "text/xml");
  const names = Array.from(doc.documentElement?.childNodes ?? []).filter((n) => n.nodeType === 1).map((n) => (n as unknown as { localName: string }).localName);
  const rank = (n: string) => WORKSHEET_ORDER.indexOf(n);
  names.forEach((name, i) => {
    if (!inserted.includes(name)) return;
    const misplaced = [...names.slice(0, i).filter((n) => rank(n) > rank(name)), ...names.slice(i + 1).filter((n) => rank(n) >= 0 && rank(n) < rank(name))];
    expect([name, misplaced]).toEqual([name, []]);
  });
}

export interface SurgeryCheck {
  readonly changed: string[];
  readonly before: Map<string, Buffer>;
  readonly after: Map<string, Buffer>;
}

/**
 * The byte-identity rule: a part the audit did not list as changed is byte-identical, and no
 * part disappears. Content types, relationships and the workbook keep every element they had;
 * styles keep every entry at its index; the register sheet keeps every cell outside `computed`
 * and every other element (merges, links, notes, protection, print settings) as written.
 */
export async function expectSurgical(input: Buffer, output: Buffer, registerPart: string, computed: RegExp): Promise<SurgeryCheck> {
  const before = await parts(input);
  const after = await parts(output);
  const changed = [...after.keys()].filter((name) => !before.has(name) || !before.get(name)?.equals(after.get(name) as Buffer));
  for (const name of before.keys()) expect([name, after.has(name)]).toEqual([name, true]);
  for (const name of changed) if (/\.(xml|rels)$/.test(name)) wellFormed(name, (after.get(name) as Buffer).toString("utf8"));
  const text = (m: Map<string, Buffer>, name: string) => (m.get(name) as Buffer).toString("utf8");
  for (const name of changed.filter((n) => before.has(n))) {
    const old = text(before, name);
    const now = text(after, name);
    const kept = (local: string) => elements(old, local).forEach((e) => expect([name, now.includes(e)]).toEqual([name, true]));
    if (name === "[Content_Types].xml") ["Default", "Override"].forEach(kept);
    else if (name.endsWith(".rels")) kept("Relationship");
    else if (/(^|\/)tables\/[^/]+\.xml$/.test(name)) ["tableColumn", "tableStyleInfo", "sortState", "extLst"].forEach(kept);
    else if (/(^|\/)workbook\.xml$/.test(name)) ["sheet", "definedName", "workbookPr", "workbookProtection", "bookViews", "fileVersion"].forEach(kept);
    else if (/(^|\/)styles\.xml$/.test(name)) {
      for (const list of ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"]) {
        const was = elements(old, list)[0];
        if (was === undefined || was.endsWith("/>")) continue;
        const is = elements(now, list)[0] as string;
        const body = (e: string) => e.slice(e.indexOf(">") + 1, e.lastIndexOf("</"));
        expect([name, list, body(is).startsWith(body(was).replace(/^\s+|\s+$/g, ""))]).toEqual([name, list, true]);
      }
    } else if (name === registerPart) {
      const cells = cellsOf(now);
      for (const [ref, cell] of cellsOf(old)) if (!computed.test(ref)) expect([ref, cells.get(ref)]).toEqual([ref, cell]);
      for (const local of ["mergeCells", "hyperlinks", "legacyDrawing", "drawing", "sheetProtection", "printOptions", "tableParts", "sheetViews", "sheetFormatPr", "extLst"]) kept(local);
      // The page setup gains the audit's orientation and fit; the analyst's paper, printer and margins stay.
      const attrs = (e: string | undefined) => [...(e ?? "").matchAll(/\s([\w:]+)="([^"]*)"/g)].map((m) => `${m[1]}=${m[2]}`);
      const printing = /^(orientation|fitToWidth|fitToHeight)=/;
      const setup = attrs(elements(now, "pageSetup")[0]);
      for (const a of attrs(elements(old, "pageSetup")[0]).filter((x) => !printing.test(x))) expect([name, "pageSetup", setup.includes(a)]).toEqual([name, "pageSetup", true]);
      inSchemaOrder(now);
    }
  }
  return { changed, before, after };
}
