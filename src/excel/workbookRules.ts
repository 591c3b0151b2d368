// The rulebook of the open workbook, read from its rules sheet in two syncs: the team's decision
// table and identity cells, the lookup table's stamp and rows. Every operation of the pane
// judges by it; one with problems stops the operation with the cells named.

import { builtInRules, languageOf } from "../core";
import type { Language } from "../core";
import type { Rules } from "../core";
import { ALSO_ACCEPTED_TABLE, DECISIONS_TABLE, EDITS_CELL, RULEBOOK_LANGUAGE_CELL, RULEBOOK_LEVELS_CELL, RULEBOOK_NAME_CELL, RULEBOOK_VERSION_CELL, RULES_SHEET, RULES_TABLE, RULES_VERSION_CELL, rangeA1, rulesSheet, workbookRules } from "../workbook";
import type { WorkbookRules } from "../workbook";
import { writeOwnedSheets } from "./matrix";
import { MATRIX_API, REGISTER_API, requireExcelApi } from "./requirements";
import { WorkbookError } from "./workbookProblems";
import type { Operation } from "./workbookProblems";

/** The API each operation needs, checked before its rules are read (the operation checks it again). */
const OPERATION_API: Readonly<Record<Operation, string>> = { setup: REGISTER_API, add: REGISTER_API, check: REGISTER_API, portfolio: REGISTER_API, matrix: MATRIX_API };

const TOP = rangeA1(1, 1, RULEBOOK_LEVELS_CELL.row, Math.max(RULEBOOK_LEVELS_CELL.column, RULEBOOK_LANGUAGE_CELL.column));

/** What the workbook's rules sheet holds, as a rulebook (or its problems); needs ExcelApi 1.4 (getItemOrNullObject). */
export async function readWorkbookRules(context: Excel.RequestContext): Promise<WorkbookRules> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(RULES_SHEET);
  const decisions = context.workbook.tables.getItemOrNullObject(DECISIONS_TABLE);
  const also = context.workbook.tables.getItemOrNullObject(ALSO_ACCEPTED_TABLE);
  const lookup = context.workbook.tables.getItemOrNullObject(RULES_TABLE);
  await context.sync();
  if (sheet.isNullObject) return workbookRules(null);
  const top = sheet.getRange(TOP).load("values");
  const table = decisions.isNullObject ? null : decisions.getRange().load("values,rowIndex,columnIndex");
  const body = lookup.isNullObject ? null : lookup.getDataBodyRange().load("values");
  const spellings = also.isNullObject ? null : also.getDataBodyRange().load("values,rowIndex,columnIndex");
  await context.sync();
  const cell = (p: { row: number; column: number }) => top.values[p.row - 1]?.[p.column - 1] ?? "";
  return workbookRules({
    decisions:
      table === null
        ? null
        : {
            name: cell(RULEBOOK_NAME_CELL),
            version: cell(RULEBOOK_VERSION_CELL),
            levels: cell(RULEBOOK_LEVELS_CELL),
            language: cell(RULEBOOK_LANGUAGE_CELL),
            at: { row: table.rowIndex + 1, column: table.columnIndex + 1 },
            header: table.values[0] ?? [],
            rows: table.values.slice(1),
            // The body's first row is below the header: the table starts one row up.
            ...(spellings === null ? {} : { spellings: { at: { row: spellings.rowIndex, column: spellings.columnIndex + 1 }, rows: spellings.values } }),
          },
    stamp: cell(RULES_VERSION_CELL),
    edits: cell(EDITS_CELL),
    lookup: body === null ? null : body.values,
  });
}

/** Office's display language as one of ours (English when unknown): the language a new workbook is built in. */
export function displayLanguage(): Language {
  return languageOf(typeof Office === "undefined" ? undefined : Office.context?.displayLanguage);
}

/**
 * The rulebook the pane judges by: the workbook's (its lookup table generated again when the team
 * edited the decision table since), else the built-in one. Problems stop the operation. Building
 * the matrix writes the rules sheet itself, so it is not written here first.
 */
export async function rulesInUse(context: Excel.RequestContext, operation: Operation, language: Language = displayLanguage()): Promise<Rules> {
  requireExcelApi(OPERATION_API[operation], operation);
  const found = await readWorkbookRules(context);
  if (found.kind === "problems") throw new WorkbookError({ code: "rulebook", problems: found.problems });
  if (found.kind !== "rulebook") return builtInRules(language);
  if (!found.current && operation !== "matrix") await writeOwnedSheets(context, [rulesSheet(found.rules)]);
  return found.rules;
}
