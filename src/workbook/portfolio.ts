// The portfolio roll-up as one description: a summary row per register, every problem row with
// its file, and projects by stage and model used with a native column chart. Rendered into a new
// file by `mfgmodel rollup` (src/files/portfolio.ts) and into the open workbook by the pane
// (src/excel/portfolio.ts). Pure.

import { builtInRules, LOCALES, problemLabel, ROW_STATUSES } from "../core";
import type { Language, Rules } from "../core";
import type { CellValue, SheetDescription } from "./description";
import type { Rect } from "./references";
import type { ProblemRow, RegisterReport } from "./registerReport";
import { BAD_MODEL, MAX_PROBLEMS, NO_MODEL, STAGE_NOT_KNOWN } from "./registerReport";
import type { ModelUsed, StageCounts } from "./registerReport";
import type { RulesIdentity } from "./rulesIdentity";
import { sheetWords } from "./sheetWords";

/** One register read, or one file that could not be, with its sentence. */
export interface PortfolioEntry {
  /** The file (command line) or the workbook (pane) the register is in. */
  readonly file: string;
  readonly register: (RegisterReport & { readonly stages: StageCounts; readonly teams: readonly string[] }) | null;
  readonly error: string | null;
  /** The same sentence in the other languages, when the refusal has words in them (fileWordsIntl.ts). */
  readonly errorIn?: Readonly<Partial<Record<Language, string>>>;
  /** The refusal's code when the file could not be read ("not_zip", "zip.crc", "register.header"…). */
  readonly errorCode?: string;
  /** The rulebook the register was judged by. */
  readonly rules?: RulesIdentity;
  /** True when the run was told which rules to expect and these are others. */
  readonly unexpectedRules?: boolean;
}

/**
 * The sheets' names. A portfolio file is a new workbook and needs no prefix; in an analyst's own
 * workbook (the pane) they carry "MFG " so they never collide with a sheet of theirs.
 */
export const PORTFOLIO_SHEET = "Portfolio";
export const PROBLEMS_SHEET = "Problem rows";
export const STAGES_SHEET = "By stage";
export const IN_WORKBOOK_PREFIX = "MFG ";
export const PORTFOLIO_TABLE = "MfgPortfolio";
export const PROBLEMS_TABLE = "MfgProblems";

const summaryHeaders = (language: Language): string[] => {
  const h = sheetWords(language).portfolio.headers;
  return [h.file, h.sheet, h.team, h.rows, ...ROW_STATUSES.map((s) => LOCALES[language].status[s]), h.gaps, h.note, h.rules];
};
const problemHeaders = (language: Language): string[] => {
  const h = sheetWords(language).portfolio.headers;
  return [h.file, h.sheet, h.row, h.project, h.supplier, h.status, h.reason, h.team];
};
/** A stage grid column's name in a language: a model, or the words for none chosen and not accepted. */
const shownModel = (m: ModelUsed, language: Language): string => (m === NO_MODEL ? sheetWords(language).portfolio.noModel : m === BAD_MODEL ? sheetWords(language).portfolio.badModel : m);
/** The stage grid's columns, and the chart's series: a rulebook's models, then none and not accepted. */
export const modelsUsed = (rules: Rules): readonly ModelUsed[] => [...rules.models, NO_MODEL, BAD_MODEL];
/**
 * The stage grid's rows, and the chart's categories: a rulebook's stages in its order, then the
 * stages only a team's rulebook has (registers judged by other rules), then not known yet.
 */
export const portfolioStages = (rules: Rules, entries: readonly PortfolioEntry[] = []): readonly string[] => {
  const stages = [...rules.rows.map((r) => r.stage), ...entries.flatMap((e) => Object.keys(e.register?.stages ?? {}))];
  return [...stages.filter((stage, i) => stage !== STAGE_NOT_KNOWN && stages.indexOf(stage) === i), STAGE_NOT_KNOWN];
};

/**
 * An entry with its stages in a portfolio's language when its register was judged by the built-in
 * rulebook of another: the same decisions, so a German and an English register count on the same
 * rows of the stage grid. A team's own stages stay as the team wrote them.
 */
export function entryInLanguage(e: PortfolioEntry, language: Language): PortfolioEntry {
  const from = e.rules?.language;
  if (e.register === null || e.rules === undefined || !e.rules.builtIn || from === undefined || from === language) return e;
  const theirs = builtInRules(from).rows.map((r) => r.stage);
  const ours = builtInRules(language).rows.map((r) => r.stage);
  const stages: Record<string, StageCounts[string]> = {};
  for (const [stage, counts] of Object.entries(e.register.stages)) {
    const i = theirs.indexOf(stage);
    const name = i < 0 ? stage : (ours[i] as string);
    const known = stages[name];
    stages[name] = known === undefined ? counts : Object.fromEntries([...new Set([...Object.keys(known), ...Object.keys(counts)])].map((m) => [m, (known[m] ?? 0) + (counts[m] ?? 0)]));
  }
  return { ...e, register: { ...e.register, stages } };
}

/** Why a file could not be read, in a language when the refusal has words in it. */
export const errorIn = (e: PortfolioEntry, language: Language): string => e.errorIn?.[language] ?? e.error ?? "";

/** "Battery team, version 3 (17aa6b6c)", flagged when the run expected other rules. */
export const rulesCell = (e: PortfolioEntry, language: Language = "en"): string =>
  e.rules === undefined ? "" : sheetWords(language).portfolio.rules(e.rules.name, e.rules.version, e.rules.fingerprint, e.unexpectedRules === true);
const TABLE_TOP = 3;
/** A problem row's reason, with its supplier gap when the row is listed for more than its supplier. */
const problemReason = (p: ProblemRow, language: Language): string => (p.status === "fit" || p.supplierFit === "" ? p.reason : `${p.reason}${sheetWords(language).portfolio.supplierGap}${p.supplierFit}`);
/** The sheet names of a portfolio written with a prefix (never taken for a register). */
export const portfolioSheetNames = (prefix: string): string[] => [PORTFOLIO_SHEET, PROBLEMS_SHEET, STAGES_SHEET].map((n) => prefix + n);
const STAGES_TOP = 3;

function summaryRow(e: PortfolioEntry, language: Language): CellValue[] {
  const r = e.register;
  if (r === null) return [e.file, "", "", "", "", "", "", "", "", "", errorIn(e, language), ""];
  const c = r.counts;
  const note = r.truncated ? sheetWords(language).portfolio.truncated(MAX_PROBLEMS) : "";
  return [e.file, r.sheet, r.teams.join(", "), r.rows, ...ROW_STATUSES.map((s) => c[s]), r.supplierGaps, note, rulesCell(e, language)];
}

/** Projects by stage (rows) and model used (columns) of a rulebook, with a total column, over every register. */
export function stageGrid(entries: readonly PortfolioEntry[], rules: Rules): number[][] {
  const models = modelsUsed(rules);
  return portfolioStages(rules, entries).map((stage) => {
    const counts = models.map((m) => entries.reduce((n, e) => n + (e.register?.stages[stage]?.[m] ?? 0), 0));
    return [...counts, counts.reduce((a, b) => a + b, 0)];
  });
}

/** Problem rows one sheet holds: Excel's 1,048,576 rows less the title rows and the table's header. */
export const PROBLEM_ROWS_PER_SHEET = 1_048_576 - TABLE_TOP;

/** A register's team as the problem rows name it: its teams, comma-separated ("" for none). */
export const teamOf = (e: PortfolioEntry): string => e.register?.teams.join(", ") ?? "";

/** The problem rows' order of teams: by name, registers without a team last. */
export const compareTeams = (a: string, b: string): number => (a === "" ? 1 : 0) - (b === "" ? 1 : 0) || a.localeCompare(b);

/** A register's problem rows as the problem-rows table holds them, in a language. */
export function problemCells(e: PortfolioEntry, language: Language = "en"): CellValue[][] {
  const team = teamOf(e);
  return (e.register?.problems ?? []).map((p) => [e.file, p.sheet, p.row, p.project, p.supplier, problemLabel(LOCALES[language], p.status), problemReason(p, language), team]);
}

/** Problem rows a writer streams in after the description (a file's writer, for a portfolio of any size). */
export interface StreamedProblems {
  readonly count: number;
}

/**
 * The problem rows' sheets: one, or as many as the rows need past Excel's row limit ("Problem
 * rows", "Problem rows 2"…, tables MfgProblems, MfgProblems2…), each saying where the list goes on.
 * Streamed, each table holds no rows but says how many the writer adds.
 */
function problemSheets(problems: readonly CellValue[][] | StreamedProblems, prefix: string, perSheet: number, language: Language): SheetDescription[] {
  const words = sheetWords(language).portfolio;
  const count = "count" in problems ? problems.count : problems.length;
  const slice = (i: number): { rows: CellValue[][]; streamedRows?: number } =>
    "count" in problems ? { rows: [], streamedRows: Math.min(perSheet, count - i * perSheet) } : { rows: problems.slice(i * perSheet, (i + 1) * perSheet) };
  const parts = count === 0 ? [{ rows: [[words.noProblems, "", "", "", "", "", "", ""]] }] : Array.from({ length: Math.ceil(count / perSheet) }, (_, i) => slice(i));
  const nameOf = (i: number) => prefix + PROBLEMS_SHEET + (i === 0 ? "" : ` ${i + 1}`);
  return parts.map((rows, i) => ({
    name: nameOf(i),
    blocks: [{
      at: { row: 1, column: 1 },
      values: [[`${words.problemsTitle}${parts.length === 1 ? "" : words.part(i + 1, parts.length, i + 1 < parts.length ? nameOf(i + 1) : undefined)}`]],
      styles: [["title"]],
    }],
    tables: [{ name: PROBLEMS_TABLE + (i === 0 ? "" : String(i + 1)), at: { row: TABLE_TOP, column: 1 }, headers: problemHeaders(language), ...rows, style: "TableStyleMedium2" }],
    columnWidths: [34, 16, 6, 24, 18, 14, 80, 16],
    freezeRows: TABLE_TOP,
    freezeColumns: 0,
    print: { orientation: "landscape", titleRows: { first: TABLE_TOP, last: TABLE_TOP } },
  }));
}

/**
 * The portfolio's sheets, its stage grid by the stages and models of the rulebook it was judged
 * by. The problem rows are the entries' own, or `streamed` by the writer (the entries' then unused).
 */
export function portfolioSheets(entries: readonly PortfolioEntry[], rules: Rules, prefix = "", perSheet = PROBLEM_ROWS_PER_SHEET, streamed?: StreamedProblems): SheetDescription[] {
  const stages = portfolioStages(rules, entries);
  const models = modelsUsed(rules);
  const language = rules.locale.tag;
  const words = sheetWords(language).portfolio;
  // By team, then in the files' order: a team's rows together, registers without a team last.
  const byTeam = entries.map((e, i) => ({ e, i, team: teamOf(e) })).sort((a, b) => compareTeams(a.team, b.team) || a.i - b.i);
  const problems = streamed ?? byTeam.flatMap(({ e }) => problemCells(e, language));
  const read = entries.filter((e) => e.register !== null).length;
  const grid = stageGrid(entries, rules);
  return [
    {
      name: prefix + PORTFOLIO_SHEET,
      blocks: [
        { at: { row: 1, column: 1 }, values: [[words.title]], styles: [["title"]] },
        { at: { row: 2, column: 1 }, values: [[words.read(read, entries.length)]], styles: [["note"]] },
      ],
      tables: [{ name: PORTFOLIO_TABLE, at: { row: TABLE_TOP, column: 1 }, headers: summaryHeaders(language), rows: entries.map((e) => summaryRow(e, language)), style: "TableStyleMedium2" }],
      columnWidths: [34, 16, 14, 8, 8, 12, 10, 14, 10, 14, 60, 44],
      freezeRows: TABLE_TOP,
      freezeColumns: 0,
      print: { orientation: "landscape", titleRows: { first: TABLE_TOP, last: TABLE_TOP } },
    },
    ...problemSheets(problems, prefix, perSheet, language),
    {
      name: prefix + STAGES_SHEET,
      blocks: [
        { at: { row: 1, column: 1 }, values: [[words.stagesTitle]], styles: [["title"]] },
        {
          at: { row: STAGES_TOP, column: 1 },
          values: [[words.headers.stage, ...models.map((m) => shownModel(m, language)), words.headers.total], ...stages.map((stage, i) => [stage === STAGE_NOT_KNOWN ? words.stageNotKnown : stage, ...(grid[i] as number[])])],
          styles: [["header", ...models.map(() => "header" as const), "header"], ...stages.map(() => [null, ...models.map(() => "centered" as const), "centered" as const])],
        },
      ],
      tables: [],
      columnWidths: [24, ...rules.models.map(() => 10), 18, 20, 10],
      freezeRows: 0,
      freezeColumns: 0,
      print: { orientation: "landscape", titleRows: null },
    },
  ];
}

/** A native clustered column chart of the stage grid: one series per model used. */
export interface ChartDescription {
  readonly sheet: string;
  readonly title: string;
  /** The stage names (one column). */
  readonly categories: Rect;
  /** One per series: its name cell and its values (one column each). */
  readonly series: readonly { readonly name: string; readonly nameCell: Rect; readonly values: Rect }[];
  /** Where it is anchored, in cells (top-left inclusive, bottom-right exclusive). */
  readonly anchor: Rect;
  /** The chart's name in Excel, so a new build replaces it. */
  readonly name: string;
}

export function portfolioChart(rules: Rules, prefix = "", entries: readonly PortfolioEntry[] = []): ChartDescription {
  const first = STAGES_TOP + 1;
  const last = STAGES_TOP + portfolioStages(rules, entries).length;
  return {
    sheet: prefix + STAGES_SHEET,
    title: sheetWords(rules.locale.tag).portfolio.chartTitle,
    categories: { top: first, left: 1, bottom: last, right: 1 },
    series: modelsUsed(rules).map((m, i) => ({ name: shownModel(m, rules.locale.tag), nameCell: { top: STAGES_TOP, left: 2 + i, bottom: STAGES_TOP, right: 2 + i }, values: { top: first, left: 2 + i, bottom: last, right: 2 + i } })),
    anchor: { top: last + 2, left: 1, bottom: last + 22, right: 8 },
    name: "MfgPortfolioChart",
  };
}
