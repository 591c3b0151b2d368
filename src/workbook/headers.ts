// Finding the register's columns in an analyst's own table or range, by header: synonyms, any
// case and punctuation, or an explicit mapping. Pure.

import { LANGUAGES } from "../core";
import type { Language } from "../core";
import { HEADER_WORDS, TEAM_WORDS } from "./headerWords";
import { INPUTS, REQUIRED_ROLES } from "./inputs";
import type { InputRole } from "./inputs";
import { COMPUTED_COLUMNS } from "./registerColumns";
import type { RegisterColumn } from "./registerColumns";
import { sheetWords } from "./sheetWords";
import type { ComputedRole } from "./sheetWords";

/**
 * Header synonyms, English first (the add-in's own header is the first), then German, Chinese and
 * Japanese; compared as `normalise` makes them.
 */
export const HEADER_SYNONYMS: Readonly<Record<InputRole, readonly string[]>> = Object.fromEntries(
  INPUTS.map((i): [string, readonly string[]] => [i.role, [i.header, ...i.synonyms, ...Object.values(HEADER_WORDS).flatMap((words) => words[i.role])]]),
) as unknown as Record<InputRole, readonly string[]>;

/**
 * A header as it is compared: full-width forms folded (NFKC), lower case, and nothing but letters
 * and digits of any script ("Drawings?" is "drawings", "Komplexität" "komplexität", "图纸 完成" "图纸完成").
 */
export const normalise = (header: unknown): string => String(header ?? "").normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

const SYNONYM_INDEX: ReadonlyMap<string, InputRole> = new Map(
  (Object.entries(HEADER_SYNONYMS) as [InputRole, readonly string[]][]).flatMap(([role, words]) =>
    words.map((w) => [normalise(w), role] as const),
  ),
);

/** Headers of a column naming the buying team, for the portfolio roll-up (not an input). */
const TEAM_HEADERS = new Set(["Team", "Buying team", "Procurement team", "Buyer team", "Purchasing team", "Department", ...Object.values(TEAM_WORDS).flat()].map(normalise));

/** The 0-based position of a team column in a header row, if one says so. */
export function teamColumnIndex(headers: readonly unknown[]): number | undefined {
  const index = headers.findIndex((h) => TEAM_HEADERS.has(normalise(h)));
  return index < 0 ? undefined : index;
}

export type ColumnMapping = Partial<Record<InputRole, number>>;

export type HeaderProblem =
  | { readonly code: "missing"; readonly roles: readonly InputRole[] }
  | { readonly code: "ambiguous"; readonly role: InputRole; readonly headers: readonly string[] }
  | { readonly code: "unknown_header"; readonly role: InputRole; readonly header: string };

export type HeaderMatch = { readonly ok: true; readonly columns: Readonly<Record<InputRole, number | undefined>> } | { readonly ok: false; readonly problem: HeaderProblem };

/**
 * Maps roles to 0-based positions in a header row. An explicit mapping (role → header text)
 * wins over synonyms; two headers claiming one role is ambiguous, never a guess.
 */
export function matchHeaders(headers: readonly unknown[], explicit: Partial<Record<InputRole, string>> = {}): HeaderMatch {
  const columns: Partial<Record<InputRole, number>> = {};
  for (const [role, header] of Object.entries(explicit) as [InputRole, string][]) {
    const index = headers.findIndex((h) => normalise(h) === normalise(header));
    if (index < 0) return { ok: false, problem: { code: "unknown_header", role, header } };
    columns[role] = index;
  }
  const claimed = new Set(Object.values(columns));
  const found = new Map<InputRole, number[]>();
  headers.forEach((h, index) => {
    const role = SYNONYM_INDEX.get(normalise(h));
    if (role === undefined || columns[role] !== undefined || claimed.has(index)) return;
    found.set(role, [...(found.get(role) ?? []), index]);
  });
  for (const [role, indexes] of found) {
    if (indexes.length > 1) {
      return { ok: false, problem: { code: "ambiguous", role, headers: indexes.map((i) => String(headers[i])) } };
    }
    columns[role] = indexes[0];
  }
  const missing = REQUIRED_ROLES.filter((role) => columns[role] === undefined);
  if (missing.length > 0) return { ok: false, problem: { code: "missing", roles: missing } };
  return { ok: true, columns: { project: columns.project, supplier: columns.supplier, ...columns } as Record<InputRole, number | undefined> };
}


/** Computed columns appended to an analyst's own table carry a prefix, so they never collide with theirs. */
const OWN_TABLE_PREFIX = "MFG ";

/** The header of a computed column in a language: plain in the add-in's register, prefixed in the analyst's. */
export function computedHeader(column: RegisterColumn, own: boolean, language: Language = "en"): string {
  const header = language === "en" ? column.header : (sheetWords(language).computed[column.role as ComputedRole] ?? column.header);
  return own ? header : `${OWN_TABLE_PREFIX}${header}`;
}

export type ComputedPlan =
  /** 0-based positions in the header row of columns an earlier run wrote. */
  | { readonly kind: "found"; readonly columns: readonly { column: RegisterColumn; index: number }[] }
  /** None yet: append them right of the register. */
  | { readonly kind: "append" }
  /** Some but not all: the analyst deleted some; ask, never guess. */
  | { readonly kind: "partial"; readonly headers: readonly string[] };

/** Where the computed columns are, from a register's header row; the same rule in Excel and in files. */
export function planComputedColumns(headers: readonly unknown[], own: boolean, columns: readonly RegisterColumn[] = COMPUTED_COLUMNS): ComputedPlan {
  // In any language: a register built in German keeps its headers when a colleague's English add-in checks it.
  const found = columns.map((column) => ({ column, index: headers.findIndex((h) => LANGUAGES.some((l) => h === computedHeader(column, own, l))) }));
  // A register an earlier version checked lacks the optional columns: it keeps the ones it has
  // (nothing moves); deleting its columns and checking again adds the new ones.
  if (found.every((f) => f.index >= 0 || f.column.optional)) return { kind: "found", columns: found.filter((f) => f.index >= 0) };
  if (found.some((f) => f.index >= 0)) return { kind: "partial", headers: columns.filter((c) => !c.optional).map((c) => computedHeader(c, own)) };
  return { kind: "append" };
}
