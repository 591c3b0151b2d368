// The built-in rulebook in every language: the English one (decisionTable.ts) with its name,
// levels and spellings (builtInBase.ts) and its stages and why-texts translated (translations/).
// The decisions are the same in every language; the words differ, so each is its own rulebook
// (its own fingerprint), and a workbook carries the one of the language it was built in.

import { builtInBaseData, compiledOnce } from "./builtInBase";
import type { Language } from "./locale";
import { LANGUAGES } from "./locale";
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

/** The built-in rules in a language, compiled once. */
export const builtInRules: (language: Language) => Rules = /* @__PURE__ */ compiledOnce(builtInRulebook);

/** The built-in rules of the language a rulebook is written in. */
export const builtInRulesFor = (rules: Pick<Rules, "locale">): Rules => builtInRules(rules.locale.tag);

/** Whether a rulebook is the built-in one of some language (equal fingerprints: the same content). */
export const isBuiltIn = (rules: Pick<Rules, "fingerprint">): boolean => LANGUAGES.some((l) => builtInRules(l).fingerprint === rules.fingerprint);
