// The sheets people read: the comparison matrix with a rulebook's decision table below it, and
// the next steps once the model is chosen. Built from the core's data; pure.

import { COMPARISON_MATRIX, comparisonMatrix, FIT_SYMBOLS, matrixHeader, MODELS, nextStepsIn, nextTopicTitle } from "../core";
import type { FitSymbol, Language, Rules } from "../core";
import type { Block, CellValue, SheetDescription, StyleName } from "./description";
import { REGISTER_INPUTS } from "./inputs";
import { MATRIX_SHEET, NEXT_STEPS_SHEET } from "./sheetNames";
import { inputHeader, sheetWords } from "./sheetWords";

const SYMBOL_STYLE: Readonly<Record<FitSymbol, StyleName>> = { "✓": "primary", "△": "conditional", "—": "notApplicable" };
const styleOfValue = (v: string): StyleName | null => (FIT_SYMBOLS as readonly string[]).includes(v) ? SYMBOL_STYLE[v as FitSymbol] : null;

function matrixBlock(at: number, language: Language): Block {
  const values: CellValue[][] = [matrixHeader(language)];
  const styles: (StyleName | null)[][] = [["header", "header", "header", "header"]];
  for (const section of comparisonMatrix(language)) {
    values.push([section.title, "", "", ""]);
    styles.push(["section", "section", "section", "section"]);
    for (const c of section.criteria) {
      const cells = MODELS.map((m) => c.values[m]);
      values.push([c.criterion, ...cells]);
      styles.push(["text", ...cells.map((v) => styleOfValue(v) ?? "centered")]);
    }
  }
  return { at: { row: at, column: 1 }, values, styles };
}

/** A rulebook's decision table, for people to read: one row per rule, one column per model. */
function decisionBlock(rules: Rules, at: number): Block {
  const language = rules.locale.tag;
  const words = sheetWords(language);
  const show = (v: boolean | string) => (v === "any" ? words.any : typeof v === "boolean" ? (v ? words.yes : words.no) : v);
  const headers = [...REGISTER_INPUTS.filter((r) => r !== "chosenModel").map((r) => inputHeader(r, language)), words.computed.stage, ...rules.models, words.computed.recommended];
  const values: CellValue[][] = [headers];
  const styles: (StyleName | null)[][] = [headers.map(() => "header")];
  for (const row of rules.rows) {
    const fits = rules.models.map((m) => row.fit[m] ?? "—");
    values.push([show(row.drawingsComplete), show(row.hasRequirements), show(row.complexity), row.stage, ...fits, row.recommended]);
    styles.push(["centered", "centered", "centered", "text", ...fits.map((f) => SYMBOL_STYLE[f]), "centered"]);
  }
  return { at: { row: at, column: 1 }, values, styles };
}

const MATRIX_TOP = 4;
const MATRIX_ROWS = 1 + COMPARISON_MATRIX.reduce((n, s) => n + 1 + s.criteria.length, 0);
const DECISION_TOP = MATRIX_TOP + MATRIX_ROWS + 3;

/** The comparison matrix sheet, with a rulebook's decision table below it for people to read. */
export function matrixSheet(rules: Rules): SheetDescription {
  const words = sheetWords(rules.locale.tag);
  return {
    name: MATRIX_SHEET,
    blocks: [
      { at: { row: 1, column: 1 }, values: [[words.matrixTitle]], styles: [["title"]] },
      { at: { row: 2, column: 1 }, values: [[`${words.legend}: ${FIT_SYMBOLS.map((s) => `${s} ${rules.locale.fitLegend[s]}`).join(" · ")}`]], styles: [["note"]] },
      matrixBlock(MATRIX_TOP, rules.locale.tag),
      {
        at: { row: DECISION_TOP - 1, column: 1 },
        values: [[words.decisionTitle]],
        styles: [["title"]],
      },
      decisionBlock(rules, DECISION_TOP),
    ],
    tables: [],
    columnWidths: [36, 21, 20, 22, 8, 8, 8, 20],
    freezeRows: MATRIX_TOP,
    freezeColumns: 1,
    // The decision table is eight columns wide: landscape, one page wide, the matrix's header
    // row repeated should it run onto a second page.
    print: { orientation: "landscape", titleRows: { first: MATRIX_TOP, last: MATRIX_TOP } },
  };
}

const NEXT_TOP = 4;

/** What each model changes downstream (the core's next steps), for people to read and send, in a language. */
export function nextStepsSheet(language: Language = "en"): SheetDescription {
  const words = sheetWords(language);
  const header = [...words.nextHeaders];
  const values: CellValue[][] = [header];
  const styles: (StyleName | null)[][] = [header.map(() => "header")];
  for (const model of MODELS) {
    values.push([model, "", "", ""]);
    styles.push(["section", "section", "section", "section"]);
    for (const s of nextStepsIn(model, language)) {
      values.push([model, nextTopicTitle(s.topic, language), s.text, s.source]);
      styles.push(["centered", "text", "text", "note"]);
    }
  }
  return {
    name: NEXT_STEPS_SHEET,
    blocks: [
      { at: { row: 1, column: 1 }, values: [[words.nextTitle]], styles: [["title"]] },
      { at: { row: 2, column: 1 }, values: [[words.nextNote]], styles: [["note"]] },
      { at: { row: NEXT_TOP, column: 1 }, values, styles },
    ],
    tables: [],
    columnWidths: [8, 26, 70, 34],
    freezeRows: NEXT_TOP,
    freezeColumns: 0,
    print: { orientation: "landscape", titleRows: { first: NEXT_TOP, last: NEXT_TOP } },
  };
}
