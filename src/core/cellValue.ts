// Parsing one spreadsheet cell into a typed value or a typed issue; never throws on user data.

import { z } from "zod";
import type { Vocabulary } from "./vocabulary";

/** The names the functions, the register and the pane give their inputs. */
export type ArgumentName =
  | "drawingsComplete"
  | "hasRequirements"
  | "complexity"
  | "chosenModel"
  | "model"
  | "attribute";

export type CellIssue =
  | { readonly code: "empty"; readonly arguments: readonly ArgumentName[] }
  | {
      readonly code: "invalid_value";
      readonly argument: ArgumentName;
      /** The value as the person typed it, for the message. */
      readonly value: string;
      readonly accepted: readonly string[];
    };

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: CellIssue };

/** An empty cell means "not known yet": not the same thing as a bad value. */
export const EMPTY: unique symbol = Symbol("empty");
export type CellResult<T> = Parsed<T> | typeof EMPTY;

/** What a cell can hold when it reaches us from Excel, ExcelJS, a CSV or a form. */
const cellSchema = z.union([z.string(), z.number(), z.boolean(), z.null(), z.undefined()]);

/**
 * A cell's text as spreadsheets compare it: control characters (tab, line breaks…) removed and
 * surrounding spaces trimmed, exactly what Excel's and LibreOffice's TRIM(CLEAN(x)) do to a
 * single word, so the register's native formulas accept precisely what the core accepts.
 */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\x00-\x1f]/g, "").replace(/^ +| +$/g, "");
}

export function isEmptyCell(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === "string" && cleanText(raw) === "");
}

/** How a value reads in a message: TRUE for an Excel boolean, the text for text. */
export function displayValue(raw: unknown): string {
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (typeof raw === "string" || typeof raw === "number") return String(raw);
  if (raw === null || raw === undefined) return "";
  return Array.isArray(raw) ? "a range" : `a ${typeof raw}`;
}

function vocabularySchema<T>(vocabulary: Vocabulary<T>) {
  const keys = Object.keys(vocabulary.values);
  const scalar = vocabulary.takesBooleans
    ? z.union([z.string(), z.number(), z.boolean()])
    : z.union([z.string(), z.number()]);
  return scalar
    .transform((v) => vocabulary.normalize(cleanText(String(v))))
    .pipe(z.enum(keys as [string, ...string[]]))
    .transform((key) => vocabulary.values[key] as T);
}

/** Results of a parser are shared and immutable, so a bounded cache of them is safe. */
const CACHE_LIMIT = 512;

export type CellParser<T> = (raw: unknown) => CellResult<T>;

/**
 * A parser for one argument. Spreadsheet ranges repeat a handful of spellings many times, so
 * each distinct primitive value goes through zod once and later cells hit a small cache.
 */
export function cellParser<T>(vocabulary: Vocabulary<T>, argument: ArgumentName): CellParser<T> {
  const schema = vocabularySchema(vocabulary);
  const cache = new Map<unknown, CellResult<T>>();

  const parseUncached = (raw: unknown): CellResult<T> => {
    if (!cellSchema.safeParse(raw).success) return invalid(raw);
    if (isEmptyCell(raw)) return EMPTY;
    const result = schema.safeParse(raw);
    return result.success ? Object.freeze({ ok: true as const, value: result.data }) : invalid(raw);
  };
  const invalid = (raw: unknown): Parsed<T> =>
    Object.freeze({
      ok: false as const,
      issue: Object.freeze({
        code: "invalid_value" as const,
        argument,
        value: displayValue(raw),
        accepted: vocabulary.accepted,
      }),
    });

  return (raw: unknown): CellResult<T> => {
    const hit = cache.get(raw);
    if (hit !== undefined) return hit;
    const result = parseUncached(raw);
    if (raw === null || typeof raw !== "object") {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(raw, result);
    }
    return result;
  };
}
