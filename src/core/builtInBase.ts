// The built-in rulebook's words in a language without its why-texts: its name, levels and
// spellings over the English rows (levels renamed). What a reader needs to read a team's table
// written in that language (the rows come from the table), small enough for the custom functions.
// The whole built-in rulebook in a language is builtInRulebooks.ts.

import { BUILT_IN_RULEBOOK, BUILT_IN_RULES } from "./decisionTable";
import type { Language } from "./locale";
import type { Complexity } from "./model";
import { compileRules } from "./rulebook";
import type { RulebookData, Rules, SpellingGroups } from "./rulebook";
import { BUILT_IN_WORDS } from "./translations/spellings";

/** The spellings of a value the English rulebook accepts, listed or quietly, minus those listed here. */
function others<T>(value: T, listed: readonly string[], ...groups: (SpellingGroups<T> | undefined)[]): string[] {
  const seen = new Set(listed.map((w) => w.toLowerCase()));
  const words: string[] = [];
  for (const group of groups) {
    for (const [v, ws] of group ?? []) {
      if (v !== value) continue;
      for (const w of ws) {
        if (seen.has(w.toLowerCase())) continue;
        seen.add(w.toLowerCase());
        words.push(w);
      }
    }
  }
  return words;
}

/** The built-in rulebook's data in a language, its rows' texts still English. */
export function builtInBaseData(language: Language): RulebookData {
  if (language === "en") return BUILT_IN_RULEBOOK;
  const t = BUILT_IN_WORDS[language];
  const en = BUILT_IN_RULEBOOK;
  const levels = en.complexities as readonly Complexity[];
  const level = (c: string): string => t.levels[c as Complexity];
  const also = en.spellings.alsoAccepted;
  return {
    ...en,
    name: t.name,
    language,
    complexities: levels.map(level),
    rows: en.rows.map((row) => ({ ...row, complexity: row.complexity === "any" ? "any" : level(row.complexity) })),
    spellings: {
      boolean: [[true, t.yes], [false, t.no]],
      complexity: levels.map((c) => [level(c), t.levelSpellings[c]] as const),
      model: en.spellings.model,
      notKnown: [...t.notKnownFirst, ...en.spellings.notKnown.filter((w) => t.notKnownFirst.indexOf(w) < 0)],
      alsoAccepted: {
        boolean: [true, false].map((v) => [v, others(v, v ? t.yes : t.no, en.spellings.boolean, also?.boolean)] as const),
        complexity: levels.map((c) => [level(c), others(c, t.levelSpellings[c], en.spellings.complexity, also?.complexity)] as const),
      },
    },
  };
}

/**
 * Built-in data compiled once per language, English being BUILT_IN_RULES: constant data, so an
 * issue is a programming error (test/core/builtInRulebooks.test.ts compiles every language).
 */
export function compiledOnce(data: (language: Language) => RulebookData): (language: Language) => Rules {
  const compiled = new Map<Language, Rules>([["en", BUILT_IN_RULES]]);
  return (language) => {
    const known = compiled.get(language);
    if (known !== undefined) return known;
    const result = compileRules(data(language));
    if (!result.ok) throw new Error(`the built-in rulebook in "${language}" is invalid: ${JSON.stringify(result.issues)}`);
    compiled.set(language, result.rules);
    return result.rules;
  };
}

/** builtInBaseData compiled, once per language. */
export const builtInBase: (language: Language) => Rules = /* @__PURE__ */ compiledOnce(builtInBaseData);
