// A whole project row from raw cells, by a rulebook: its decision-table row and, when given, the chosen model.

import type { CellIssue } from "./cellValue";
import { EMPTY } from "./cellValue";
import { classifyCells } from "./classify";
import { parseChosenModel } from "./fit";
import type { DecisionRow, Rules } from "./rulebook";

export type Assessment =
  | { readonly ok: true; readonly row: DecisionRow; readonly chosen: string | undefined }
  | { readonly ok: false; readonly issue: CellIssue };

/**
 * Bad values come first (facts in argument order, then the chosen model); then what is not
 * known yet, listing every empty argument that stands between the person and an answer.
 */
export function assessCells(
  rules: Rules,
  drawingsComplete: unknown,
  hasRequirements: unknown,
  complexity: unknown,
  chosenModel: unknown,
  chosenRequired: boolean,
): Assessment {
  const classification = classifyCells(rules, drawingsComplete, hasRequirements, complexity);
  if (!classification.ok && classification.issue.code === "invalid_value") return classification;
  const chosen = parseChosenModel(rules, chosenModel);
  if (chosen !== EMPTY && !chosen.ok) return chosen;
  const chosenMissing = chosen === EMPTY && chosenRequired;
  if (!classification.ok) {
    if (!chosenMissing) return classification;
    const unknown = classification.issue.code === "empty" ? classification.issue.arguments : [];
    return { ok: false, issue: { code: "empty", arguments: [...unknown, "chosenModel"] } };
  }
  if (chosenMissing) return { ok: false, issue: EMPTY_CHOSEN };
  return { ok: true, row: classification.row, chosen: chosen === EMPTY ? undefined : chosen.value };
}

const EMPTY_CHOSEN: CellIssue = Object.freeze({ code: "empty", arguments: Object.freeze(["chosenModel"] as const) });
