// What a rulebook holds before it is checked: plain data, from code, a JSON file or a sheet. The
// checks (rulebookChecks.ts) and the compiler (rulebook.ts) both read these types.

import type { FitSymbol } from "./model";

export type Any = "any";

/** One row of a decision table: the facts it holds for, its stage, each model's fit and why. */
export interface DecisionRow {
  readonly drawingsComplete: boolean | Any;
  readonly hasRequirements: boolean | Any;
  readonly complexity: string;
  readonly stage: string;
  readonly fit: Readonly<Record<string, FitSymbol>>;
  readonly recommended: string;
  /** Why the recommended model fits this stage (one sentence, for analysts). */
  readonly why: string;
  /** Why each model that is not a primary fit is conditional or a mismatch here. */
  readonly notes: Readonly<Record<string, string>>;
}

/** Each value's spellings, first the canonical one: `[[true, ["TRUE", "Yes"]], …]`. */
export type SpellingGroups<T> = ReadonlyArray<readonly [T, readonly string[]]>;

/** What a rulebook holds, before it is checked: plain data, from code, a JSON file or a sheet. */
export interface RulebookData {
  readonly name: string;
  /** The language of its words (stages, why-texts) and of the words its verdicts are shown in: a tag of LOCALES. */
  readonly language: string;
  /** The team's own label for this edition ("3", "2026-Q4"). */
  readonly version: string;
  readonly models: readonly string[];
  /** From least to most complex. */
  readonly complexities: readonly string[];
  readonly rows: readonly DecisionRow[];
  readonly spellings: {
    readonly boolean: SpellingGroups<boolean>;
    /** Keyed by complexity level; every level needs at least its own name. */
    readonly complexity: SpellingGroups<string>;
    /** Keyed by model; every model needs at least its own name. */
    readonly model: SpellingGroups<string>;
    /** What analysts write for a fact they do not know yet: read as an empty cell. */
    readonly notKnown: readonly string[];
    /**
     * Words of other languages, accepted like the spellings above but not listed in messages,
     * prompts and markers (those show the rulebook's own language's words).
     */
    readonly alsoAccepted?: {
      readonly boolean?: SpellingGroups<boolean>;
      readonly complexity?: SpellingGroups<string>;
    };
  };
}

/** True when a row's condition holds for a concrete value. */
export function conditionHolds<T>(condition: T | Any, value: T): boolean {
  return condition === "any" || condition === value;
}
