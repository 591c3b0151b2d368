// The texts a portfolio's problem rows repeat, known before any register is read: the files'
// names, the template's register sheet, the statuses in the portfolio's language, and every
// reason the built-in rulebooks' verdicts can give (found by judging every kind of value each
// input can hold). The portfolio file holds them once, as shared strings its problem rows refer
// to; a text not among them (a team rulebook's reason, a supplier gap, a sheet's or project's
// name) is written in its cell. The list depends on the files given and the language only: the
// same portfolio whatever --jobs.

import { builtInRules, LANGUAGES, LOCALES, problemLabel, ROW_STATUSES } from "../core";
import type { Language, Rules } from "../core";
import { registerVerdict } from "./registerRow";
import { REGISTER_SHEET } from "./sheetNames";

/** A value no rulebook accepts: what makes a bad-input reason (which names columns, never values). */
const BAD = "\u2049";

/** Every reason a rulebook's verdicts can give a problem row, but a supplier gap's. */
export function rulebookReasons(rules: Rules): string[] {
  const booleans = [true, false, "", BAD];
  const levels = [...rules.complexities, "", BAD];
  const models = [...rules.models, "", BAD];
  const reasons = new Set<string>();
  for (const drawingsComplete of booleans)
    for (const hasRequirements of booleans)
      for (const complexity of levels)
        for (const chosenModel of models) {
          const reason = registerVerdict(rules, { drawingsComplete, hasRequirements, complexity, chosenModel }).reason;
          if (reason !== "") reasons.add(reason);
        }
  return [...reasons];
}

/** The texts the problem rows of a portfolio of `files` in `language` share, each once, in a fixed order. */
export function portfolioTexts(files: readonly string[], language: Language): string[] {
  const statuses = ROW_STATUSES.map((s) => problemLabel(LOCALES[language], s));
  return [...new Set([...files, REGISTER_SHEET, ...statuses, ...LANGUAGES.flatMap((l) => rulebookReasons(builtInRules(l)))])].filter((t) => t !== "");
}
