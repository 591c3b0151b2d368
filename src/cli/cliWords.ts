// What the command line says in each language (--lang, else LC_ALL/LC_MESSAGES/LANG): the audit's
// summary, the roll-up's lines, classify's answer. --json keys and codes stay English; usage
// errors carry their own translations (args.ts), file refusals theirs (files/fileWordsIntl.ts),
// and --help its texts (helpIn.ts).

import { LOCALES, ROW_STATUSES } from "../core";
import type { Language, RowStatus } from "../core";

export interface CliWords {
  /** "12 rows", "1 added spelling": a count of a thing, in the language's plural. */
  count(n: number, thing: "row" | "spelling" | "problem" | "gap"): string;
  registerOn(sheet: string, rows: string, counts: string): string;
  judgedBy(rules: string): string;
  replaced(rules: string): string;
  olderBuiltIn(version: string, current: string): string;
  suppliers(rows: string, chosen: number): string;
  row(row: number, who: string, said: string): string;
  more(count: string, all: string | null): string;
  rules(name: string, version: string, fingerprint: string, how: string): string;
  readonly sameDecisions: string;
  differs(rows: string, spellings: string | null): string;
  readonly supplierSays: string;
  readonly notRead: string;
  readonly notExpected: string;
  readonly rulesLabel: string;
  sheetOf(file: string, sheet: string): string;
  registersRead(output: string, read: number, total: number, passed: string): string;
  excluded(n: number): string;
  skipped(n: number): string;
  readonly stage: string;
  readonly recommended: string;
  fitOf(model: string): string;
  readonly why: string;
  readonly noAnswer: string;
  wrote(file: string): string;
  /** Between a label and its value: the locale's. */
  readonly colon: string;
}

const thing = { row: ["row", "rows"], spelling: ["added spelling", "added spellings"], problem: ["more problem row", "more problem rows"], gap: ["supplier gap", "supplier gaps"] } as const;

const EN: Omit<CliWords, "colon"> = {
  count: (n, t) => `${n.toLocaleString("en-US")} ${thing[t][n === 1 ? 0 : 1]}`,
  registerOn: (sheet, rows, counts) => `register on sheet "${sheet}": ${rows} — ${counts}`,
  judgedBy: (r) => `judged by rules: ${r}`,
  replaced: (r) => `replaced the workbook's rules: ${r}`,
  olderBuiltIn: (v, current) => `note: these are the built-in rules of version ${v}; this version's are ${current} (add --restore-rules to update them)`,
  suppliers: (rows, chosen) => `suppliers: ${rows} whose supplier does not offer the chosen or the recommended model (${chosen} the chosen one)`,
  row: (row, who, said) => `row ${row}${who ? ` (${who})` : ""}: ${said}`,
  more: (count, all) => `… and ${count} (--json lists ${all === null ? "them all" : `the first ${all}`})`,
  rules: (name, version, fingerprint, how) => `${name}, version ${version} (fingerprint ${fingerprint}; ${how})`,
  sameDecisions: "the built-in rules' decisions",
  differs: (rows, spellings) => `differs from the built-in rules in ${rows}${spellings === null ? "" : ` and ${spellings}`}`,
  supplierSays: "supplier",
  notRead: "not read",
  notExpected: "NOT the expected rules",
  rulesLabel: "rules",
  sheetOf: (file, sheet) => `${file}, sheet "${sheet}"`,
  registersRead: (output, read, total, passed) => `${output}: ${read} of ${total} registers${passed === "" ? "" : ` (${passed})`}`,
  excluded: (n) => `${n} excluded`,
  skipped: (n) => `${n} not workbooks, skipped`,
  stage: "Stage",
  recommended: "Recommended model",
  fitOf: (m) => `Fit of ${m}`,
  why: "Why",
  noAnswer: "No answer yet",
  wrote: (file) => `wrote ${file}`,
};

const DE: Omit<CliWords, "colon"> = {
  count: (n, t) => `${n.toLocaleString("de-DE")} ${({ row: ["Zeile", "Zeilen"], spelling: ["hinzugefügte Schreibweise", "hinzugefügten Schreibweisen"], problem: ["weitere Problemzeile", "weitere Problemzeilen"], gap: ["Lieferantenlücke", "Lieferantenlücken"] } as const)[t][n === 1 ? 0 : 1]}`,
  registerOn: (sheet, rows, counts) => `Register auf Blatt „${sheet}“: ${rows} — ${counts}`,
  judgedBy: (r) => `beurteilt nach den Regeln: ${r}`,
  replaced: (r) => `ersetzte die Regeln der Arbeitsmappe: ${r}`,
  olderBuiltIn: (v, current) => `Hinweis: dies sind die eingebauten Regeln der Version ${v}; die dieser Version sind ${current} (mit --restore-rules aktualisieren)`,
  suppliers: (rows, chosen) => `Lieferanten: ${rows}, deren Lieferant das gewählte oder empfohlene Modell nicht anbietet (${chosen} das gewählte)`,
  row: (row, who, said) => `Zeile ${row}${who ? ` (${who})` : ""}: ${said}`,
  more: (count, all) => `… und ${count} (--json listet ${all === null ? "alle" : `die ersten ${all}`})`,
  rules: (name, version, fingerprint, how) => `${name}, Version ${version} (Fingerabdruck ${fingerprint}; ${how})`,
  sameDecisions: "die Entscheidungen der eingebauten Regeln",
  differs: (rows, spellings) => `weicht von den eingebauten Regeln in ${rows}${spellings === null ? "" : ` und ${spellings}`} ab`,
  supplierSays: "Lieferant",
  notRead: "nicht gelesen",
  notExpected: "NICHT die erwarteten Regeln",
  rulesLabel: "Regeln",
  sheetOf: (file, sheet) => `${file}, Blatt „${sheet}“`,
  registersRead: (output, read, total, passed) => `${output}: ${read} von ${total} Registern${passed === "" ? "" : ` (${passed})`}`,
  excluded: (n) => `${n} ausgeschlossen`,
  skipped: (n) => `${n} keine Arbeitsmappen, übersprungen`,
  stage: "Phase",
  recommended: "Empfohlenes Modell",
  fitOf: (m) => `Passung von ${m}`,
  why: "Begründung",
  noAnswer: "Noch keine Antwort",
  wrote: (file) => `${file} geschrieben`,
};

const ZH: Omit<CliWords, "colon"> = {
  count: (n, t) => `${n.toLocaleString("zh-CN")} ${({ row: "行", spelling: "个新增写法", problem: "个其他问题行", gap: "个供应商缺口" } as const)[t]}`,
  registerOn: (sheet, rows, counts) => `工作表“${sheet}”上的台账：${rows} — ${counts}`,
  judgedBy: (r) => `判断所用规则：${r}`,
  replaced: (r) => `替换了工作簿的规则：${r}`,
  olderBuiltIn: (v, current) => `提示：这是版本 ${v} 的内置规则；本版本为 ${current}（加 --restore-rules 可更新）`,
  suppliers: (rows, chosen) => `供应商：${rows}的供应商未提供所选或推荐的模式（其中 ${chosen} 行为所选模式）`,
  row: (row, who, said) => `第 ${row} 行${who ? `（${who}）` : ""}：${said}`,
  more: (count, all) => `… 另有 ${count}（--json ${all === null ? "列出全部" : `列出前 ${all} 个`}）`,
  rules: (name, version, fingerprint, how) => `${name}，版本 ${version}（指纹 ${fingerprint}；${how}）`,
  sameDecisions: "与内置规则的决策相同",
  differs: (rows, spellings) => `与内置规则有 ${rows}不同${spellings === null ? "" : `，另有 ${spellings}`}`,
  supplierSays: "供应商",
  notRead: "未读取",
  notExpected: "不是预期的规则",
  rulesLabel: "规则",
  sheetOf: (file, sheet) => `${file}，工作表“${sheet}”`,
  registersRead: (output, read, total, passed) => `${output}：已读取 ${total} 个台账中的 ${read} 个${passed === "" ? "" : `（${passed}）`}`,
  excluded: (n) => `排除 ${n} 个`,
  skipped: (n) => `${n} 个不是工作簿，已跳过`,
  stage: "阶段",
  recommended: "推荐模式",
  fitOf: (m) => `${m} 的适合度`,
  why: "原因",
  noAnswer: "暂无结果",
  wrote: (file) => `已写入 ${file}`,
};

const JA: Omit<CliWords, "colon"> = {
  count: (n, t) => `${n.toLocaleString("ja-JP")} ${({ row: "行", spelling: "件の追加表記", problem: "件のその他の問題行", gap: "件のサプライヤー未対応" } as const)[t]}`,
  registerOn: (sheet, rows, counts) => `シート「${sheet}」の台帳：${rows} — ${counts}`,
  judgedBy: (r) => `判定に使ったルール：${r}`,
  replaced: (r) => `ブックのルールを置き換えました：${r}`,
  olderBuiltIn: (v, current) => `注意：これはバージョン ${v} の組み込みルールです。このバージョンは ${current} です（--restore-rules で更新）`,
  suppliers: (rows, chosen) => `サプライヤー：${rows}でサプライヤーが選択モデルまたは推奨モデルに未対応（うち選択モデル ${chosen} 行）`,
  row: (row, who, said) => `${row} 行目${who ? `（${who}）` : ""}：${said}`,
  more: (count, all) => `… ほか ${count}（--json は${all === null ? "すべて" : `最初の ${all} 件`}を表示）`,
  rules: (name, version, fingerprint, how) => `${name}、バージョン ${version}（フィンガープリント ${fingerprint}、${how}）`,
  sameDecisions: "組み込みルールと同じ判定",
  differs: (rows, spellings) => `組み込みルールと ${rows}${spellings === null ? "" : `、${spellings}`}が異なる`,
  supplierSays: "サプライヤー",
  notRead: "読み込めません",
  notExpected: "想定外のルール",
  rulesLabel: "ルール",
  sheetOf: (file, sheet) => `${file}、シート「${sheet}」`,
  registersRead: (output, read, total, passed) => `${output}：${total} 件中 ${read} 件の台帳${passed === "" ? "" : `（${passed}）`}`,
  excluded: (n) => `${n} 件除外`,
  skipped: (n) => `${n} 件はブックではないためスキップ`,
  stage: "段階",
  recommended: "推奨モデル",
  fitOf: (m) => `${m} の適合`,
  why: "理由",
  noAnswer: "まだ答えはありません",
  wrote: (file) => `${file} を書き込みました`,
};

const WORDS: Readonly<Record<Language, Omit<CliWords, "colon">>> = { en: EN, de: DE, zh: ZH, ja: JA };
export const cliWords = (language: Language): CliWords => ({ ...WORDS[language], colon: LOCALES[language].colon });

/** "3 fit, 1 conditional, …": a report's counts by status, in the language's status words (English: the codes). */
export const countsText = (counts: Readonly<Record<RowStatus, number>>, language: Language): string =>
  ROW_STATUSES.map((s) => (language === "en" ? `${counts[s]} ${s}` : `${LOCALES[language].status[s]} ${counts[s]}`)).join(LOCALES[language].listSeparator);
