// A worksheet part read as a stream: its head (everything before <sheetData>), its rows one by
// one as the producer wrote them, and its tail (everything after). Cells are parsed only where
// a caller asks, with indexOf rather than a DOM: a register of a million rows never exists in
// memory as a whole, as text or as objects.

import { StringDecoder } from "string_decoder";
import type { ZipEntry } from "./zip";
import { inflateStream } from "./zip";
import { decodeXml, prefixOf, root } from "./xml";
import { columnNumber } from "../workbook";

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
        const rowAt = buffer.indexOf(rowOpen, at);
        const endAt = buffer.indexOf(close, at);
        if (endAt >= 0 && (rowAt < 0 || endAt < rowAt)) {
          buffer = buffer.slice(endAt + close.length);
          state = "tail";
          break;
        }
        if (rowAt < 0) break;
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

/** The cells of a row's text, in order; cells without an `r` take the next column. */
export function parseCells(text: string, prefix: string): Cell[] {
  const cells: Cell[] = [];
  const open = `<${prefix}c`;
  const close = `</${prefix}c>`;
  const vOpen = `<${prefix}v`;
  const fOpen = `<${prefix}f`;
  let column = 0;
  for (let at = text.indexOf(open, 1); at >= 0; ) {
    const after = text[at + open.length];
    if (after !== " " && after !== ">" && after !== "/") {
      at = text.indexOf(open, at + 1);
      continue;
    }
    const tagEnd = text.indexOf(">", at);
    const tag = text.slice(at, tagEnd + 1).replace(/\s+/g, " ");
    const selfClosing = text[tagEnd - 1] === "/";
    const end = selfClosing ? tagEnd + 1 : text.indexOf(close, tagEnd) + close.length;
    const r = attr(tag, "r");
    column = r === undefined ? column + 1 : columnNumber(r.replace(/\d+$/, ""));
    const type = attr(tag, "t") ?? "n";
    let value: string | undefined;
    let shared: Cell["shared"];
    let formula = false;
    if (!selfClosing) {
      const inner = text.slice(tagEnd + 1, end - close.length);
      if (type === "inlineStr") value = stringItemText(inner, prefix);
      else {
        const v = inner.indexOf(vOpen);
        if (v >= 0 && (inner[v + vOpen.length] === ">" || inner[v + vOpen.length] === " ")) {
          const vEnd = inner.indexOf(">", v);
          value = inner[vEnd - 1] === "/" ? "" : inner.slice(vEnd + 1, inner.indexOf("</", vEnd));
        }
      }
      const f = inner.indexOf(fOpen);
      if (f >= 0 && /[\s/>]/.test(inner[f + fOpen.length] ?? "")) {
        formula = true;
        const fTag = inner.slice(f, inner.indexOf(">", f) + 1).replace(/\s+/g, " ");
        const si = attr(fTag, "si");
        if (attr(fTag, "t") === "shared" && si !== undefined) shared = { si, master: attr(fTag, "ref") !== undefined };
      }
    }
    cells.push({ column, start: at, end, type, style: attr(tag, "s"), value, hasR: r !== undefined, formula, ...(shared ? { shared } : {}) });
    at = text.indexOf(open, end);
  }
  return cells;
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
