// The rulebook problems in English: one sentence a code, naming the cell and what is accepted.
// The sentences of a team's rulebook on its sheet (rulebookSheet.ts) and of the core's checks.

import type { RulebookIssue } from "../core";
import type { RulebookProblem, SheetRulebookIssue } from "./rulebookSheet";

const listed = (values: readonly string[]) => values.map((v) => `"${v}"`).join(", ");
const factsText = (f: { drawingsComplete: boolean; hasRequirements: boolean; complexity: string }) =>
  `drawings complete ${f.drawingsComplete ? "TRUE" : "FALSE"}, requirements defined ${f.hasRequirements ? "TRUE" : "FALSE"}, complexity ${f.complexity}`;

/** A rulebook issue as a sentence, without its place. */
export function rulebookIssueMessage(issue: RulebookIssue | SheetRulebookIssue): string {
  switch (issue.code) {
    case "missing_column":
      return `the decision table has no column "${issue.header}"; put it back (the add-in's own rulebook shows every column).`;
    case "no_rows":
      return "the decision table has no rows; a rulebook needs a row for every project it judges.";
    case "bad_condition":
      return `${issue.header} is "${issue.value}"; use ${listed(issue.accepted)}.`;
    case "bad_meaning":
      return `"${issue.value}" is not something a spelling can mean; use ${listed(issue.accepted)}.`;
    case "empty_spelling":
      return "the spelling is empty; write the word analysts type, or delete the row.";
    case "bad_fit":
      return `the fit of ${issue.model} is "${issue.value}"; use ${listed(issue.accepted)}.`;
    case "empty_text":
      return issue.field === "name" ? "the rulebook has no name; give it one (e.g. your team's)." : `the ${issue.field === "stage" ? "stage" : "why-text"} is empty; every row needs one.`;
    case "unknown_language":
      return `the language "${issue.language}" is not one the add-in has words for; use ${listed(issue.accepted)}.`;
    case "no_values":
      return `the rulebook has no ${issue.list}.`;
    case "duplicate_value":
      return `"${issue.value}" is listed twice among the ${issue.list}.`;
    case "too_many_values":
      return `the rulebook has more than ${issue.maximum} ${issue.list}.`;
    case "reserved_name":
      return `"${issue.value}" cannot name one of the ${issue.list}: it is empty, "_", or holds | ? * ~, which the register's formulas read specially.`;
    case "unknown_complexity":
      return `the complexity "${issue.value}" is not a level of this rulebook.`;
    case "unknown_model":
      return `"${issue.model}" is not a model of this rulebook (each model has a fit column, "${issue.model} fit").`;
    case "invalid_fit":
      return `the fit of ${issue.model} is missing or not a fit.`;
    case "recommended_not_primary":
      return "the recommended model's fit must be the primary fit of its row.";
    case "missing_note":
      return `${issue.model} is not the primary fit of this row, so its note must say why.`;
    case "unexpected_note":
      return `${issue.model} is the primary fit of this row; leave its note empty.`;
    case "uncovered":
      return `no row decides a project with ${factsText(issue.facts)}; add one (a deleted row?).`;
    case "overlapping_rows":
      return `rows ${issue.rows.join(" and ")} of the decision table both decide a project with ${factsText(issue.facts)}; keep one (a duplicated row?).`;
    case "missing_spelling":
      return `the ${issue.kind} "${issue.value}" has no accepted spelling.`;
    case "unknown_spelling_value":
      return `a spelling is given for "${issue.value}", which is not a ${issue.kind} of this rulebook.`;
    case "ambiguous_spelling":
      return `the spelling "${issue.spelling}" means two different things.`;
    case "reserved_spelling":
      return `the spelling "${issue.spelling}" holds ? * or ~, which the register's formulas read as wildcards.`;
  }
}

/** A problem of the workbook's rulebook, with the cell it is in. */
export const rulebookProblemMessage = (p: RulebookProblem): string => `${p.cell}: ${rulebookIssueMessage(p.issue)}`;
