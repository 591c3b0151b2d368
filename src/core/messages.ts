// The one place where issue codes become the words an analyst reads.

import type { CellIssue } from "./cellValue";

const MAX_SHOWN = 40;

function quoted(value: string): string {
  const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  return `"${shown}"`;
}

function listOf(names: readonly string[], conjunction: "and" | "or"): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${conjunction} ${names[names.length - 1]}`;
}

export function issueMessage(issue: CellIssue): string {
  switch (issue.code) {
    case "empty":
      return `${listOf(issue.arguments, "and")} ${issue.arguments.length === 1 ? "is" : "are"} empty (not known yet), so there is no answer yet.`;
    case "invalid_value":
      return `${issue.argument}: ${quoted(issue.value)} is not accepted; use ${listOf(issue.accepted, "or")} (any case).`;
  }
}
