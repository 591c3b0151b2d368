// The rules the register's native formulas read: every combination of known and "not known
// yet" facts with every chosen model, and every accepted spelling, generated from the core so
// the workbook and the add-in cannot disagree. Stamped with a version derived from the content.

import {
  assessCells,
  BOOLEAN_VOCABULARY,
  cellParser,
  EMPTY,
  COMPLEXITIES,
  COMPLEXITY_VOCABULARY,
  explain,
  fitOf,
  MODEL_VOCABULARY,
  MODELS,
  NOT_KNOWN_WORDS,
} from "../core";
import type { CellResult, Vocabulary } from "../core";
import { factOf, REGISTER_INPUTS } from "./inputs";
import type { RegisterInput, SpellingKind } from "./inputs";

/** One-letter codes the key formula builds: unknown is "_", a bad value "?". */
export const UNKNOWN = "_";
export const BAD = "?";
const BOOLEAN_CODE = { true: "T", false: "F" } as const;
const COMPLEXITY_CODE = { Low: "L", Medium: "M", High: "H" } as const;

/** Which spellings table prefix each input kind uses. */
export const SPELLING_KIND = { boolean: "B", complexity: "C", model: "M" } as const;
/** The letter(s) of a value in the rule key, by spelling kind. */
const KEY_CODE: Readonly<Record<SpellingKind, (v: unknown) => string>> = {
  boolean: (v) => BOOLEAN_CODE[`${v as boolean}`],
  complexity: (v) => COMPLEXITY_CODE[v as keyof typeof COMPLEXITY_CODE],
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

function ruleRows(): RuleRow[] {
  const rows: RuleRow[] = [];
  for (const d of [true, false, undefined]) {
    for (const r of [true, false, undefined]) {
      for (const c of [...COMPLEXITIES, undefined]) {
        for (const m of [undefined, ...MODELS]) {
          const assessed = assessCells(d ?? "", r ?? "", c ?? "", m ?? "", false);
          if (!assessed.ok) continue; // not decided: no row, so the lookup finds nothing
          const row = assessed.row;
          const key = [
            d === undefined ? UNKNOWN : BOOLEAN_CODE[`${d}`],
            r === undefined ? UNKNOWN : BOOLEAN_CODE[`${r}`],
            c === undefined ? UNKNOWN : COMPLEXITY_CODE[c],
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

function spellingRows(prefix: string, vocabulary: Vocabulary<unknown>, code: (v: unknown) => string): [string, string][] {
  const rows: [string, string][] = Object.entries(vocabulary.values).map(([spelling, value]) => [
    `${prefix}|${spelling.toUpperCase()}`,
    code(value),
  ]);
  // Empty, and every word that means "not known yet", code as unknown.
  rows.push([`${prefix}|`, UNKNOWN], ...NOT_KNOWN_WORDS.map((w): [string, string] => [`${prefix}|${w.toUpperCase()}`, UNKNOWN]));
  return rows;
}

export const RULE_ROWS: readonly RuleRow[] = ruleRows();

export const SPELLING_ROWS: readonly (readonly [string, string])[] = [
  ...spellingRows(SPELLING_KIND.boolean, BOOLEAN_VOCABULARY, KEY_CODE.boolean),
  ...spellingRows(SPELLING_KIND.complexity, COMPLEXITY_VOCABULARY, KEY_CODE.complexity),
  ...spellingRows(SPELLING_KIND.model, MODEL_VOCABULARY, KEY_CODE.model),
];

/** FNV-1a over the rules' content: the version changes exactly when the rules do. */
function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

const RULES_FORMAT = 1;
export const RULES_VERSION = `${RULES_FORMAT}.${contentHash(JSON.stringify([RULE_ROWS, SPELLING_ROWS]))}`;

/** Each fact's cell parser, from the inputs table, in the rule key's order. */
const KEY_PARSERS = REGISTER_INPUTS.map((input) => ({ input, parse: cellParser(factOf(input).vocabulary, input), code: KEY_CODE[factOf(input).kind] }));

function keyCode(result: CellResult<unknown>, code: (v: never) => string): string {
  if (result === EMPTY) return UNKNOWN;
  return result.ok ? code(result.value as never) : BAD;
}

/** The Rule key the register's key formula computes for a row's raw cells (its cached value). */
export function ruleKeyOf(inputs: Readonly<Record<RegisterInput, unknown>>): string {
  return KEY_PARSERS.map((k) => keyCode(k.parse(inputs[k.input]), k.code as (v: never) => string)).join("|");
}
