// What can stop an operation in Excel, as codes (the pane acts on the code and shows the
// sentence), and the English sentences: one place these words are made.

import { rulebookProblemMessage } from "../workbook";
import type { Operation, WorkbookProblem } from "./workbookProblemCodes";
import type { Language } from "../core";
import { workbookProblemIn } from "./workbookProblemWords";

export type { Operation, WorkbookProblem } from "./workbookProblemCodes";

export class WorkbookError extends Error {
  constructor(readonly problem: WorkbookProblem) {
    super(workbookProblemMessage(problem));
    this.name = "WorkbookError";
  }
}

const OPERATION: Readonly<Record<Operation, string>> = {
  setup: "Setting up the register",
  add: "Adding rows to the register",
  check: "Checking the register",
  matrix: "Building the comparison matrix",
  portfolio: "Building the portfolio",
};

/** What to do about the Excel error codes an analyst can act on (Excel.ErrorCodes). */
const EXCEL_HINTS: Readonly<Record<string, string>> = {
  InvalidOperationInCellEditMode: "Excel is editing a cell: press Enter or Esc, then try again.",
  ItemNotFound: "Something the add-in needs is missing from the workbook: rebuild the matrix, then try again.",
  AccessDenied: "The workbook or sheet is protected: unprotect it, then try again.",
  GeneralException: "Excel could not complete the request: save the workbook and try again.",
};

/** A workbook problem's sentence, in English unless a language is given (the pane's). */
export function workbookProblemMessage(problem: WorkbookProblem, language: Language = "en"): string {
  if (language !== "en") return workbookProblemIn(problem, language);
  switch (problem.code) {
    case "api_unsupported":
      return `${OPERATION[problem.operation]} needs Excel JavaScript API ${problem.version} (Microsoft 365, Excel 2021 or later, or Excel on the web); this Excel does not support it. Update Excel or open the workbook in Excel on the web.`;
    case "register_sheet_taken":
      return `The sheet "${problem.sheet}" already holds data but no ${problem.table} table. Rename that sheet (nothing on it will be changed) and set up the register again.`;
    case "no_register_table":
      return `This workbook has no ${problem.table} table yet: set up the register first.`;
    case "cells_below_register":
      return `Cells below the register (row ${problem.first} to ${problem.last}) are in use. Move them, or leave the rows under the table empty, and add the rows again; nothing was changed.`;
    case "no_registers":
      return "There is no register in this workbook: add projects to the register, or give a table the input headers (Drawings complete, Requirements defined, Complexity, Chosen model).";
    case "excel_refused":
      return `${EXCEL_HINTS[problem.excelCode ?? ""] ?? "Excel refused the request; try again, or reload the add-in."} (${problem.detail})`;
    case "setting_not_saved":
      return `The setting could not be saved in the workbook (${problem.detail}).`;
    case "rulebook":
      return `This workbook's rules (the decision table on the MFG Rules sheet) cannot be used, so nothing was changed: ${problem.problems
        .slice(0, 5)
        .map(rulebookProblemMessage)
        .join(" ")}${problem.problems.length > 5 ? ` (and ${problem.problems.length - 5} more)` : ""} Correct those cells, or restore the built-in rules.`;
  }
}
