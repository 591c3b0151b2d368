// The shape of rulebook data, as a zod schema, for where zod loads (the pane, the command line,
// tests): a rulebook read from JSON or a sheet is checked for its shape here and for its rules by
// checkRulebook, the same checks the custom functions run. Not exported from the core's index:
// the functions' ES2016 bundle must not reach zod 4, which needs BigInt.

import { z } from "zod";
import { FIT_SYMBOLS } from "./model";
import type { RulebookData } from "./rulebook";
import { checkRulebook } from "./rulebookChecks";
import type { RulebookIssue } from "./rulebookChecks";

const text = z.string();
const condition = <T extends z.ZodType>(value: T) => z.union([value, z.literal("any")]);
const groups = <T extends z.ZodType>(value: T) => z.array(z.tuple([value, z.array(text)]).readonly()).readonly();

const rowSchema = z.strictObject({
  drawingsComplete: condition(z.boolean()),
  hasRequirements: condition(z.boolean()),
  complexity: text,
  stage: text,
  fit: z.record(text, z.enum(FIT_SYMBOLS)),
  recommended: text,
  why: text,
  notes: z.record(text, text),
});

const shape = z.strictObject({
  name: text,
  version: text,
  language: text,
  models: z.array(text).readonly(),
  complexities: z.array(text).readonly(),
  rows: z.array(rowSchema).readonly(),
  spellings: z.strictObject({
    boolean: groups(z.boolean()),
    complexity: groups(text),
    model: groups(text),
    notKnown: z.array(text).readonly(),
    alsoAccepted: z.strictObject({ boolean: groups(z.boolean()).optional(), complexity: groups(text).optional() }).optional(),
  }),
});

/** The path a rulebook issue points at, as zod reports paths. */
function pathOf(issue: RulebookIssue): (string | number)[] {
  if ("row" in issue && issue.row !== undefined) return ["rows", issue.row - 1];
  if (issue.code === "no_values" || issue.code === "duplicate_value" || issue.code === "too_many_values" || issue.code === "reserved_name") return [issue.list];
  if (issue.code === "missing_spelling" || issue.code === "unknown_spelling_value") return ["spellings", issue.kind];
  if (issue.code === "ambiguous_spelling") return ["spellings"];
  if (issue.code === "empty_text") return ["name"];
  if (issue.code === "unknown_language") return ["language"];
  return ["rows"];
}

/** Rulebook data: its shape, then its rules; each rule issue is a custom issue carrying the rulebook issue. */
export const rulebookSchema: z.ZodType<RulebookData> = shape.superRefine((data, ctx) => {
  for (const issue of checkRulebook(data as RulebookData)) {
    ctx.addIssue({ code: "custom", message: issue.code, path: pathOf(issue), params: { issue } });
  }
}) as unknown as z.ZodType<RulebookData>;
