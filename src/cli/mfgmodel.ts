// The `mfgmodel` command: template, audit and classify, outside Excel. Exit codes: 0 every row
// fits (or is only conditional / not known yet), 1 a mismatch or a bad value, 2 unusable input.

import { existsSync } from "fs";
import { assessCells, explain, fitOf, issueMessage } from "../core";
import type { Model } from "../core";
import { auditFile } from "../files/audit";
import type { AuditResult } from "../files/audit";
import { UnusableFileError } from "../files/inspect";
import { acceptedText, inputSpec, REGISTER_INPUTS } from "../workbook";
import type { RegisterInput, RowStatus } from "../workbook";
import { parseArgs, UsageError } from "./args";

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Rewrites stderr's current line: given when stderr is a terminal, for a progress bar. */
  status?(text: string): void;
}

const BAR = 24;

/** Progress of a large audit: a bar on a terminal, a plain line every 20,000 rows otherwise. */
function progressOf(io: Io, input: string): { update(done: number, total: number): void; end(): void } {
  let shown = false;
  return {
    update(done, total) {
      shown = true;
      const share = Math.min(1, done / Math.max(1, total));
      if (io.status) io.status(`${input} [${"#".repeat(Math.round(share * BAR)).padEnd(BAR, "-")}] ${Math.floor(share * 100)}%`);
      else io.err(`${input}: ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows judged`);
    },
    end() {
      if (shown) io.status?.("");
    },
  };
}

const HELP = {
  main: `mfgmodel: which manufacturing model (OEM, ODM, JDM) fits a project, outside Excel

Usage:
  mfgmodel template <out.xlsx>                 a new workbook: matrix, rules and an empty register
  mfgmodel audit <in.xlsx…> [options]          add or refresh a register's computed columns and report
  mfgmodel classify --drawings <v> --requirements <v> --complexity <v> [--chosen <model>]

Run "mfgmodel <command> --help" for a command's options.
Exit codes: 0 no mismatch, 1 a mismatch or a bad value in some row, 2 unusable input.`,
  template: `mfgmodel template <out.xlsx>

Writes a new workbook with the same content the add-in writes in Excel: the "MFG Matrix" sheet, the
"MFG Rules" sheet the formulas read, and the "MFG Register" table with dropdowns, native formulas
and red/amber conditional formats. Refuses to overwrite an existing file.`,
  audit: `mfgmodel audit <in.xlsx…> [-o out.xlsx | --out-dir DIR] [--sheet NAME] [--table NAME] [--json]

Finds the register in each workbook (the MfgRegister table, a table named with --table, or the
sheet whose header row names the inputs: ${REGISTER_INPUTS.map((r) => `"${inputSpec(r).header}"`).join(", ")} or
their synonyms), adds or refreshes its computed columns, formats
and rules, and writes a new file (default: <in>.audited.xlsx beside it; the input is never
overwritten). Only the register's sheet, its table and the rules sheet change: charts, pivots,
macros, notes and every other sheet are copied byte for byte. Prints a summary per file, or
JSON with --json.

Options:
  -o, --output FILE   where to write the audited workbook (one input only)
  --out-dir DIR       write <name>.audited.xlsx files into DIR
  --sheet NAME        the sheet holding the register
  --table NAME        the table holding the register
  --json              print the results as JSON
Exit codes: 0 no row is a mismatch or holds a bad value, 1 some row is, 2 unusable input.`,
  classify: `mfgmodel classify --drawings <v> --requirements <v> --complexity <v> [--chosen <model>]

  --drawings       complete, frozen drawings exist: ${acceptedText("drawingsComplete")}
  --requirements   application requirements are defined: ${acceptedText("hasRequirements")}
  --complexity     ${acceptedText("complexity")}
  --chosen         the model the supplier relationship uses: ${acceptedText("chosenModel")}
  --json           print the result as JSON
Exit codes: 0 fits (or no model chosen), 1 conditional or mismatch, 2 bad or missing input.`,
};

/** The classify command's flag of each fact, from the inputs table. */
const OPTION_NAMES = Object.fromEntries(REGISTER_INPUTS.map((r) => [r, inputSpec(r).flag as string])) as Record<RegisterInput, string>;

const STATUS_ORDER: RowStatus[] = ["fit", "conditional", "mismatch", "incomplete", "bad input"];

function summary(result: AuditResult): string {
  const lines = [
    `${result.input} → ${result.output}`,
    `  register on sheet "${result.sheet}": ${result.rows} rows — ${STATUS_ORDER.map((s) => `${result.counts[s]} ${s}`).join(", ")}`,
  ];
  const shown = result.problems.slice(0, 50);
  for (const p of shown) {
    const who = [p.project, p.supplier].filter((x) => x !== "").join(" / ");
    lines.push(`  row ${p.row}${who ? ` (${who})` : ""}: ${p.status} — ${p.reason}`);
  }
  const total = result.rows - result.counts.fit;
  if (total > shown.length) lines.push(`  … and ${total - shown.length} more problem rows (--json lists ${result.truncated ? `the first ${result.problems.length}` : "them all"})`);
  return lines.join("\n");
}

const exitOf = (result: AuditResult): number => (result.counts.mismatch > 0 || result.counts["bad input"] > 0 ? 1 : 0);

async function audit(argv: string[], io: Io): Promise<number> {
  const { positionals, options } = parseArgs(argv, ["output", "out-dir", "sheet", "table"], ["json", "force", "help"], { "-o": "output" });
  if (options.help) {
    io.out(HELP.audit);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("audit needs at least one .xlsx file.");
  // --force once allowed a lossy rewrite; the audit now edits only what it owns and loses nothing.
  if (options.force) io.err("note: --force is no longer needed (the audit changes only the register and its rules sheet) and is ignored.");
  if (options.output && positionals.length > 1) throw new UsageError("-o names one output file; with several inputs use --out-dir.");
  const results: (AuditResult | { input: string; error: string })[] = [];
  let exit = 0;
  for (const input of positionals) {
    try {
      const progress = progressOf(io, input);
      const result = await auditFile(input, {
        output: options.output as string | undefined,
        outDir: options["out-dir"] as string | undefined,
        sheet: options.sheet as string | undefined,
        table: options.table as string | undefined,
        progress: progress.update,
      }).finally(progress.end);
      results.push(result);
      exit = Math.max(exit, exitOf(result));
      if (!options.json) io.out(summary(result));
    } catch (error) {
      if (!(error instanceof UnusableFileError)) throw error;
      results.push({ input, error: error.message });
      exit = 2;
      if (!options.json) io.err(`error: ${error.message}`);
    }
  }
  if (options.json) io.out(JSON.stringify(results.length === 1 ? results[0] : results, null, 2));
  return exit;
}

async function template(argv: string[], io: Io): Promise<number> {
  const { positionals, options } = parseArgs(argv, [], ["help"]);
  if (options.help) {
    io.out(HELP.template);
    return 0;
  }
  const [output, ...rest] = positionals;
  if (output === undefined || rest.length > 0) throw new UsageError("template needs exactly one output file, e.g. mfgmodel template register.xlsx");
  if (existsSync(output)) throw new UnusableFileError(`${output} exists; the template never overwrites a file. Choose another name.`);
  // Loaded here: ExcelJS (the template's only user) costs half a second to load, every audit would pay it.
  const { writeTemplate } = await import("../files/template");
  await writeTemplate(output);
  io.out(`wrote ${output}`);
  return 0;
}

function classify(argv: string[], io: Io): number {
  const { options } = parseArgs(argv, ["drawings", "requirements", "complexity", "chosen"], ["json", "help"]);
  if (options.help) {
    io.out(HELP.classify);
    return 0;
  }
  const value = (name: string) => (typeof options[name] === "string" ? options[name] : "");
  const assessed = assessCells(value("drawings"), value("requirements"), value("complexity"), value("chosen"), false);
  if (!assessed.ok) {
    io.err(`error: ${issueMessage(assessed.issue, OPTION_NAMES)}`);
    return 2;
  }
  const row = assessed.row;
  const chosen = assessed.chosen as Model | undefined;
  const fit = chosen === undefined ? undefined : fitOf(row, chosen);
  const result = { stage: row.stage, recommended: row.recommended, ...(fit ? { chosen, fit } : {}), why: explain(row, chosen) };
  io.out(options.json ? JSON.stringify(result, null, 2) : [`Stage: ${result.stage}`, `Recommended model: ${result.recommended}`, ...(fit ? [`Fit of ${chosen}: ${fit}`] : []), `Why: ${result.why}`].join("\n"));
  return fit === undefined || fit === "Fit" ? 0 : 1;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case "template":
        return await template(rest, io);
      case "audit":
        return await audit(rest, io);
      case "classify":
        return classify(rest, io);
      case undefined:
      case "--help":
      case "-h":
      case "help":
        io.out(HELP.main);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`error: ${error.message}\n\n${HELP[(command as keyof typeof HELP) in HELP ? (command as keyof typeof HELP) : "main"]}`);
      return 2;
    }
    if (error instanceof UnusableFileError) {
      io.err(`error: ${error.message}`);
      return 2;
    }
    io.err(`error: unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
