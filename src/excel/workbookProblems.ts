// What can stop an operation in Excel, as codes (the pane acts on the code and shows the
// sentence), and the English sentences (workbookProblemsDe.ts, … are the other languages').

import { rulebookProblemMessage } from "../workbook";
import type { WorkbookProblem } from "./workbookProblemCodes";
import { hints, workbookProblemSaid } from "./workbookSentences";
import type { WorkbookSentences } from "./workbookSentences";

export type { Operation, WorkbookProblem } from "./workbookProblemCodes";

export class WorkbookError extends Error {
  constructor(readonly problem: WorkbookProblem) {
    super(workbookProblemMessage(problem));
    this.name = "WorkbookError";
  }
}

export const EN_WORKBOOK: WorkbookSentences = {
  operation: { setup: "Setting up the register", add: "Adding rows to the register", check: "Checking the register", matrix: "Building the comparison matrix", portfolio: "Building the portfolio" },
  hints: hints([
    "Excel is editing a cell: press Enter or Esc, then try again.",
    "Something the add-in needs is missing from the workbook: rebuild the matrix, then try again.",
    "The workbook or sheet is protected: unprotect it, then try again.",
    "Excel could not complete the request: save the workbook and try again.",
  ]),
  refused: "Excel refused the request; try again, or reload the add-in.",
  message(p, rulebook, more) {
    switch (p.code) {
      case "api_unsupported":
        return `${this.operation[p.operation]} needs Excel JavaScript API ${p.version} (Microsoft 365, Excel 2021 or later, or Excel on the web); this Excel does not support it. Update Excel or open the workbook in Excel on the web.`;
      case "register_sheet_taken":
        return `The sheet "${p.sheet}" already holds data but no ${p.table} table. Rename that sheet (nothing on it will be changed) and set up the register again.`;
      case "no_register_table":
        return `This workbook has no ${p.table} table yet: set up the register first.`;
      case "cells_below_register":
        return `Cells below the register (row ${p.first} to ${p.last}) are in use. Move them, or leave the rows under the table empty, and add the rows again; nothing was changed.`;
      case "no_registers":
        return "There is no register in this workbook: add projects to the register, or give a table the input headers (Drawings complete, Requirements defined, Complexity, Chosen model).";
      case "setting_not_saved":
        return `The setting could not be saved in the workbook (${p.detail}).`;
      case "rulebook":
        return `This workbook's rules (the decision table on the MFG Rules sheet) cannot be used, so nothing was changed: ${rulebook}${more > 0 ? ` (and ${more} more)` : ""} Correct those cells, or restore the built-in rules.`;
    }
  },
};

/** A workbook problem's sentence in English (an error's message; the pane says it in its language). */
export const workbookProblemMessage = (problem: WorkbookProblem): string => workbookProblemSaid(problem, EN_WORKBOOK, rulebookProblemMessage);
