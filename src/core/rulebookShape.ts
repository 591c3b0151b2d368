// The shape of rulebook data read from JSON (a rules file), checked in plain TypeScript so the
// command line (no runtime package) and the pane (no schema library in its bundle) read a file
// the same way: the first problem, named by its path (rulebook.rows[1].fit.OEM). The rules
// themselves are checkRulebook's (compileRules). The zod schema (rulebookSchema.ts) states the
// same shape for the tests.

import { FIT_SYMBOLS } from "./model";
import type { RulebookData } from "./rulebookData";

/** The first problem of a value at a path, or null. */
type Check = (value: unknown, path: string) => string | null;

const first = (problems: readonly (string | null)[]): string | null => problems.find((p) => p !== null) ?? null;
const text: Check = (v, p) => (typeof v === "string" ? null : `${p} must be text`);
const condition: Check = (v, p) => (typeof v === "boolean" || v === "any" ? null : `${p} must be true, false or "any"`);
const fit: Check = (v, p) => ((FIT_SYMBOLS as readonly unknown[]).indexOf(v) >= 0 ? null : `${p} must be one of ${FIT_SYMBOLS.join(" ")}`);
const list = (item: Check): Check => (v, p) => (Array.isArray(v) ? first(v.map((x, i) => item(x, `${p}[${i}]`))) : `${p} must be a list`);
const record = (item: Check): Check => (v, p) =>
  typeof v === "object" && v !== null && !Array.isArray(v) ? first(Object.keys(v).map((k) => item((v as Record<string, unknown>)[k], `${p}.${k}`))) : `${p} must be an object`;
const object = (fields: Record<string, Check>, optional: readonly string[] = []): Check => (v, p) => {
  if (typeof v !== "object" || v === null || Array.isArray(v)) return `${p} must be an object`;
  const o = v as Record<string, unknown>;
  const unknown = Object.keys(o).find((k) => !(k in fields));
  if (unknown !== undefined) return `${p}.${unknown} is not a field of a rulebook`;
  return first(Object.keys(fields).map((k) => (o[k] === undefined && optional.indexOf(k) >= 0 ? null : (fields[k] as Check)(o[k], `${p}.${k}`))));
};
const groups = (value: Check): Check => list((v, p) => (Array.isArray(v) && v.length === 2 ? first([value(v[0], `${p}[0]`), list(text)(v[1], `${p}[1]`)]) : `${p} must be [value, [spellings…]]`));
const boolean: Check = (v, p) => (typeof v === "boolean" ? null : `${p} must be true or false`);

const RULEBOOK: Check = object({
  name: text,
  version: text,
  language: text,
  models: list(text),
  complexities: list(text),
  rows: list(object({ drawingsComplete: condition, hasRequirements: condition, complexity: text, stage: text, fit: record(fit), recommended: text, why: text, notes: record(text) })),
  spellings: object(
    { boolean: groups(boolean), complexity: groups(text), model: groups(text), notKnown: list(text), alsoAccepted: object({ boolean: groups(boolean), complexity: groups(text) }, ["boolean", "complexity"]) },
    ["alsoAccepted"],
  ),
});

/** Null when the value has a rulebook's shape, else its first problem, by path. */
export function rulebookShapeProblem(value: unknown): string | null {
  return RULEBOOK(value, "rulebook");
}

export const hasRulebookShape = (value: unknown): value is RulebookData => rulebookShapeProblem(value) === null;
