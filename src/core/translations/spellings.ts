// The built-in rulebook's name, levels and listed spellings in each language but English: small,
// for the readers that only need to know a language's words (a function given a team's range),
// apart from the why-texts and the rest of the content (<language>.ts).

import type { Language } from "../locale";
import type { Complexity } from "../model";

export interface BuiltInWords {
  readonly name: string;
  /** The complexity levels' names in this language: the rulebook's own levels. */
  readonly levels: Readonly<Record<Complexity, string>>;
  /** The spellings listed in messages and prompts, first the canonical one (the others are accepted quietly). */
  readonly yes: readonly string[];
  readonly no: readonly string[];
  readonly levelSpellings: Readonly<Record<Complexity, readonly string[]>>;
  /** The words for not known yet this language lists first (the rest follow). */
  readonly notKnownFirst: readonly string[];
}

export const BUILT_IN_WORDS: Readonly<Record<Exclude<Language, "en">, BuiltInWords>> = {
  de: {
    name: "Eingebaute Regeln",
    levels: { Low: "Niedrig", Medium: "Mittel", High: "Hoch" },
    yes: ["Ja", "Wahr", "1"],
    no: ["Nein", "Falsch", "0"],
    levelSpellings: { Low: ["Niedrig", "1"], Medium: ["Mittel", "2"], High: ["Hoch", "3"] },
    notKnownFirst: ["offen", "unbekannt", "k. A."],
  },
  zh: {
    name: "内置规则",
    levels: { Low: "低", Medium: "中", High: "高" },
    yes: ["是", "真", "1"],
    no: ["否", "假", "0"],
    levelSpellings: { Low: ["低", "1"], Medium: ["中", "2"], High: ["高", "3"] },
    notKnownFirst: ["待定", "未知", "不详"],
  },
  ja: {
    name: "組み込みルール",
    levels: { Low: "低", Medium: "中", High: "高" },
    yes: ["はい", "○", "1"],
    no: ["いいえ", "×", "0"],
    levelSpellings: { Low: ["低", "1"], Medium: ["中", "2"], High: ["高", "3"] },
    notKnownFirst: ["未定", "不明", "未知"],
  },
};
