// What names a rulebook and how it differs from the built-in one: for the pane's notice, the
// command line's summary, --json and the portfolio.

import { BUILT_IN_RULES, FIT_CODE } from "../core";
import type { DecisionRow, FitSymbol, Rules } from "../core";
import { addedSpellings, ANY_WORD } from "./rulebookLayout";

const rowKey = (r: Rules, row: DecisionRow) =>
  JSON.stringify([row.drawingsComplete, row.hasRequirements, row.complexity, row.stage, row.recommended, row.why, r.models.map((m) => [m, row.fit[m], row.notes[m] ?? ""])]);

/** A rulebook's rows another does not have as they are (none: the same decisions). */
export function rowsNotIn(rules: Rules, other: Rules): DecisionRow[] {
  const theirs = new Set(other.rows.map((row) => rowKey(other, row)));
  return rules.rows.filter((row) => !theirs.has(rowKey(rules, row)));
}

export const rowsDiffering = (rules: Rules, other: Rules): number => rowsNotIn(rules, other).length;

/** A decision row in one line: "FALSE, TRUE, Medium → JDM (OEM Mismatch, ODM Conditional, JDM Fit): Joint development". */
export function decisionRowText(rules: Rules, row: DecisionRow): string {
  const facts = [row.drawingsComplete, row.hasRequirements, row.complexity].map((c) => (c === "any" ? ANY_WORD : c === true ? "TRUE" : c === false ? "FALSE" : c));
  const fits = rules.models.map((m) => `${m} ${rules.locale.fit[FIT_CODE[row.fit[m] as FitSymbol]]}`).join(", ");
  return `${facts.join(", ")} → ${row.recommended} (${fits}): ${row.stage}`;
}

/** What names the rulebook a register was judged by, for reports and --json. */
export interface RulesIdentity {
  readonly name: string;
  readonly version: string;
  readonly fingerprint: string;
  /** True when its decisions are the built-in rulebook's (the fingerprints are equal). */
  readonly builtIn: boolean;
  /** Its rows the built-in rulebook does not have as they are. */
  readonly rowsDiffering: number;
  /** Spellings it accepts beyond the built-in ones (the team's spellings table). */
  readonly spellingsAdded: number;
}

export function rulesIdentity(rules: Rules): RulesIdentity {
  const builtIn = rules.fingerprint === BUILT_IN_RULES.fingerprint;
  return {
    name: rules.name,
    version: rules.version,
    fingerprint: rules.fingerprint,
    builtIn,
    rowsDiffering: builtIn ? 0 : rowsDiffering(rules, BUILT_IN_RULES),
    spellingsAdded: builtIn ? 0 : addedSpellings(rules).length,
  };
}

/**
 * The built-in rules of another version of the add-in: named as the built-in rules, another
 * version, other decisions. Such a workbook is offered the update; a team's rulebook is only told.
 */
export const isOtherBuiltIn = (rules: Pick<Rules, "name" | "version" | "fingerprint">): boolean =>
  rules.name === BUILT_IN_RULES.name && rules.version !== BUILT_IN_RULES.version && rules.fingerprint !== BUILT_IN_RULES.fingerprint;
