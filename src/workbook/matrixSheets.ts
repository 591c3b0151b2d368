// The sheets people read: the comparison matrix with a rulebook's decision table below it, and
// the next steps once the model is chosen. Built from the core's data; pure.

import { COMPARISON_MATRIX, FIT_SYMBOLS, MATRIX_HEADER, MODELS, NEXT_TOPIC_TITLES, nextSteps } from "../core";
import type { FitSymbol, Rules } from "../core";
import type { Block, CellValue, SheetDescription, StyleName } from "./description";
import { headerOf, REGISTER_INPUTS } from "./inputs";
import { MATRIX_SHEET, NEXT_STEPS_SHEET } from "./sheetNames";

const SYMBOL_STYLE: Readonly<Record<FitSymbol, StyleName>> = { "✓": "primary", "△": "conditional", "—": "notApplicable" };
const styleOfValue = (v: string): StyleName | null => (FIT_SYMBOLS as readonly string[]).includes(v) ? SYMBOL_STYLE[v as FitSymbol] : null;

function matrixBlock(at: number): Block {
  const values: CellValue[][] = [[...MATRIX_HEADER]];
  const styles: (StyleName | null)[][] = [["header", "header", "header", "header"]];
  for (const section of COMPARISON_MATRIX) {
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

const show = (v: boolean | string) => (v === "any" ? "any" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : v);

/** A rulebook's decision table, for people to read: one row per rule, one column per model. */
function decisionBlock(rules: Rules, at: number): Block {
  const headers = [...REGISTER_INPUTS.filter((r) => r !== "chosenModel").map(headerOf), "Stage", ...rules.models, "Recommended model"];
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
  return {
    name: MATRIX_SHEET,
    blocks: [
      { at: { row: 1, column: 1 }, values: [["Manufacturing model comparison: OEM · ODM · JDM"]], styles: [["title"]] },
      { at: { row: 2, column: 1 }, values: [[`Legend: ${FIT_SYMBOLS.map((s) => `${s} ${rules.locale.fitLegend[s]}`).join(" · ")}`]], styles: [["note"]] },
      matrixBlock(MATRIX_TOP),
      {
        at: { row: DECISION_TOP - 1, column: 1 },
        values: [["Decision table: which model fits a project's stage (a chosen model's symbol on its row: ✓ fits, △ conditional, — mismatch)"]],
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

/** What each model changes downstream (the core's next steps), for people to read and send. */
export function nextStepsSheet(): SheetDescription {
  const header = ["Model", "Topic", "Next step", "Source"];
  const values: CellValue[][] = [header];
  const styles: (StyleName | null)[][] = [header.map(() => "header")];
  for (const model of MODELS) {
    values.push([model, "", "", ""]);
    styles.push(["section", "section", "section", "section"]);
    for (const s of nextSteps(model)) {
      values.push([model, NEXT_TOPIC_TITLES[s.topic], s.text, s.source]);
      styles.push(["centered", "text", "text", "note"]);
    }
  }
  return {
    name: NEXT_STEPS_SHEET,
    blocks: [
      { at: { row: 1, column: 1 }, values: [["Next steps once the model is chosen: what to send suppliers"]], styles: [["title"]] },
      { at: { row: 2, column: 1 }, values: [["Choose the model before you evaluate suppliers: it sets the RFQ scope and the sample agreement. Filter the Model column for one model."]], styles: [["note"]] },
      { at: { row: NEXT_TOP, column: 1 }, values, styles },
    ],
    tables: [],
    columnWidths: [8, 26, 70, 34],
    freezeRows: NEXT_TOP,
    freezeColumns: 0,
    print: { orientation: "landscape", titleRows: { first: NEXT_TOP, last: NEXT_TOP } },
  };
}
