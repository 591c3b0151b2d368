// `mfgmodel rollup`: every register of a set of files in one portfolio workbook. A file that
// cannot be read is listed with its sentence and never stops the run.

import * as os from "os";
import * as path from "path";
import { errorIn } from "../workbook";
import type { PortfolioEntry } from "../workbook";
import { parseArgs, UsageError } from "./args";
import type { Language } from "../core";
import { mappingOf, needsAction, reportJson, rulesText } from "./auditCommand";
import { helpFor } from "./helpIn";
import type { Io } from "./io";
import { progressBar, terminalText } from "./terminalText";
import { expandInputs } from "../files/inputFolders";
import { cliLanguage } from "./language";
import { cliWords, countsText } from "./cliWords";

/** One register in --json: every key always present, null where it does not apply. */
function jsonOf(e: PortfolioEntry) {
  const { sheet, rows, counts, supplierGaps, chosenNotOffered, problems, truncated } = reportJson(e.register);
  const rules = e.rules ?? null;
  const rulesAsExpected = e.unexpectedRules === undefined ? null : !e.unexpectedRules;
  return { input: e.file, sheet, teams: e.register?.teams ?? null, rows, counts, supplierGaps, chosenNotOffered, problems, truncated, rules, rulesAsExpected, error: e.error, errorCode: e.errorCode ?? null };
}

const line = (e: PortfolioEntry, language: Language): string => {
  const w = cliWords(language);
  const r = e.register;
  if (r === null) return `  ${w.notRead}${w.colon}${terminalText(errorIn(e, language))}`;
  const gaps = r.supplierGaps > 0 ? `; ${w.count(r.supplierGaps, "gap")}` : "";
  // The rules are named when they are a team's own or not the ones expected.
  const named = e.rules !== undefined && (!e.rules.builtIn || e.unexpectedRules !== undefined);
  const rules = !named || e.rules === undefined ? "" : `; ${e.unexpectedRules ? w.notExpected : w.rulesLabel}${w.colon}${rulesText(e.rules, language)}`;
  return `  ${w.sheetOf(terminalText(e.file), terminalText(r.sheet))}${w.colon}${countsText(r.counts, language)}${gaps}${rules}`;
};

/**
 * The --json document, written as the registers are read: its head, each register (the one before
 * gets its comma when the next comes), then its tail — the same JSON as one JSON.stringify of it.
 */
function jsonDocument(io: Io, output: string) {
  const indent = (text: string, by: string) => text.replace(/\n/g, `\n${by}`);
  let held: string | null = null;
  io.out(`{\n  "output": ${JSON.stringify(output)},\n  "registers": [`);
  return {
    entry: (e: PortfolioEntry) => {
      if (held !== null) io.out(`${held},`);
      held = `    ${indent(JSON.stringify(jsonOf(e), null, 2), "    ")}`;
    },
    end: (excluded: number, skipped: number) => {
      if (held !== null) io.out(held);
      io.out(`  ],\n  "excluded": ${excluded},\n  "skipped": ${skipped}\n}`);
    },
  };
}

const BAR = 20;

/** The terminal's progress line: a bar, files done of total, the rate and the time left at that rate. */
export function progressText(done: number, total: number, elapsedMs: number): string {
  const bar = progressBar(done / Math.max(1, total), BAR);
  const rate = done / Math.max(0.001, elapsedMs / 1000);
  const left = Math.round((total - done) / Math.max(rate, 0.001));
  const time = left >= 60 ? `${Math.floor(left / 60)} min ${left % 60} s` : `${left} s`;
  return `rollup ${bar} ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} files · ${rate.toFixed(1)} files/s · ${time} left`;
}

/** --jobs N: how many files are read at once (default: every core). */
function jobsOf(value: unknown): number {
  if (value === undefined) return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
  const n = Number(value);
  if (!/^\d+$/.test(String(value)) || n < 1 || n > 256) throw new UsageError(`--jobs "${String(value)}": give the number of files to read at once, 1 to 256.`, { de: `--jobs "${String(value)}": geben Sie die Zahl der gleichzeitig gelesenen Dateien an, 1 bis 256.`, zh: `--jobs "${String(value)}"：请给出同时读取的文件数，1 到 256。`, ja: `--jobs "${String(value)}"：同時に読み込むファイル数を 1 から 256 で指定してください。` });
  return n;
}

export async function rollup(argv: string[], io: Io): Promise<number> {
  const { positionals, options } = parseArgs(argv, ["output", "map*", "exclude*", "expect-rules", "jobs", "lang"], ["json", "jsonl", "replace", "help"], { "-o": "output" });
  if (options.help) {
    io.out(helpFor("rollup", argv));
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("rollup needs at least one .xlsx file or folder.", { de: "rollup braucht mindestens eine .xlsx-Datei oder einen Ordner.", zh: "rollup 至少需要一个 .xlsx 文件或文件夹。", ja: "rollup には少なくとも 1 つの .xlsx ファイルかフォルダーが必要です。" });
  const language = cliLanguage(options.lang);
  if (options.json && options.jsonl) throw new UsageError("choose --json or --jsonl, not both.", { de: "wählen Sie --json oder --jsonl, nicht beide.", zh: "请在 --json 和 --jsonl 中选一个，不要同时使用。", ja: "--json と --jsonl のどちらか一方を選んでください。" });
  const output = options.output as string | undefined;
  if (output === undefined) throw new UsageError("rollup needs -o portfolio.xlsx, the workbook it writes.", { de: "rollup braucht -o portfolio.xlsx, die Arbeitsmappe, die es schreibt.", zh: "rollup 需要 -o portfolio.xlsx，即它要写出的工作簿。", ja: "rollup には書き出すブックを示す -o portfolio.xlsx が必要です。" });
  if (path.extname(output).toLowerCase() !== ".xlsx") throw new UsageError(`rollup writes an Excel workbook: name it with .xlsx (not "${path.basename(output)}").`, { de: `rollup schreibt eine Excel-Arbeitsmappe: benennen Sie sie mit .xlsx (nicht "${path.basename(output)}").`, zh: `rollup 写出 Excel 工作簿：请以 .xlsx 命名（不是 "${path.basename(output)}"）。`, ja: `rollup は Excel ブックを書き出します。.xlsx の名前にしてください（「${path.basename(output)}」ではなく）。` });
  const { rollupFiles } = await import("../files/portfolio");
  const { rulesOfFile } = await import("../files/audit");
  const expected = typeof options["expect-rules"] === "string" ? await rulesOfFile(options["expect-rules"]) : undefined;
  const mapping = mappingOf((options.map as string[] | undefined) ?? []);
  const inputs = await expandInputs(positionals, (options.exclude as string[] | undefined) ?? [], output);
  if (inputs.files.length === 0) {
    const places = positionals.map((p) => `"${terminalText(p)}"`).join(", ");
    const { excluded, skipped } = inputs;
    throw new UsageError(`no workbook to read in ${places} (.xlsx or .xlsm; ${excluded} excluded, ${skipped} other files).`, {
      de: `keine Arbeitsmappe zu lesen in ${places} (.xlsx oder .xlsm; ${excluded} ausgeschlossen, ${skipped} andere Dateien).`,
      zh: `${places} 中没有可读取的工作簿（.xlsx 或 .xlsm；排除 ${excluded} 个，其他文件 ${skipped} 个）。`,
      ja: `${places} に読み込めるブックがありません（.xlsx または .xlsm。除外 ${excluded} 件、その他のファイル ${skipped} 件）。`,
    });
  }
  // --jsonl: one line per register as soon as it is read, for a reporting tool to ingest; --json:
  // one document, its registers written as they are read (never all held at once).
  const json = options.json ? jsonDocument(io, output) : undefined;
  const onEntry = options.jsonl ? (e: PortfolioEntry) => io.out(JSON.stringify(jsonOf(e))) : json?.entry;
  const total = inputs.files.length;
  // Progress on stderr: redrawn in place on a terminal, a plain line every 100 files otherwise.
  const started = Date.now();
  const onRead = (done: number) => {
    if (io.status) io.status(done === total ? "" : progressText(done, total, Date.now() - started));
    else if (done % 100 === 0 && done < total) io.err(`rollup: ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} files read`);
  };
  const { entries } = await rollupFiles(inputs.files, output, { target: { mapping }, replace: options.replace === true, onEntry, onRead, expected, jobs: jobsOf(options.jobs), language });
  const w = cliWords(language);
  const passed = [inputs.excluded > 0 ? w.excluded(inputs.excluded) : "", inputs.skipped > 0 ? w.skipped(inputs.skipped) : ""].filter(Boolean).join("; ");
  if (json !== undefined) json.end(inputs.excluded, inputs.skipped);
  else if (!options.jsonl) io.out([w.registersRead(terminalText(output), entries.filter((e) => e.register !== null).length, entries.length, passed), ...entries.map((e) => line(e, language))].join("\n"));
  if (entries.some((e) => e.register === null)) return 2;
  return entries.some((e) => e.unexpectedRules === true || (e.register !== null && needsAction(e.register))) ? 1 : 0;
}
