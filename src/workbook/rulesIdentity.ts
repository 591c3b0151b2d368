// What names a rulebook and how it differs from the built-in one: for the pane's notice, the
// command line's summary, --json and the portfolio.

import { builtInRules, builtInRulesFor, FIT_CODE, isBuiltIn } from "../core";
import type { DecisionRow, FitSymbol, Language, Rules } from "../core";
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
  /** The language of its words ("de"). */
  readonly language: Language;
  /** True when it is the built-in rulebook of some language (the fingerprints are equal). */
  readonly builtIn: boolean;
  /** Its rows the built-in rulebook does not have as they are. */
  readonly rowsDiffering: number;
  /** Spellings it accepts beyond the built-in ones (the team's spellings table). */
  readonly spellingsAdded: number;
}

export function rulesIdentity(rules: Rules): RulesIdentity {
  const builtIn = isBuiltIn(rules);
  return {
    name: rules.name,
    version: rules.version,
    fingerprint: rules.fingerprint,
    language: rules.locale.tag,
    builtIn,
    rowsDiffering: builtIn ? 0 : rowsDiffering(rules, builtInRulesFor(rules)),
    spellingsAdded: builtIn ? 0 : addedSpellings(rules).length,
  };
}

/**
 * The built-in rules of another version of the add-in: named as the built-in rules, another
 * version, other decisions. Such a workbook is offered the update; a team's rulebook is only told.
 */
export function isOtherBuiltIn(rules: Pick<RulesIdentity, "name" | "version" | "fingerprint" | "language">): boolean {
  const current = builtInRules(rules.language);
  return rules.name === current.name && rules.version !== current.version && rules.fingerprint !== current.fingerprint;
}
