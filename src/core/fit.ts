// How well a chosen model fits a classified project, and the reasons to show an analyst.

import { MODEL_VOCABULARY } from "./vocabulary";
import { cellParser } from "./cellValue";
import type { DecisionRow } from "./decisionTable";
import { FIT_WORDS } from "./model";
import type { FitWord, Model } from "./model";

export function fitOf(row: DecisionRow, chosen: Model): FitWord {
  return FIT_WORDS[row.fit[chosen]];
}

/** Parses the chosen model of a supplier relationship (argument `chosenModel`). */
export const parseChosenModel = cellParser(MODEL_VOCABULARY, "chosenModel");

/** Parses a model named as a lookup key (argument `model` of MFGINFO). */
export const parseModel = cellParser(MODEL_VOCABULARY, "model");

/** One or two sentences: why the recommended model, and with a chosen model, why it fits or not. */
export function explain(row: DecisionRow, chosen?: Model): string {
  if (chosen === undefined) return row.why;
  const note = row.notes[chosen];
  return note === undefined ? `${row.why} The chosen ${chosen} fits this stage.` : `${row.why} ${note}`;
}
