// Accepted spellings of every kind of cell value, as data: one line to add a spelling.

import type { Complexity, Model } from "./model";
import type { NextTopic } from "./nextTopics";

export interface Vocabulary<T> {
  /** What a person may type, shown in error messages and help, in this order. */
  readonly accepted: readonly string[];
  /** The same, grouped for people to read: "TRUE/FALSE, Yes/No, Y/N, 1/0". */
  readonly display: string;
  /** Normalised spelling → value. Keys are produced by `normalize`. */
  readonly values: Readonly<Record<string, T>>;
  /** Whether an Excel boolean (TRUE/FALSE typed without quotes) is a valid cell for this kind. */
  readonly takesBooleans: boolean;
  /** Turns a trimmed cell text into a lookup key. */
  readonly normalize: (text: string) => string;
}

const lowerCase = (text: string): string => text.toLowerCase();
/** Attribute names are forgiving about spacing and punctuation: "Design IP owner" = "design_ip_owner". */
const lettersAndDigits = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]/g, "");

function spellings<T>(groups: ReadonlyArray<readonly [T, readonly string[]]>, normalize: (t: string) => string) {
  const values: Record<string, T> = {};
  const accepted: string[] = [];
  for (const [value, words] of groups) {
    for (const word of words) {
      values[normalize(word)] = value;
    }
  }
  // Display order: every group's first spelling, then the second ones, ... ("TRUE, FALSE, Yes, No").
  const longest = Math.max(...groups.map(([, words]) => words.length));
  const display: string[] = [];
  for (let i = 0; i < longest; i++) {
    const row: string[] = [];
    for (const [, words] of groups) {
      const word = words[i];
      if (word !== undefined) row.push(word);
    }
    accepted.push(...row);
    display.push(row.join("/"));
  }
  return { values, accepted, display: display.join(", ") };
}

/**
 * What analysts type for a fact they do not know yet, read like an empty cell by every input (an
 * empty cell is "not known yet", never a bad value). Chosen for the words procurement sheets
 * carry: "to be decided/confirmed/announced", "not applicable/available", dashes. Compared like
 * every spelling: trimmed, case-insensitive.
 */
export const NOT_KNOWN_WORDS = [
  "TBD", "TBC", "TBA", "n/a", "NA", "unknown", "not known", "pending", "-", "–", "—",
  // German, Simplified Chinese, Japanese (docs/domain.md, "Words in other languages").
  "unbekannt", "offen", "k. A.", "未知", "待定", "不详", "未定", "不明",
] as const;

/** A rulebook's three vocabularies: the two yes/no questions', its complexity levels' and its models'. */
export interface Vocabularies {
  readonly boolean: Vocabulary<boolean>;
  readonly complexity: Vocabulary<string>;
  readonly model: Vocabulary<string>;
}

/**
 * A word as a Japanese or Chinese input method types it in full-width mode: ASCII letters, digits
 * and signs as their full-width forms (U+FF01–U+FF5E, what NFKC folds back); spaces stay. The
 * register's formulas compare UPPER of a cell with the rules sheet's spellings, and UPPER keeps a
 * full-width letter full-width, so a spelling's full-width form is a spelling of its own, in the
 * core and in the formulas alike (whole words: "ＯＥＭ", "ｙｅｓ", "１").
 */
export function fullWidth(text: string): string {
  return text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** The words with their full-width forms added (no duplicates). */
export function withFullWidth(words: readonly string[]): string[] {
  const all = new Set<string>();
  for (const w of words) all.add(w).add(fullWidth(w));
  return [...all];
}

/**
 * A vocabulary of whole-word spellings compared without case (a rulebook's facts and models),
 * each also in its full-width form; `quiet` spellings are accepted too but not listed (`accepted`,
 * `display`).
 */
export function vocabularyOf<T>(groups: ReadonlyArray<readonly [T, readonly string[]]>, takesBooleans: boolean, quiet: ReadonlyArray<readonly [T, readonly string[]]> = []): Vocabulary<T> {
  const listed = spellings<T>(groups, lowerCase);
  const values: Record<string, T> = { ...spellings<T>(quiet, lowerCase).values, ...listed.values };
  for (const key of Object.keys(values)) if (!Object.prototype.hasOwnProperty.call(values, fullWidth(key))) values[fullWidth(key)] = values[key] as T;
  return { ...listed, values, takesBooleans, normalize: lowerCase };
}

/** The built-in rulebook's spellings (decisionTable.ts): each value's canonical spelling first. */
export const BOOLEAN_SPELLINGS = [
  [true, ["TRUE", "Yes", "Y", "1"]],
  [false, ["FALSE", "No", "N", "0"]],
] as const satisfies ReadonlyArray<readonly [boolean, readonly string[]]>;

export const COMPLEXITY_SPELLINGS = [
  ["Low", ["Low", "L", "1"]],
  ["Medium", ["Medium", "M", "2", "Med", "Mid"]],
  ["High", ["High", "H", "3"]],
] as const satisfies ReadonlyArray<readonly [Complexity, readonly string[]]>;

/**
 * The words German, Simplified Chinese and Japanese analysts type for the facts, accepted like the
 * English ones but not listed in the English messages (docs/domain.md, "Words in other languages").
 */
export const OTHER_LANGUAGE_SPELLINGS = {
  boolean: [
    [true, ["Ja", "Wahr", "是", "真", "はい", "○"]],
    [false, ["Nein", "Falsch", "否", "假", "いいえ", "×"]],
  ],
  complexity: [
    ["Low", ["Niedrig", "低"]],
    ["Medium", ["Mittel", "中"]],
    ["High", ["Hoch", "高"]],
  ],
} as const satisfies { boolean: ReadonlyArray<readonly [boolean, readonly string[]]>; complexity: ReadonlyArray<readonly [Complexity, readonly string[]]> };

export const MODEL_SPELLINGS = [
  ["OEM", ["OEM"]],
  ["ODM", ["ODM"]],
  ["JDM", ["JDM"]],
] as const satisfies ReadonlyArray<readonly [Model, readonly string[]]>;

export const BOOLEAN_VOCABULARY: Vocabulary<boolean> = vocabularyOf<boolean>(BOOLEAN_SPELLINGS, true);
export const COMPLEXITY_VOCABULARY: Vocabulary<Complexity> = vocabularyOf<Complexity>(COMPLEXITY_SPELLINGS, false);
export const MODEL_VOCABULARY: Vocabulary<Model> = vocabularyOf<Model>(MODEL_SPELLINGS, false);

export const ATTRIBUTES = [
  "entry point",
  "engineering responsibility",
  "typical use",
  "development cycle",
  "collaboration depth",
  "design ip owner",
  "manufacturer scope",
] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export const ATTRIBUTE_VOCABULARY: Vocabulary<Attribute> = {
  ...spellings<Attribute>(
    ATTRIBUTES.map((name) => [name, [name]] as const),
    lettersAndDigits,
  ),
  takesBooleans: false,
  normalize: lettersAndDigits,
};

/** Topics of the next steps (nextSteps.ts), with the words buyers use for them. */
export const TOPIC_VOCABULARY: Vocabulary<NextTopic> = {
  ...spellings<NextTopic>(
    [
      ["buyer provides", ["buyer provides", "buyer"]],
      ["rfq", ["rfq", "quote"]],
      ["samples", ["samples", "sample agreement"]],
      ["design ownership", ["design ownership", "ip"]],
      ["transport", ["transport", "shipping"]],
    ],
    lettersAndDigits,
  ),
  takesBooleans: false,
  normalize: lettersAndDigits,
};
