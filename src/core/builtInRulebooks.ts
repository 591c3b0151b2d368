// The built-in rulebook in every language: the English one (decisionTable.ts) with its name,
// levels and spellings (builtInBase.ts) and its stages and why-texts translated (translations/).
// The decisions are the same in every language; the words differ, so each is its own rulebook
// (its own fingerprint), and a workbook carries the one of the language it was built in.

import { builtInBaseData } from "./builtInBase";
import { BUILT_IN_RULES } from "./decisionTable";
import type { Language } from "./locale";
import { LANGUAGES } from "./locale";
import { compileRules } from "./rulebook";
import type { RulebookData, Rules } from "./rulebook";
import { TRANSLATIONS } from "./translations";
import type { RulebookTexts } from "./translations/types";

/** The built-in rulebook's data in a language. */
export function builtInRulebook(language: Language): RulebookData {
  const base = builtInBaseData(language);
  if (language === "en") return base;
  const t = TRANSLATIONS[language].rulebook;
  return {
    ...base,
    rows: base.rows.map((row, i) => ({ ...row, stage: t.stages[row.stage as keyof RulebookTexts["stages"]], why: t.rows[i]?.why ?? "", notes: t.rows[i]?.notes ?? {} })),
  };
}

const compiled = new Map<Language, Rules>([["en", BUILT_IN_RULES]]);

/** The built-in rules in a language, compiled once (constant data: an issue is a programming error, test/core/builtInRulebooks.test.ts). */
export function builtInRules(language: Language): Rules {
  const known = compiled.get(language);
  if (known !== undefined) return known;
  const result = compileRules(builtInRulebook(language));
  if (!result.ok) throw new Error(`the built-in rulebook in "${language}" is invalid: ${JSON.stringify(result.issues)}`);
  compiled.set(language, result.rules);
  return result.rules;
}

/** The built-in rules of the language a rulebook is written in. */
export const builtInRulesFor = (rules: Pick<Rules, "locale">): Rules => builtInRules(rules.locale.tag);

/** Whether a rulebook is the built-in one of some language (equal fingerprints: the same content). */
export const isBuiltIn = (rules: Pick<Rules, "fingerprint">): boolean => LANGUAGES.some((l) => builtInRules(l).fingerprint === rules.fingerprint);
