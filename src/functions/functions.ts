// The PROCURE custom functions: Excel cells in, the core, cells or Excel errors out.

import {
  assessCells,
  ATTRIBUTE_VOCABULARY,
  NEXT_TOPIC_TITLES,
  nextSteps,
  TOPIC_VOCABULARY,
  cellParser,
  classifyCells,
  EMPTY,
  explain,
  fitOf,
  matrixGrid,
  modelAttribute,
  parseModel,
} from "../core";
import { inputErrorCode, plainCell, propagatedError } from "./cellsIn";
import { excelError, invalidValue } from "./excelErrors";
import { toGrid } from "./grid";
import type { NamedGrid } from "./grid";
import { mapCells } from "./mapCells";
import { judgedBy } from "./rulesArgument";

const parseAttribute = cellParser(ATTRIBUTE_VOCABULARY, "attribute");
const parseTopic = cellParser(TOPIC_VOCABULARY, "topic");

const facts = (drawingsComplete: unknown, hasRequirements: unknown, complexity: unknown): NamedGrid[] => [
  { name: "drawingsComplete", grid: toGrid(drawingsComplete) },
  { name: "hasRequirements", grid: toGrid(hasRequirements) },
  { name: "complexity", grid: toGrid(complexity) },
];

/**
 * Recommends the manufacturing model for a project's stage: OEM, ODM or JDM.
 * @customfunction MFGMODEL
 * @helpurl https://localhost:3000/help.html#mfgmodel
 * @param {any[][]} drawingsComplete Complete, frozen drawings and specifications exist? TRUE/FALSE, Yes/No, Y/N or 1/0. A cell or a range.
 * @param {any[][]} hasRequirements Application requirements (voltage, runtime, environment, form factor) are defined? TRUE/FALSE, Yes/No, Y/N or 1/0.
 * @param {any[][]} complexity Low (standard product), Medium (medical, industrial, robotics) or High (high-voltage, multi-module, proprietary, still evolving); also L/M/H, 1/2/3 or Med/Mid. Empty, TBD or n/a: not known yet.
 * @param {any[][]} [rules] Optional: a team's rulebook, its decision table with the header row (e.g. MfgDecisions[#All] on the MFG Rules sheet); the built-in rules when omitted.
 * @returns {any[][]} OEM, ODM or JDM for each row of the ranges.
 */
export function mfgModel(drawingsComplete: any[][], hasRequirements: any[][], complexity: any[][], rules?: any[][]): any[][] {
  return judgedBy(rules, (book) =>
    mapCells(facts(drawingsComplete, hasRequirements, complexity), (d, r, c) => {
      const result = classifyCells(book, d, r, c);
      return result.ok ? result.row.recommended : result.issue;
    }),
  );
}

/**
 * Says whether the model a supplier relationship uses fits the project's stage: Fit, Conditional or Mismatch.
 * @customfunction MFGFIT
 * @helpurl https://localhost:3000/help.html#mfgfit
 * @param {any[][]} drawingsComplete Complete, frozen drawings and specifications exist? TRUE/FALSE, Yes/No, Y/N or 1/0. A cell or a range.
 * @param {any[][]} hasRequirements Application requirements (voltage, runtime, environment, form factor) are defined? TRUE/FALSE, Yes/No, Y/N or 1/0.
 * @param {any[][]} complexity Low, Medium or High (also L/M/H, 1/2/3 or Med/Mid). Empty, TBD or n/a: not known yet.
 * @param {any[][]} chosenModel The model the supplier relationship uses: OEM, ODM or JDM.
 * @param {any[][]} [rules] Optional: a team's rulebook, its decision table with the header row (e.g. MfgDecisions[#All] on the MFG Rules sheet); the built-in rules when omitted.
 * @returns {any[][]} Fit, Conditional (worth a second look) or Mismatch for each row.
 */
export function mfgFit(drawingsComplete: any[][], hasRequirements: any[][], complexity: any[][], chosenModel: any[][], rules?: any[][]): any[][] {
  const args = [...facts(drawingsComplete, hasRequirements, complexity), { name: "chosenModel", grid: toGrid(chosenModel) }];
  return judgedBy(rules, (book) =>
    mapCells(args, (d, r, c, m) => {
      const result = assessCells(book, d, r, c, m, true);
      return result.ok ? book.locale.fit[fitOf(result.row, result.chosen as string)] : result.issue;
    }),
  );
}

/**
 * Names the project's stage: Ready for production, Requirements defined, Complex system or Early-stage R&D.
 * @customfunction MFGSTAGE
 * @helpurl https://localhost:3000/help.html#mfgstage
 * @param {any[][]} drawingsComplete Complete, frozen drawings and specifications exist? TRUE/FALSE, Yes/No, Y/N or 1/0. A cell or a range.
 * @param {any[][]} hasRequirements Application requirements (voltage, runtime, environment, form factor) are defined? TRUE/FALSE, Yes/No, Y/N or 1/0.
 * @param {any[][]} complexity Low, Medium or High (also L/M/H, 1/2/3 or Med/Mid). Empty, TBD or n/a: not known yet.
 * @param {any[][]} [rules] Optional: a team's rulebook, its decision table with the header row (e.g. MfgDecisions[#All] on the MFG Rules sheet); the built-in rules when omitted.
 * @returns {any[][]} The stage for each row of the ranges.
 */
export function mfgStage(drawingsComplete: any[][], hasRequirements: any[][], complexity: any[][], rules?: any[][]): any[][] {
  return judgedBy(rules, (book) =>
    mapCells(facts(drawingsComplete, hasRequirements, complexity), (d, r, c) => {
      const result = classifyCells(book, d, r, c);
      return result.ok ? result.row.stage : result.issue;
    }),
  );
}

/**
 * Explains in one or two sentences why a model fits the project and, given a chosen model, why that one fits or not.
 * @customfunction MFGEXPLAIN
 * @helpurl https://localhost:3000/help.html#mfgexplain
 * @param {any[][]} drawingsComplete Complete, frozen drawings and specifications exist? TRUE/FALSE, Yes/No, Y/N or 1/0. A cell or a range.
 * @param {any[][]} hasRequirements Application requirements (voltage, runtime, environment, form factor) are defined? TRUE/FALSE, Yes/No, Y/N or 1/0.
 * @param {any[][]} complexity Low, Medium or High (also L/M/H, 1/2/3 or Med/Mid). Empty, TBD or n/a: not known yet.
 * @param {any[][]} [chosenModel] Optional: the model the supplier relationship uses, OEM, ODM or JDM.
 * @param {any[][]} [rules] Optional: a team's rulebook, its decision table with the header row (e.g. MfgDecisions[#All] on the MFG Rules sheet); the built-in rules when omitted.
 * @returns {any[][]} The explanation for each row.
 */
export function mfgExplain(
  drawingsComplete: any[][],
  hasRequirements: any[][],
  complexity: any[][],
  chosenModel?: any[][],
  rules?: any[][],
): any[][] {
  const args = [...facts(drawingsComplete, hasRequirements, complexity), { name: "chosenModel", grid: toGrid(chosenModel) }];
  return judgedBy(rules, (book) =>
    mapCells(args, (d, r, c, m) => {
      const result = assessCells(book, d, r, c, m, false);
      return result.ok ? explain(result.row, result.chosen, book.locale) : result.issue;
    }),
  );
}

/**
 * Spills the OEM / ODM / JDM comparison matrix (✓ primary fit, △ conditional, — not applicable), header row first.
 * @customfunction MFGMATRIX
 * @helpurl https://localhost:3000/help.html#mfgmatrix
 * @returns {any[][]} The comparison matrix: criteria in the first column, one column per model.
 */
export function mfgMatrix(): any[][] {
  return matrixGrid();
}

/**
 * Looks up one attribute of a model: entry point, engineering responsibility, typical use, development cycle, collaboration depth, design ip owner or manufacturer scope.
 * @customfunction MFGINFO
 * @helpurl https://localhost:3000/help.html#mfginfo
 * @param {any[][]} model OEM, ODM or JDM. A cell or a range.
 * @param {any[][]} attribute entry point, engineering responsibility, typical use, development cycle, collaboration depth, design ip owner or manufacturer scope (any case and spacing).
 * @returns {any[][]} The attribute's value for each cell.
 */
export function mfgInfo(model: any[][], attribute: any[][]): any[][] {
  const args = [
    { name: "model", grid: toGrid(model) },
    { name: "attribute", grid: toGrid(attribute) },
  ];
  return mapCells(args, (m, a) => {
    const parsedModel = parseModel(m);
    if (parsedModel !== EMPTY && !parsedModel.ok) return parsedModel.issue;
    const parsedAttribute = parseAttribute(a);
    if (parsedAttribute !== EMPTY && !parsedAttribute.ok) return parsedAttribute.issue;
    if (parsedModel === EMPTY || parsedAttribute === EMPTY) {
      const empty = [parsedModel === EMPTY ? "model" : null, parsedAttribute === EMPTY ? "attribute" : null];
      return { code: "empty", arguments: empty.filter((n): n is "model" | "attribute" => n !== null) };
    }
    return modelAttribute(parsedModel.value, parsedAttribute.value);
  });
}

/** The one cell of an argument that takes one cell, or the error that says so. */
function oneCell(value: unknown, name: string, what: string): { ok: true; raw: unknown } | { ok: false; error: CustomFunctions.Error } {
  const grid = toGrid(value);
  if (grid.length !== 1 || grid[0]?.length !== 1) return { ok: false, error: invalidValue(`${name}: one cell, ${what}; a range was given.`) };
  const raw = (grid[0] as readonly unknown[])[0];
  const code = inputErrorCode(raw);
  return code === undefined ? { ok: true, raw: plainCell(raw) } : { ok: false, error: propagatedError(code, name) };
}

/**
 * Spills the next steps once a model is chosen: what you provide, what to ask suppliers in the RFQ, what the sample agreement settles, the design-ownership clause, and the transport checks for lithium batteries.
 * @customfunction MFGNEXT
 * @helpurl https://localhost:3000/help.html#mfgnext
 * @param {any[][]} model OEM, ODM or JDM (one cell).
 * @param {any[][]} [topic] Optional, one of: buyer provides, rfq, samples, design ownership, transport. Empty: every topic.
 * @returns {any[][]} A checklist with a header row: topic, next step, source.
 */
export function mfgNext(model: any[][], topic?: any[][]): any[][] {
  try {
    const m = oneCell(model, "model", "OEM, ODM or JDM");
    if (!m.ok) return [[m.error]];
    const t = oneCell(topic, "topic", "a topic name");
    if (!t.ok) return [[t.error]];
    const parsedModel = parseModel(m.raw);
    if (parsedModel === EMPTY) return [[excelError({ code: "empty", arguments: ["model"] })]];
    if (!parsedModel.ok) return [[excelError(parsedModel.issue)]];
    const parsedTopic = parseTopic(t.raw);
    if (parsedTopic !== EMPTY && !parsedTopic.ok) return [[excelError(parsedTopic.issue)]];
    const steps = nextSteps(parsedModel.value, parsedTopic === EMPTY ? undefined : parsedTopic.value);
    return [["Topic", "Next step", "Source"]].concat(steps.map((s) => [NEXT_TOPIC_TITLES[s.topic], s.text, s.source]));
  } catch (e) {
    return [[invalidValue(`Unexpected error: ${e instanceof Error ? e.message : String(e)}`)]];
  }
}
