// `mfgmodel rules export`: a rulebook as a file to hand on — the built-in one in the language of
// --lang, or a workbook's own (--from) — as a workbook holding its rules sheet (what `audit --rules`
// reads) or as JSON.

import * as path from "path";
import { builtInRules } from "../core";
import { rulesOfFile } from "../files/audit";
import { rulesWorkbook } from "../files/rulesPart";
import { checkOutput, writeOutput } from "../files/safeOutput";
import { parseArgs, UsageError } from "./args";
import { cliWords } from "./cliWords";
import { rulesText } from "./auditCommand";
import { helpFor } from "./helpIn";
import type { Io } from "./io";
import { cliLanguage } from "./language";
import { terminalText } from "./terminalText";
import { rulesIdentity } from "../workbook";

export async function rulesCommand(argv: string[], io: Io): Promise<number> {
  const { positionals, options } = parseArgs(argv, ["from", "output", "lang"], ["replace", "help"], { "-o": "output" });
  if (options.help) {
    io.out(helpFor("rules", argv));
    return 0;
  }
  const [action, ...rest] = positionals;
  if (action !== "export" || rest.length > 0) {
    const not = action === undefined ? "" : [action, ...rest].join(" ");
    throw new UsageError(`rules takes one action, export (e.g. mfgmodel rules export -o rules.xlsx)${not === "" ? "" : `, not "${not}"`}.`, {
      de: `rules kennt eine Aktion, export (z. B. mfgmodel rules export -o rules.xlsx)${not === "" ? "" : `, nicht "${not}"`}.`,
      zh: `rules 只有一个操作 export（例如 mfgmodel rules export -o rules.xlsx）${not === "" ? "" : `，不是 "${not}"`}。`,
      ja: `rules の操作は export だけです（例：mfgmodel rules export -o rules.xlsx）${not === "" ? "" : `。「${not}」ではありません`}。`,
    });
  }
  const output = options.output;
  if (typeof output !== "string") throw new UsageError("rules export needs -o rules.xlsx or -o rules.json.", { de: "rules export braucht -o rules.xlsx oder -o rules.json.", zh: "rules export 需要 -o rules.xlsx 或 -o rules.json。", ja: "rules export には -o rules.xlsx または -o rules.json が必要です。" });
  const extension = path.extname(output).toLowerCase();
  if (extension !== ".xlsx" && extension !== ".json") throw new UsageError(`rules export writes .xlsx (for audit --rules) or .json: name the output so (not "${path.basename(output)}").`, { de: `rules export schreibt .xlsx (für audit --rules) oder .json: benennen Sie die Ausgabe so (nicht "${path.basename(output)}").`, zh: `rules export 写出 .xlsx（供 audit --rules 使用）或 .json：请按此命名输出（不是 "${path.basename(output)}"）。`, ja: `rules export は .xlsx（audit --rules 用）か .json を書き出します。出力をそのように名付けてください（「${path.basename(output)}」ではなく）。` });
  const language = cliLanguage(options.lang);
  const rules = typeof options.from === "string" ? await rulesOfFile(options.from) : builtInRules(language);
  await checkOutput(output, typeof options.from === "string" ? [options.from] : [], options.replace === true);
  const data = extension === ".xlsx" ? rulesWorkbook(rules) : Buffer.from(`${JSON.stringify(rules.data, null, 2)}\n`, "utf8");
  await writeOutput(output, data, options.replace === true);
  const w = cliWords(language);
  io.out(`${w.wrote(terminalText(output))}${w.colon}${rulesText(rulesIdentity(rules), language)}`);
  return 0;
}
