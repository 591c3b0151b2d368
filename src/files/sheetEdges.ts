// The register sheet's head (before <sheetData>) and tail (after it): the only elements the audit
// adds or changes there. Head: <dimension> widened, <col> widths for appended columns (a range
// that covers them is split, its other columns keep every attribute). Tail: the audit's own
// conditional formats and dropdowns replaced, inserted where the schema orders them (Excel
// repairs a worksheet whose elements are out of order); everything else kept as written.

import { appendRefusal } from "../workbook";
import type { ColumnsPlan, Rect, RegisterDrawing, RegisterLocation } from "../workbook";
import { intersects, parseRect, rectText, sqrefRects } from "./cellRefs";
import { decodeXml, elementEnd, escapeXml, setAttributes, splice, tags } from "./xml";
import type { Tag } from "./xml";

/** What the head and the tail need of a register edit (registerEdit.ts). */
export interface EdgeEdit {
  readonly loc: RegisterLocation;
  readonly columns: ColumnsPlan;
  readonly drawing: RegisterDrawing;
  /** The differential formats of the drawing's conditional formats, in its order. */
  readonly dxfIds: readonly number[];
}

export const WORKSHEET_ORDER = [
  "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges", "scenarios",
  "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting", "dataValidations",
  "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks", "customProperties", "cellWatches",
  "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls",
  "webPublishItems", "tableParts", "extLst",
];

/** The elements at depth `depth` of a fragment (the head has the root's open tag: its children are at 1). */
function elementsAt(xml: string, depth: number): Tag[] {
  const found: Tag[] = [];
  let level = 0;
  for (const t of tags(xml)) {
    if (t.kind === "close") level--;
    else {
      if (level === depth) found.push(t);
      if (t.kind === "open") level++;
    }
  }
  return found;
}

const rectOfColumns = (edit: EdgeEdit): Rect => {
  const at = edit.columns.computed.map((c) => c.at);
  return { top: edit.drawing.firstRow, left: Math.min(...at), bottom: edit.drawing.lastRow, right: Math.max(...at) };
};

function widths(xml: string, p: string, cols: Tag | undefined, edit: EdgeEdit): { at: number; end: number; text: string } {
  const headers = edit.drawing.headers as NonNullable<RegisterDrawing["headers"]>;
  const left = headers.left;
  const right = left + headers.values.length - 1;
  const ours = headers.widths.map((w, i) => ({ min: left + i, text: `<${p}col min="${left + i}" max="${left + i}" width="${w}" customWidth="1"/>` }));
  const pieces: { min: number; text: string }[] = [];
  const colsXml = cols === undefined ? "" : xml.slice(cols.start, elementEnd(xml, cols));
  for (const col of elementsAt(colsXml, 1)) {
    const text = colsXml.slice(col.start, elementEnd(colsXml, col));
    const min = Number(col.attrs.min);
    const max = Number(col.attrs.max);
    if (max < left || min > right) {
      pieces.push({ min, text });
      continue;
    }
    const piece = (from: number, to: number) => text.replace(/\bmin="\d+"/, `min="${from}"`).replace(/\bmax="\d+"/, `max="${to}"`);
    if (min < left) pieces.push({ min, text: piece(min, left - 1) });
    if (max > right) pieces.push({ min: right + 1, text: piece(right + 1, max) });
  }
  const body = [...pieces, ...ours].sort((a, b) => a.min - b.min).map((x) => x.text).join("");
  if (cols === undefined) return { at: xml.length, end: xml.length, text: `<${p}cols>${body}</${p}cols>` };
  return { at: cols.start, end: elementEnd(xml, cols), text: `<${cols.name}>${body}</${cols.name}>` };
}

/** <sheetPr> with <pageSetUpPr fitToPage="1"/>: the page setup's fit-to-width then applies. */
function fitToPage(xml: string, p: string, sheetPr: Tag | undefined, root: Tag): { at: number; end?: number; text: string } {
  const setUp = `<${p}pageSetUpPr fitToPage="1"/>`;
  if (sheetPr === undefined) return { at: root.end, text: `<${p}sheetPr>${setUp}</${p}sheetPr>` };
  const body = xml.slice(sheetPr.start, elementEnd(xml, sheetPr));
  const existing = elementsAt(body, 1).find((t) => t.local === "pageSetUpPr");
  if (existing !== undefined) return { at: sheetPr.start + existing.start, end: sheetPr.start + existing.end, text: setAttributes(body, existing, { fitToPage: "1" }) };
  // pageSetUpPr is the last child of CT_SheetPr.
  if (sheetPr.kind === "empty") return { at: sheetPr.start, end: sheetPr.end, text: `${xml.slice(sheetPr.start, sheetPr.end - 2).trimEnd()}>${setUp}</${sheetPr.name}>` };
  const close = elementEnd(xml, sheetPr) - `</${sheetPr.name}>`.length;
  return { at: close, text: setUp };
}

/** The head with its dimension widened, printing fitted to the page's width and, when columns are appended, their widths. */
export function editHead(xml: string, p: string, edit: EdgeEdit): string {
  const children = elementsAt(xml, 1);
  const edits: { at: number; end?: number; text: string }[] = [];
  edits.push(fitToPage(xml, p, children.find((t) => t.local === "sheetPr"), elementsAt(xml, 0).find((t) => t.kind === "open") as Tag));
  const dimension = children.find((t) => t.local === "dimension");
  const ref = dimension === undefined ? null : parseRect(dimension.attrs.ref ?? "");
  if (dimension !== undefined && ref !== null) {
    const ours = rectOfColumns(edit);
    const grown = { top: Math.min(ref.top, edit.loc.headerRow), left: ref.left, bottom: Math.max(ref.bottom, ours.bottom), right: Math.max(ref.right, ours.right) };
    edits.push({ at: dimension.start, end: dimension.end, text: `<${dimension.name} ref="${rectText(grown)}"/>` });
  }
  if (edit.drawing.headers !== null) edits.push(widths(xml, p, children.find((t) => t.local === "cols"), edit));
  return splice(xml, edits);
}

function formulaTexts(xml: string, element: Tag): string[] {
  const body = xml.slice(element.start, elementEnd(xml, element));
  return [...tags(body)].filter((t) => t.kind === "open" && (t.local === "formula" || t.local === "formula1")).map((t) => decodeXml(body.slice(t.end, body.indexOf("</", t.end))));
}

/** The tail with the audit's conditional formats and dropdowns in place of an earlier audit's. */
export function editTail(xml: string, p: string, edit: EdgeEdit): string {
  const block = edit.columns.appendBlock;
  let top = elementsAt(xml, 0);
  const merges = top.filter((t) => t.local === "mergeCells").flatMap((m) => [...tags(xml.slice(m.start, elementEnd(xml, m)))].filter((t) => t.local === "mergeCell").flatMap((t) => parseRect(t.attrs.ref ?? "") ?? []));
  if (block !== null && merges.some((m) => intersects(m, block))) throw appendRefusal(edit.loc, block);

  const cf = edit.drawing.conditionalFormats;
  const ourFormulas = new Set(cf.rules.map((r) => r.formula.slice(1)));
  const lists = edit.drawing.validation.map((v) => ({ ...v, formula: `"${v.list.values.join(",")}"` }));
  const removals = top
    .filter((t) => t.local === "conditionalFormatting" && formulaTexts(xml, t).some((f) => ourFormulas.has(f)))
    .map((t) => ({ at: t.start, end: elementEnd(xml, t), text: "" }));
  let text = splice(xml, removals);

  // Dropdowns: an earlier audit's are replaced; a column the analyst already validates keeps theirs.
  top = elementsAt(text, 0);
  const validations = top.find((t) => t.local === "dataValidations");
  let kept: string[] = [];
  let theirs: Rect[] = [];
  if (validations !== undefined) {
    const body = text.slice(validations.start, elementEnd(text, validations));
    const items = elementsAt(body, 1).filter((t) => t.local === "dataValidation");
    const isOurs = (t: Tag) => lists.some((l) => l.title === t.attrs.promptTitle && formulaTexts(body, t).includes(l.formula));
    kept = items.filter((t) => !isOurs(t)).map((t) => body.slice(t.start, elementEnd(body, t)));
    theirs = items.filter((t) => !isOurs(t)).flatMap((t) => sqrefRects(t.attrs.sqref ?? ""));
  }
  const added = lists.filter((l) => !theirs.some((r) => intersects(r, l.rect))).map((l) =>
    `<${p}dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="0" promptTitle="${escapeXml(l.title)}" prompt="${escapeXml(l.list.prompt)}" sqref="${rectText(l.rect)}"><${p}formula1>${escapeXml(l.formula)}</${p}formula1></${p}dataValidation>`,
  );
  const all = [...kept, ...added];
  const dv = all.length === 0 ? "" : `<${validations?.name ?? `${p}dataValidations`} count="${all.length}">${all.join("")}</${validations?.name ?? `${p}dataValidations`}>`;
  if (validations !== undefined) text = splice(text, [{ at: validations.start, end: elementEnd(text, validations), text: dv }]);
  else if (dv !== "") text = insert(text, "dataValidations", dv);

  // Landscape, one page wide, as tall as it takes (fitToHeight 0); paper size and printer kept.
  const setup = elementsAt(text, 0).find((t) => t.local === "pageSetup");
  const landscape = { orientation: "landscape", fitToWidth: "1", fitToHeight: "0" };
  text = setup !== undefined ? splice(text, [{ at: setup.start, end: setup.end, text: setAttributes(text, setup, landscape) }]) : insert(text, "pageSetup", `<${p}pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>`);

  const priority = Math.max(0, ...[...text.matchAll(/\bpriority="(\d+)"/g)].map((m) => Number(m[1])));
  const rules = cf.rules
    .map((r, i) => `<${p}cfRule type="expression" dxfId="${edit.dxfIds[i]}" priority="${priority + 1 + i}"><${p}formula>${escapeXml(r.formula.slice(1))}</${p}formula></${p}cfRule>`)
    .join("");
  return insert(text, "conditionalFormatting", `<${p}conditionalFormatting sqref="${rectText(cf.rect)}">${rules}</${p}conditionalFormatting>`);
}

/** Inserts a top-level element of the tail where the schema's order puts it. */
function insert(xml: string, local: string, element: string): string {
  const rank = WORKSHEET_ORDER.indexOf(local);
  const later = elementsAt(xml, 0).find((t) => t.kind !== "close" && WORKSHEET_ORDER.indexOf(t.local) > rank);
  const at = later?.start ?? xml.lastIndexOf("</");
  return splice(xml, [{ at, text: element }]);
}
