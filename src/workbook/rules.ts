// The rules the register's native formulas read: every combination of known and "not known
// yet" facts with every chosen model, and every accepted spelling, generated from a rulebook so
// the workbook and the add-in cannot disagree. Stamped with a version derived from the content.

import { classify, contentHash, EMPTY, explain, fitOf, inputParsers, withFullWidth } from "../core";
import type { CellResult, Rules, Vocabulary } from "../core";
import { factOf, REGISTER_INPUTS } from "./inputs";
import type { RegisterInput, SpellingKind } from "./inputs";

/**
 * The rule key, "F|T|H|ODM": one letter for each fact, then the chosen model as the rulebook
 * names it, joined by |; "_" is not known yet, "?" a bad value. The formulas read the facts as
 * the key's first five characters and the model as what follows the sixth (formulas.ts), so
 * any number of models and up to 26 levels fit it.
 */
export const UNKNOWN = "_";
export const BAD = "?";
export const BOOLEAN_CODE = { true: "T", false: "F" } as const;

/** Where the chosen model starts in the rule key: after three one-letter facts and their separators. */
export const KEY_MODEL_START = 7;

/**
 * Each complexity level's letter in the rule key: its initial (Low, Medium, High: L, M, H) when
 * the levels' initials are distinct letters or digits, else A, B, C… in the rulebook's order.
 */
export function complexityCodes(rules: Rules): Readonly<Record<string, string>> {
  const initials = rules.complexities.map((c) => c.charAt(0).toUpperCase());
  const usable = initials.every((x, i) => /^[A-Z0-9]$/.test(x) && initials.indexOf(x) === i);
  const codes: Record<string, string> = {};
  rules.complexities.forEach((c, i) => (codes[c] = usable ? (initials[i] as string) : String.fromCharCode(65 + i)));
  return codes;
}

/** Which spellings table prefix each input kind uses. */
export const SPELLING_KIND = { boolean: "B", complexity: "C", model: "M" } as const;

type KeyCodes = Readonly<Record<SpellingKind, (v: unknown) => string>>;
const KEY_CODES = new WeakMap<Rules, KeyCodes>();

/** The code of a value in the rule key, by spelling kind, for one rulebook. */
function keyCodes(rules: Rules): KeyCodes {
  let codes = KEY_CODES.get(rules);
  if (codes !== undefined) return codes;
  const levels = complexityCodes(rules);
  codes = {
    boolean: (v) => BOOLEAN_CODE[`${v as boolean}`],
    complexity: (v) => levels[v as string] as string,
    model: (v) => String(v),
  };
  KEY_CODES.set(rules, codes);
  return codes;
}

export const RULES_HEADERS = [
  "Key",
  "Drawings complete",
  "Requirements defined",
  "Complexity",
  "Chosen model",
  "Stage",
  "Recommended model",
  "Fit",
  "Why",
] as const;

export const SPELLINGS_HEADERS = ["Spelling key", "Code"] as const;

export type RuleRow = readonly [string, string, string, string, string, string, string, string, string];

const label = (v: boolean | undefined) => (v === undefined ? "" : v ? "TRUE" : "FALSE");

function ruleRows(rules: Rules): RuleRow[] {
  const code = keyCodes(rules);
  const rows: RuleRow[] = [];
  for (const d of [true, false, undefined]) {
    for (const r of [true, false, undefined]) {
      for (const c of [...rules.complexities, undefined]) {
        for (const m of [undefined, ...rules.models]) {
          // Facts as values, not spellings: a rulebook need not spell TRUE or Low as such.
          const classified = classify(rules, { drawingsComplete: d, hasRequirements: r, complexity: c });
          if (!classified.ok) continue; // not decided: no row, so the lookup finds nothing
          const row = classified.row;
          const key = [
            d === undefined ? UNKNOWN : BOOLEAN_CODE[`${d}`],
            r === undefined ? UNKNOWN : BOOLEAN_CODE[`${r}`],
            c === undefined ? UNKNOWN : code.complexity(c),
            m ?? UNKNOWN,
          ].join("|");
          rows.push([
            key,
            label(d),
            label(r),
            c ?? "",
            m ?? "",
            row.stage,
            row.recommended,
            m === undefined ? "" : rules.locale.fit[fitOf(row, m)],
            explain(row, m, rules.locale),
          ]);
        }
      }
    }
  }
  return rows;
}

function spellingRows(prefix: string, vocabulary: Vocabulary<unknown>, code: (v: unknown) => string, notKnown: readonly string[]): [string, string][] {
  const rows: [string, string][] = Object.keys(vocabulary.values).map((spelling) => [
    `${prefix}|${spelling.toUpperCase()}`,
    code(vocabulary.values[spelling]),
  ]);
  // Empty, and every word that means "not known yet", code as unknown.
  rows.push([`${prefix}|`, UNKNOWN], ...withFullWidth(notKnown).map((w): [string, string] => [`${prefix}|${w.toUpperCase()}`, UNKNOWN]));
  return rows;
}

/** The rules sheet's two tables and the version stamped on it, for one rulebook. */
export interface RuleTables {
  readonly rules: readonly RuleRow[];
  readonly spellings: readonly (readonly [string, string])[];
  /** Changes exactly when the tables do. */
  readonly version: string;
}

const RULES_FORMAT = 1;
const TABLES = new WeakMap<Rules, RuleTables>();

export function ruleTables(rules: Rules): RuleTables {
  let tables = TABLES.get(rules);
  if (tables !== undefined) return tables;
  const rows = ruleRows(rules);
  const code = keyCodes(rules);
  const spellings = [
    ...spellingRows(SPELLING_KIND.boolean, rules.vocabulary.boolean, code.boolean, rules.notKnown),
    ...spellingRows(SPELLING_KIND.complexity, rules.vocabulary.complexity, code.complexity, rules.notKnown),
    ...spellingRows(SPELLING_KIND.model, rules.vocabulary.model, code.model, rules.notKnown),
  ];
  tables = { rules: rows, spellings, version: `${RULES_FORMAT}.${contentHash(JSON.stringify([rows, spellings]))}` };
  TABLES.set(rules, tables);
  return tables;
}

function keyCode(result: CellResult<unknown>, code: (v: never) => string): string {
  if (result === EMPTY) return UNKNOWN;
  return result.ok ? code(result.value as never) : BAD;
}

/** The Rule key the register's key formula computes for a row's raw cells (its cached value). */
export function ruleKeyOf(rules: Rules, inputs: Readonly<Record<RegisterInput, unknown>>): string {
  const parsers = inputParsers(rules);
  const code = keyCodes(rules);
  return REGISTER_INPUTS.map((input) => keyCode(parsers[input](inputs[input]), code[factOf(input).kind] as (v: never) => string)).join("|");
}
