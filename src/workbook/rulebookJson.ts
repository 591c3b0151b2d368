// A rulebook file (.json, what `rules export` writes) read into rules, for the command line's
// --rules and the pane's "Use rules from a file": JSON, then its shape, then its rules; each
// problem a sentence naming its path in the file.

import { compileRules, rulebookShapeProblem } from "../core";
import type { Rules } from "../core";
import { rulebookIssueMessage } from "./rulebookWords";

export type ReadRulebookJson = { readonly ok: true; readonly rules: Rules } | { readonly ok: false; readonly problems: readonly string[] };

export function readRulebookJson(json: string): ReadRulebookJson {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return { ok: false, problems: [`it is not JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  const shape = rulebookShapeProblem(data);
  if (shape !== null) return { ok: false, problems: [shape] };
  const compiled = compileRules(data as Parameters<typeof compileRules>[0]);
  if (compiled.ok) return compiled;
  const where = (issue: (typeof compiled.issues)[number]) => ("row" in issue && issue.row !== undefined ? `rows[${issue.row - 1}]: ` : "");
  return { ok: false, problems: compiled.issues.map((issue) => `${where(issue)}${rulebookIssueMessage(issue)}`) };
}
