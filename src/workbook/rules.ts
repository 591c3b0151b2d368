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
} from "../core";
import type { CellResult, Vocabulary } from "../core";

/** One-letter codes the key formula builds: unknown is "_", a bad value "?". */
export const UNKNOWN = "_";
export const BAD = "?";
const BOOLEAN_CODE = { true: "T", false: "F" } as const;
const COMPLEXITY_CODE = { Low: "L", Medium: "M", High: "H" } as const;

/** Which spellings table prefix each input kind uses. */
export const SPELLING_KIND = { boolean: "B", complexity: "C", model: "M" } as const;

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
  rows.push([`${prefix}|`, UNKNOWN]);
  return rows;
}

export const RULE_ROWS: readonly RuleRow[] = ruleRows();

export const SPELLING_ROWS: readonly (readonly [string, string])[] = [
  ...spellingRows(SPELLING_KIND.boolean, BOOLEAN_VOCABULARY, (v) => BOOLEAN_CODE[`${v as boolean}`]),
  ...spellingRows(SPELLING_KIND.complexity, COMPLEXITY_VOCABULARY, (v) => COMPLEXITY_CODE[v as keyof typeof COMPLEXITY_CODE]),
  ...spellingRows(SPELLING_KIND.model, MODEL_VOCABULARY, (v) => String(v)),
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

export const RULES_FORMAT = 1;
export const RULES_VERSION = `${RULES_FORMAT}.${contentHash(JSON.stringify([RULE_ROWS, SPELLING_ROWS]))}`;

const KEY_PARSERS = {
  drawingsComplete: cellParser(BOOLEAN_VOCABULARY, "drawingsComplete"),
  hasRequirements: cellParser(BOOLEAN_VOCABULARY, "hasRequirements"),
  complexity: cellParser(COMPLEXITY_VOCABULARY, "complexity"),
  chosenModel: cellParser(MODEL_VOCABULARY, "chosenModel"),
} as const;

function keyCode(result: CellResult<unknown>, code: (v: never) => string): string {
  if (result === EMPTY) return UNKNOWN;
  return result.ok ? code(result.value as never) : BAD;
}

/** The Rule key the register's key formula computes for a row's raw cells (its cached value). */
export function ruleKeyOf(inputs: Readonly<Record<keyof typeof KEY_PARSERS, unknown>>): string {
  return [
    keyCode(KEY_PARSERS.drawingsComplete(inputs.drawingsComplete), (v: boolean) => BOOLEAN_CODE[`${v}`]),
    keyCode(KEY_PARSERS.hasRequirements(inputs.hasRequirements), (v: boolean) => BOOLEAN_CODE[`${v}`]),
    keyCode(KEY_PARSERS.complexity(inputs.complexity), (v: keyof typeof COMPLEXITY_CODE) => COMPLEXITY_CODE[v]),
    keyCode(KEY_PARSERS.chosenModel(inputs.chosenModel), (v: string) => v),
  ].join("|");
}
