// The cells of a worksheet row, read from its XML text with indexOf rather than a DOM (this runs
// per cell on registers of a million rows): their columns, types, styles and raw values, whether
// they hold a formula, and a row's used extent.

import { decodeText, SheetError, stringItemText } from "./sheetStream";
import { decodeXml } from "./xml";

export interface Cell {
  readonly column: number;
  /** Offsets in the row's text. */
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly style: string | undefined;
  /** The raw <v> text (entities not decoded), or the inline string's decoded text. */
  readonly value: string | undefined;
  readonly hasR: boolean;
  /** The shared-formula group this cell belongs to, and whether it is its master. */
  readonly shared?: { readonly si: string; readonly master: boolean };
  readonly formula: boolean;
}

/**
 * A tag's attribute, as XML allows it: the common `name="value"` read directly; single quotes,
 * spaces around "=" and character references (t="&#115;") through the general pattern, which
 * only tags that hold one of those pay for.
 */
const attr = (tag: string, name: string, plain: boolean): string | undefined => {
  const at = tag.indexOf(` ${name}="`);
  if (at >= 0) {
    const from = at + name.length + 3;
    const value = tag.slice(from, tag.indexOf('"', from));
    return value.includes("&") ? decodeXml(value) : value;
  }
  if (plain) return undefined;
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m === null ? undefined : decodeXml(m[1] ?? m[2] ?? "");
};

/**
 * Whether a row's tags are all written `name="value"` with single spaces (as Excel, LibreOffice
 * and every library here write them): then attributes are read on the fast path alone. Checked
 * once a row, not once a cell.
 */
const plainSyntax = (row: string): boolean => row.indexOf("'") < 0 && row.indexOf(" =") < 0 && row.indexOf("= ") < 0 && !/[\t\n\r]/.test(row);

/** The column of a reference such as "AB12", without a regular expression (it runs per cell). */
function columnOfRef(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  return column;
}

/** Excel's last column, XFD. */
export const MAX_COLUMNS = 16_384;

/**
 * A cell's column: its reference's, or the one after the previous cell's when it has none.
 * Refused: a column past XFD, and a cell at or left of the previous one (given twice, or out of
 * order), which Excel never writes.
 */
function nextColumn(r: string | undefined, previous: number): number {
  const column = r === undefined ? previous + 1 : columnOfRef(r);
  if (column > MAX_COLUMNS) throw new SheetError({ code: "column_past_limit", cell: r ?? "" });
  if (column <= previous) throw new SheetError({ code: "cell_out_of_order", cell: r ?? "" });
  return column;
}

/** The cells of a row's text, in order; cells without an `r` take the next column. */
export function parseCells(text: string, prefix: string): Cell[] {
  const cells: Cell[] = [];
  const plain = plainSyntax(text);
  const open = `<${prefix}c`;
  const close = `</${prefix}c>`;
  const vOpen = `<${prefix}v`;
  const fOpen = `<${prefix}f`;
  let column = 0;
  for (let at = text.indexOf(open, 1); at >= 0; ) {
    const after = text.charCodeAt(at + open.length);
    // " ", ">", "/", or a line break or tab before the first attribute.
    if (after !== 32 && after !== 62 && after !== 47 && after !== 10 && after !== 13 && after !== 9) {
      at = text.indexOf(open, at + 1);
      continue;
    }
    const tagEnd = text.indexOf(">", at);
    const raw = text.slice(at, tagEnd + 1);
    const tag = plain ? raw : raw.replace(/\s+/g, " ");
    const selfClosing = text.charCodeAt(tagEnd - 1) === 47;
    const end = selfClosing ? tagEnd + 1 : text.indexOf(close, tagEnd) + close.length;
    const r = attr(tag, "r", plain);
    column = nextColumn(r, column);
    const type = attr(tag, "t", plain) ?? "n";
    let value: string | undefined;
    let shared: Cell["shared"];
    let formula = false;
    if (!selfClosing && end - tagEnd > close.length + 1) {
      if (type === "inlineStr") value = stringItemText(text.slice(tagEnd + 1, end - close.length), prefix);
      else {
        const v = text.indexOf(vOpen, tagEnd);
        if (v >= 0 && v < end) {
          const next = text.charCodeAt(v + vOpen.length);
          if (next === 62 || next === 32) {
            const vEnd = text.indexOf(">", v);
            value = text.charCodeAt(vEnd - 1) === 47 ? "" : text.slice(vEnd + 1, text.indexOf("</", vEnd));
          }
        }
      }
      const f = text.indexOf(fOpen, tagEnd);
      if (f >= 0 && f < end) {
        const next = text.charCodeAt(f + fOpen.length);
        if (next === 32 || next === 62 || next === 47) {
          formula = true;
          const fRaw = text.slice(f, text.indexOf(">", f) + 1);
          const fTag = plain ? fRaw : fRaw.replace(/\s+/g, " ");
          const si = attr(fTag, "si", plain);
          if (si !== undefined && attr(fTag, "t", plain) === "shared") shared = { si, master: attr(fTag, "ref", plain) !== undefined };
        }
      }
    }
    cells.push({ column, start: at, end, type, style: attr(tag, "s", plain), value, hasR: r !== undefined, formula, ...(shared ? { shared } : {}) });
    at = text.indexOf(open, end);
  }
  return cells;
}

/**
 * The leftmost and rightmost columns of a row's non-empty cells, or null: what the used range
 * needs, without building cells (the view's pass runs it on every row of every sheet).
 */
export function rowExtent(text: string, prefix: string, sharedStrings: readonly string[]): { left: number; right: number } | null {
  const plain = plainSyntax(text);
  const open = `<${prefix}c`;
  const vOpen = `<${prefix}v>`;
  let left = 0;
  let right = 0;
  let column = 0;
  for (let at = text.indexOf(open, 1); at >= 0; at = text.indexOf(open, at + 1)) {
    const after = text.charCodeAt(at + open.length);
    if (after !== 32 && after !== 62 && after !== 47 && after !== 10 && after !== 13 && after !== 9) continue;
    const tagEnd = text.indexOf(">", at);
    const raw = text.slice(at, tagEnd + 1);
    const tag = plain ? raw : raw.replace(/\s+/g, " ");
    column = nextColumn(attr(tag, "r", plain), column);
    if (text.charCodeAt(tagEnd - 1) === 47) continue;
    const type = attr(tag, "t", plain);
    let filled: boolean;
    if (type === "inlineStr") {
      const end = text.indexOf(`</${prefix}c>`, tagEnd);
      filled = stringItemText(text.slice(tagEnd + 1, end), prefix) !== "";
    } else {
      const v = text.indexOf(vOpen, tagEnd);
      const close = text.indexOf(`</${prefix}c>`, tagEnd);
      filled = v >= 0 && v < close && text.charCodeAt(v + vOpen.length) !== 60;
      if (filled && type === "s") filled = sharedStrings[Number(text.slice(v + vOpen.length, text.indexOf("<", v + vOpen.length)))] !== "";
    }
    if (!filled) continue;
    if (left === 0 || column < left) left = column;
    if (column > right) right = column;
  }
  return left === 0 ? null : { left, right };
}

/** A cell's value as the plan sees it: text, number, boolean; "" when empty. */
export function cellValue(cell: Cell, sharedStrings: readonly string[]): unknown {
  const v = cell.value;
  if (v === undefined || v === "") return "";
  switch (cell.type) {
    case "s":
      return sharedStrings[Number(v)] ?? "";
    case "b":
      return v === "1" || v === "true";
    case "str":
      return decodeText(v);
    case "inlineStr":
      return v;
    case "e":
    case "d":
      return decodeXml(v);
    default: {
      const n = Number(v);
      return Number.isNaN(n) ? v : n;
    }
  }
}
