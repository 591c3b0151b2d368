// A team's rulebook on the rules sheet: its name and version, and its decision table (one row per
// decision row, the fit and note of each model in a column) beside the lookup table the
// register's formulas read, which is generated from it. Written from a Rules value and read back
// into rulebook data, every problem naming the cell it is in.

import { BUILT_IN_RULES, compileRules, EMPTY, FIT_CODE, FIT_SYMBOLS } from "../core";
import type { DecisionRow, FitSymbol, RulebookData, RulebookIssue, Rules, SpellingGroups } from "../core";
import type { Block, CellValue, Position, TableDescription } from "./description";
import { a1, quoteSheet } from "./references";
import { DECISIONS_TABLE, RULES_SHEET } from "./sheetNames";

/** Where the decision table starts: right of the lookup and spellings tables, on their header row. */
export const DECISIONS_AT: Position = { row: 4, column: 14 };
/** The rulebook's name and version: left of each, its label. */
export const RULEBOOK_NAME_CELL: Position = { row: 2, column: DECISIONS_AT.column + 1 };
export const RULEBOOK_VERSION_CELL: Position = { row: 3, column: DECISIONS_AT.column + 1 };
export const RULEBOOK_FINGERPRINT_CELL: Position = { row: 2, column: DECISIONS_AT.column + 4 };
/** The complexity levels, least complex first, comma-separated. */
export const RULEBOOK_LEVELS_CELL: Position = { row: 3, column: DECISIONS_AT.column + 4 };

/** The word a condition that holds for every value is written as (any case when read). */
export const ANY_WORD = "Any";

const FACT_HEADERS = ["Drawings complete", "Requirements defined", "Complexity"] as const;
const fitHeader = (model: string) => `${model} fit`;
const noteHeader = (model: string) => `${model} note`;

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

/** The rulebook's name, version and fingerprint above its decision table. */
export function identityBlocks(rules: Rules): Block[] {
  const label = (at: Position, text: string, value: string): Block => ({ at: { row: at.row, column: at.column - 1 }, values: [[text, value]], styles: [["note", null]] });
  return [
    label(RULEBOOK_NAME_CELL, "Rulebook", rules.name),
    label(RULEBOOK_VERSION_CELL, "Version", rules.version),
    label(RULEBOOK_FINGERPRINT_CELL, "Fingerprint", rules.fingerprint),
    label(RULEBOOK_LEVELS_CELL, "Complexity levels", rules.complexities.join(", ")),
  ];
}

/** A cell of the rules sheet, as problems name it: 'MFG Rules'!S7. */
const sheetCell = (row: number, column: number) => `${quoteSheet(RULES_SHEET)}!${a1(row, column)}`;

/** Something on the sheet that is not a rulebook yet, before the rulebook's own checks. */
export type SheetRulebookIssue =
  | { readonly code: "missing_column"; readonly header: string }
  | { readonly code: "no_rows" }
  | { readonly code: "bad_condition"; readonly header: string; readonly value: string; readonly accepted: readonly string[] }
  | { readonly code: "bad_fit"; readonly model: string; readonly value: string; readonly accepted: readonly string[] };

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
  /** The decision table's top-left cell (its header row). */
  readonly at: Position;
  readonly header: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
}

export type ReadRulebook = { readonly ok: true; readonly rules: Rules } | { readonly ok: false; readonly problems: readonly RulebookProblem[] };

const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v)).trim();
const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Reads a rulebook from its sheet: the decision table against the base rulebook (the built-in
 * one), whose language, levels and spellings it keeps; models are those the table has a fit
 * column for. Every problem names its cell; nothing throws.
 */
export function readRulebook(cells: RulebookCells, base: Rules = BUILT_IN_RULES, place: (row: number, column: number) => string = sheetCell): ReadRulebook {
  const cellAt = place;
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
    fitWords.set(base.locale.fit[FIT_CODE[symbol]].toLowerCase(), symbol);
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
  const spellings = base.data.spellings;
  const data: RulebookData = {
    ...base.data,
    name: text(cells.name),
    version: text(cells.version),
    models,
    complexities,
    rows: decisionRows,
    // A model or level the team adds is spelled by its name.
    spellings: { ...spellings, model: spelledAs(spellings.model, models), complexity: spelledAs(spellings.complexity, complexities) },
  };
  const compiled = compileRules(data);
  if (compiled.ok) return { ok: true, rules: compiled.rules };
  const nameCell = cellAt(RULEBOOK_NAME_CELL.row, RULEBOOK_NAME_CELL.column);
  return { ok: false, problems: compiled.issues.map((issue) => ({ cell: issueCell(issue, cellOf, nameCell, tableCell), issue })) };
}

/** The cell a rulebook issue is about: its row's cell in the column the issue names. */
function issueCell(issue: RulebookIssue, cellOf: (i: number, h: string) => string, nameCell: string, tableCell: string): string {
  if (issue.code === "overlapping_rows") return cellOf((issue.rows[1] as number) - 1, "Drawings complete");
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

const rowKey = (r: Rules, row: DecisionRow) =>
  JSON.stringify([row.drawingsComplete, row.hasRequirements, row.complexity, row.stage, row.recommended, row.why, r.models.map((m) => [m, row.fit[m], row.notes[m] ?? ""])]);

/** A rulebook's rows another does not have as they are (none: the same decisions). */
export function rowsNotIn(rules: Rules, other: Rules): DecisionRow[] {
  const theirs = new Set(other.rows.map((row) => rowKey(other, row)));
  return rules.rows.filter((row) => !theirs.has(rowKey(rules, row)));
}

export const rowsDiffering = (rules: Rules, other: Rules): number => rowsNotIn(rules, other).length;

/** A decision row in one line: "FALSE, TRUE, Medium → JDM (OEM Mismatch, ODM Conditional, JDM Fit): Joint development". */
export function decisionRowText(rules: Rules, row: DecisionRow): string {
  const facts = [row.drawingsComplete, row.hasRequirements, row.complexity].map((c) => (c === "any" ? ANY_WORD : c === true ? "TRUE" : c === false ? "FALSE" : c));
  const fits = rules.models.map((m) => `${m} ${rules.locale.fit[FIT_CODE[row.fit[m] as FitSymbol]]}`).join(", ");
  return `${facts.join(", ")} → ${row.recommended} (${fits}): ${row.stage}`;
}

/** What names the rulebook a register was judged by, for reports and --json. */
export interface RulesIdentity {
  readonly name: string;
  readonly version: string;
  readonly fingerprint: string;
  /** True when its decisions are the built-in rulebook's (the fingerprints are equal). */
  readonly builtIn: boolean;
  /** Its rows the built-in rulebook does not have as they are. */
  readonly rowsDiffering: number;
}

export function rulesIdentity(rules: Rules): RulesIdentity {
  const builtIn = rules.fingerprint === BUILT_IN_RULES.fingerprint;
  return { name: rules.name, version: rules.version, fingerprint: rules.fingerprint, builtIn, rowsDiffering: builtIn ? 0 : rowsDiffering(rules, BUILT_IN_RULES) };
}

/**
 * The built-in rules of another version of the add-in: named as the built-in rules, another
 * version, other decisions. Such a workbook is offered the update; a team's rulebook is only told.
 */
export const isOtherBuiltIn = (rules: Pick<Rules, "name" | "version" | "fingerprint">): boolean =>
  rules.name === BUILT_IN_RULES.name && rules.version !== BUILT_IN_RULES.version && rules.fingerprint !== BUILT_IN_RULES.fingerprint;
