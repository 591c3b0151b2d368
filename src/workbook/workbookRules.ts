// Which rulebook a workbook carries, from what its rules sheet holds (read by either renderer):
// none, a rulebook (the team's or the built-in one) and whether the generated lookup is current,
// a rulebook with problems, or — in a workbook from before rulebooks — a lookup table edited by hand.

import { BUILT_IN_RULES } from "../core";
import type { Rules } from "../core";
import { readRulebook } from "./rulebookSheet";
import type { RulebookCells, RulebookProblem } from "./rulebookSheet";
import { RULES_HEADERS, ruleTables } from "./rules";
import { asApplied } from "./rulesApplied";

export interface RulesSheetCells {
  /** The decision table and the identity cells; null when the sheet has no decision table. */
  readonly decisions: RulebookCells | null;
  /** The lookup table's version stamp. */
  readonly stamp: unknown;
  /** What the count of edits not applied shows (rulesApplied.ts): "" on a rules sheet from before it was added. */
  readonly edits: unknown;
  /** The lookup table's data rows; null when the sheet has none. */
  readonly lookup: readonly (readonly unknown[])[] | null;
}

export type WorkbookRules =
  | { readonly kind: "none" }
  /** `current`: the lookup and spellings tables are the ones this rulebook generates. */
  | { readonly kind: "rulebook"; readonly rules: Rules; readonly current: boolean }
  | { readonly kind: "problems"; readonly problems: readonly RulebookProblem[] }
  /** A rules sheet without a decision table whose lookup table differs from the built-in one. */
  | { readonly kind: "edited_lookup"; readonly differences: readonly string[] };

const MAX_DIFFERENCES = 10;

/** Compares a lookup table's rows with the one a rulebook generates, cell by cell (at most ten sentences). */
export function rulesDifferences(actual: readonly (readonly unknown[])[], rules: Rules = BUILT_IN_RULES): string[] {
  const expectedRows = ruleTables(rules).rules;
  const differences: string[] = [];
  const byKey = new Map(actual.map((row) => [String(row[0] ?? ""), row]));
  for (const expected of expectedRows) {
    const row = byKey.get(expected[0]);
    if (row === undefined) {
      differences.push(`Rule ${expected[0]} is missing.`);
      continue;
    }
    expected.forEach((value, i) => {
      if (String(row[i] ?? "") !== value) {
        differences.push(`Rule ${expected[0]}: ${RULES_HEADERS[i]} is "${String(row[i] ?? "")}" here, "${value}" in the add-in.`);
      }
    });
  }
  const extra = actual.length - expectedRows.length;
  if (extra > 0) differences.push(`The workbook has ${extra} extra rule${extra === 1 ? "" : "s"}.`);
  return differences.slice(0, MAX_DIFFERENCES);
}

/** The rulebook a workbook's rules sheet holds (null: the workbook has no rules sheet). */
export function workbookRules(cells: RulesSheetCells | null, base: Rules = BUILT_IN_RULES): WorkbookRules {
  if (cells === null) return { kind: "none" };
  if (cells.decisions === null) {
    if (cells.lookup === null) return { kind: "none" };
    // Before rulebooks, the lookup table was the rules: the built-in one is upgraded, an edited one kept.
    const differences = rulesDifferences(cells.lookup, base);
    return differences.length === 0 ? { kind: "rulebook", rules: base, current: false } : { kind: "edited_lookup", differences };
  }
  const read = readRulebook(cells.decisions, base);
  if (!read.ok) return { kind: "problems", problems: read.problems };
  // Current: the lookup is this rulebook's, the team's tables are as the lookup was made from
  // them, and the sheet counts edits (one written before that is written again, once).
  const current =
    typeof cells.edits === "number" &&
    String(cells.stamp ?? "") === ruleTables(read.rules).version &&
    cells.lookup !== null &&
    rulesDifferences(cells.lookup, read.rules).length === 0 &&
    asApplied(cells.decisions, read.rules);
  return { kind: "rulebook", rules: read.rules, current };
}
