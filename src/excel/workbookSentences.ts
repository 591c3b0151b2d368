// What a language says of the problems that stop an operation in Excel (workbookProblemCodes.ts):
// one value a language (workbookProblems.ts is English; workbookProblemsDe.ts, …), rendered by
// one function. The pane holds the English one and loads its display language's.

import type { Operation, WorkbookProblem } from "./workbookProblemCodes";
import { PROBLEMS_SHOWN } from "../workbook";
import type { RulebookProblem } from "../workbook";

export interface WorkbookSentences {
  readonly operation: Readonly<Record<Operation, string>>;
  /** What to do about the Excel error codes an analyst can act on (Excel.ErrorCodes). */
  readonly hints: Readonly<Record<string, string>>;
  /** Excel refused for a reason without a hint. */
  readonly refused: string;
  /** rulebook: the first problems' sentences; more: how many are left out. */
  message(problem: Exclude<WorkbookProblem, { code: "excel_refused" }>, rulebook: string, more: number): string;
}

const HINT_CODES = ["InvalidOperationInCellEditMode", "ItemNotFound", "AccessDenied", "GeneralException"] as const;
/** The hints in HINT_CODES' order. */
export const hints = (texts: readonly [string, string, string, string]): Readonly<Record<string, string>> => Object.fromEntries(HINT_CODES.map((c, i) => [c, texts[i] as string]));

/** A workbook problem's sentence in the language of `s`, its rulebook problems said by `rulebookProblem`. */
export function workbookProblemSaid(problem: WorkbookProblem, s: WorkbookSentences, rulebookProblem: (p: RulebookProblem) => string): string {
  if (problem.code === "excel_refused") return `${s.hints[problem.excelCode ?? ""] ?? s.refused} (${problem.detail})`;
  const rulebook = problem.code === "rulebook" ? problem.problems.slice(0, PROBLEMS_SHOWN).map(rulebookProblem).join(" ") : "";
  return s.message(problem, rulebook, problem.code === "rulebook" ? Math.max(0, problem.problems.length - PROBLEMS_SHOWN) : 0);
}
