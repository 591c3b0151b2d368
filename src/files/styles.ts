// The styles part, appended to only: the audit's header, title and note formats become new
// fonts, fills and cell formats at the end of their lists, and its conditional formats new dxfs.
// Existing entries keep their indexes, so every cell of the workbook keeps its look. An entry
// written by an earlier audit is found by its exact text and reused: a second audit adds nothing.
// Fonts start from the workbook's default font, so the headers match the analyst's typeface.

import type { CellStyle } from "../workbook";
import { children, elementEnd, insertionPoint, prefixOf, root, setAttributes, splice } from "./xml";
import type { Tag } from "./xml";

const ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"];

const MINIMAL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const argb = (hex: string) => `FF${hex.replace("#", "").toUpperCase()}`;

export class StyleBook {
  private xml: string;
  private readonly p: string;
  /** Whether the part is new (the workbook had none). */
  readonly created: boolean;
  changed = false;

  constructor(xml: string | undefined) {
    this.created = xml === undefined;
    this.xml = xml ?? MINIMAL;
    this.p = prefixOf(root(this.xml));
  }

  text(): string {
    return this.xml;
  }

  private list(local: string): { tag: Tag; items: Tag[] } {
    let top = root(this.xml);
    let tag = children(this.xml, top).find((t) => t.local === local);
    if (tag === undefined) {
      this.xml = splice(this.xml, [{ at: insertionPoint(this.xml, top, local, ORDER), text: `<${this.p}${local} count="0"></${this.p}${local}>` }]);
      top = root(this.xml);
      tag = children(this.xml, top).find((t) => t.local === local) as Tag;
    } else if (tag.kind === "empty") {
      this.xml = splice(this.xml, [{ at: tag.start, end: tag.end, text: `${this.xml.slice(tag.start, tag.end - 2).trimEnd()}></${tag.name}>` }]);
      tag = children(this.xml, root(this.xml)).find((t) => t.local === local) as Tag;
    }
    return { tag, items: children(this.xml, tag) };
  }

  /** The index of an entry with exactly this text in a list, appending it when missing. */
  private entry(local: string, text: string): number {
    const { tag, items } = this.list(local);
    const found = items.findIndex((t) => this.xml.slice(t.start, elementEnd(this.xml, t)) === text);
    if (found >= 0) return found;
    const close = elementEnd(this.xml, tag) - `</${tag.name}>`.length;
    const withItem = splice(this.xml, [{ at: close, text }]);
    const opened = children(withItem, root(withItem)).find((t) => t.local === local) as Tag;
    const counted = opened.attrs.count === undefined ? withItem : splice(withItem, [{ at: opened.start, end: opened.end, text: setAttributes(withItem, opened, { count: String(items.length + 1) }) }]);
    this.xml = counted;
    this.changed = true;
    return items.length;
  }

  /** The default font's name, family and scheme, as written (prefix included). */
  private baseFont(): string {
    const { items } = this.list("fonts");
    const font = items[0];
    if (font === undefined) return "";
    return children(this.xml, font)
      .filter((t) => ["name", "family", "charset", "scheme"].includes(t.local))
      .map((t) => this.xml.slice(t.start, elementEnd(this.xml, t)))
      .join("");
  }

  private defaultSize(): string {
    const font = this.list("fonts").items[0];
    const sz = font === undefined ? undefined : children(this.xml, font).find((t) => t.local === "sz");
    return sz?.attrs.val ?? "11";
  }

  private font(s: CellStyle): string {
    const p = this.p;
    return `<${p}font>${s.bold ? `<${p}b/>` : ""}${s.italic ? `<${p}i/>` : ""}<${p}sz val="${s.fontSize ?? this.defaultSize()}"/>${s.fontColor ? `<${p}color rgb="${argb(s.fontColor)}"/>` : ""}${this.baseFont()}</${p}font>`;
  }

  private fill(hex: string, dxf: boolean): string {
    const p = this.p;
    // A cell fill is the pattern's foreground; a conditional format's is its background, with no
    // pattern type (what Excel writes for a dxf).
    return dxf
      ? `<${p}fill><${p}patternFill><${p}bgColor rgb="${argb(hex)}"/></${p}patternFill></${p}fill>`
      : `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${argb(hex)}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`;
  }

  private alignment(s: CellStyle): string {
    if (!s.wrap && !s.horizontal) return "";
    return `<${this.p}alignment${s.horizontal ? ` horizontal="${s.horizontal.toLowerCase()}"` : ""}${s.wrap ? ' vertical="top" wrapText="1"' : ""}/>`;
  }

  /** A cell format (cellXfs index) for a named style. */
  xf(s: CellStyle): number {
    const fontId = this.entry("fonts", this.font(s));
    const fillId = s.fill ? this.entry("fills", this.fill(s.fill, false)) : 0;
    const align = this.alignment(s);
    const p = this.p;
    const attrs = `numFmtId="0" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0" applyFont="1"${s.fill ? ' applyFill="1"' : ""}${align ? ' applyAlignment="1"' : ""}`;
    return this.entry("cellXfs", align ? `<${p}xf ${attrs}>${align}</${p}xf>` : `<${p}xf ${attrs}/>`);
  }

  /** A differential format (dxfs index) for a conditional format: font colour and fill. */
  dxf(s: CellStyle): number {
    const p = this.p;
    const font = s.fontColor || s.bold ? `<${p}font>${s.bold ? `<${p}b/>` : ""}${s.fontColor ? `<${p}color rgb="${argb(s.fontColor)}"/>` : ""}</${p}font>` : "";
    return this.entry("dxfs", `<${p}dxf>${font}${s.fill ? this.fill(s.fill, true) : ""}</${p}dxf>`);
  }
}
