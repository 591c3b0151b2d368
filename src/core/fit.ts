// How well a chosen model fits a classified project, and the reasons to show an analyst.

import { MODEL_VOCABULARY } from "./vocabulary";
import { cellParser } from "./cellValue";
import type { CellResult } from "./cellValue";
import { inputParsers } from "./classify";
import type { DecisionRow, Rules } from "./rulebook";
import { FIT_CODE } from "./locale";
import type { FitCode, Locale } from "./locale";
import { EN } from "./locales/en";

/** How a chosen model fits a row, as a code (its words: the rulebook's locale). */
export function fitOf(row: DecisionRow, chosen: string): FitCode {
  return FIT_CODE[row.fit[chosen] ?? "—"];
}

/** Parses the chosen model of a supplier relationship (argument `chosenModel`) by a rulebook's models. */
export function parseChosenModel(rules: Rules, raw: unknown): CellResult<string> {
  return inputParsers(rules).chosenModel(raw);
}

/** Parses a model named as a lookup key of the comparison matrix (argument `model` of MFGINFO, MFGNEXT). */
export const parseModel = cellParser(MODEL_VOCABULARY, "model");

/** One or two sentences: why the recommended model, and with a chosen model, why it fits or not. */
export function explain(row: DecisionRow, chosen?: string, locale: Locale = EN): string {
  if (chosen === undefined) return row.why;
  const note = row.notes[chosen];
  return `${row.why} ${note ?? locale.chosenFits(chosen)}`;
}
