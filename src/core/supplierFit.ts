// Supplier fit: whether a supplier offers the model a relationship uses and the one its stage
// calls for. The source texts say to choose the model before the supplier; a supplier that does
// not offer the chosen model cannot run the relationship as planned, one that does not offer the
// recommended model cannot follow the project to the model it needs.
//
// The analysts keep the suppliers in their own table (supplier, the models it offers, notes); the
// register's formula looks a row's supplier up there. This module is that formula, cell for cell:
// each rule below names the Excel behaviour it mirrors.

import type { SupplierWords } from "./locale";

/**
 * Excel's TRIM(CLEAN(text)): the control characters 0–31 removed, spaces trimmed at both ends and
 * runs of spaces inside collapsed to one (TRIM removes only the space, 32; not tabs or U+00A0).
 */
export function spreadsheetTrim(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f]/g, "").replace(/ +/g, " ").replace(/^ | $/g, "");
}

/** Excel's text of a cell value as `&""` gives it (numbers as written, booleans in capitals). */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Excel's error values, as a cell's value reads in files and through Office.js `values`. */
const EXCEL_ERRORS = new Set(["#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!", "#GETTING_DATA", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!"]);

/**
 * How a supplier cell is looked up: its TRIM(CLEAN()) text in lower case (MATCH compares text
 * without case), or null when it is not looked up at all: empty, a boolean (TRUE is no supplier
 * name), an error (IFERROR makes it empty), or holding a wildcard * ? ~ (MATCH
 * would read it as a pattern and find another supplier).
 */
export function supplierLookupKey(value: unknown): string | null {
  if (typeof value === "boolean" || (typeof value === "string" && EXCEL_ERRORS.has(value))) return null;
  const name = spreadsheetTrim(cellText(value));
  if (name === "" || /[*?~]/.test(name)) return null;
  return name.toLowerCase();
}

/** A plain decimal number as `--text` reads one (supplier numbers); not dates, percentages or separators. */
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * The suppliers list as the formula reads it. Text names match a looked-up name without case
 * (MATCH compares text without case, and the list's cell as it is, untrimmed); number names
 * (supplier numbers) match a name whose text is that number (the formula's second MATCH, of
 * `--name`: Excel's MATCH of a text never finds a number). The first row of a name wins (MATCH's
 * first match). Offered models are the cell's text; an empty cell offers nothing, nor does an
 * error (the formula's IFERROR).
 */
export interface SupplierIndex {
  readonly names: ReadonlyMap<string, string>;
  readonly numbers: ReadonlyMap<number, string>;
}

export const NO_SUPPLIERS: SupplierIndex = { names: new Map(), numbers: new Map() };

export function supplierIndex(rows: readonly (readonly [unknown, unknown])[]): SupplierIndex {
  const names = new Map<string, string>();
  const numbers = new Map<number, string>();
  for (const [name, offeredCell] of rows) {
    const offered = typeof offeredCell === "string" && EXCEL_ERRORS.has(offeredCell) ? "" : cellText(offeredCell);
    if (typeof name === "number" && Number.isFinite(name)) {
      if (!numbers.has(name)) numbers.set(name, offered);
      continue;
    }
    if (typeof name !== "string" || name === "" || EXCEL_ERRORS.has(name)) continue;
    const key = name.toLowerCase();
    if (!names.has(key)) names.set(key, offered);
  }
  return { names, numbers };
}

/** The models a register cell's supplier offers ("" when not listed): the formula's lookup, text first, then as a number. */
export function offeredBy(index: SupplierIndex, supplier: unknown): string {
  const key = supplierLookupKey(supplier);
  if (key === null) return "";
  const byName = index.names.get(key);
  if (byName !== undefined) return byName;
  return NUMBER_TEXT.test(key) ? index.numbers.get(Number(key)) ?? "" : "";
}

/** Whether an offered-models text names a model: SEARCH, a substring without case. */
export function offersModel(offered: string, model: string): boolean {
  return offered.toUpperCase().includes(model.toUpperCase());
}

/**
 * A row's supplier fit, as a code: not judged (the supplier is not listed, lists no models, or
 * there is no model to judge), offered (every model the row is judged on), or a gap naming the
 * chosen model when it is not offered and the recommended one when it is not.
 */
export type SupplierFit =
  | { readonly code: "not_judged" }
  | { readonly code: "offered" }
  | { readonly code: "gap"; readonly chosen: string | null; readonly recommended: string | null };

export const NOT_JUDGED: SupplierFit = Object.freeze({ code: "not_judged" as const });
const OFFERED: SupplierFit = Object.freeze({ code: "offered" as const });

export function supplierFit(chosen: string | undefined, recommended: string | undefined, offered: string): SupplierFit {
  if (offered === "" || (chosen === undefined && recommended === undefined)) return NOT_JUDGED;
  const chosenGap = chosen !== undefined && !offersModel(offered, chosen);
  const recommendedGap = recommended !== undefined && !offersModel(offered, recommended);
  if (!chosenGap && !recommendedGap) return OFFERED;
  return { code: "gap", chosen: chosenGap ? chosen : null, recommended: recommendedGap ? recommended : null };
}

/**
 * The text the Supplier offers column shows, composed of a language's words exactly as the
 * formula composes them: "" not judged; "Yes"; "Does not offer ODM (chosen), JDM (recommended)"
 * or "Does not offer OEM (chosen, recommended)".
 */
export function supplierFitText(fit: SupplierFit, words: SupplierWords): string {
  if (fit.code === "not_judged") return "";
  if (fit.code === "offered") return words.offered;
  const parts: string[] = [];
  if (fit.chosen !== null) parts.push(fit.chosen + (fit.recommended === fit.chosen ? words.both : words.chosen));
  if (fit.recommended !== null && fit.recommended !== fit.chosen) parts.push(fit.recommended + words.recommended);
  return words.gapStart + parts.join(words.separator);
}

/** Whether the supplier does not offer the chosen model (the red flag): the relationship cannot run as planned. */
export const chosenNotOffered = (fit: SupplierFit): boolean => fit.code === "gap" && fit.chosen !== null;
