// Where a rulebook sits on the rules sheet and how it is written there: its name, version,
// fingerprint and levels, its decision table (the team's to edit) and the spellings a team adds.
// The reader is rulebookSheet.ts; the lookup generated from it, rules.ts.

import { builtInRulesFor, FIT_CODE } from "../core";
import type { FitSymbol, RulebookData, Rules, SpellingGroups } from "../core";
import type { Block, CellValue, Position, TableDescription } from "./description";
import { ALSO_ACCEPTED_TABLE, DECISIONS_TABLE } from "./sheetNames";
import { sheetWords } from "./sheetWords";

/** Where the decision table starts: right of the lookup and spellings tables, on their header row. */
export const DECISIONS_AT: Position = { row: 4, column: 14 };
/** The rulebook's name and version: left of each, its label. */
export const RULEBOOK_NAME_CELL: Position = { row: 2, column: DECISIONS_AT.column + 1 };
export const RULEBOOK_VERSION_CELL: Position = { row: 3, column: DECISIONS_AT.column + 1 };
export const RULEBOOK_FINGERPRINT_CELL: Position = { row: 2, column: DECISIONS_AT.column + 4 };
/** The complexity levels, least complex first, comma-separated. */
export const RULEBOOK_LEVELS_CELL: Position = { row: 3, column: DECISIONS_AT.column + 4 };
/** The language of its words ("de"): the built-in rulebook it is read against. */
export const RULEBOOK_LANGUAGE_CELL: Position = { row: 2, column: DECISIONS_AT.column + 7 };

/** The word a condition that holds for every value is written as (any case when read). */
export const ANY_WORD = "Any";

export const FACT_HEADERS = ["Drawings complete", "Requirements defined", "Complexity"] as const;
export const fitHeader = (model: string) => `${model} fit`;
export const noteHeader = (model: string) => `${model} note`;

/** The decision table's headers for a rulebook's models. */
export function decisionHeaders(models: readonly string[]): string[] {
  return [...FACT_HEADERS, "Stage", "Recommended model", ...models.map(fitHeader), "Why", ...models.map(noteHeader)];
}

const conditionCell = (c: boolean | string): CellValue => (c === "any" ? ANY_WORD : c);

/** The decision table of a rulebook, as the rules sheet shows it. */
export function decisionTable(rules: Rules): TableDescription {
  const rows = rules.rows.map((row) => [
    conditionCell(row.drawingsComplete),
    conditionCell(row.hasRequirements),
    conditionCell(row.complexity),
    row.stage,
    row.recommended,
    ...rules.models.map((m) => rules.locale.fit[FIT_CODE[row.fit[m] as FitSymbol]]),
    row.why,
    ...rules.models.map((m) => row.notes[m] ?? ""),
  ]);
  return { name: DECISIONS_TABLE, at: DECISIONS_AT, headers: decisionHeaders(rules.models), rows, style: "TableStyleMedium2" };
}

export const SPELLING_HEADERS = ["Means", "Also accepted"] as const;

/** Where the team's spellings table starts: right of the decision table, one column between. */
export const spellingsAt = (models: readonly string[]): Position => ({ row: DECISIONS_AT.row, column: DECISIONS_AT.column + decisionHeaders(models).length + 1 });

/** Equal but for case: how headers, levels, models and spellings on the sheet are matched. */
export const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

type Kind = "boolean" | "complexity" | "model";
const groupsOf = (data: RulebookData, kind: Kind): SpellingGroups<unknown> => data.spellings[kind] as SpellingGroups<unknown>;

/** The spellings a rulebook accepts beyond the built-in ones (a value's own name aside), as [means, spelling] rows. */
export function addedSpellings(rules: Rules): [CellValue, string][] {
  const rows: [CellValue, string][] = [];
  for (const kind of ["boolean", "complexity", "model"] as const) {
    for (const [value, words] of groupsOf(rules.data, kind)) {
      const builtIn = groupsOf(builtInRulesFor(rules).data, kind).find(([v]) => v === value)?.[1] ?? [String(value)];
      for (const word of words) if (!builtIn.some((w) => same(w, word))) rows.push([value as CellValue, word]);
    }
  }
  return rows;
}

/** The team's spellings table: what each extra spelling means (TRUE, FALSE, a level or a model). */
export function spellingsTable(rules: Rules): TableDescription {
  const rows = addedSpellings(rules);
  // An Excel table has at least one data row: an empty one when the team added none.
  return { name: ALSO_ACCEPTED_TABLE, at: spellingsAt(rules.models), headers: SPELLING_HEADERS, rows: rows.length > 0 ? rows : [["", ""]], style: "TableStyleLight9" };
}

/** The rulebook's name, version and fingerprint above its decision table. */
export function identityBlocks(rules: Rules): Block[] {
  const label = (at: Position, text: string, value: string): Block => ({ at: { row: at.row, column: at.column - 1 }, values: [[text, value]], styles: [["note", null]] });
  const words = sheetWords(rules.locale.tag).rulesLabels;
  return [
    label(RULEBOOK_NAME_CELL, words.rulebook, rules.name),
    label(RULEBOOK_VERSION_CELL, words.version, rules.version),
    label(RULEBOOK_FINGERPRINT_CELL, words.fingerprint, rules.fingerprint),
    label(RULEBOOK_LEVELS_CELL, words.levels, rules.complexities.join(", ")),
    label(RULEBOOK_LANGUAGE_CELL, words.language, rules.locale.tag),
  ];
}
