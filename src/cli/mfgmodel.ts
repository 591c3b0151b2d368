// The `mfgmodel` command: template, audit, classify and rollup, outside Excel. One exit-code rule for
// every command (help.ts): 0 nothing wrong, 1 a mismatch or a bad value, 2 could not run. Errors
// are one sentence naming the file or the option; a usage error points to --help.

import { readFileSync } from "fs";
import * as path from "path";
import { assessCells, builtInRules, explain, fitOf, LOCALES } from "../core";
import { UnusableFileError } from "../files/inspect";
import { inputSpec, REGISTER_INPUTS } from "../workbook";
import type { RegisterInput } from "../workbook";
import { parseArgs, UsageError } from "./args";
import { audit, refusalText } from "./auditCommand";
import { rollup } from "./rollupCommand";
import { rulesCommand } from "./rulesCommand";
import { HELP } from "./help";
import { helpFor } from "./helpIn";
import type { Command } from "./help";
import type { Io } from "./io";
import { cliLanguage, languageOfArgs } from "./language";
import { cliWords } from "./cliWords";
import { terminalText } from "./terminalText";

export type { Io } from "./io";

/** The classify command's flag of each fact, from the inputs table. */
const OPTION_NAMES = Object.fromEntries(REGISTER_INPUTS.map((r) => [r, inputSpec(r).flag as string])) as Record<RegisterInput, string>;

async function template(argv: string[], io: Io): Promise<number> {
  const { positionals, options } = parseArgs(argv, ["lang"], ["replace", "help"]);
  if (options.help) {
    io.out(helpFor("template", argv));
    return 0;
  }
  const [output, ...rest] = positionals;
  if (output === undefined || rest.length > 0) throw new UsageError("template needs exactly one output file, e.g. mfgmodel template register.xlsx.", { de: "template braucht genau eine Ausgabedatei, z. B. mfgmodel template register.xlsx.", zh: "template 需要且只需要一个输出文件，例如 mfgmodel template register.xlsx。", ja: "template には出力ファイルがちょうど 1 つ必要です。例：mfgmodel template register.xlsx。" });
  if (path.extname(output).toLowerCase() !== ".xlsx") throw new UsageError(`template writes an Excel workbook: name it with .xlsx (not "${path.basename(output)}").`, { de: `template schreibt eine Excel-Arbeitsmappe: benennen Sie sie mit .xlsx (nicht "${path.basename(output)}").`, zh: `template 写出 Excel 工作簿：请以 .xlsx 命名（不是 "${path.basename(output)}"）。`, ja: `template は Excel ブックを書き出します。.xlsx の名前にしてください（「${path.basename(output)}」ではなく）。` });
  const { writeTemplate } = await import("../files/template");
  const language = cliLanguage(options.lang);
  await writeTemplate(output, options.replace === true, language);
  io.out(cliWords(language).wrote(terminalText(output)));
  return 0;
}

/** --json of classify: every key always present, null where it does not apply. */
const classifyJson = (fields: Partial<Record<"stage" | "recommended" | "chosen" | "fit" | "why" | "notKnownYet" | "error", string | null>>) => ({
  stage: null, recommended: null, chosen: null, fit: null, why: null, notKnownYet: null, error: null, ...fields,
});

function classify(argv: string[], io: Io): number {
  const flags = Object.values(OPTION_NAMES).map((flag) => flag.replace(/^--/, ""));
  const { options } = parseArgs(argv, [...flags, "lang"], ["json", "help"]);
  if (options.help) {
    io.out(helpFor("classify", argv));
    return 0;
  }
  if (!flags.some((f) => typeof options[f] === "string")) throw new UsageError("classify needs at least --drawings, --requirements or --complexity.", { de: "classify braucht mindestens --drawings, --requirements oder --complexity.", zh: "classify 至少需要 --drawings、--requirements 或 --complexity。", ja: "classify には少なくとも --drawings、--requirements、--complexity のいずれかが必要です。" });
  const value = (name: string) => (typeof options[name] === "string" ? options[name] : "");
  // The flags follow the inputs table's order: drawings, requirements, complexity, chosen model.
  const [drawings, requirements, complexity, chosenText] = flags.map(value);
  // In the language asked; --json, for scripts, only when it is asked with --lang (never from LANG).
  const language = options.json && options.lang === undefined ? "en" : cliLanguage(options.lang);
  const rules = builtInRules(language);
  const w = cliWords(language);
  const assessed = assessCells(rules, drawings, requirements, complexity, chosenText, false);
  const show = (text: string, json: ReturnType<typeof classifyJson>) => io.out(options.json ? JSON.stringify(json, null, 2) : text);
  if (!assessed.ok) {
    const message = LOCALES[language].issueMessage(assessed.issue, OPTION_NAMES);
    // Not known yet is an answer, not a failure; a bad value is the analyst's to fix.
    if (assessed.issue.code === "empty") {
      show(`${w.noAnswer}${w.colon}${terminalText(message)}`, classifyJson({ notKnownYet: message }));
      return 0;
    }
    if (options.json) show("", classifyJson({ error: message }));
    else io.err(`error: ${terminalText(message)}`);
    return 1;
  }
  const row = assessed.row;
  const chosen = assessed.chosen;
  const fitCode = chosen === undefined ? undefined : fitOf(row, chosen);
  const fit = fitCode === undefined ? undefined : rules.locale.fit[fitCode];
  const why = explain(row, chosen, rules.locale);
  const t = terminalText;
  const c = w.colon;
  const text = [`${w.stage}${c}${t(row.stage)}`, `${w.recommended}${c}${t(row.recommended)}`, ...(fit ? [`${w.fitOf(t(chosen ?? ""))}${c}${t(fit)}`] : []), `${w.why}${c}${t(why)}`].join("\n");
  show(text, classifyJson({ stage: row.stage, recommended: row.recommended, chosen: chosen ?? null, fit: fit ?? null, why }));
  return fitCode === "mismatch" ? 1 : 0;
}

/** The package's version: package.json is two folders up from src/cli and from dist-cli/cli. */
function version(): string {
  return (JSON.parse(readFileSync(path.join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;
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
      case "rollup":
        return await rollup(rest, io);
      case "rules":
        return await rulesCommand(rest, io);
      case "--version":
      case "-v":
        io.out(`mfgmodel ${version()}`);
        return 0;
      case undefined:
      case "--help":
      case "-h":
      case "help":
        io.out(helpFor("main", rest));
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`Unknown command "${command}".`, { de: `Unbekannter Befehl "${command}".`, zh: `未知命令 "${command}"。`, ja: `不明なコマンド「${command}」。` });
    }
  } catch (error) {
    if (error instanceof UsageError) {
      const known = command !== undefined && command in HELP;
      const language = languageOfArgs(rest);
      const help = `mfgmodel ${known ? `${command as Command} ` : ""}--help`;
      const run = { en: `Run "${help}" for usage.`, de: `Die Verwendung zeigt "${help}".`, zh: `用法请运行 "${help}"。`, ja: `使い方は「${help}」で表示されます。` }[language];
      io.err(`error: ${terminalText(error.said(language))} ${run}`);
      return 2;
    }
    if (error instanceof UnusableFileError) {
      io.err(`error: ${terminalText(refusalText(error, languageOfArgs(rest)))}`);
      return 2;
    }
    io.err(`error: unexpected failure: ${terminalText(error instanceof Error ? error.message : String(error))}`);
    return 2;
  }
}
