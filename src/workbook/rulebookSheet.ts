// A team's rulebook read back from the rules sheet (laid out by rulebookLayout.ts): its name,
// version and levels, its decision table and its added spellings, into a checked Rules value,
// every problem naming the cell it is in. Both renderers feed it the cells they read.

import { BUILT_IN_RULES, builtInBase, compileRules, EMPTY, FIT_CODE, FIT_SYMBOLS, LANGUAGES, LOCALES } from "../core";
import type { DecisionRow, FitSymbol, RulebookData, RulebookIssue, Rules, SpellingGroups } from "../core";
import type { Position } from "./description";
import { ANY_WORD, FACT_HEADERS, fitHeader, noteHeader, RULEBOOK_LANGUAGE_CELL, RULEBOOK_NAME_CELL, same } from "./rulebookLayout";
import { a1, quoteSheet } from "./references";
import { RULES_SHEET } from "./sheetNames";

/** A cell of the rules sheet, as problems name it: 'MFG Rules'!S7. */
const sheetCell = (row: number, column: number) => `${quoteSheet(RULES_SHEET)}!${a1(row, column)}`;

/** Something on the sheet that is not a rulebook yet, before the rulebook's own checks. */
export type SheetRulebookIssue =
  | { readonly code: "missing_column"; readonly header: string }
  | { readonly code: "no_rows" }
  | { readonly code: "bad_condition"; readonly header: string; readonly value: string; readonly accepted: readonly string[] }
  | { readonly code: "bad_fit"; readonly model: string; readonly value: string; readonly accepted: readonly string[] }
  | { readonly code: "bad_meaning"; readonly value: string; readonly accepted: readonly string[] }
  | { readonly code: "empty_spelling" };

/** A problem with the workbook's rulebook, at the cell (or the table) it is about. */
export interface RulebookProblem {
  /** 'MFG Rules'!Q7, or the table's range when the problem is the table's as a whole. */
  readonly cell: string;
  readonly issue: RulebookIssue | SheetRulebookIssue;
}

/** What the rules sheet holds, as read by either renderer: cells are values as Excel reads them. */
export interface RulebookCells {
  readonly name: unknown;
  readonly version: unknown;
  /** The complexity levels cell. */
  readonly levels: unknown;
  /** The language cell ("de"), absent on a sheet written before languages (and in a function's range). */
  readonly language?: unknown;
  /** The decision table's top-left cell (its header row). */
  readonly at: Position;
  readonly header: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
  /** The team's spellings table (Means, Also accepted), when the sheet has one. */
  readonly spellings?: { readonly at: Position; readonly rows: readonly (readonly unknown[])[] };
}

export type ReadRulebook = { readonly ok: true; readonly rules: Rules } | { readonly ok: false; readonly problems: readonly RulebookProblem[] };

const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v)).trim();

/**
 * Reads a rulebook from its sheet: the decision table against the base rulebook (the built-in
 * one), whose language, levels and spellings it keeps; models are those the table has a fit
 * column for. Every problem names its cell; nothing throws.
 */
export function readRulebook(cells: RulebookCells, fallback: Rules = BUILT_IN_RULES, cellAt: (row: number, column: number) => string = sheetCell): ReadRulebook {
  const { base, language } = baseOf(cells, fallback);
  const header = cells.header.map(text);
  const columnOf = (h: string) => header.findIndex((x) => same(x, h));
  const models = header.filter((h) => / fit$/i.test(h)).map((h) => h.slice(0, -" fit".length).trim());
  const required = [...FACT_HEADERS, "Stage", "Recommended model", "Why", ...models.map(noteHeader)];
  const missing = required.filter((h) => columnOf(h) < 0);
  const tableCell = cellAt(cells.at.row, cells.at.column);
  if (models.length === 0) missing.push(fitHeader(base.models[0] as string));
  if (missing.length > 0) return { ok: false, problems: missing.map((h) => ({ cell: tableCell, issue: { code: "missing_column", header: h } })) };
  const rows = cells.rows.filter((r) => r.some((v) => text(v) !== ""));
  if (rows.length === 0) return { ok: false, problems: [{ cell: tableCell, issue: { code: "no_rows" } }] };

  const problems: RulebookProblem[] = [];
  const cellOf = (i: number, h: string) => cellAt(cells.at.row + 1 + cells.rows.indexOf(rows[i] as readonly unknown[]), cells.at.column + columnOf(h));
  const fitWords = new Map<string, FitSymbol>();
  for (const symbol of FIT_SYMBOLS) {
    fitWords.set(symbol, symbol);
    // Any language's fit words: a team that changes the rulebook's language keeps its table.
    for (const l of LANGUAGES) fitWords.set(LOCALES[l].fit[FIT_CODE[symbol]].toLowerCase(), symbol);
  }
  const booleans = base.judging.parsers.drawingsComplete;
  // The levels, least complex first, as the sheet lists them (the base's when the cell is empty).
  const listedLevels = text(cells.levels).split(",").map((l) => l.trim()).filter((l) => l !== "");
  const complexities = listedLevels.length > 0 ? listedLevels : [...base.complexities];
  const condition = (i: number, h: (typeof FACT_HEADERS)[number]): boolean | string => {
    const raw = (rows[i] as readonly unknown[])[columnOf(h)];
    if (same(text(raw), ANY_WORD)) return "any";
    if (h === "Complexity") {
      const level = complexities.find((c) => same(c, text(raw)));
      if (level !== undefined) return level;
      problems.push({ cell: cellOf(i, h), issue: { code: "bad_condition", header: h, value: text(raw), accepted: [...complexities, ANY_WORD] } });
      return text(raw);
    }
    const parsed = booleans(raw);
    if (parsed !== EMPTY && parsed.ok) return parsed.value;
    problems.push({ cell: cellOf(i, h), issue: { code: "bad_condition", header: h, value: text(raw), accepted: ["TRUE", "FALSE", ANY_WORD] } });
    return "any";
  };
  const decisionRows: DecisionRow[] = rows.map((row, i) => {
    const fit: Record<string, FitSymbol> = {};
    const notes: Record<string, string> = {};
    for (const m of models) {
      const word = text(row[columnOf(fitHeader(m))]);
      const symbol = fitWords.get(word.toLowerCase());
      if (symbol === undefined) {
        problems.push({ cell: cellOf(i, fitHeader(m)), issue: { code: "bad_fit", model: m, value: word, accepted: FIT_SYMBOLS.map((s) => base.locale.fit[FIT_CODE[s]]) } });
      } else fit[m] = symbol;
      const note = text(row[columnOf(noteHeader(m))]);
      if (note !== "") notes[m] = note;
    }
    return {
      drawingsComplete: condition(i, "Drawings complete") as boolean | "any",
      hasRequirements: condition(i, "Requirements defined") as boolean | "any",
      complexity: condition(i, "Complexity") as string,
      stage: text(row[columnOf("Stage")]),
      fit,
      recommended: models.find((m) => same(m, text(row[columnOf("Recommended model")]))) ?? text(row[columnOf("Recommended model")]),
      why: text(row[columnOf("Why")]),
      notes,
    };
  });
  if (problems.length > 0) return { ok: false, problems };

  const spelledAs = <T>(groups: SpellingGroups<T>, values: readonly T[]): SpellingGroups<T> => values.map((v) => groups.find(([x]) => x === v) ?? [v, [String(v)]]);
  // The team's spellings, each added to the value it means.
  const extra = new Map<unknown, string[]>();
  const spellingsAtCell = cells.spellings === undefined ? tableCell : cellAt(cells.spellings.at.row, cells.spellings.at.column);
  (cells.spellings?.rows ?? []).forEach((row, i) => {
    const [meansRaw, wordRaw] = [row[0], text(row[1])];
    if (text(meansRaw) === "" && wordRaw === "") return;
    const at = (c: number) => cellAt((cells.spellings as { at: Position }).at.row + 1 + i, (cells.spellings as { at: Position }).at.column + c);
    const means = text(meansRaw);
    const boolean = typeof meansRaw === "boolean" ? meansRaw : /^(true|false)$/i.test(means) ? /^true$/i.test(means) : undefined;
    const value = boolean ?? complexities.find((c) => same(c, means)) ?? models.find((m) => same(m, means));
    if (value === undefined) problems.push({ cell: at(0), issue: { code: "bad_meaning", value: means, accepted: ["TRUE", "FALSE", ...complexities, ...models] } });
    else if (wordRaw === "") problems.push({ cell: at(1), issue: { code: "empty_spelling" } });
    else extra.set(value, [...(extra.get(value) ?? []), wordRaw]);
  });
  if (problems.length > 0) return { ok: false, problems };
  const withExtra = <T>(groups: SpellingGroups<T>): SpellingGroups<T> => groups.map(([v, words]) => [v, [...words, ...(extra.get(v) ?? []).filter((w) => !words.some((x) => same(x, w)))]] as const);
  const spellings = base.data.spellings;
  const data: RulebookData = {
    ...base.data,
    language,
    name: text(cells.name),
    version: text(cells.version),
    models,
    complexities,
    rows: decisionRows,
    // A model or level the team adds is spelled by its name.
    spellings: {
      ...spellings,
      boolean: withExtra(spellings.boolean),
      model: withExtra(spelledAs(spellings.model, models)),
      complexity: withExtra(spelledAs(spellings.complexity, complexities)),
      // Other languages' words for the base's levels, while the table keeps them.
      alsoAccepted: { ...spellings.alsoAccepted, complexity: (spellings.alsoAccepted?.complexity ?? []).filter(([level]) => complexities.indexOf(level) >= 0) },
    },
  };
  const compiled = compileRules(data);
  if (compiled.ok) return { ok: true, rules: compiled.rules };
  const nameCell = cellAt(RULEBOOK_NAME_CELL.row, RULEBOOK_NAME_CELL.column);
  const spellingIssue = (issue: RulebookIssue) => issue.code === "ambiguous_spelling" || issue.code === "reserved_spelling";
  return { ok: false, problems: compiled.issues.map((issue) => ({ cell: spellingIssue(issue) ? spellingsAtCell : issueCell(issue, cellOf, nameCell, tableCell), issue })) };
}

/**
 * The built-in words a sheet's table is read against (its spellings, its levels when the cell
 * is empty) and the rulebook's language: the language cell's; on a sheet without one (a function's
 * range), the language whose level names the rows use; else the fallback's.
 */
function baseOf(cells: RulebookCells, fallback: Rules): { base: Rules; language: string } {
  const written = text(cells.language);
  const named = LANGUAGES.find((l) => same(l, written) || same(LOCALES[l].name, written));
  if (named !== undefined) return { base: builtInBase(named), language: named };
  if (written !== "" || text(cells.levels) !== "") return { base: fallback, language: written === "" ? fallback.locale.tag : written };
  const column = cells.header.map(text).findIndex((h) => same(h, "Complexity"));
  const levels = column < 0 ? [] : cells.rows.map((r) => text(r[column])).filter((v) => v !== "" && !same(v, ANY_WORD));
  const base = LANGUAGES.map(builtInBase).find((r) => levels.every((v) => r.complexities.some((c) => same(c, v)))) ?? fallback;
  return { base, language: base.locale.tag };
}

/** The cell a rulebook issue is about: its row's cell in the column the issue names. */
function issueCell(issue: RulebookIssue, cellOf: (i: number, h: string) => string, nameCell: string, tableCell: string): string {
  if (issue.code === "overlapping_rows") return cellOf((issue.rows[1] as number) - 1, "Drawings complete");
  if (issue.code === "unknown_language") return sheetCell(RULEBOOK_LANGUAGE_CELL.row, RULEBOOK_LANGUAGE_CELL.column);
  if (!("row" in issue) || issue.row === undefined) return issue.code === "empty_text" ? nameCell : tableCell;
  const i = issue.row - 1;
  switch (issue.code) {
    case "empty_text":
      return cellOf(i, issue.field === "stage" ? "Stage" : "Why");
    case "unknown_complexity":
      return cellOf(i, "Complexity");
    case "invalid_fit":
      return cellOf(i, fitHeader(issue.model));
    case "missing_note":
    case "unexpected_note":
      return cellOf(i, noteHeader(issue.model));
    default:
      return cellOf(i, "Recommended model");
  }
}
