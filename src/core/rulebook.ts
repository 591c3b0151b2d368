// A rulebook as data (decision table, models, complexity levels, accepted spellings) and the
// `Rules` value it compiles into: what every judgement takes. The built-in rulebook is one such
// value (builtInRules.ts); a team's is another. Plain TypeScript: it runs in Excel's ES2016
// custom-functions runtime too, where no schema library loads (the zod schema in
// rulebookSchema.ts calls the same checks).

import { checkRulebook } from "./rulebookChecks";
import type { RulebookIssue } from "./rulebookChecks";
import type { RulebookData } from "./rulebookData";
import { judgingOf } from "./judging";
import type { Judging } from "./judging";
import { vocabularyOf } from "./vocabulary";
import type { Vocabularies } from "./vocabulary";
import type { Language, Locale } from "./locale";
import { LOCALES } from "./locales";

export type { Any, DecisionRow, RulebookData, SpellingGroups } from "./rulebookData";
export { conditionHolds } from "./rulebookData";

/** A checked, compiled rulebook: the value classification, fit and explanations take. */
export interface Rules extends Pick<RulebookData, "name" | "version" | "models" | "complexities" | "rows"> {
  /** FNV-1a of the content (everything but name and version): equal exactly when the rules are. */
  readonly fingerprint: string;
  readonly vocabulary: Vocabularies;
  readonly notKnown: readonly string[];
  /** The words its verdicts are shown in: its language's. */
  readonly locale: Locale;
  /** Its parsers and every classification, built once when it is compiled (classify.ts reads them). */
  readonly judging: Judging;
  /** The data it was compiled from. */
  readonly data: RulebookData;
}

export type CompiledRules = { readonly ok: true; readonly rules: Rules } | { readonly ok: false; readonly issues: readonly RulebookIssue[] };

/** FNV-1a, 32 bits, as 8 hex digits. */
export function contentHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const hex = hash.toString(16);
  return "00000000".slice(hex.length) + hex;
}

/** The rulebook's content, name and version aside, in a fixed order: what the fingerprint hashes. */
function content(data: RulebookData): string {
  const { language, models, complexities, rows, spellings } = data;
  return JSON.stringify([language, models, complexities, rows.map((r) => [r.drawingsComplete, r.hasRequirements, r.complexity, r.stage, models.map((m) => r.fit[m]), r.recommended, r.why, models.map((m) => r.notes[m] ?? "")]), spellings]);
}


/** Checks and compiles a rulebook: issues as data, never a throw. */
export function compileRules(data: RulebookData): CompiledRules {
  const issues = checkRulebook(data);
  if (issues.length > 0) return { ok: false, issues };
  const vocabulary = {
    boolean: vocabularyOf(data.spellings.boolean, true, data.spellings.alsoAccepted?.boolean),
    complexity: vocabularyOf(data.spellings.complexity, false, data.spellings.alsoAccepted?.complexity),
    model: vocabularyOf(data.spellings.model, false),
  };
  const rows = Object.freeze(data.rows.map((r) => Object.freeze({ ...r })));
  const complexities = Object.freeze([...data.complexities]);
  const notKnown = Object.freeze([...data.spellings.notKnown]);
  const rules: Rules = {
    name: data.name,
    version: data.version,
    fingerprint: contentHash(content(data)),
    models: Object.freeze([...data.models]),
    complexities,
    rows,
    vocabulary,
    notKnown,
    locale: LOCALES[data.language as Language],
    judging: judgingOf(rows, complexities, vocabulary, notKnown),
    data,
  };
  return { ok: true, rules: Object.freeze(rules) };
}
