// The one part the audit rewrites row by row: the register's worksheet. Rows outside the register
// are copied as text; register rows keep every cell of the analyst's as written and gain (or have
// refreshed) the computed cells: one shared formula per column with the core's result cached, so
// a colleague without the add-in, or LibreOffice, sees the verdicts before any recalculation.
// The head gains column widths and a wider <dimension>; the tail the conditional formats and
// dropdowns (sheetEdges.ts). Written straight into a deflate stream: memory holds compressed bytes.

import { NO_SUPPLIERS, offeredBy } from "../core";
import type { Rules, SupplierIndex } from "../core";
import { appendRefusal, columnLetters, judgeRow, judgesSuppliers, REGISTER_INPUTS, RegisterTally, rowSupplierFit, teamColumnIndex } from "../workbook";
import type { InputRole, RegisterInputs, RegisterReport, RegisterVerdict, StageCounts, SupplierContext } from "../workbook";
import type { Package } from "./opc";
import { cellValue, parseCells } from "./cells";
import { MAX_ROWS, scanSheet } from "./sheetStream";
import type { Cell } from "./cells";
import { editHead, editTail } from "./sheetEdges";
import type { EdgeEdit } from "./sheetEdges";
import type { SheetScan } from "./view";
import { escapeXml, xstringXml } from "./xml";
import { DeflatingPart } from "./zipWriter";
import type { OutputPart } from "./zipWriter";

export interface RegisterEdit extends EdgeEdit {
  /** The rulebook the cached results are judged by: the one the rules sheet is written from. */
  readonly rules: Rules;
  readonly scan: SheetScan;
  readonly sharedStrings: readonly string[];
  readonly headerStyle: number;
  /** The cell format of the Why column's cells (wrapped), unless the analyst gave them one. */
  readonly wrapStyle: number;
  readonly progress?: (done: number, total: number) => void;
  /** The suppliers list the supplier-fit formulas read (suppliersPart.ts). */
  readonly suppliers?: SupplierIndex;
  /** Rows between progress reports. */
  readonly progressEvery?: number;
  /** Judge and count the rows only, writing nothing (a roll-up's reading). */
  readonly readOnly?: boolean;
}

export interface EditedRegister extends RegisterReport {
  /** The edited sheet; null when read only. */
  readonly part: OutputPart | null;
  /** The last row in use (the print area's end). */
  readonly lastRow: number;
  /** For a portfolio roll-up: projects by stage and model used, and the Team column's names. */
  readonly stages: StageCounts;
  readonly teams: readonly string[];
}

const PROGRESS_EVERY = 20_000;

/** Streams the register's sheet through the edit; throws a RegisterError before anything is written. */
export async function editRegisterSheet(pkg: Package, part: string, edit: RegisterEdit): Promise<EditedRegister> {
  const { loc, columns, drawing: d, scan, sharedStrings } = edit;
  const owned = new Set(columns.computed.map((c) => c.at));
  const leftmost = Math.min(...owned);
  const block = columns.appendBlock;
  // An earlier audit's formulas below the register stay formulas (the calculation chain may list
  // them): the formula range reaches the last of them.
  const lastFormula = Math.max(d.lastRow, ...[...owned].map((c) => scan.lastFormulaRow.get(c) ?? 0));
  // New shared-formula groups follow the analyst's; an earlier audit's, in our columns, are replaced.
  const theirs = Math.max(-1, ...[...scan.sharedIndex].filter(([c]) => !owned.has(c)).map(([, si]) => si));
  const si = columns.computed.map((_, i) => theirs + 1 + i);
  const tally = new RegisterTally(loc.sheet, edit.rules, columns.computed.map((c) => c.column));
  const names = new Map<number, { project: unknown; supplier: unknown }>();
  // Read only from a partial scan (a rollup's single pass), a range register's end is not known:
  // its rows are judged to the sheet's end (blank ones are not counted, as past its end). The
  // columns' place (d, columns) is the first rows' view: no cell of those rows is in it.
  const judgedTo = edit.readOnly === true && !scan.complete && loc.table === null ? MAX_ROWS : d.lastRow;
  // Read only, the rows are judged and nothing is written: no deflate stream either.
  const out = edit.readOnly ? null : new DeflatingPart(part);
  let prefix = "";
  let next = d.firstRow;

  // Per column, computed once: its letters and the follower's formula; results repeat (a register
  // has few distinct verdicts), so each is escaped once.
  const letters = d.formulas.map((f) => columnLetters(f.at));
  let followers: string[] = [];
  const escaped = new Map<string, string>();
  const escapeOnce = (text: string) => {
    let e = escaped.get(text);
    if (e === undefined) escaped.set(text, (e = xstringXml(text)));
    return e;
  };
  const formulaCells = (row: number, styles: ReadonlyMap<number, string>, inputs: RegisterInputs, verdict: RegisterVerdict, supplier: SupplierContext): [number, string][] =>
    d.formulas.map((f, i) => {
      const result = escapeOnce(columns.computed[i]?.column.result?.(verdict, inputs, supplier, edit.rules) ?? "");
      const ref = `${letters[i]}${row}`;
      const formula =
        d.firstRow === lastFormula ? `<${prefix}f>${escapeXml(f.a1.slice(1))}</${prefix}f>`
        : row === d.firstRow ? `<${prefix}f t="shared" ref="${ref}:${letters[i]}${lastFormula}" si="${si[i]}">${escapeXml(f.a1.slice(1))}</${prefix}f>`
        : (followers[i] as string);
      const s = (styles.size === 0 ? undefined : styles.get(f.at)) ?? (f.at === d.wrapColumn ? String(edit.wrapStyle) : undefined);
      return [f.at, `<${prefix}c r="${ref}"${s === undefined ? "" : ` s="${s}"`} t="str">${formula}<${prefix}v>${result}</${prefix}v></${prefix}c>`];
    });

  const headerCells = (row: number): [number, string][] =>
    (d.headers?.values ?? []).map((text, i) => {
      const at = (d.headers?.left ?? 0) + i;
      return [at, `<${prefix}c r="${columnLetters(at)}${row}" s="${edit.headerStyle}" t="inlineStr"><${prefix}is><${prefix}t>${xstringXml(text)}</${prefix}t></${prefix}is></${prefix}c>`];
    });

  // The columns a row is read from: the four inputs, and project and supplier for the report.
  const wanted = (["project", "supplier", ...REGISTER_INPUTS] as InputRole[]).flatMap((role) => (loc.inputs[role] === undefined ? [] : [[role, loc.inputs[role] as number] as const]));
  const inputsOf = (cells: readonly Cell[]): Partial<Record<InputRole, unknown>> => {
    const values: Partial<Record<InputRole, unknown>> = {};
    for (const cell of cells) for (const [role, at] of wanted) if (cell.column === at) values[role] = cellValue(cell, sharedStrings);
    return values;
  };
  // Supplier fit is judged only where the register has its column (not one an earlier version checked).
  const hasSupplierFit = judgesSuppliers(columns);
  // A Team column, when the header row has one, names the register's teams in a roll-up.
  const teamIndex = teamColumnIndex(loc.headers);
  const teamAt = teamIndex === undefined ? undefined : loc.left + teamIndex;
  const teamOf = (cells: readonly Cell[]): unknown => {
    const cell = teamAt === undefined ? undefined : cells.find((c) => c.column === teamAt);
    return cell === undefined ? undefined : cellValue(cell, sharedStrings);
  };

  /** Judges a register row and counts it in the report (progress told every so many rows). */
  const judge = (row: number, cells: readonly Cell[]) => {
    const values = inputsOf(cells);
    const inputs = Object.fromEntries(REGISTER_INPUTS.map((r) => [r, values[r] ?? ""])) as RegisterInputs;
    const verdict = judgeRow(edit.rules, inputs);
    const supplier = { offered: offeredBy(edit.suppliers ?? NO_SUPPLIERS, values.supplier) };
    const supplierFit = hasSupplierFit ? rowSupplierFit(edit.rules, verdict, inputs, supplier.offered) : undefined;
    if (row <= judgedTo && tally.add(row, inputs, verdict, teamOf(cells), supplierFit)) names.set(row, { project: values.project ?? "", supplier: values.supplier ?? "" });
    const done = row - d.firstRow + 1;
    if (done % (edit.progressEvery ?? PROGRESS_EVERY) === 0) edit.progress?.(done, d.lastRow - d.firstRow + 1);
    return { inputs, verdict, supplier };
  };

  /** A row with the computed cells in column order; the usual case (all of the row's cells left of ours) needs no sorting. */
  const rewrite = (row: number, text: string | undefined): string => {
    const cells = text === undefined ? [] : parseCells(text, prefix);
    if (block !== null && row >= block.top && row <= block.bottom && cells.some((c) => owned.has(c.column) && cellValue(c, sharedStrings) !== "")) throw appendRefusal(loc, block);
    const inRegister = row >= d.firstRow && row <= Math.max(lastFormula, judgedTo);
    const isHeader = row === loc.headerRow && d.headers !== null;
    if (!inRegister && !isHeader) return text as string;
    // A register row is judged and counted; reading only, that is all there is to do.
    const judged = isHeader ? null : judge(row, cells);
    if (edit.readOnly) return "";
    const mine = cells.filter((c) => owned.has(c.column));
    const styles = new Map(mine.flatMap((c) => (c.style === undefined ? [] : [[c.column, c.style] as const])));
    const ours = judged === null ? headerCells(row) : formulaCells(row, styles, judged.inputs, judged.verdict, judged.supplier);
    if (text === undefined) return `<${prefix}row r="${row}">${ours.map(([, c]) => c).join("")}</${prefix}row>`;
    const tagEnd = text.indexOf(">");
    const selfClosing = text[tagEnd - 1] === "/";
    const tag = `${text.slice(0, selfClosing ? tagEnd - 1 : tagEnd).replace(/\sspans="[^"]*"/, "").trimEnd()}>`;
    const closeAt = selfClosing ? text.length : text.lastIndexOf("</");
    const kept = mine.length === 0 ? cells : cells.filter((c) => !owned.has(c.column));
    const rest = cells.length === 0 ? "" : text.slice((cells[cells.length - 1] as Cell).end, closeAt);
    const simple = kept.length === cells.length && kept.every((c) => c.hasR) && (kept.length === 0 || (kept[kept.length - 1] as Cell).column < leftmost);
    if (simple) return `${tag}${text.slice(tagEnd + 1, closeAt)}${ours.map(([, c]) => c).join("")}</${prefix}row>`;
    const withR = kept.map((c): [number, string] => {
      const cellText = text.slice(c.start, c.end);
      return [c.column, c.hasR ? cellText : `<${prefix}c r="${columnLetters(c.column)}${row}"${cellText.slice(prefix.length + 2)}`];
    });
    return `${tag}${[...withR, ...ours].sort((a, b) => a[0] - b[0]).map(([, c]) => c).join("")}${rest}</${prefix}row>`;
  };

  let tail = "";
  const write = out === null ? async () => undefined : (text: string) => out.write(text);
  await scanSheet(pkg.entry(part) as NonNullable<ReturnType<Package["entry"]>>, {
    head: async (text, p) => {
      prefix = p;
      followers = si.map((n) => `<${p}f t="shared" si="${n}"/>`);
      if (out !== null) await write(`${editHead(text, p, edit)}<${p}sheetData>`);
    },
    row: async (row, text) => {
      // Rows the sheet leaves out are blank: written when editing, nothing to judge when reading.
      if (!edit.readOnly) for (; next < row && next <= lastFormula; next++) await write(rewrite(next, undefined));
      if (row >= next) next = row + 1;
      await write(rewrite(row, text));
    },
    tail: (text) => {
      tail = text;
    },
  });
  if (!edit.readOnly) for (; next <= lastFormula; next++) await write(rewrite(next, undefined));
  if (out !== null) await write(`</${prefix}sheetData>${editTail(tail, prefix, edit)}`);
  const report = tally.report((row) => names.get(row) ?? { project: "", supplier: "" });
  return { ...report, part: out === null ? null : await out.end(), lastRow: tally.lastRow, stages: tally.stageCounts(), teams: tally.teams() };
}
