// `mfgmodel template`: a new workbook with the add-in's content. The sheet writer draws the
// skeleton (the register table's input columns, the matrix and next steps sheets) into a new
// package, a fresh file where nothing can be lost; the audit then adds what every register gets
// (computed columns, formats, dropdowns, rules), so a template and an audited register are drawn
// by the same code.

import { builtInRules } from "../core";
import type { Language } from "../core";
import { INPUT_COLUMNS, inputHeader, matrixSheet, nextStepsSheet, REGISTER_SHEET, REGISTER_TABLE } from "../workbook";
import type { InputRole } from "../workbook";
import type { SheetDescription } from "../workbook";
import { auditPackage } from "./audit";
import { newWorkbook } from "./newWorkbook";
import { checkOutput, writeOutput } from "./safeOutput";

/** Empty rows the template's register starts with, formulas and formats in place. */
const TEMPLATE_ROWS = 200;

const registerSkeleton = (language: Language): SheetDescription => ({
  name: REGISTER_SHEET,
  blocks: [],
  tables: [{ name: REGISTER_TABLE, at: { row: 1, column: 1 }, headers: INPUT_COLUMNS.map((c) => inputHeader(c.role as InputRole, language)), rows: Array.from({ length: TEMPLATE_ROWS }, () => INPUT_COLUMNS.map(() => "")), style: "TableStyleMedium2" }],
  columnWidths: INPUT_COLUMNS.map((c) => c.width),
  freezeRows: 1,
  freezeColumns: 0,
});

/** A new workbook in a language: its headers, matrix, next steps and rulebook in that language's words. */
export async function templateWorkbook(language: Language = "en"): Promise<Buffer> {
  const skeleton = newWorkbook([registerSkeleton(language), matrixSheet(builtInRules(language)), nextStepsSheet(language)]).pkg.save();
  return (await auditPackage(skeleton, "template", { table: REGISTER_TABLE, language })).data;
}

/** Writes the template, creating missing folders; an existing file only when `replace` is set. */
export async function writeTemplate(output: string, replace = false, language: Language = "en"): Promise<void> {
  await checkOutput(output, [], replace);
  await writeOutput(output, await templateWorkbook(language), replace);
}
