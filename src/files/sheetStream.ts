// A worksheet part read as a stream: its head (everything before <sheetData>), its rows one by
// one as the producer wrote them, and its tail (everything after). Cells are parsed only where
// a caller asks (cells.ts): a register of a million rows never exists in
// memory as a whole, as text or as objects.

import type { ZipEntry } from "./zip";
import { inflateStream } from "./zip";
import { decodeXml, prefixOf, root, textDecoder, withoutComments } from "./xml";
import type { SheetProblem } from "./fileProblems";
import { sheetProblemText } from "./fileWords";

/** A worksheet the audit refuses: the message is a sentence to follow the file's name. */
export class SheetError extends Error {
  constructor(readonly problem: SheetProblem) {
    super(sheetProblemText(problem));
  }
}

/**
 * A part's prologue (the text before its root element, at `rootAt`; -1 when not yet found) must
 * declare no DTD: Excel writes none, and entity expansion is how XML bombs work.
 */
export function refuseDtd(part: string, text: string, rootAt: number): void {
  if (/<!DOCTYPE/i.test(rootAt < 0 ? text : text.slice(0, rootAt))) throw new SheetError({ code: "dtd", part });
}

/** A text decoded from UTF-16, its declaration saying UTF-8: the encoding an edited part is written back in. */
export const declaredUtf8 = (xml: string): string => xml.replace(/^(<\?xml[^>]*?encoding\s*=\s*["'])UTF-16(["'])/i, "$1UTF-8$2");

/** Excel's sheet: 1,048,576 rows (and 16,384 columns, XFD: cells.ts). */
export const MAX_ROWS = 1_048_576;
/**
 * The longest row read, in characters: Excel holds 32,767 characters a cell; a row longer than
 * this is not one Excel wrote, and is refused rather than held.
 */
export const MAX_ROW_CHARS = 32 << 20;
/** Bytes of a part decoded into text at a time. */
const DECODE_BYTES = 64 << 10;

export interface SheetVisitor {
  head?(text: string, prefix: string): void | Promise<void>;
  /** `text` is the whole <row>…</row> (or <row …/>) element. */
  row(row: number, text: string): void | Promise<void>;
  tail?(text: string): void | Promise<void>;
  /** Asked after each row: true ends the scan there (the rest of the part is not read, no tail). */
  stop?(): boolean;
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * Where a row's end tag starts, from `from` on, over comments, CDATA sections and processing
 * instructions (whose text may hold "</row>"); -1 while the buffer ends first.
 */
function rowEnd(buffer: string, from: number, rowClose: string): number {
  for (let at = from; ; ) {
    const end = buffer.indexOf(rowClose, at);
    const special = buffer.indexOf("<", at);
    if (end < 0) return -1;
    // Only markup before the end tag matters; elements (cells) are skipped to their ">".
    let next = special;
    while (next >= 0 && next < end && buffer[next + 1] !== "!" && buffer[next + 1] !== "?") next = buffer.indexOf("<", next + 1);
    if (next < 0 || next >= end) return end;
    const terminator = buffer.startsWith("<!--", next) ? "-->" : buffer.startsWith("<![CDATA[", next) ? "]]>" : buffer[next + 1] === "?" ? "?>" : ">";
    const stop = buffer.indexOf(terminator, next + 2);
    if (stop < 0) return -1;
    at = stop + terminator.length;
  }
}

/** Reads a worksheet part, calling the visitor in document order. */
export async function scanSheet(entry: ZipEntry, visitor: SheetVisitor): Promise<void> {
  let decoder: { write(chunk: Buffer): string; end(): string } | undefined;
  let buffer = "";
  let state: "head" | "rows" | "tail" = "head";
  let prefix = "";
  // Other prefixes the root binds to SpreadsheetML: their rows and cells are read as the main prefix's.
  let others: string[] = [];
  let lastRow = 0;
  let open = "";
  let close = "";
  let rowClose = "";
  // Where the search for the pending row's end resumes: each chunk is searched once, not the
  // whole buffer again (a row of one huge cell arrives in many chunks).
  let searchFrom = 0;
  let stopped = false;
  // The text held when a step last left a row unfinished (0: none).
  let unfinished = 0;

  const step = async (final: boolean): Promise<void> => {
    if (state === "head") {
      const rootAt = buffer.search(/<[^?!]/);
      if (rootAt < 0) return;
      refuseDtd(entry.name, buffer, rootAt);
      const top = root(buffer.slice(rootAt));
      prefix = prefixOf(top);
      others = Object.entries(top.attrs).filter(([name, value]) => value === MAIN && name.startsWith("xmlns:") && `${name.slice(6)}:` !== prefix).map(([name]) => `${name.slice(6)}:`);
      if (top.attrs.xmlns === MAIN && prefix !== "") others.push("");
      rowClose = `</${prefix}row>`;
      const found = [prefix, ...others].map((p) => ({ p, at: buffer.indexOf(`<${p}sheetData`) })).filter((f) => f.at >= 0).sort((a, b) => a.at - b.at)[0];
      if (found === undefined) {
        if (final) throw new SheetError({ code: "no_sheet_data", part: entry.name });
        return;
      }
      const at = found.at;
      open = `<${found.p}sheetData`;
      close = `</${found.p}sheetData>`;
      const tagEnd = buffer.indexOf(">", at);
      if (tagEnd < 0) return;
      await visitor.head?.(declaredUtf8(buffer.slice(0, at).replace(/^\uFEFF/, "")), prefix);
      const selfClosing = buffer[tagEnd - 1] === "/";
      buffer = buffer.slice(tagEnd + 1);
      state = selfClosing ? "tail" : "rows";
      if (selfClosing) buffer = `${open}/>${buffer}`;
    }
    if (state === "rows") {
      const rowOpen = `<${prefix}row`;
      let at = 0;
      unfinished = 0;
      for (;;) {
        // The next element is a row or the end of sheetData (a comment or whitespace may come between).
        const next = buffer.indexOf("<", at);
        if (next < 0 || next + close.length > buffer.length) break;
        if (buffer.startsWith(close, next)) {
          buffer = buffer.slice(next + close.length);
          state = "tail";
          break;
        }
        const rowPrefix = buffer.startsWith(rowOpen, next) ? prefix : others.find((p) => buffer.startsWith(`<${p}row`, next) && /[\s/>]/.test(buffer[next + p.length + 4] ?? ""));
        if (rowPrefix === undefined) {
          const skip = buffer.startsWith("<!--", next) ? buffer.indexOf("-->", next) : buffer.indexOf(">", next);
          if (skip < 0) break;
          at = skip + 1;
          continue;
        }
        const rowAt = next;
        const tagEnd = buffer.indexOf(">", rowAt);
        if (tagEnd < 0) break;
        const thisClose = rowPrefix === prefix ? rowClose : `</${rowPrefix}row>`;
        const empty = buffer[tagEnd - 1] === "/";
        let end = empty ? tagEnd + 1 : buffer.indexOf(thisClose, Math.max(tagEnd, searchFrom));
        let raw = end < 0 ? "" : buffer.slice(rowAt, empty ? end : end + thisClose.length);
        // A comment, CDATA section or processing instruction in the row: its end is past them.
        const special = !empty && (raw.includes("<!") || raw.includes("<?"));
        if (special) {
          end = rowEnd(buffer, tagEnd, thisClose);
          raw = end < 0 ? "" : buffer.slice(rowAt, end + thisClose.length);
        }
        if (end < 0) {
          if (buffer.length - rowAt > MAX_ROW_CHARS) throw new SheetError({ code: "row_too_long", part: entry.name, after: lastRow, limit: MAX_ROW_CHARS });
          searchFrom = special ? tagEnd : Math.max(tagEnd, buffer.length - thisClose.length);
          unfinished = buffer.length - rowAt;
          break;
        }
        searchFrom = 0;
        const stop = rowAt + raw.length;
        if (raw.length > MAX_ROW_CHARS) throw new SheetError({ code: "row_too_long", part: entry.name, after: lastRow, limit: MAX_ROW_CHARS });
        const text = normalRow(raw, special, rowPrefix, prefix);
        const r = /^<\S+[^>]*?\sr\s*=\s*["'](\d+)["']/.exec(raw.slice(0, tagEnd - rowAt + 1));
        const number = r ? Number(r[1]) : lastRow + 1;
        if (number > MAX_ROWS) throw new SheetError({ code: "row_past_limit", part: entry.name, row: number, limit: MAX_ROWS });
        if (number <= lastRow) throw new SheetError({ code: "row_out_of_order", part: entry.name, row: number, after: lastRow });
        lastRow = number;
        await visitor.row(lastRow, text);
        at = stop;
        if (visitor.stop?.() === true) {
          stopped = true;
          return;
        }
      }
      if (state === "rows") {
        buffer = buffer.slice(at);
        searchFrom = Math.max(0, searchFrom - at);
      }
    }
    if ((state as string) === "tail" && final) await visitor.tail?.(buffer.startsWith(`<${prefix}sheetData/>`) ? buffer.slice(`<${prefix}sheetData/>`.length) : buffer);
  };

  for await (const chunk of inflateStream(entry)) {
    decoder ??= textDecoder(chunk as Buffer);
    // Decoded a slice at a time: a string past V8's large-object size (about 128 KB) costs many
    // times more to make, and a scan that stops early decodes no further.
    for (let at = 0; at < (chunk as Buffer).length && !stopped; at += DECODE_BYTES) {
      buffer += decoder.write((chunk as Buffer).subarray(at, at + DECODE_BYTES));
      // A row left unfinished (one cell of megabytes, say) is looked at again once its text has
      // doubled: a step reads the whole text held, so a step per slice costs the row's length
      // squared. Past the longest row allowed, every step refuses it.
      if (unfinished > 0 && buffer.length < 2 * unfinished && unfinished <= MAX_ROW_CHARS) continue;
      await step(false);
    }
    if (stopped) return;
  }
  buffer += decoder?.end() ?? "";
  await step(true);
  if ((state as string) !== "tail") throw new SheetError({ code: "unfinished", part: entry.name });
}

/**
 * A row as the cell reader and the edit take it: comments and processing instructions dropped,
 * CDATA as escaped text (withoutComments), and its elements in the main prefix when the producer
 * wrote them with another prefix bound to SpreadsheetML. Rows without either pass as they are.
 */
function normalRow(text: string, special: boolean, rowPrefix: string, prefix: string): string {
  const plain = special ? withoutComments(text) : text;
  if (rowPrefix === prefix) return plain;
  // Unprefixed names (the default namespace) or the other prefix's names take the main prefix.
  const names = rowPrefix === "" ? /<(\/?)(?=[A-Za-z_][\w.-]*[\s/>])/g : new RegExp(`<(\\/?)${rowPrefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "g");
  return plain.replace(names, `<$1${prefix}`);
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
