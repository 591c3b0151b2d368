// A worksheet part read as a stream: its head (everything before <sheetData>), its rows one by
// one as the producer wrote them, and its tail (everything after). Cells are parsed only where
// a caller asks (cells.ts): a register of a million rows never exists in
// memory as a whole, as text or as objects.

import { StringDecoder } from "string_decoder";
import type { ZipEntry } from "./zip";
import { inflateStream } from "./zip";
import { decodeXml, prefixOf, root } from "./xml";
import type { SheetProblem } from "./fileProblems";
import { sheetProblemText } from "./fileWords";

/** A worksheet the audit refuses: the message is a sentence to follow the file's name. */
export class SheetError extends Error {
  constructor(readonly problem: SheetProblem) {
    super(sheetProblemText(problem));
  }
}

/** Excel's sheet: 1,048,576 rows (and 16,384 columns, XFD: cells.ts). */
export const MAX_ROWS = 1_048_576;
/**
 * The longest row read, in characters: Excel holds 32,767 characters a cell; a row longer than
 * this is not one Excel wrote, and is refused rather than held.
 */
export const MAX_ROW_CHARS = 32 << 20;

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
  // Where the search for the pending row's end resumes: each chunk is searched once, not the
  // whole buffer again (a row of one huge cell arrives in many chunks).
  let searchFrom = 0;

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
        const end = buffer[tagEnd - 1] === "/" ? tagEnd + 1 : buffer.indexOf(rowClose, Math.max(tagEnd, searchFrom));
        if (end < 0) {
          if (buffer.length - rowAt > MAX_ROW_CHARS) throw new SheetError({ code: "row_too_long", part: entry.name, after: lastRow, limit: MAX_ROW_CHARS });
          searchFrom = Math.max(tagEnd, buffer.length - rowClose.length);
          break;
        }
        searchFrom = 0;
        const stop = buffer[tagEnd - 1] === "/" ? end : end + rowClose.length;
        const text = buffer.slice(rowAt, stop);
        if (stop - rowAt > MAX_ROW_CHARS) throw new SheetError({ code: "row_too_long", part: entry.name, after: lastRow, limit: MAX_ROW_CHARS });
        const r = /^<\S+[^>]*?\sr\s*=\s*["'](\d+)["']/.exec(text.slice(0, tagEnd - rowAt + 1));
        const number = r ? Number(r[1]) : lastRow + 1;
        if (number > MAX_ROWS) throw new SheetError({ code: "row_past_limit", part: entry.name, row: number, limit: MAX_ROWS });
        if (number <= lastRow) throw new SheetError({ code: "row_out_of_order", part: entry.name, row: number, after: lastRow });
        lastRow = number;
        await visitor.row(lastRow, text);
        at = stop;
      }
      if (state === "rows") {
        buffer = buffer.slice(at);
        searchFrom = Math.max(0, searchFrom - at);
      }
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
