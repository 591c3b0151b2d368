// English: the words of every code the product renders (the Locale of ../locale.ts).

import type { ArgumentName, CellIssue } from "../cellValue";
import type { Locale } from "../locale";
import { listWith, shownValue } from "./lists";

const listOf = (names: readonly string[], conjunction: "and" | "or"): string => listWith(names, ", ", ` ${conjunction} `);

export const EN: Locale = {
  tag: "en",
  name: "English",
  colon: ": ",
  listSeparator: ", ",
  yesNo: ["Yes", "No"],
  dropdownPrompt: (accepted, notKnown) => `Accepted: ${accepted}. Not known yet: ${notKnown === undefined ? "leave empty" : `leave empty or write ${notKnown}`}.`,
  fit: { fit: "Fit", conditional: "Conditional", mismatch: "Mismatch" },
  fitLegend: { "✓": "primary fit", "△": "conditional", "—": "not applicable" },
  status: { fit: "Fit", conditional: "Conditional", mismatch: "Mismatch", incomplete: "Not known yet", "bad input": "Bad input", supplier: "Supplier" },
  supplier: { offered: "Yes", gapStart: "Does not offer ", chosen: " (chosen)", recommended: " (recommended)", both: " (chosen, recommended)", separator: ", " },
  marker: { symbol: "⚠ ", start: "Check ", separator: "; ", part: (header, accepted) => `${header}: use ${accepted.join(", ")}`,
    rulesEdited: "Rules edited but not applied yet: Check register in the add-in, or mfgmodel audit, applies them" },
  chosenFits: (model) => `The chosen ${model} fits this stage.`,
  notKnownReason: (headers) => `Not known yet: ${headers.join(", ")}`,

  issueMessage(issue: CellIssue, names: Partial<Record<ArgumentName, string>> = {}): string {
    const name = (a: ArgumentName) => names[a] ?? a;
    switch (issue.code) {
      case "empty":
        return `${listOf(issue.arguments.map(name), "and")} ${issue.arguments.length === 1 ? "is" : "are"} empty (not known yet), so there is no answer yet.`;
      case "invalid_value": {
        const what = issue.dataType === undefined ? shownValue(issue.value) : `a linked data type (${issue.dataType})`;
        return `${name(issue.argument)}: ${what} is not accepted; use ${listOf(issue.accepted, "or")} (any case).`;
      }
    }
  },

  zeroNote(names: readonly string[]): string {
    const yesNo = names.some((n) => n === "drawingsComplete" || n === "hasRequirements");
    const verb = names.length === 1 ? "is" : "are";
    return `(${listOf(names, "and")} ${verb} 0, which Excel can pass for an empty cell, so 0 counts as not known yet here${yesNo ? ": type No or FALSE to say no" : ""}.)`;
  },
};
