// What the task pane says, per language: its fixed texts (by the data-text key of their element
// in taskpane.html), the guided classification, the check report, the rules notices and the
// messages after an action. A missing word in a language is a compile error.

import type { Language } from "../../core";
import type { WorkbookSentences } from "../../excel/workbookSentences";
import type { ProblemWords } from "../../workbook";

export const PAGE_KEYS = [
  "title", "loading", "classifyTitle", "qDrawings", "helpDrawings", "qRequirements", "helpRequirements", "qComplexity", "helpComplexity",
  "yes", "no", "notKnown", "optional", "project", "supplier", "chosenLabel", "noneChosen", "nextTitle", "copy", "add",
  "workbookTitle", "rulesFileLabel", "build", "check", "portfolio", "mappingHelp", "mappingSubmit", "autoOpen",
] as const;
export type PageKey = (typeof PAGE_KEYS)[number];

/** Labels for assistive technology, by the data-label key of their element. */
export const LABEL_KEYS = ["rulesNotice", "rulesFilePanel", "problems"] as const;
export type LabelKey = (typeof LABEL_KEYS)[number];

export interface PaneWords {
  readonly page: Readonly<Record<PageKey, string>>;
  readonly labels: Readonly<Record<LabelKey, string>>;
  readonly outsideExcel: string;
  /** The questions as a message names them. */
  readonly questions: Readonly<Record<"drawingsComplete" | "hasRequirements" | "complexity" | "chosenModel", string>>;
  notKnownAnswer(names: string): string;
  readonly fitCaption: string;
  readonly model: string;
  readonly fit: string;
  readonly chosen: string;
  readonly recommended: string;
  stage(stage: string): string;
  nextTitle(model: string): string;
  readonly copied: string;
  readonly clipboardRefused: string;
  added(row: number): string;
  rowsChecked(rows: number, sheet: string): string;
  supplierGaps(n: number): string;
  truncated(n: number): string;
  problemRow(row: number, who: string): string;
  readonly supplierLabel: string;
  readonly matrixBuilt: string;
  portfolioBuilt(registers: number, sheet: string, problems: number): string;
  readonly rulesProblems: string;
  readonly restoreProblems: string;
  readonly rulesEditedByHand: string;
  readonly restoreEdited: string;
  olderBuiltIn(from: string, to: string, rows: number): string;
  restoreOlder(rows: number, to: string): string;
  updateButton(to: string): string;
  teamRules(name: string, version: string, rows: number, spellings: number): string;
  judgedBy(fingerprint: string): string;
  restoreTeam(rows: number): string;
  readonly restore: string;
  readonly restoreConfirm: string;
  readonly restoreCancel: string;
  readonly restoreAsk: string;
  readonly restored: string;
  notRulebook(file: string): string;
  fileRules(file: string, name: string, version: string, fingerprint: string, differs: string): string;
  readonly sameDecisions: string;
  differsRows(n: number): string;
  readonly fileReplaces: string;
  readonly useRules: string;
  readonly cancel: string;
  nowJudgedBy(name: string, version: string): string;
}

/**
 * All the pane says in one language: its own words, the register's, header row's and rulebook's
 * problems (src/workbook) and what stops an operation in Excel (src/excel). The pane holds the
 * English one and loads its display language's as a chunk of its own (pack.ts).
 */
export interface PanePack {
  readonly language: Language;
  readonly words: PaneWords;
  readonly problems: ProblemWords;
  readonly workbook: WorkbookSentences;
}
