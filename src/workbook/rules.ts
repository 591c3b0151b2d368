// The rules the register's native formulas read: every combination of known and "not known
// yet" facts with every chosen model, and every accepted spelling, generated from a rulebook so
// the workbook and the add-in cannot disagree. Stamped with a version derived from the content.

import { assessCells, contentHash, EMPTY, explain, fitOf, inputParsers } from "../core";
import type { CellResult, Rules, Vocabulary } from "../core";
import { factOf, REGISTER_INPUTS } from "./inputs";
import type { RegisterInput, SpellingKind } from "./inputs";

/** One-letter codes the key formula builds: unknown is "_", a bad value "?". */
export const UNKNOWN = "_";
export const BAD = "?";
const BOOLEAN_CODE = { true: "T", false: "F" } as const;
const COMPLEXITY_CODE: Readonly<Record<string, string>> = { Low: "L", Medium: "M", High: "H" };

/** Which spellings table prefix each input kind uses. */
export const SPELLING_KIND = { boolean: "B", complexity: "C", model: "M" } as const;
/** The letter(s) of a value in the rule key, by spelling kind. */
const KEY_CODE: Readonly<Record<SpellingKind, (v: unknown) => string>> = {
  boolean: (v) => BOOLEAN_CODE[`${v as boolean}`],
  // The formulas read one letter per fact (LEFT(key,6)): levels beyond these three need the
  // key generated from the rulebook's shape (issue 24, part 3).
  complexity: (v) => COMPLEXITY_CODE[v as string] ?? String(v),
  model: (v) => String(v),
};

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
  const rows: RuleRow[] = [];
  for (const d of [true, false, undefined]) {
    for (const r of [true, false, undefined]) {
      for (const c of [...rules.complexities, undefined]) {
        for (const m of [undefined, ...rules.models]) {
          const assessed = assessCells(rules, d ?? "", r ?? "", c ?? "", m ?? "", false);
          if (!assessed.ok) continue; // not decided: no row, so the lookup finds nothing
          const row = assessed.row;
          const key = [
            d === undefined ? UNKNOWN : BOOLEAN_CODE[`${d}`],
            r === undefined ? UNKNOWN : BOOLEAN_CODE[`${r}`],
            c === undefined ? UNKNOWN : KEY_CODE.complexity(c),
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
            m === undefined ? "" : fitOf(row, m),
            explain(row, m),
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
  rows.push([`${prefix}|`, UNKNOWN], ...notKnown.map((w): [string, string] => [`${prefix}|${w.toUpperCase()}`, UNKNOWN]));
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
  const spellings = [
    ...spellingRows(SPELLING_KIND.boolean, rules.vocabulary.boolean, KEY_CODE.boolean, rules.notKnown),
    ...spellingRows(SPELLING_KIND.complexity, rules.vocabulary.complexity, KEY_CODE.complexity, rules.notKnown),
    ...spellingRows(SPELLING_KIND.model, rules.vocabulary.model, KEY_CODE.model, rules.notKnown),
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
  return REGISTER_INPUTS.map((input) => keyCode(parsers[input](inputs[input]), KEY_CODE[factOf(input).kind] as (v: never) => string)).join("|");
}
