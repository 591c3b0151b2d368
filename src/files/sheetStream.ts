// A worksheet part read as a stream: its head (everything before <sheetData>), its rows one by
// one as the producer wrote them, and its tail (everything after). Cells are parsed only where
// a caller asks, with indexOf rather than a DOM: a register of a million rows never exists in
// memory as a whole, as text or as objects.

import { StringDecoder } from "string_decoder";
import type { ZipEntry } from "./zip";
import { inflateStream } from "./zip";
import { decodeXml, prefixOf, root } from "./xml";

export interface SheetVisitor {
  head?(text: string, prefix: string): void | Promise<void>;
  /** `text` is the whole <row>…</row> (or <row …/>) element. */
  row(row: number, text: string): void | Promise<void>;
  tail?(text: string): void | Promise<void>;
}

/** Reads a worksheet part, calling the visitor in document order. */
export async function scanSheet(entry: ZipEntry, visitor: SheetVisitor): Promise<void> {
  const decoder = new StringDecoder("utf8");
  let buffer = "";
  let state: "head" | "rows" | "tail" = "head";
  let prefix = "";
  let lastRow = 0;
  let open = "";
  let close = "";
  let rowClose = "";

  const step = async (final: boolean): Promise<void> => {
    if (state === "head") {
      const rootAt = buffer.search(/<[^?!]/);
      if (rootAt < 0) return;
      prefix = prefixOf(root(buffer.slice(rootAt)));
      open = `<${prefix}sheetData`;
      close = `</${prefix}sheetData>`;
      rowClose = `</${prefix}row>`;
      const at = buffer.indexOf(open);
      if (at < 0) {
        if (final) throw new Error("worksheet without sheetData");
        return;
      }
      const tagEnd = buffer.indexOf(">", at);
      if (tagEnd < 0) return;
      await visitor.head?.(buffer.slice(0, at).replace(/^\uFEFF/, ""), prefix);
      const selfClosing = buffer[tagEnd - 1] === "/";
      buffer = buffer.slice(tagEnd + 1);
      state = selfClosing ? "tail" : "rows";
      if (selfClosing) buffer = `<${prefix}sheetData/>${buffer}`;
    }
    if (state === "rows") {
      const rowOpen = `<${prefix}row`;
      let at = 0;
      for (;;) {
        // The next element is a row or the end of sheetData (a comment or whitespace may come between).
        const next = buffer.indexOf("<", at);
        if (next < 0 || next + close.length > buffer.length) break;
        if (buffer.startsWith(close, next)) {
          buffer = buffer.slice(next + close.length);
          state = "tail";
          break;
        }
        if (!buffer.startsWith(rowOpen, next)) {
          const skip = buffer.startsWith("<!--", next) ? buffer.indexOf("-->", next) : buffer.indexOf(">", next);
          if (skip < 0) break;
          at = skip + 1;
          continue;
        }
        const rowAt = next;
        const tagEnd = buffer.indexOf(">", rowAt);
        if (tagEnd < 0) break;
        const end = buffer[tagEnd - 1] === "/" ? tagEnd + 1 : buffer.indexOf(rowClose, tagEnd);
        if (end < 0) break;
        const stop = buffer[tagEnd - 1] === "/" ? end : end + rowClose.length;
        const text = buffer.slice(rowAt, stop);
        const r = /^<\S+[^>]*?\sr="(\d+)"/.exec(text.slice(0, tagEnd - rowAt + 1));
        lastRow = r ? Number(r[1]) : lastRow + 1;
        await visitor.row(lastRow, text);
        at = stop;
      }
      if (state === "rows") buffer = buffer.slice(at);
    }
    if ((state as string) === "tail" && final) await visitor.tail?.(buffer.startsWith(`<${prefix}sheetData/>`) ? buffer.slice(`<${prefix}sheetData/>`.length) : buffer);
  };

  for await (const chunk of inflateStream(entry)) {
    buffer += decoder.write(chunk as Buffer);
    await step(false);
  }
  buffer += decoder.end();
  await step(true);
  if ((state as string) !== "tail") throw new Error("worksheet XML ends inside sheetData");
}

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

const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
/** Text of a string item: entities, then OOXML's _xHHHH_ escapes. */
export const decodeText = (text: string): string => {
  const decoded = decodeXml(text);
  return decoded.includes("_x") ? decoded.replace(OOXML_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : decoded;
};

/** The text of an <si> or <is>: its <t> runs, without phonetic runs (<rPh>). */
export function stringItemText(xml: string, prefix: string): string {
  const body = xml.includes("<") && xml.includes(`${prefix}rPh`) ? xml.replace(new RegExp(`<${prefix}rPh\\b[\\s\\S]*?</${prefix}rPh>`, "g"), "") : xml;
  let text = "";
  const tOpen = `<${prefix}t`;
  const tClose = `</${prefix}t>`;
  for (let at = body.indexOf(tOpen); at >= 0; at = body.indexOf(tOpen, at + 1)) {
    const after = body[at + tOpen.length];
    if (after !== ">" && after !== " " && after !== "/") continue;
    const tagEnd = body.indexOf(">", at);
    if (body[tagEnd - 1] === "/") continue;
    const end = body.indexOf(tClose, tagEnd);
    text += body.slice(tagEnd + 1, end);
    at = end;
  }
  return decodeText(text);
}

const attr = (tag: string, name: string): string | undefined => {
  const at = tag.indexOf(` ${name}="`);
  if (at < 0) return undefined;
  const from = at + name.length + 3;
  return tag.slice(from, tag.indexOf('"', from));
};

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

/** The cells of a row's text, in order; cells without an `r` take the next column. */
export function parseCells(text: string, prefix: string): Cell[] {
  const cells: Cell[] = [];
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
    const tag = /[\t\n\r]/.test(raw) ? raw.replace(/\s+/g, " ") : raw;
    const selfClosing = text.charCodeAt(tagEnd - 1) === 47;
    const end = selfClosing ? tagEnd + 1 : text.indexOf(close, tagEnd) + close.length;
    const r = attr(tag, "r");
    column = r === undefined ? column + 1 : columnOfRef(r);
    const type = attr(tag, "t") ?? "n";
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
          const fTag = /[\t\n\r]/.test(fRaw) ? fRaw.replace(/\s+/g, " ") : fRaw;
          const si = attr(fTag, "si");
          if (si !== undefined && attr(fTag, "t") === "shared") shared = { si, master: attr(fTag, "ref") !== undefined };
        }
      }
    }
    cells.push({ column, start: at, end, type, style: attr(tag, "s"), value, hasR: r !== undefined, formula, ...(shared ? { shared } : {}) });
    at = text.indexOf(open, end);
  }
  return cells;
}

/**
 * The leftmost and rightmost columns of a row's non-empty cells, or null: what the used range
 * needs, without building cells (the view's pass runs it on every row of every sheet).
 */
export function rowExtent(text: string, prefix: string, sharedStrings: readonly string[]): { left: number; right: number } | null {
  const open = `<${prefix}c`;
  const vOpen = `<${prefix}v>`;
  let left = 0;
  let right = 0;
  let column = 0;
  for (let at = text.indexOf(open, 1); at >= 0; at = text.indexOf(open, at + 1)) {
    const after = text.charCodeAt(at + open.length);
    if (after !== 32 && after !== 62 && after !== 47 && after !== 10 && after !== 13 && after !== 9) continue;
    const tagEnd = text.indexOf(">", at);
    const tag = text.slice(at, tagEnd + 1);
    const r = attr(tag, "r");
    column = r === undefined ? column + 1 : columnOfRef(r);
    if (text.charCodeAt(tagEnd - 1) === 47) continue;
    const type = attr(tag, "t");
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
