// The core's verdict on one register row, in the words the register's computed columns show:
// what the native formulas must reproduce cell for cell, and what "check register" counts.

import {
  assessCells,
  BOOLEAN_VOCABULARY,
  classifyCells,
  COMPLEXITY_VOCABULARY,
  explain,
  fitOf,
  MODEL_VOCABULARY,
} from "../core";
import type { ArgumentName, CellIssue, FitWord, Vocabulary } from "../core";

export const INPUT_HEADERS = {
  drawingsComplete: "Drawings complete",
  hasRequirements: "Requirements defined",
  complexity: "Complexity",
  chosenModel: "Chosen model",
} as const;
export type RegisterInput = keyof typeof INPUT_HEADERS;

const VOCABULARIES: Readonly<Record<RegisterInput, Vocabulary<unknown>>> = {
  drawingsComplete: BOOLEAN_VOCABULARY,
  hasRequirements: BOOLEAN_VOCABULARY,
  complexity: COMPLEXITY_VOCABULARY,
  chosenModel: MODEL_VOCABULARY,
};

export const REGISTER_INPUTS = Object.keys(INPUT_HEADERS) as RegisterInput[];

/** What a computed cell shows for a value that is not accepted: the column and the spellings. */
export function badValueMarker(input: RegisterInput): string {
  return `⚠ Check ${INPUT_HEADERS[input]}: use ${VOCABULARIES[input].accepted.join(", ")}`;
}

export type RowStatus = "fit" | "conditional" | "mismatch" | "incomplete" | "bad input";

export interface RegisterVerdict {
  readonly stage: string;
  readonly recommended: string;
  readonly fit: string;
  readonly why: string;
  readonly status: RowStatus;
  /** For problem rows: what is wrong, in a sentence. */
  readonly reason: string;
}

export type RegisterInputs = Readonly<Record<RegisterInput, unknown>>;

const STATUS_OF_FIT: Readonly<Record<FitWord, RowStatus>> = { Fit: "fit", Conditional: "conditional", Mismatch: "mismatch" };

function marker(issue: CellIssue): string {
  return issue.code === "invalid_value" ? badValueMarker(issue.argument as RegisterInput) : "";
}

/**
 * Stage and Recommended model follow MFGSTAGE/MFGMODEL (the chosen model plays no part); Fit
 * follows MFGFIT and Why follows MFGEXPLAIN. "Not known yet" leaves a cell empty.
 */
export function registerVerdict(inputs: RegisterInputs): RegisterVerdict {
  const { drawingsComplete: d, hasRequirements: r, complexity: c, chosenModel: m } = inputs;
  const classification = classifyCells(d, r, c);
  const withChosen = assessCells(d, r, c, m, true);
  const explained = assessCells(d, r, c, m, false);
  const stage = classification.ok ? classification.row.stage : marker(classification.issue);
  const recommended = classification.ok ? classification.row.recommended : marker(classification.issue);
  const fit = withChosen.ok ? fitOf(withChosen.row, withChosen.chosen as never) : marker(withChosen.issue);
  const why = explained.ok ? explain(explained.row, explained.chosen) : marker(explained.issue);

  if (!explained.ok && explained.issue.code === "invalid_value") {
    return { stage, recommended, fit, why, status: "bad input", reason: badValueMarker(explained.issue.argument as RegisterInput).slice(2) };
  }
  if (!withChosen.ok) {
    const missing = withChosen.issue.code === "empty" ? withChosen.issue.arguments : [];
    const names = missing.map((a: ArgumentName) => INPUT_HEADERS[a as RegisterInput] ?? a);
    return { stage, recommended, fit, why, status: "incomplete", reason: `Not known yet: ${names.join(", ")}` };
  }
  const status = STATUS_OF_FIT[fit as FitWord];
  return { stage, recommended, fit, why, status, reason: status === "fit" ? "" : why };
}
