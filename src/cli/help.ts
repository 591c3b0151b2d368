// The mfgmodel command's help texts in English (helpIn.ts picks a language), with the inputs' names and spellings from the inputs table.

import { acceptedText, INPUTS, inputSpec, REGISTER_INPUTS } from "../workbook";

export const EXIT_CODES = `Exit codes (every command): 0 nothing wrong (fits, conditional or not known yet), 1 a mismatch
or a bad value, 2 the command could not run (usage, or a file it cannot read or write).`;

/** The language flag of the commands that write new words into a workbook. */
const LANG = `  --lang de|zh|ja|en   the language of the words it writes (headers, matrix, next steps, rules'
                      why-texts, portfolio); default: from LC_ALL, LC_MESSAGES or LANG, else English`;

/** The one flag, the same for every command that writes a file. */
const REPLACE = `  --replace           write over an existing output file (never over an input, nor through a
                      link to one); without it an existing output is refused`;

export const HELP = {
  main: `mfgmodel: which manufacturing model (OEM, ODM, JDM) fits a project, outside Excel

Usage:
  mfgmodel template <out.xlsx> [--lang L]      a new workbook: matrix, rules and an empty register
  mfgmodel audit <in.xlsx…> [options]          add or refresh a register's computed columns and report
  mfgmodel classify --drawings <v> --requirements <v> --complexity <v> [--chosen <model>]
  mfgmodel rollup <in.xlsx|folder…> -o portfolio.xlsx  every register in one portfolio workbook
  mfgmodel rules export [--from in.xlsx] -o rules.xlsx|.json  a rulebook as a file to hand on
  mfgmodel --version

Run "mfgmodel <command> --help" for a command's options.
${EXIT_CODES}`,
  template: `mfgmodel template <out.xlsx> [--lang de|zh|ja|en] [--replace]

Writes a new workbook with the same content the add-in writes in Excel: the "MFG Matrix" sheet, the
"MFG Next Steps" sheet (what to send suppliers for each model), the "MFG Rules" sheet the formulas read, and the "MFG Register" table with dropdowns, native formulas
and red/amber conditional formats, in the language chosen: the rules sheet records it, so a
colleague in another language gets the same verdicts, colours and counts. Creates missing folders;
an existing file is kept unless --replace.

Options:
${LANG}
${REPLACE}
${EXIT_CODES}`,
  audit: `mfgmodel audit <in.xlsx…> [-o out.xlsx | --out-dir DIR] [--sheet NAME] [--table NAME] [--map "A=B"…] [--rules FILE | --restore-rules] [--lang L] [--replace] [--json]

Finds the register in each workbook (the MfgRegister table, a table named with --table, or the
sheet whose header row names the inputs: ${REGISTER_INPUTS.map((r) => `"${inputSpec(r).header}"`).join(", ")} or
their synonyms), adds or refreshes its computed columns, formats and rules, and writes a new file
(default: <in>.audited.xlsx beside it; the input is never overwritten, an earlier output only
with --replace). Only the register's
sheet, its table and the rules sheet change: charts, pivots, macros, notes and every other sheet
are copied byte for byte. Each register is judged by its workbook's own rulebook (the decision
table on its rules sheet, which a team may edit; never overwritten), or the built-in one when it
has none. Prints a summary per file, or JSON with --json.

Options:
  -o, --output FILE   where to write the audited workbook (one input only)
  --out-dir DIR       write <name>.audited.xlsx files into DIR
  --sheet NAME        the sheet holding the register
  --table NAME        the table holding the register
  --map "A=B"         read input A from your column headed B, e.g. --map "Drawings complete=Specs frozen";
                      A is one of ${INPUTS.map((i) => `"${i.header}"`).join(", ")}; repeat for more
  --rules FILE        judge by another rulebook instead of each workbook's own, and write it there:
                      a workbook carrying one (.xlsx) or a rulebook file (.json, from rules export);
                      the summary says which rules it replaced
  --restore-rules     judge by the built-in rules (in the language of the workbook's own) instead of
                      the workbook's own, and write them there
  --lang de|zh|ja|en  the language of the built-in rules a workbook without rules gets (its why-texts,
                      the headers added); default: from LC_ALL, LC_MESSAGES or LANG, else English
${REPLACE}
  --json              print the results as JSON: an array, one object per file (see docs/command-line.md)
${EXIT_CODES}`,
  rollup: `mfgmodel rollup <in.xlsx|folder…> -o portfolio.xlsx [--exclude GLOB…] [--map "A=B"…] [--expect-rules FILE] [--jobs N] [--lang L] [--replace] [--json|--jsonl]

Reads the register in each workbook (found as audit finds it; nothing is written back) and writes
a new portfolio workbook: "Portfolio", a row per register (file, sheet, team when a column is
headed Team, counts of fit, conditional, mismatch, not known yet and bad input, and the rules it
was judged by: its workbook's own); "Problem rows",
every problem row with its file, sheet, row, project, supplier and reason; "By stage", projects
by stage and model used, with a native column chart. A file that cannot be read is listed with
its sentence, and the run goes on (exit code 2 once the portfolio is written). A folder is
walked for its workbooks (.xlsx, .xlsm), subfolders included, in name order; other files there
are skipped and counted.

Options:
  -o, --output FILE   the portfolio workbook to write (.xlsx; never one of the inputs)
  --exclude GLOB      leave out a folder's workbooks or subfolders matching GLOB ("*draft*",
                      "archive/**"; * within a name, ** across folders); repeat for more
  --map "A=B"         read input A from columns headed B in every file (as for audit)
  --expect-rules FILE the rulebook every register should be judged by (a workbook carrying it):
                      a register judged by other rules is flagged (exit code 1)
  --jobs N            read N files at once, each in a worker thread (default: every core);
                      the portfolio is the same whatever N is
${LANG}
${REPLACE}
  --json              print the registers as JSON: {"output", "registers": [one object per file], "excluded", "skipped"}
  --jsonl             print one register per line (JSON Lines) as each is read
${EXIT_CODES}`,
  rules: `mfgmodel rules export [--from workbook.xlsx] -o rules.xlsx|rules.json [--lang L] [--replace]

Writes a rulebook as a file to hand on: the built-in rules (in the language of --lang), or with --from the rulebook a register
workbook carries (the decision table of its "MFG Rules" sheet, as its team edited it; checked
first: a rulebook with problems is refused with each cell named). A .xlsx holds the rules sheet
alone, for people to read; a .json holds the rulebook's data (name, version, models, levels,
rows, spellings) for scripts and the task pane's "Use rules from a file". Both are read by
"mfgmodel audit --rules".

Options:
  --from FILE         the workbook whose rulebook to export (default: the built-in rules)
  -o, --output FILE   the file to write: .xlsx or .json
  --lang de|zh|ja|en  the language of the built-in rules it writes (without --from) and of what it
                      says; default: from LC_ALL, LC_MESSAGES or LANG, else English
${REPLACE}
${EXIT_CODES}`,
  classify: `mfgmodel classify --drawings <v> --requirements <v> --complexity <v> [--chosen <model>] [--lang L] [--json]

  --drawings       complete, frozen drawings exist: ${acceptedText("drawingsComplete")}
  --requirements   application requirements are defined: ${acceptedText("hasRequirements")}
  --complexity     ${acceptedText("complexity")}
  --chosen         the model the supplier relationship uses: ${acceptedText("chosenModel")}
  --json           print the result as JSON (in English unless --lang is given: scripts read it)
  --lang de|zh|ja|en  the language of the answer and of the words accepted first; default: from
                   LC_ALL, LC_MESSAGES or LANG, else English
A fact left out, empty, or written TBD, n/a… is not known yet.
${EXIT_CODES}`,
} as const;

export type Command = keyof typeof HELP;
/** Every command's help in one language (helpDe.ts, helpZh.ts, helpJa.ts; helpIn.ts picks). */
export type HelpTexts = Readonly<Record<Command, string>>;
