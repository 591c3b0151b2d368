// The sentences of the problems a register, its header row and a rulebook can have, per
// language: one module a language (problemWordsDe.ts, …; English is registerWords.ts and
// rulebookWords.ts). The pane and the command line render the codes they catch in their language.

import { LOCALES } from "../core";
import type { Language } from "../core";
import type { ProblemWords } from "./problemWordsType";
import type { RulebookProblem } from "./rulebookSheet";
import { headerProblemMessage, registerProblemMessage } from "./registerWords";
import { rulebookIssueMessage } from "./rulebookWords";
import { DE_PROBLEMS } from "./problemWordsDe";
import { JA_PROBLEMS } from "./problemWordsJa";
import { ZH_PROBLEMS } from "./problemWordsZh";

export type { ProblemWords } from "./problemWordsType";

export const EN_PROBLEMS: ProblemWords = { header: headerProblemMessage, register: registerProblemMessage, rulebookIssue: rulebookIssueMessage };
export const PROBLEM_WORDS: Readonly<Record<Language, ProblemWords>> = { en: EN_PROBLEMS, de: DE_PROBLEMS, zh: ZH_PROBLEMS, ja: JA_PROBLEMS };

/** A problem of the workbook's rulebook, with the cell it is in, in the words of a language (the pane holds only its own). */
export const rulebookProblemSaid = (p: RulebookProblem, words: ProblemWords, language: Language): string => `${p.cell}${LOCALES[language].colon}${words.rulebookIssue(p.issue)}`;

/** A problem of the workbook's rulebook, with the cell it is in, in a language. */
export const rulebookProblemIn = (p: RulebookProblem, language: Language): string => rulebookProblemSaid(p, PROBLEM_WORDS[language], language);

/** How many of a rulebook's problems a sentence lists; the rest are counted ("(and 2 more)"). */
export const PROBLEMS_SHOWN = 5;

/** The first problems, joined, then the count of the rest in the words of `more` (nothing when none are left). */
export const listedProblems = (problems: readonly string[], separator: string, more: (n: number) => string): string =>
  `${problems.slice(0, PROBLEMS_SHOWN).join(separator)}${problems.length > PROBLEMS_SHOWN ? more(problems.length - PROBLEMS_SHOWN) : ""}`;
