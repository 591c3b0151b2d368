// The one place where issue codes become the words an analyst reads.

import type { ArgumentName, CellIssue } from "./cellValue";

const MAX_SHOWN = 40;

function quoted(value: string): string {
  const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  return `"${shown}"`;
}

function listOf(names: readonly string[], conjunction: "and" | "or"): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${names[names.length - 1]}`;
}

/** `names` renames arguments for another surface (the CLI's --drawings, the pane's labels). */
export function issueMessage(issue: CellIssue, names: Partial<Record<ArgumentName, string>> = {}): string {
  const name = (a: ArgumentName) => names[a] ?? a;
  switch (issue.code) {
    case "empty":
      return `${listOf(issue.arguments.map(name), "and")} ${issue.arguments.length === 1 ? "is" : "are"} empty (not known yet), so there is no answer yet.`;
    case "invalid_value": {
      const what = issue.dataType === undefined ? quoted(issue.value) : `a linked data type (${issue.dataType})`;
      return `${name(issue.argument)}: ${what} is not accepted; use ${listOf(issue.accepted, "or")} (any case).`;
    }
  }
}

/**
 * Added to a "not known yet" message when the custom-functions runtime passed those arguments
 * as the number 0, which Excel for Windows also passes for an empty cell.
 */
export function zeroNote(names: readonly string[]): string {
  const yesNo = names.some((n) => n === "drawingsComplete" || n === "hasRequirements");
  const verb = names.length === 1 ? "is" : "are";
  return `(${listOf(names, "and")} ${verb} 0, which Excel can pass for an empty cell, so 0 counts as not known yet here${yesNo ? ": type No or FALSE to say no" : ""}.)`;
}
