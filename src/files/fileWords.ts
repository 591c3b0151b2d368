// The English sentences of the file layer's problems (fileProblems.ts), each naming the file and
// saying what to do. One entry per code: a code without words is a compile error.

import { listedProblems, registerProblemMessage, rulebookProblemMessage, RULES_SHEET } from "../workbook";
import type { FileProblem, SheetProblem, ZipProblem } from "./fileProblems";

/** A sentence for every code of a problem type: a code without one does not compile. */
export type Words<P extends { code: string }> = { readonly [C in P["code"]]: (p: Extract<P, { code: C }>) => string };

const n = (value: number) => value.toLocaleString("en-US");
const more = (count: number) => ` (and ${count} more)`;
const resave = "Save the workbook from Excel again.";
const corruptPart = (part: string, what: string) => `the part ${part} ${what}; the file is corrupt. ${resave}`;

const ZIP: Words<ZipProblem> = {
  corrupt: () => "the file is truncated or corrupt (its zip archive cannot be read).",
  unsafe_name: (p) => `a part is named "${p.name}", which is not a name inside a workbook (.., an absolute path or a drive); the audit refuses it.`,
  duplicate_name: (p) => `two parts are named "${p.name}"${p.name === p.other ? "" : ` and "${p.other}"`}; a workbook names each part once.`,
  inflates_too_far: (p) => `the part ${p.part} would inflate to ${n(p.size)} bytes from ${n(p.compressed)}, past the audit's limits (docs/command-line.md).`,
  total_too_large: (p) => `its parts would inflate to ${n(p.size)} bytes, past the audit's 2 GiB.`,
  overlap: (p) => `the parts ${p.part} and ${p.other} overlap in the archive; a workbook's parts never do.`,
  encrypted: () => "the zip archive is encrypted; save the workbook from Excel without a password.",
  method: (p) => `the part ${p.part} is compressed with method ${p.method}; Excel writes deflate (8) or stored (0) only. ${resave}`,
  truncated_part: (p) => `the part ${p.part} runs past the end of the file (truncated).`,
  size_mismatch: (p) => corruptPart(p.part, `declares ${n(p.declared)} bytes but holds ${n(p.actual)}`),
  larger_than_declared: (p) => corruptPart(p.part, `holds more than the ${n(p.declared)} bytes it declares`),
  crc: (p) => corruptPart(p.part, "fails its checksum (CRC)"),
  not_deflate: (p) => corruptPart(p.part, "cannot be inflated"),
  output_past_4gb: () => "the workbook would exceed 4 GB",
};

const SHEET: Words<SheetProblem> = {
  row_too_long: (p) => `a row of ${p.part} after row ${p.after} is longer than ${p.limit >> 20} million characters; Excel writes no such row.`,
  row_past_limit: (p) => `${p.part} has a row numbered ${n(p.row)}; Excel's sheets end at row ${n(p.limit)}.`,
  row_out_of_order: (p) => `${p.part} gives row ${n(p.row)} after row ${n(p.after)}: rows out of order or given twice. ${resave}`,
  column_past_limit: (p) => `a cell ${p.cell} lies past column XFD, the last of Excel's sheets.`,
  cell_out_of_order: (p) => `the cell ${p.cell} comes at or before the cell left of it: a cell given twice or out of order. ${resave}`,
  dtd: (p) => `the part ${p.part} declares a DTD (<!DOCTYPE>), which Excel never writes and the audit does not read. ${resave}`,
  no_sheet_data: (p) => `the worksheet ${p.part} has no sheetData, where a worksheet's cells are. ${resave}`,
  unfinished: (p) => `the worksheet ${p.part} ends before its cells do (truncated). ${resave}`,
};

const SYSTEM: Readonly<Record<string, (file: string, doing: "read" | "write") => string>> = {
  ENOENT: (file, doing) => (doing === "read" ? `${file}: no such file. Check the name and the folder.` : `${file}: its folder cannot be created. Check the path.`),
  ENOTDIR: (file) => `${file}: part of the path is a file, not a folder. Check the path.`,
  EISDIR: (file) => `${file} is a folder, not a workbook. Name a file${file.endsWith("/") ? "" : " inside it"}.`,
  EACCES: (file, doing) => `${file}: permission denied. Check that you may ${doing} it.`,
  EPERM: (file, doing) => `${file}: permission denied. Check that you may ${doing} it.`,
  EBUSY: (file) => `${file} is in use by another program (open in Excel?). Close it, then try again.`,
  ENOSPC: (file) => `${file}: the disk is full. Free some space, then try again.`,
  EROFS: (file) => `${file}: the disk is read-only. Choose another folder.`,
  EEXIST: (file) => `${file} exists; nothing is overwritten unless you ask. Choose another name, or add --replace.`,
};

function systemText(file: string, p: Extract<FileProblem, { code: "system" }>): string {
  // mkdir meets a file where a folder of the path should be.
  const words = p.errno === "EEXIST" && p.syscall === "mkdir" ? SYSTEM.ENOTDIR : SYSTEM[p.errno];
  return words ? words(file, p.doing) : `${file}: cannot be ${p.doing === "read" ? "read" : "written"} (the system says ${p.errno}).`;
}

const FILE: { readonly [C in FileProblem["code"]]: (file: string, p: Extract<FileProblem, { code: C }>) => string } = {
  system: systemText,
  not_regular_file: (file) => `${file} is not a file but a device, a pipe or a socket; name a workbook file.`,
  too_large: (file, p) => `${file} is ${Math.round(p.bytes / 1024 / 1024)} MB; the largest workbook read is ${p.limit / 1024 / 1024} MB.`,
  empty: (file) => `${file}: the file is empty.`,
  encrypted_or_xls: (file) => `${file}: the file is password-protected (encrypted) or an old .xls workbook; save it from Excel as an unprotected .xlsx.`,
  not_zip: (file) => `${file}: not an .xlsx workbook (an .xlsx is a zip archive; this file is not).`,
  zip: (file, p) => `${file}: ${zipProblemText(p.zip)}`,
  sheet: (file, p) => `${file}: ${sheetProblemText(p.sheet)}`,
  no_workbook_part: (file) => `${file}: a zip archive, but not an Excel workbook (it has no workbook part).`,
  not_spreadsheetml: (file) => `${file}: the workbook part is not SpreadsheetML; save it from Excel as an .xlsx workbook.`,
  strict_open_xml: (file) => `${file}: saved as "Strict Open XML Spreadsheet", which the audit does not read. Open it in Excel and save it as "Excel Workbook (.xlsx)", then audit that copy.`,
  no_worksheets: (file) => `${file}: the workbook has no worksheets.`,
  register: (file, p) => `${file}: ${registerProblemMessage(p.register)}`,
  register_on_rules_sheet: (file, p) => `${file}: the register cannot be on the "${p.sheet}" sheet, which the audit rewrites.`,
  rules_sheet_not_worksheet: (file, p) => `${file}: the sheet "${p.sheet}" is not a worksheet; the audit writes its rules there. Rename that sheet, then audit again.`,
  rules_table_taken: (file, p) => `${file}: a table named "${p.table}" is on sheet "${p.sheet}"; the audit's rules table has that name. Rename that table, then audit again.`,
  rulebook: (file, p) =>
    `${file}: the workbook's rulebook (sheet "${RULES_SHEET}") cannot be used, so nothing was judged or written: ${listedProblems(p.problems.map(rulebookProblemMessage), " ", more)} Correct the decision table, or add --restore-rules to replace it with the built-in rules.`,
  rules_edited: (file, p) =>
    `${file}: the rules sheet's lookup table was edited by hand (${p.differences.slice(0, 3).join(" ")}); the audit keeps a team's rules and does not judge by a table it cannot read as a rulebook. Add --restore-rules to replace it with the built-in rules, then make the change again in the decision table the audit adds (columns N on of that sheet).`,
  no_rulebook: (file) => `${file}: the workbook has no rules sheet ("${RULES_SHEET}"), so it carries no rulebook to apply. Name a register workbook with its rules, or one written by mfgmodel rules export.`,
  rules_json: (file, p) =>
    `${file}: not a rulebook that can be used: ${listedProblems(p.problems, "; ", more)}. Write it with mfgmodel rules export, or correct it.`,
  macros_need_xlsm: (file) => `${file} holds macros: its audited copy must keep a macro-enabled extension (.xlsm), or Excel will not open it. Choose an output ending in .xlsm.`,
  output_is_input: (file, p) => `${file} is the input ${p.input} itself (the same file, through a link or another path); nothing is ever written over an input. Choose another output.`,
  output_is_folder: (file) => `${file} is a folder, not a workbook. Name a file inside it.`,
  output_exists: (file) => SYSTEM.EEXIST?.(file, "write") as string,
};

export const zipProblemText = (p: ZipProblem): string => (ZIP[p.code] as (p: ZipProblem) => string)(p);
export const sheetProblemText = (p: SheetProblem): string => (SHEET[p.code] as (p: SheetProblem) => string)(p);
export const fileProblemText = (file: string, p: FileProblem): string => (FILE[p.code] as (file: string, p: FileProblem) => string)(file, p);
