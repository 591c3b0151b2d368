// The core's verdict on one register row, in the words the register's computed columns show:
// what the native formulas must reproduce cell for cell, and what "check register" counts.

import {
  assessCells,
  classifyCells,
  EMPTY,
  explain,
  inputParsers,
  fitOf,
} from "../core";
import type { ArgumentName, RowStatus, Rules } from "../core";
import { factOf, REGISTER_INPUTS } from "./inputs";
import type { RegisterInput } from "./inputs";
import { inputHeader } from "./sheetWords";

/** One bad column in a marker: its header in the rulebook's language and the spellings the rulebook accepts, in its words. */
export function badValuePart(rules: Rules, input: RegisterInput): string {
  return rules.locale.marker.part(inputHeader(input, rules.locale.tag), rules.vocabulary[factOf(input).kind].accepted);
}

/** Every bad column with its spellings, after the marker's start (no symbol): a report's reason. */
function badValueReason(rules: Rules, inputs: readonly RegisterInput[]): string {
  const words = rules.locale.marker;
  return `${words.start}${inputs.map((input) => badValuePart(rules, input)).join(words.separator)}`;
}

/** The inputs whose cell holds a value the rulebook does not accept (not empty, not "not known yet"). */
function badInputs(rules: Rules, inputs: RegisterInputs): RegisterInput[] {
  const parsers = inputParsers(rules);
  return REGISTER_INPUTS.filter((input) => {
    const result = parsers[input](inputs[input]);
    return result !== EMPTY && !result.ok;
  });
}

export type { RowStatus } from "../core";

export interface RegisterVerdict {
  readonly stage: string;
  readonly recommended: string;
  readonly fit: string;
  readonly why: string;
  readonly status: RowStatus;
  /** Whether the facts place the row on a stage (its Stage cell holds one): what a portfolio counts by. */
  readonly staged: boolean;
  /** For problem rows: what is wrong, in a sentence. */
  readonly reason: string;
}

export type RegisterInputs = Readonly<Record<RegisterInput, unknown>>;

function incomplete(rules: Rules, missing: readonly ArgumentName[], row?: { stage: string; recommended: string }, why = ""): RegisterVerdict {
  const reason = rules.locale.notKnownReason(missing.map((a) => inputHeader(a, rules.locale.tag)));
  return { stage: row?.stage ?? "", recommended: row?.recommended ?? "", fit: "", why, status: "incomplete", staged: row !== undefined, reason };
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
    const why = explain(row, chosen, rules.locale);
    if (chosen === undefined) return incomplete(rules, ["chosenModel"], row, why);
    const status = fitOf(row, chosen);
    return { stage: row.stage, recommended: row.recommended, fit: rules.locale.fit[status], why, status, staged: true, reason: status === "fit" ? "" : why };
  }
  const issue = assessed.issue;
  // Empty or not known yet in the rulebook's own words, as its parser reads the cell.
  if (issue.code === "empty") return incomplete(rules, inputParsers(rules).chosenModel(m) === EMPTY ? [...issue.arguments, "chosenModel"] : issue.arguments);
  const reason = badValueReason(rules, badInputs(rules, inputs));
  const bad = rules.locale.marker.symbol + reason;
  const facts = issue.argument === "chosenModel" ? classifyCells(rules, d, r, c) : null;
  return {
    stage: facts?.ok ? facts.row.stage : facts ? "" : bad,
    recommended: facts?.ok ? facts.row.recommended : facts ? "" : bad,
    fit: bad,
    why: bad,
    status: "bad input",
    staged: facts?.ok === true,
    reason,
  };
}
