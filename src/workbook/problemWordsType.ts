// What a language says of the problems a register, its header row and a rulebook can have
// (problemWords.ts gathers the languages).

import type { RulebookIssue } from "../core";
import type { HeaderProblem } from "./headers";
import type { RegisterProblem } from "./registerProblems";
import type { SheetRulebookIssue } from "./rulebookSheet";

export interface ProblemWords {
  header(problem: HeaderProblem): string;
  register(problem: RegisterProblem): string;
  /** A rulebook issue as a sentence, without its place. */
  rulebookIssue(issue: RulebookIssue | SheetRulebookIssue): string;
}
