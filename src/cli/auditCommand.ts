// `mfgmodel audit`: each file audited in turn, every message naming its file; a summary per file,
// or JSON that always has the same shape (an array, one object per file, camelCase keys, errors
// included). Progress on stderr: a bar on a terminal, plain lines otherwise.

import { BUILT_IN_RULES, LOCALES, ROW_STATUSES } from "../core";
import type { Language, Rules } from "../core";
import { auditFile, rulesOfFile } from "../files/audit";
import type { AuditResult } from "../files/audit";
import { UnusableFileError } from "../files/inspect";
import { problemCode } from "../files/fileProblems";
import type { FileProblem } from "../files/fileProblems";
import { INPUTS, isOtherBuiltIn } from "../workbook";
import { fileProblemIn } from "../files/fileWordsIntl";
import type { InputRole, RegisterProblem, RegisterReport, RowStatus, RulesIdentity } from "../workbook";
import { parseArgs, UsageError } from "./args";
import { helpFor } from "./helpIn";
import type { Io } from "./io";
import { progressBar, terminalText } from "./terminalText";
import { cliLanguage } from "./language";
import { cliWords, countsText } from "./cliWords";

/** The statuses as JSON keys. */
const CAMEL: Readonly<Record<RowStatus, string>> = { fit: "fit", conditional: "conditional", mismatch: "mismatch", incomplete: "incomplete", "bad input": "badInput" };

/** "Battery team, version 3 (fingerprint 1a2b3c4d; differs from the built-in rules in 1 row)", in a language. */
export function rulesText(r: RulesIdentity, language: Language = "en"): string {
  const w = cliWords(language);
  const how = r.builtIn ? w.sameDecisions : w.differs(w.count(r.rowsDiffering, "row"), r.spellingsAdded > 0 ? w.count(r.spellingsAdded, "spelling") : null);
  return w.rules(terminalText(r.name), terminalText(r.version), r.fingerprint, how);
}

function summary(result: AuditResult, language: Language): string {
  const t = terminalText;
  const w = cliWords(language);
  const status = (s: RowStatus) => (language === "en" ? s : LOCALES[language].status[s]);
  const lines = [
    `${t(result.input)} → ${t(result.output)}`,
    `  ${w.registerOn(t(result.sheet), w.count(result.rows, "row"), countsText(result.counts, language))}`,
    `  ${w.judgedBy(rulesText(result.rules, language))}`,
  ];
  if (result.replaced !== null) lines.push(`  ${w.replaced(rulesText(result.replaced, language))}`);
  // Another version's built-in rules are offered the update; a team's rulebook is only named.
  if (result.replaced === null && isOtherBuiltIn(result.rules)) lines.push(`  ${w.olderBuiltIn(t(result.rules.version), BUILT_IN_RULES.version)}`);
  if (result.supplierGaps > 0) lines.push(`  ${w.suppliers(w.count(result.supplierGaps, "row"), result.chosenNotOffered)}`);
  const shown = result.problems.slice(0, 50);
  for (const p of shown) {
    const who = t([p.project, p.supplier].filter((x) => x !== "").join(" / "));
    // A fit row is listed for its supplier alone.
    const said = t(p.status === "fit" ? `${w.supplierSays} — ${p.reason}` : `${status(p.status)} — ${p.reason}${p.supplierFit === "" ? "" : `; ${w.supplierSays}${w.colon}${p.supplierFit}`}`);
    lines.push(`  ${w.row(p.row, who, said)}`);
  }
  const total = result.flagged;
  if (total > shown.length) lines.push(`  ${w.more(w.count(total - shown.length, "problem"), result.truncated ? String(result.problems.length) : null)}`);
  return lines.join("\n");
}

/** A file refusal in a language (a damaged archive or XML part is said in English). */
export const refusalText = (error: UnusableFileError, language: Language): string => (language === "en" ? error.message : fileProblemIn(error.file, error.problem, language));

/** A report's counts and problem rows in --json (audit and rollup): camelCase keys, null without a report. */
export function reportJson(report: RegisterReport | null) {
  return {
    sheet: report?.sheet ?? null,
    rows: report?.rows ?? null,
    counts: report === null ? null : Object.fromEntries(ROW_STATUSES.map((s) => [CAMEL[s], report.counts[s]])),
    supplierGaps: report?.supplierGaps ?? null,
    chosenNotOffered: report?.chosenNotOffered ?? null,
    problems: report === null ? null : report.problems.map((p) => ({ row: p.row, project: p.project, supplier: p.supplier, status: CAMEL[p.status], reason: p.reason, supplierFit: p.supplierFit })),
    truncated: report?.truncated ?? null,
  };
}

/** One file in --json: every key always present, null where it does not apply. */
function jsonOf(input: string, result: AuditResult | null, error: string | null, errorCode: string | null = null) {
  const { sheet, rows, counts, supplierGaps, chosenNotOffered, problems, truncated } = reportJson(result);
  const rules = result?.rules ?? null;
  const replacedRules = result?.replaced ?? null;
  return { input, output: result?.output ?? null, sheet, rows, counts, supplierGaps, chosenNotOffered, problems, truncated, rules, replacedRules, error, errorCode };
}

/** --map "Drawings complete=Specs frozen": an input (by header, role or flag) read from the analyst's header. */
export function mappingOf(values: readonly string[]): Partial<Record<InputRole, string>> {
  const mapping: Partial<Record<InputRole, string>> = {};
  const names = INPUTS.map((i) => `"${i.header}"`).join(", ");
  for (const value of values) {
    const at = value.indexOf("=");
    if (at < 1 || at === value.length - 1) throw new UsageError(`--map "${value}": write it as "Input=Your header", e.g. --map "Drawings complete=Specs frozen".`, {
        de: `--map "${value}": schreiben Sie es als "Eingabe=Ihre Überschrift", z. B. --map "Drawings complete=Spezifikation eingefroren".`,
        zh: `--map "${value}"：请写成 "输入=您的标题"，例如 --map "Drawings complete=规格冻结"。`,
        ja: `--map "${value}"：「入力=あなたの見出し」の形で書いてください。例：--map "Drawings complete=仕様凍結"。`,
      });
    const name = value.slice(0, at).trim().toLowerCase();
    const input = INPUTS.find((i) => [i.header, i.role, "flag" in i ? i.flag.replace(/^--/, "") : ""].some((n) => n.toLowerCase() === name));
    if (input === undefined) throw new UsageError(`--map "${value}": "${value.slice(0, at).trim()}" is not an input; use one of ${names}.`, {
        de: `--map "${value}": "${value.slice(0, at).trim()}" ist keine Eingabe; verwenden Sie eine von ${names}.`,
        zh: `--map "${value}"："${value.slice(0, at).trim()}" 不是输入；请使用 ${names} 之一。`,
        ja: `--map "${value}"：「${value.slice(0, at).trim()}」は入力ではありません。${names} のいずれかを使ってください。`,
      });
    mapping[input.role] = value.slice(at + 1).trim();
  }
  return mapping;
}

/** Problems a column mapping solves: headers not found or found twice, no register named at all. */
const canMap = (f: FileProblem): boolean => {
  const p: RegisterProblem | undefined = f.code === "register" ? f.register : undefined;
  return p?.code === "no_register" || (p?.code === "header" && p.problem.code !== "unknown_header");
};


/** 1 when a row's model does not fit, its input is bad, or its supplier does not offer the chosen model. */

export const needsAction = (report: RegisterReport): boolean => report.counts.mismatch > 0 || report.counts["bad input"] > 0 || report.chosenNotOffered > 0;
const exitOf = (result: AuditResult): number => (needsAction(result) ? 1 : 0);

export async function audit(argv: string[], io: Io): Promise<number> {
  const { positionals, options } = parseArgs(argv, ["output", "out-dir", "sheet", "table", "map*", "rules", "lang"], ["json", "force", "replace", "restore-rules", "help"], { "-o": "output" });
  if (options.help) {
    io.out(helpFor("audit", argv));
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("audit needs at least one .xlsx file.", { de: "audit braucht mindestens eine .xlsx-Datei.", zh: "audit 至少需要一个 .xlsx 文件。", ja: "audit には少なくとも 1 つの .xlsx ファイルが必要です。" });
  if (options.output && positionals.length > 1) throw new UsageError("-o names one output file; with several inputs use --out-dir.", { de: "-o nennt eine Ausgabedatei; bei mehreren Eingaben verwenden Sie --out-dir.", zh: "-o 只指定一个输出文件；有多个输入时请使用 --out-dir。", ja: "-o は出力ファイルを 1 つだけ指定します。入力が複数なら --out-dir を使ってください。" });
  const mapping = mappingOf((options.map as string[] | undefined) ?? []);
  // --force once allowed a lossy rewrite; the audit now edits only what it owns and loses nothing.
  if (options.force) io.err("note: --force is no longer needed (the audit changes only the register and its rules sheet) and is ignored.");
  if (options.rules && options["restore-rules"]) throw new UsageError("--rules and --restore-rules each replace the workbook's rules: give one.", { de: "--rules und --restore-rules ersetzen beide die Regeln der Arbeitsmappe: geben Sie eines an.", zh: "--rules 和 --restore-rules 都会替换工作簿的规则：请只给一个。", ja: "--rules と --restore-rules はどちらもブックのルールを置き換えます。どちらか一方を指定してください。" });
  const json: ReturnType<typeof jsonOf>[] = [];
  let exit = 0;
  const language = cliLanguage(options.lang);
  let rules: Rules | undefined;
  if (typeof options.rules === "string") {
    try {
      rules = await rulesOfFile(options.rules);
    } catch (error) {
      if (!(error instanceof UnusableFileError)) throw error;
      io.err(`error: --rules: ${terminalText(refusalText(error, language))}`);
      return 2;
    }
  }
  for (const input of positionals) {
    const progress = progressOf(io, input);
    try {
      const result = await auditFile(input, {
        output: options.output as string | undefined,
        outDir: options["out-dir"] as string | undefined,
        replace: options.replace === true,
        sheet: options.sheet as string | undefined,
        table: options.table as string | undefined,
        mapping,
        ...(rules === undefined ? {} : { rules }),
        language,
        restoreRules: options["restore-rules"] === true,
        progress: progress.update,
      }).finally(progress.end);
      json.push(jsonOf(input, result, null));
      exit = Math.max(exit, exitOf(result));
      if (!options.json) io.out(summary(result, language));
    } catch (error) {
      if (!(error instanceof UnusableFileError)) throw error;
      // The plan's advice to map columns, in this command's words.
      const message = canMap(error.problem) ? `${error.message} Here: --map "Drawings complete=Your header".` : error.message;
      json.push(jsonOf(input, null, message, problemCode(error.problem)));
      exit = 2;
      // --json keeps its English sentence (for scripts); the terminal says it in the language.
      const said = language === "en" ? message : `${refusalText(error, language)}${canMap(error.problem) ? ` --map "Drawings complete=…"` : ""}`;
      if (!options.json) io.err(`error: ${terminalText(said)}`);
    }
  }
  if (options.json) io.out(JSON.stringify(json, null, 2));
  return exit;
}

const BAR = 24;

/** Progress of a large audit: a bar on a terminal, a plain line every 20,000 rows otherwise. */
function progressOf(io: Io, input: string): { update(done: number, total: number): void; end(): void } {
  let shown = false;
  return {
    update(done, total) {
      shown = true;
      const share = Math.min(1, done / Math.max(1, total));
      if (io.status) io.status(`${input} ${progressBar(share, BAR)} ${Math.floor(share * 100)}%`);
      else io.err(`${terminalText(input)}: ${done.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} rows judged`);
    },
    end() {
      if (shown) io.status?.("");
    },
  };
}
