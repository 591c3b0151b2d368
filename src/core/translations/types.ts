// What a language says of the built-in content: the built-in rulebook's names and why-texts, the
// comparison matrix and the next steps, each aligned with the English data it translates (the
// English is the source: decisionTable.ts, matrix.ts, nextSteps.ts). A missing piece is a compile
// error; a list of the wrong length fails test/core/builtInRulebooks.test.ts.

import type { Model, Stage } from "../model";
import type { NextTopic, SourceKey } from "../nextTopics";

/** The built-in rulebook's words beyond its name, levels and spellings (spellings.ts). */
export interface RulebookTexts {
  readonly stages: Readonly<Record<Stage, string>>;
  /** One per row of the English decision table, in its order: the why-text and a note per model that is not a primary fit. */
  readonly rows: readonly { readonly why: string; readonly notes: Readonly<Partial<Record<Model, string>>> }[];
}

export interface MatrixTexts {
  /** The title of the criteria column ("Criteria"). */
  readonly criteria: string;
  /** One per section of the English matrix, in its order: its title and its criteria. */
  readonly sections: readonly { readonly title: string; readonly criteria: readonly string[] }[];
  /** Every value of the English matrix that is a word, not a fit symbol. */
  readonly values: Readonly<Record<string, string>>;
}

export interface NextStepsTexts {
  readonly titles: Readonly<Record<NextTopic, string>>;
  readonly sources: Readonly<Record<SourceKey, string>>;
  /** One per step of the English lists, in their order. */
  readonly byModel: Readonly<Record<Model, readonly string[]>>;
  readonly transport: readonly string[];
  /** The checklist's first line: "Next steps for OEM:". */
  heading(model: string): string;
}

export interface Translation {
  readonly rulebook: RulebookTexts;
  readonly matrix: MatrixTexts;
  readonly nextSteps: NextStepsTexts;
}
