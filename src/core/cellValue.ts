// Parsing one spreadsheet cell into a typed value or a typed issue; never throws on user data.

import { NOT_KNOWN_WORDS, withFullWidth } from "./vocabulary";
import type { Vocabulary } from "./vocabulary";

/** The names the functions, the register and the pane give their inputs. */
export type ArgumentName =
  | "drawingsComplete"
  | "hasRequirements"
  | "complexity"
  | "chosenModel"
  | "model"
  | "attribute"
  | "topic";

export type CellIssue =
  | { readonly code: "empty"; readonly arguments: readonly ArgumentName[] }
  | {
      readonly code: "invalid_value";
      readonly argument: ArgumentName;
      /** The value as the person typed it, for the message. */
      readonly value: string;
      readonly accepted: readonly string[];
      /** Set when the cell holds an Excel data type (`{ type: "Entity", … }`), not a plain value. */
      readonly dataType?: string;
    };

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly issue: CellIssue };

/** An empty cell means "not known yet": not the same thing as a bad value. */
export const EMPTY: unique symbol = Symbol("empty");
export type CellResult<T> = Parsed<T> | typeof EMPTY;

/**
 * A cell's text as spreadsheets compare it: the ideographic space (U+3000, what an input method
 * types in full-width mode) read as a space, control characters (tab, line breaks…) removed and
 * surrounding spaces trimmed, exactly what TRIM(CLEAN(SUBSTITUTE(x,U+3000," "))) does to a single
 * word in Excel and LibreOffice, so the register's native formulas accept precisely what the core
 * accepts.
 */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u3000/g, " ").replace(/[\x00-\x1f]/g, "").replace(/^ +| +$/g, "");
}

const notKnownSet = (words: readonly string[]): ReadonlySet<string> => new Set(withFullWidth(words).map((w) => w.toLowerCase()));
const NOT_KNOWN = notKnownSet(NOT_KNOWN_WORDS);

/** An empty cell, or one that says the fact is not known yet (TBD, n/a, pending…: a rulebook's words). */
export function isEmptyCell(raw: unknown, notKnown: ReadonlySet<string> = NOT_KNOWN): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw !== "string") return false;
  const text = cleanText(raw);
  return text === "" || notKnown.has(text.toLowerCase());
}

/** How a value reads in a message: TRUE for an Excel boolean, the text for text. */
export function displayValue(raw: unknown): string {
  if (typeof raw === "boolean") return raw ? "TRUE" : "FALSE";
  if (typeof raw === "string" || typeof raw === "number") return String(raw);
  if (raw === null || raw === undefined) return "";
  if (Array.isArray(raw)) return "a range";
  return typeof raw === "object" ? "an object" : `a ${typeof raw}`;
}

/** The `type` of an Excel data-type cell value (entity, linked entity, image…), if it is one. */
function dataTypeOf(raw: unknown): string | undefined {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return undefined;
  const type = (raw as { type?: unknown }).type;
  return typeof type === "string" ? type : undefined;
}

/** What a cell can hold when it reaches us from Excel, ExcelJS, a CSV or a form. */
type Scalar = string | number | boolean;

/** The vocabulary's value for a scalar cell, or undefined when the spelling is not accepted. */
function lookup<T>(vocabulary: Vocabulary<T>, raw: Scalar): T | undefined {
  if (typeof raw === "boolean" && !vocabulary.takesBooleans) return undefined;
  const key = vocabulary.normalize(cleanText(String(raw)));
  // Own keys only: "constructor" or "__proto__" typed in a cell is not a spelling.
  return Object.prototype.hasOwnProperty.call(vocabulary.values, key) ? vocabulary.values[key] : undefined;
}

/** Results of a parser are shared and immutable, so a bounded cache of them is safe. */
const CACHE_LIMIT = 512;

export type CellParser<T> = (raw: unknown) => CellResult<T>;

/**
 * A parser for one argument. Spreadsheet ranges repeat a handful of spellings many times, so
 * each distinct primitive value is looked up once and later cells hit a small cache.
 *
 * Plain TypeScript, no schema library: this runs in Excel's ES2016 custom-functions runtime,
 * where every dependency must be ES2016 too (see docs/internals.md, "The custom-functions runtime").
 */
export function cellParser<T>(vocabulary: Vocabulary<T>, argument: ArgumentName, notKnownWords: readonly string[] = NOT_KNOWN_WORDS): CellParser<T> {
  const cache = new Map<unknown, CellResult<T>>();
  const notKnown = notKnownWords === NOT_KNOWN_WORDS ? NOT_KNOWN : notKnownSet(notKnownWords);

  const parseUncached = (raw: unknown): CellResult<T> => {
    if (isEmptyCell(raw, notKnown)) return EMPTY;
    if (typeof raw !== "string" && typeof raw !== "number" && typeof raw !== "boolean") return invalid(raw);
    const value = lookup(vocabulary, raw);
    return value === undefined ? invalid(raw) : Object.freeze({ ok: true as const, value });
  };
  const invalid = (raw: unknown): Parsed<T> => {
    const dataType = dataTypeOf(raw);
    return Object.freeze({
      ok: false as const,
      issue: Object.freeze({
        code: "invalid_value" as const,
        argument,
        value: displayValue(raw),
        accepted: vocabulary.accepted,
        ...(dataType === undefined ? {} : { dataType }),
      }),
    });
  };

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
