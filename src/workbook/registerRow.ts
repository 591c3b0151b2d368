// The core's verdict on one register row, in the words the register's computed columns show:
// what the native formulas must reproduce cell for cell, and what "check register" counts.

import {
  assessCells,
  classifyCells,
  EMPTY,
  explain,
  inputParsers,
  fitOf,
  isEmptyCell,
} from "../core";
import type { ArgumentName, FitWord, Rules } from "../core";
import { factOf, headerOf, REGISTER_INPUTS } from "./inputs";
import type { RegisterInput } from "./inputs";

/** The four facts' headers, e.g. "Drawings complete" (from the inputs table). */
const INPUT_HEADERS = Object.fromEntries(REGISTER_INPUTS.map((r) => [r, headerOf(r)])) as Readonly<Record<RegisterInput, string>>;

/** One bad column in a marker: its header and the spellings the rulebook accepts. */
export function badValuePart(rules: Rules, input: RegisterInput): string {
  return `${INPUT_HEADERS[input]}: use ${rules.vocabulary[factOf(input).kind].accepted.join(", ")}`;
}

export const MARKER_START = "⚠ Check ";
export const MARKER_SEPARATOR = "; ";

/** What a computed cell shows for values that are not accepted: every such column, with its spellings. */
export function badValueMarker(rules: Rules, inputs: readonly RegisterInput[]): string {
  return `${MARKER_START}${inputs.map((input) => badValuePart(rules, input)).join(MARKER_SEPARATOR)}`;
}

/** The inputs whose cell holds a value the rulebook does not accept (not empty, not "not known yet"). */
function badInputs(rules: Rules, inputs: RegisterInputs): RegisterInput[] {
  const parsers = inputParsers(rules);
  return REGISTER_INPUTS.filter((input) => {
    const result = parsers[input](inputs[input]);
    return result !== EMPTY && !result.ok;
  });
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

function incomplete(missing: readonly ArgumentName[], stage = "", recommended = "", why = ""): RegisterVerdict {
  const names = missing.map(headerOf);
  return { stage, recommended, fit: "", why, status: "incomplete", reason: `Not known yet: ${names.join(", ")}` };
}

/**
 * Stage and Recommended model follow MFGSTAGE/MFGMODEL (the chosen model plays no part); Fit
 * follows MFGFIT and Why follows MFGEXPLAIN. "Not known yet" leaves a cell empty. One
 * assessment decides all four; the facts are classified again only when the chosen model alone
 * is bad, since Stage and Recommended model do not depend on it.
 */
export function registerVerdict(rules: Rules, inputs: RegisterInputs): RegisterVerdict {
  const { drawingsComplete: d, hasRequirements: r, complexity: c, chosenModel: m } = inputs;
  const assessed = assessCells(rules, d, r, c, m, false);
  if (assessed.ok) {
    const { row, chosen } = assessed;
    const why = explain(row, chosen);
    if (chosen === undefined) return incomplete(["chosenModel"], row.stage, row.recommended, why);
    const fit = fitOf(row, chosen);
    const status = STATUS_OF_FIT[fit];
    return { stage: row.stage, recommended: row.recommended, fit, why, status, reason: status === "fit" ? "" : why };
  }
  const issue = assessed.issue;
  if (issue.code === "empty") return incomplete(isEmptyCell(m) ? [...issue.arguments, "chosenModel"] : issue.arguments);
  const bad = badValueMarker(rules, badInputs(rules, inputs));
  const facts = issue.argument === "chosenModel" ? classifyCells(rules, d, r, c) : null;
  return {
    stage: facts?.ok ? facts.row.stage : facts ? "" : bad,
    recommended: facts?.ok ? facts.row.recommended : facts ? "" : bad,
    fit: bad,
    why: bad,
    status: "bad input",
    reason: bad.slice(2),
  };
}
