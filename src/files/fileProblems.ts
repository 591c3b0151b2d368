// What the file layer refuses, as codes with the values that matter: a file, its zip archive,
// a sheet's XML, the output. Words are fileWords.ts (English); callers and tests read the codes.

import type { RegisterProblem, RulebookProblem } from "../workbook";

/** A zip archive the audit refuses. */
export type ZipProblem =
  | { readonly code: "corrupt" }
  | { readonly code: "unsafe_name"; readonly name: string }
  | { readonly code: "duplicate_name"; readonly name: string; readonly other: string }
  | { readonly code: "inflates_too_far"; readonly part: string; readonly size: number; readonly compressed: number }
  | { readonly code: "total_too_large"; readonly size: number }
  | { readonly code: "overlap"; readonly part: string; readonly other: string }
  | { readonly code: "encrypted" }
  | { readonly code: "method"; readonly part: string; readonly method: number }
  | { readonly code: "truncated_part"; readonly part: string }
  | { readonly code: "size_mismatch"; readonly part: string; readonly declared: number; readonly actual: number }
  | { readonly code: "larger_than_declared"; readonly part: string; readonly declared: number }
  | { readonly code: "crc"; readonly part: string }
  | { readonly code: "not_deflate"; readonly part: string }
  | { readonly code: "output_past_4gb" };

/** A worksheet's XML past Excel's limits or written in an order Excel never writes; a part's XML with a DTD. */
export type SheetProblem =
  | { readonly code: "row_too_long"; readonly part: string; readonly after: number; readonly limit: number }
  | { readonly code: "row_past_limit"; readonly part: string; readonly row: number; readonly limit: number }
  | { readonly code: "row_out_of_order"; readonly part: string; readonly row: number; readonly after: number }
  | { readonly code: "column_past_limit"; readonly cell: string }
  | { readonly code: "cell_out_of_order"; readonly cell: string }
  | { readonly code: "dtd"; readonly part: string }
  | { readonly code: "no_sheet_data"; readonly part: string }
  | { readonly code: "unfinished"; readonly part: string };

/** Why a command cannot use a file (`file` is the one it names). */
export type FileProblem =
  | { readonly code: "system"; readonly errno: string; readonly doing: "read" | "write"; readonly syscall?: string }
  | { readonly code: "not_regular_file" }
  | { readonly code: "too_large"; readonly bytes: number; readonly limit: number }
  | { readonly code: "empty" }
  | { readonly code: "encrypted_or_xls" }
  | { readonly code: "not_zip" }
  | { readonly code: "zip"; readonly zip: ZipProblem }
  | { readonly code: "sheet"; readonly sheet: SheetProblem }
  | { readonly code: "no_workbook_part" }
  | { readonly code: "not_spreadsheetml" }
  | { readonly code: "strict_open_xml" }
  | { readonly code: "no_worksheets" }
  | { readonly code: "register"; readonly register: RegisterProblem }
  | { readonly code: "register_on_rules_sheet"; readonly sheet: string }
  | { readonly code: "rules_sheet_not_worksheet"; readonly sheet: string }
  | { readonly code: "rules_table_taken"; readonly table: string; readonly sheet: string }
  /** The workbook's rulebook (its rules sheet's decision table) cannot be used as it is. */
  | { readonly code: "rulebook"; readonly problems: readonly RulebookProblem[] }
  /** A rules sheet from before rulebooks whose lookup table was edited: kept, not judged by. */
  | { readonly code: "rules_edited"; readonly differences: readonly string[] }
  /** A workbook given for its rules (--rules) has no rules sheet. */
  | { readonly code: "no_rulebook" }
  /** A rulebook file (.json) that is not one: its shape or its rules, each problem by its path. */
  | { readonly code: "rules_json"; readonly problems: readonly string[] }
  | { readonly code: "macros_need_xlsm" }
  | { readonly code: "output_is_input"; readonly input: string }
  | { readonly code: "output_is_folder" }
  | { readonly code: "output_exists" };

export type FileProblemCode = FileProblem["code"];

/** A file problem's code for --json: "not_zip", or with the code inside it ("zip.crc", "register.header"). */
export function problemCode(f: FileProblem): string {
  if (f.code === "zip") return `zip.${f.zip.code}`;
  if (f.code === "sheet") return `sheet.${f.sheet.code}`;
  if (f.code === "register") return `register.${f.register.code}`;
  if (f.code === "system") return `system.${f.errno}`;
  return f.code;
}
