// The checks a rulebook must pass before anything judges with it, as plain functions returning
// issues as data (code, which row, what is wrong): the one set of checks that compileRules, the
// zod schema (rulebookSchema.ts) and the custom functions all run.

import { FIT_SYMBOLS } from "./model";
import { LOCALES } from "./locales";
import type { DecisionRow, RulebookData, SpellingGroups } from "./rulebookData";

/** Rows are numbered from 1, as a person counts them. */
export type RulebookIssue =
  | { readonly code: "empty_text"; readonly field: "name" | "stage" | "why"; readonly row?: number }
  | { readonly code: "unknown_language"; readonly language: string; readonly accepted: readonly string[] }
  | { readonly code: "no_values"; readonly list: "models" | "complexities" }
  | { readonly code: "duplicate_value"; readonly list: "models" | "complexities"; readonly value: string }
  | { readonly code: "too_many_values"; readonly list: "complexities"; readonly maximum: number }
  /** A model or level whose name the register's rule key cannot carry (| ? * ~, empty, or "_"). */
  | { readonly code: "reserved_name"; readonly list: "models" | "complexities"; readonly value: string }
  | { readonly code: "unknown_complexity"; readonly row: number; readonly value: string }
  | { readonly code: "unknown_model"; readonly row: number; readonly model: string }
  | { readonly code: "invalid_fit"; readonly row: number; readonly model: string; readonly value: string }
  | { readonly code: "recommended_not_primary"; readonly row: number }
  | { readonly code: "missing_note"; readonly row: number; readonly model: string }
  | { readonly code: "unexpected_note"; readonly row: number; readonly model: string }
  | { readonly code: "uncovered"; readonly facts: Facts }
  | { readonly code: "overlapping_rows"; readonly facts: Facts; readonly rows: readonly number[] }
  | { readonly code: "missing_spelling"; readonly kind: SpellingKind; readonly value: string }
  | { readonly code: "unknown_spelling_value"; readonly kind: SpellingKind; readonly value: string }
  | { readonly code: "ambiguous_spelling"; readonly spelling: string }
  /** A spelling with ? * ~, which the register's formulas read as wildcards. */
  | { readonly code: "reserved_spelling"; readonly spelling: string };

export type SpellingKind = "boolean" | "complexity" | "model";

interface Facts {
  readonly drawingsComplete: boolean;
  readonly hasRequirements: boolean;
  readonly complexity: string;
}

const holds = <T>(condition: T | "any", value: T) => condition === "any" || condition === value;

/** The register's rule key codes each level in one letter (rules.ts), A to Z at most. */
export const MAX_COMPLEXITIES = 26;

/** The rule key joins codes with | and marks not known yet with _ and a bad value with ?; SEARCH and MATCH read ? * ~ as wildcards. */
const RESERVED = /[|?*~]/;

function listIssues(list: "models" | "complexities", values: readonly string[]): RulebookIssue[] {
  if (values.length === 0) return [{ code: "no_values", list }];
  const issues: RulebookIssue[] = values.filter((v, i) => values.map((x) => x.toLowerCase()).indexOf(v.toLowerCase()) !== i).map((value) => ({ code: "duplicate_value", list, value }));
  for (const value of values) if (value.trim() === "" || value === "_" || RESERVED.test(value)) issues.push({ code: "reserved_name", list, value });
  if (list === "complexities" && values.length > MAX_COMPLEXITIES) issues.push({ code: "too_many_values", list, maximum: MAX_COMPLEXITIES });
  return issues;
}

function rowIssues(data: RulebookData, row: DecisionRow, n: number): RulebookIssue[] {
  const issues: RulebookIssue[] = [];
  if (row.stage.trim() === "") issues.push({ code: "empty_text", field: "stage", row: n });
  if (row.why.trim() === "") issues.push({ code: "empty_text", field: "why", row: n });
  if (row.complexity !== "any" && data.complexities.indexOf(row.complexity) < 0) issues.push({ code: "unknown_complexity", row: n, value: row.complexity });
  const named = [row.recommended, ...Object.keys(row.fit), ...Object.keys(row.notes)];
  for (const model of named.filter((m, i) => named.indexOf(m) === i && data.models.indexOf(m) < 0)) issues.push({ code: "unknown_model", row: n, model });
  for (const model of data.models) {
    const fit: string | undefined = row.fit[model];
    if (fit === undefined || (FIT_SYMBOLS as readonly string[]).indexOf(fit) < 0) {
      issues.push({ code: "invalid_fit", row: n, model, value: fit ?? "" });
      continue;
    }
    const note = row.notes[model];
    if (fit !== "✓" && (note === undefined || note.trim() === "")) issues.push({ code: "missing_note", row: n, model });
    if (fit === "✓" && note !== undefined) issues.push({ code: "unexpected_note", row: n, model });
  }
  if (data.models.indexOf(row.recommended) >= 0 && row.fit[row.recommended] !== "✓") issues.push({ code: "recommended_not_primary", row: n });
  return issues;
}

/** Every concrete project must match exactly one row: none is a gap, several a contradiction. */
function coverageIssues(data: RulebookData): RulebookIssue[] {
  const issues: RulebookIssue[] = [];
  for (const drawingsComplete of [true, false]) {
    for (const hasRequirements of [true, false]) {
      for (const complexity of data.complexities) {
        const facts = { drawingsComplete, hasRequirements, complexity };
        const rows: number[] = [];
        data.rows.forEach((row, i) => {
          if (holds(row.drawingsComplete, drawingsComplete) && holds(row.hasRequirements, hasRequirements) && holds(row.complexity, complexity)) rows.push(i + 1);
        });
        if (rows.length === 0) issues.push({ code: "uncovered", facts });
        if (rows.length > 1) issues.push({ code: "overlapping_rows", facts, rows });
      }
    }
  }
  return issues;
}

/** Every value has a spelling, every spelling a known value, and no spelling two meanings. */
function spellingIssues(data: RulebookData): RulebookIssue[] {
  const issues: RulebookIssue[] = [];
  const kinds: [SpellingKind, SpellingGroups<unknown>, readonly unknown[]][] = [
    ["boolean", [...data.spellings.boolean, ...(data.spellings.alsoAccepted?.boolean ?? [])], [true, false]],
    ["complexity", [...data.spellings.complexity, ...(data.spellings.alsoAccepted?.complexity ?? [])], data.complexities],
    ["model", data.spellings.model, data.models],
  ];
  for (const [kind, groups, values] of kinds) {
    const seen = new Map<string, unknown>();
    for (const value of values) {
      if (!groups.some(([v, words]) => v === value && words.length > 0)) issues.push({ code: "missing_spelling", kind, value: String(value) });
    }
    for (const [value, words] of groups) {
      if (values.indexOf(value) < 0) issues.push({ code: "unknown_spelling_value", kind, value: String(value) });
      for (const word of words) {
        const key = word.trim().toLowerCase();
        if (seen.has(key) && seen.get(key) !== value) issues.push({ code: "ambiguous_spelling", spelling: word });
        seen.set(key, value);
      }
    }
    for (const word of data.spellings.notKnown) {
      if (seen.has(word.trim().toLowerCase())) issues.push({ code: "ambiguous_spelling", spelling: word });
    }
  }
  const words = data.spellings.notKnown.concat(...kinds.map(([, groups]) => groups.reduce<string[]>((all, [, w]) => all.concat(w), [])));
  for (const word of words) if (/[?*~]/.test(word)) issues.push({ code: "reserved_spelling", spelling: word });
  return issues;
}

/** Every issue of a rulebook; none means it can be compiled. */
export function checkRulebook(data: RulebookData): RulebookIssue[] {
  const lists = [...listIssues("models", data.models), ...listIssues("complexities", data.complexities)];
  // What names the rulebook: its name and its language.
  const identity: RulebookIssue[] = data.name.trim() === "" ? [{ code: "empty_text", field: "name" }] : [];
  if (!Object.prototype.hasOwnProperty.call(LOCALES, data.language)) identity.push({ code: "unknown_language", language: data.language, accepted: Object.keys(LOCALES) });
  // Rows are read against the lists: with a broken list, row issues would only repeat it.
  if (lists.length > 0) return [...identity, ...lists];
  const rows = data.rows.reduce<RulebookIssue[]>((all, row, i) => all.concat(rowIssues(data, row, i + 1)), []);
  return [...identity, ...rows, ...coverageIssues(data), ...spellingIssues(data)];
}
