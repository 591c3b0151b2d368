// Writing the register's computed cells straight into the worksheet XML of a saved workbook.
// ExcelJS builds an object per cell; for 100,000 rows × 5 columns that doubles the time and the
// memory of a save, while the same cells as text cost a fraction. Everything else in the file
// stays as ExcelJS wrote it.

import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { columnLetters, columnNumber } from "../workbook";
import { writeZip } from "./zipWriter";
import type { ZipEntry } from "./zipWriter";

export interface ComputedColumnCells {
  readonly column: number;
  /** The formula of the first data row, A1 notation, without "=". */
  readonly formula: string;
  /** Cached results, one per data row (first..last). */
  readonly results: readonly string[];
}

export interface Injection {
  readonly sheetName: string;
  readonly first: number;
  readonly last: number;
  readonly columns: readonly ComputedColumnCells[];
}

const escapeXml = (text: string) => (/[&<>]/.test(text) ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;") : text);

const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;
const columnOf = (cell: string) => columnNumber(/\br="([A-Z]+)\d+"/.exec(cell)?.[1] ?? "A");

/** Replaces the cells of the given columns in rows first..last with shared formulas + results. */
function injectCells(xml: string, injection: Injection): Buffer {
  const owned = new Set(injection.columns.map((c) => c.column));
  const sharedIds = [...xml.matchAll(/\bsi="(\d+)"/g)].map((m) => Number(m[1]));
  const firstId = sharedIds.length === 0 ? 0 : Math.max(...sharedIds) + 1;
  const single = injection.first === injection.last;

  // Results repeat (a register has few distinct verdicts): each is escaped once.
  const escaped = new Map<string, string>();
  const value = (text: string) => {
    let v = escaped.get(text);
    if (v === undefined) {
      v = `<v>${escapeXml(text)}</v></c>`;
      escaped.set(text, v);
    }
    return v;
  };
  const letters = injection.columns.map((c) => columnLetters(c.column));
  const follower = injection.columns.map((_, i) => `" t="str"><f t="shared" si="${firstId + i}"/>`);
  const cellsFor = (row: number): [number, string][] =>
    injection.columns.map((c, i) => {
      const result = value(c.results[row - injection.first] ?? "");
      if (row !== injection.first) return [c.column, `<c r="${letters[i]}${row}${follower[i]}${result}`];
      const ref = `${letters[i]}${row}`;
      const formula = single
        ? `<f>${escapeXml(c.formula)}</f>`
        : `<f t="shared" ref="${ref}:${letters[i]}${injection.last}" si="${firstId + i}">${escapeXml(c.formula)}</f>`;
      return [c.column, `<c r="${ref}" t="str">${formula}${result}`];
    });

  const start = xml.indexOf("<sheetData");
  const end = xml.indexOf("</sheetData>");
  if (start < 0) throw new Error("worksheet XML without sheetData");
  const open = xml.indexOf(">", start);
  const selfClosing = xml[open - 1] === "/";
  const body = selfClosing || end < 0 ? "" : xml.slice(open + 1, end);
  const leftmost = Math.min(...owned);

  /** A row of the register with our cells in column order; the usual case (our columns right of all of the row's cells) needs no parsing. */
  const rewrite = (row: number, existing: string | undefined): string => {
    if (existing === undefined) return `<row r="${row}">${cellsFor(row).map(([, c]) => c).join("")}</row>`;
    const tag = (/^<row\b[^>]*?(?=\/?>)/.exec(existing)?.[0] ?? `<row r="${row}"`).replace(/\sspans="[^"]*"/, "");
    if (existing.endsWith("/>")) return `${tag}>${cellsFor(row).map(([, c]) => c).join("")}</row>`;
    const lastCell = existing.lastIndexOf("<c ");
    const lastColumn = lastCell < 0 ? 0 : columnOf(existing.slice(lastCell, lastCell + 24));
    const inner = existing.slice(existing.indexOf(">") + 1, -"</row>".length);
    if (lastColumn < leftmost) return `${tag}>${inner}${cellsFor(row).map(([, c]) => c).join("")}</row>`;
    const kept: [number, string][] = [...inner.matchAll(CELL)].map((m) => [columnOf(m[0]), m[0]] as [number, string]).filter(([c]) => !owned.has(c));
    return `${tag}>${[...kept, ...cellsFor(row)].sort((x, y) => x[0] - y[0]).map(([, c]) => c).join("")}</row>`;
  };

  // One pass over the rows in order: rows outside the register are copied, rows inside are
  // rewritten, rows the register needs but the sheet lacks are created in their place.
  // The sheet is written as UTF-8 straight into a growing buffer, never as one giant string.
  let bytes = Buffer.allocUnsafe(Math.max(1024, Math.ceil(xml.length * 3)));
  let length = 0;
  const push = (text: string) => {
    if (length + text.length * 3 > bytes.length) {
      const bigger = Buffer.allocUnsafe(Math.max(bytes.length * 2, length + text.length * 3));
      bytes.copy(bigger, 0, 0, length);
      bytes = bigger;
    }
    length += bytes.write(text, length, "utf8");
  };
  let next = injection.first;
  const emitMissingBefore = (limit: number) => {
    for (; next <= injection.last && next < limit; next++) push(rewrite(next, undefined));
  };
  // Rows are scanned with indexOf, not a regular expression: the sheet can be tens of MB.
  for (let at = body.indexOf("<row"); at >= 0; ) {
    const tagEnd = body.indexOf(">", at);
    const selfClosed = body[tagEnd - 1] === "/";
    const close = selfClosed ? tagEnd + 1 : body.indexOf("</row>", tagEnd) + "</row>".length;
    const text = body.slice(at, close);
    const rAt = text.indexOf(' r="');
    const row = Number(text.slice(rAt + 4, text.indexOf('"', rAt + 4)));
    emitMissingBefore(row);
    if (row >= injection.first && row <= injection.last) {
      push(rewrite(row, text));
      next = row + 1;
    } else push(text);
    at = body.indexOf("<row", close);
  }
  emitMissingBefore(Number.POSITIVE_INFINITY);
  const right = Math.max(...injection.columns.map((c) => c.column));
  // <dimension> comes before <sheetData>: only the head needs it widened.
  const head = xml.slice(0, start).replace(/<dimension ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"\/>/, (_, c1, r1, c2, r2) => {
    const lastColumn = Math.max(columnNumber(c2 ?? c1), right);
    const lastRow = Math.max(Number(r2 ?? r1), injection.last);
    return `<dimension ref="${c1}${r1}:${columnLetters(lastColumn)}${lastRow}"/>`;
  });
  const tail = selfClosing ? xml.slice(open + 1) : xml.slice(end + "</sheetData>".length);
  return Buffer.concat([Buffer.from(`${head}<sheetData>`, "utf8"), bytes.subarray(0, length), Buffer.from(`</sheetData>${tail}`, "utf8")]);
}

/**
 * Saves a workbook: ExcelJS writes the package uncompressed (its public `zip` option, passed to
 * JSZip), the register's worksheet part gets its computed cells, and every part is compressed
 * once with Node's zlib. No ExcelJS internals are touched.
 */
export async function saveWorkbook(wb: ExcelJS.Workbook, sheetId: number, injection: Injection): Promise<Buffer> {
  const stored = await wb.xlsx.writeBuffer({ zip: { compression: "STORE" } });
  const zip = await JSZip.loadAsync(stored);
  // ExcelJS names each worksheet part after the sheet's id.
  const part = `xl/worksheets/sheet${sheetId}.xml`;
  const entries: ZipEntry[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    const data = await file.async("nodebuffer");
    entries.push({ name: file.name, data: file.name === part ? injectCells(data.toString("utf8"), injection) : data });
  }
  return writeZip(entries);
}
