// A rollup's problem rows as its readers render them (rollupWorker.ts): each row one line of
// SpreadsheetML cells that does not depend on where the row lands in the portfolio, so the main
// thread only gives it its row number. The row's first cell gets its reference from the writer;
// the others have none and take the next column (ECMA-376 Part 1, 18.3.1.4: `r` is optional;
// Excel, LibreOffice, openpyxl and ExcelJS read a cell without it as the one after the previous).
// An empty value between two others is an empty <c/>, so the cells after it keep their columns.

import { columnLetters } from "../workbook";
import type { CellValue } from "../workbook";
import type { SpoolLines } from "./problemSpool";
import { xstringXml } from "./xml";

/** Text that needs none of textXml's care (the usual case): one test. */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
const SPECIAL = /[&<>"\u0000-\u001F\uD800-\uDFFF\uFFFE\uFFFF]|_x|^\s|\s$|\s\s/;

/**
 * Text as a <t> holds it on one line: escaped, line breaks as character references (the spool
 * keeps a row per line; a parser reads &#10; as the line break it was), spaces kept as typed.
 */
function textXml(text: string): string {
  if (!SPECIAL.test(text)) return `<t>${text}</t>`;
  let xml = xstringXml(text);
  if (xml.includes("\n") || xml.includes("\r")) xml = xml.replace(/\r/g, "&#13;").replace(/\n/g, "&#10;");
  // xml:space only where it matters: leading, trailing or repeated spaces, tabs, line breaks.
  const preserve = /^\s|\s$|\s\s|\t|&#1[03];/.test(xml) ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${xml}</t>`;
}

/** A cell from just after its "<c": its type and value, or "/>" for an empty one. */
function cellRest(value: CellValue): string {
  if (value === "") return "/>";
  if (typeof value === "number") return `><v>${value}</v></c>`;
  if (typeof value === "boolean") return ` t="b"><v>${value ? 1 : 0}</v></c>`;
  return ` t="inlineStr"><is>${textXml(value)}</is></c>`;
}

/**
 * Long texts repeat from row to row (a register has few distinct reasons and statuses): each is
 * rendered and encoded once. The memory is bounded: forgotten whole when it holds this many.
 */
const REMEMBERED = 4096;
const LONG = 32;
const encoded = new Map<string, Buffer>();
/** Characters of text encoded at once. */
const TEXT_BATCH = 1 << 14;

/** Bytes written into a buffer that grows as needed. */
class Bytes {
  buffer = Buffer.allocUnsafe(1 << 16);
  used = 0;

  private room(n: number): void {
    if (this.used + n <= this.buffer.length) return;
    const bigger = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.used + n));
    this.buffer.copy(bigger, 0, 0, this.used);
    this.buffer = bigger;
  }

  text(text: string): void {
    this.room(text.length * 3);
    this.used += this.buffer.write(text, this.used, "utf8");
  }

  bytes(bytes: Buffer): void {
    this.room(bytes.length);
    this.used += bytes.copy(this.buffer, this.used);
  }
}

const NONE_SHARED: ReadonlyMap<string, number> = new Map();

/** Each shared text's place in the list (what problemLines takes). */
export const sharedIndex = (texts: readonly string[]): ReadonlyMap<string, number> => new Map(texts.map((text, i) => [text, i]));

/** The shared-strings part of a workbook whose cells refer to `texts` by their place (portfolioTexts). */
export const sharedStringsXml = (texts: readonly string[]): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" uniqueCount="${texts.length}">${texts.map((t) => `<si>${textXml(t)}</si>`).join("")}</sst>`;

/** One buffer per thread, reused from register to register. */
const out = new Bytes();

/**
 * Problem rows as lines, each ending "\n": a row's first cell from just after "<c" (the writer
 * adds the row and the reference), then the other cells without references; trailing empty
 * values are left out. A text among `shared` is a reference to it (a shared string, t="s"). The bytes are this thread's buffer: used (appended to the spool) before
 * the next call.
 */
export function problemLines(rows: readonly (readonly CellValue[])[], shared: ReadonlyMap<string, number> = NONE_SHARED): Buffer {
  out.used = 0;
  // Text is encoded many rows at a time: a call per row costs more than the encoding.
  let text = "";
  for (const values of rows) {
    let end = values.length;
    while (end > 1 && values[end - 1] === "") end--;
    for (let i = 0; i < end; i++) {
      const value = values[i] as CellValue;
      const open = i === 0 ? "" : "<c";
      const id = typeof value === "string" ? shared.get(value) : undefined;
      if (id !== undefined) {
        text += `${open} t="s"><v>${id}</v></c>`;
        continue;
      }
      if (typeof value !== "string" || value.length < LONG) {
        text += open + cellRest(value);
        continue;
      }
      let cell = encoded.get(value);
      if (cell === undefined) {
        if (encoded.size >= REMEMBERED) encoded.clear();
        encoded.set(value, (cell = Buffer.from(cellRest(value), "utf8")));
      }
      out.text(text + open);
      out.bytes(cell);
      text = "";
    }
    text += "\n";
    if (text.length >= TEXT_BATCH) {
      out.text(text);
      text = "";
    }
  }
  out.text(text);
  return out.buffer.subarray(0, out.used);
}

/** Bytes handed to the deflate stream at a time. */
const OUT = 1 << 20;
const ROW_OPEN = Buffer.from('<row r="', "latin1");
const CELL_OPEN = Buffer.from('"><c r="', "latin1");
const ROW_END = Buffer.from("</row>", "latin1");

/** Writes a number's decimal digits into `out` at `at`; where they end. */
function digitsAt(out: Buffer, at: number, n: number): number {
  let end = at + 1;
  for (let x = n; x >= 10; x = Math.floor(x / 10)) end++;
  for (let i = end - 1, x = n; i >= at; i--, x = Math.floor(x / 10)) out[i] = 48 + (x % 10);
  return end;
}

/**
 * Writes `count` spooled lines as the worksheet rows below a table's header at `at`, each line's
 * bytes copied between its row's tag and end: the rows are never decoded into text, and the tags
 * are put together as bytes (hundreds of thousands of rows: no string per row).
 */
export async function writeProblemRows(write: (bytes: Buffer) => Promise<void>, spool: SpoolLines, at: { readonly row: number; readonly column: number }, count: number): Promise<void> {
  const letters = Buffer.from(columnLetters(at.column), "latin1");
  // The longest a row's tag and its cell's reference get: the last row's number twice.
  const tags = ROW_OPEN.length + CELL_OPEN.length + letters.length + 2 * String(at.row + count).length + 1 + ROW_END.length;
  let out = Buffer.allocUnsafe(OUT);
  let used = 0;
  let lines: Buffer = Buffer.alloc(0);
  let from = 0;
  for (let i = 0; i < count; i++) {
    const row = at.row + 1 + i;
    if (from >= lines.length) {
      lines = spool.nextLines();
      from = 0;
    }
    const nl = lines.indexOf(10, from);
    const need = tags + nl - from;
    if (used + need > out.length) {
      // The deflate stream keeps the buffer it is given: each batch is a new one.
      if (used > 0) await write(out.subarray(0, used));
      out = Buffer.allocUnsafe(Math.max(OUT, need));
      used = 0;
    }
    // <row r="N"><c r="AN" then the line (the cell's rest and the row's other cells), then </row>.
    out.set(ROW_OPEN, used);
    used = digitsAt(out, used + ROW_OPEN.length, row);
    out.set(CELL_OPEN, used);
    used += CELL_OPEN.length;
    out.set(letters, used);
    used = digitsAt(out, used + letters.length, row);
    out[used++] = 0x22;
    used += lines.copy(out, used, from, nl);
    from = nl + 1;
    out.set(ROW_END, used);
    used += ROW_END.length;
  }
  // The rows past this sheet's are the next sheet's.
  spool.unread(lines.length - from);
  if (used > 0) await write(out.subarray(0, used));
}
