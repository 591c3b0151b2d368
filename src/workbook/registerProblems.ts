// What can stop a register being found or checked, as codes naming the place: the pane and the
// command line act on the code (offer the column mapping, suggest --map); the sentence is the
// English words module's (registerWords.ts), made when the error is.

import type { HeaderProblem } from "./headers";
import type { Rect } from "./references";

/** Where a register or a header row is: a sheet, a table on it, a row of it. */
export interface RegisterPlace {
  readonly sheet: string;
  readonly table?: string | null;
  readonly row?: number;
}

export type RegisterProblem =
  /** The header row does not name the inputs, names one twice, or lacks a mapped header. */
  | { readonly code: "header"; readonly place: RegisterPlace; readonly problem: HeaderProblem }
  | { readonly code: "no_table"; readonly table: string; readonly sheet?: string }
  | { readonly code: "no_sheet"; readonly sheet: string }
  | { readonly code: "empty_sheet"; readonly sheet: string }
  | { readonly code: "several_on_sheet"; readonly sheet: string; readonly tables: readonly string[] }
  /** `selectionUnread`: Excel refused to read the selection, which would have chosen one. */
  | { readonly code: "several_registers"; readonly registers: readonly RegisterPlace[]; readonly selectionUnread: boolean }
  | { readonly code: "no_register" }
  | { readonly code: "partial_columns"; readonly sheet: string; readonly headers: readonly string[] }
  /** Cells right of the register, where its columns go, hold something: nothing is overwritten. */
  | { readonly code: "cells_in_use"; readonly sheet: string; readonly block: Rect };

export class RegisterError extends Error {
  constructor(
    readonly problem: RegisterProblem,
    message: string,
  ) {
    super(message);
    this.name = "RegisterError";
  }
}
