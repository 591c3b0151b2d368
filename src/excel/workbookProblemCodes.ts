// What can stop an operation in Excel, as codes: the pane acts on the code and shows the
// sentence in its language (workbookSentences.ts).

import type { RulebookProblem } from "../workbook";

/** The operations the pane starts, for the sentence naming which one Excel cannot run. */
export type Operation = "setup" | "add" | "check" | "matrix" | "portfolio";

export type WorkbookProblem =
  | { readonly code: "api_unsupported"; readonly operation: Operation; readonly version: string }
  /** The register's sheet exists with data but without the register's table. */
  | { readonly code: "register_sheet_taken"; readonly sheet: string; readonly table: string }
  | { readonly code: "no_register_table"; readonly table: string }
  /** Rows below the register are in use, where added rows would go. */
  | { readonly code: "cells_below_register"; readonly first: number; readonly last: number }
  | { readonly code: "no_registers" }
  /** Excel refused a request: its error code (Excel.ErrorCodes) and what it said. */
  | { readonly code: "excel_refused"; readonly excelCode: string | null; readonly detail: string }
  | { readonly code: "setting_not_saved"; readonly detail: string }
  /** The workbook's rulebook (its decision table) has problems: nothing is judged by it. */
  | { readonly code: "rulebook"; readonly problems: readonly RulebookProblem[] };
