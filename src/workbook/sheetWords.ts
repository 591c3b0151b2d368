// The words of the sheets the add-in writes, in the workbook's language (its rulebook's): the
// headers it adds to a register, the matrix and next-steps sheets' titles, the rules sheet's notes
// and the portfolio's. What formulas and readers match (sheet and table names, the rules sheet's
// table headers, the MFG prefix) are codes and stay as they are in every language.

import type { ArgumentName, Language } from "../core";
import { HEADER_WORDS } from "./headerWords";
import type { InputRole } from "./inputs";
import { headerOf, INPUT_ROLES } from "./inputs";

const isInputRole = (role: string): role is InputRole => (INPUT_ROLES as readonly string[]).indexOf(role) >= 0;

/** The columns a register has: the analyst's inputs, then those the add-in computes. */
export type ComputedRole = "stage" | "recommended" | "fit" | "why" | "supplierFit" | "key";

export interface SheetWords {
  readonly computed: Readonly<Record<ComputedRole, string>>;
  readonly matrixTitle: string;
  readonly legend: string;
  readonly decisionTitle: string;
  /** How the decision table for people shows a condition that holds for any value, and yes and no. */
  readonly any: string;
  readonly yes: string;
  readonly no: string;
  readonly nextTitle: string;
  readonly nextNote: string;
  /** Model, Topic, Next step, Source. */
  readonly nextHeaders: readonly [string, string, string, string];
  readonly rulesNote: string;
  /** The suppliers sheet: its title, its note (the most suppliers read) and its headers (the formulas read the cells, not the headers). */
  readonly suppliers: { readonly title: string; note(max: number): string; readonly headers: readonly [string, string, string] };
  /** The rules sheet's labels: left of the rulebook's name, version, fingerprint, levels, language, the lookup's stamp and the count of edits; above the comparison grid. */
  /** A row of the rules sheet's Also accepted table, said: "Ja" also means TRUE. */
  alsoMeans(word: string, means: string): string;
  readonly rulesLabels: Readonly<Record<"rulebook" | "version" | "fingerprint" | "levels" | "language" | "stamp" | "edits" | "grid", string>>;
  readonly portfolio: {
    readonly title: string;
    readonly problemsTitle: string;
    readonly stagesTitle: string;
    readonly chartTitle: string;
    /** File, Sheet, Team, Rows, Supplier gaps, Note, Rules, Row, Project, Supplier, Status, Reason, Stage, Total. */
    readonly headers: Readonly<Record<"file" | "sheet" | "team" | "rows" | "gaps" | "note" | "rules" | "row" | "project" | "supplier" | "status" | "reason" | "stage" | "total", string>>;
    readonly noProblems: string;
    /** After the problems title when the list takes several sheets: part i of n, and where it goes on. */
    part(i: number, n: number, next: string | undefined): string;
    /** The note of a register whose problem rows were cut. */
    truncated(listed: number): string;
    /** How many files were read. */
    read(read: number, files: number): string;
    /** The rules a register was judged by, flagged when the run expected others. */
    rules(name: string, version: string, fingerprint: string, unexpected: boolean): string;
    /** Between a row's reason and its supplier's gap. */
    readonly supplierGap: string;
    /** The stage grid's row of projects whose stage is not known yet, and its columns of rows without a model and with one not accepted. */
    readonly stageNotKnown: string;
    readonly noModel: string;
    readonly badModel: string;
  };
}

const EN: SheetWords = {
  computed: { stage: "Stage", recommended: "Recommended model", fit: "Fit", why: "Why", supplierFit: "Supplier offers", key: "Rule key" },
  matrixTitle: "Manufacturing model comparison: OEM · ODM · JDM",
  legend: "Legend",
  decisionTitle: "Decision table: which model fits a project's stage (a chosen model's symbol on its row: ✓ fits, △ conditional, — mismatch)",
  any: "any",
  yes: "TRUE",
  no: "FALSE",
  nextTitle: "Next steps once the model is chosen: what to send suppliers",
  nextNote: "Choose the model before you evaluate suppliers: it sets the RFQ scope and the sample agreement. Filter the Model column for one model.",
  nextHeaders: ["Model", "Topic", "Next step", "Source"],
  rulesNote: "Rules read by the MFG Register formulas: edit the decision table (columns N on); the lookup and spellings tables at the left are generated from it by the add-in and mfgmodel audit",
  suppliers: {
    title: "Suppliers and the models they offer (read by the registers' Supplier offers column)",
    note: (max) => `One supplier a row, named as in the registers; Models offered: any of OEM, ODM, JDM (e.g. "OEM, ODM"). Up to ${max} suppliers.`,
    headers: ["Supplier", "Models offered", "Notes"],
  },
  alsoMeans: (word, means) => `"${word}" also means ${means}`,
  rulesLabels: { rulebook: "Rulebook", version: "Version", fingerprint: "Fingerprint", levels: "Complexity levels", language: "Language", stamp: "Rules version", edits: "Edits not applied",
    grid: "1 where the decision or spellings table differs from the rules the register's formulas apply (generated)" },
  portfolio: {
    title: "Portfolio: every register, counted by fit",
    problemsTitle: "Every problem row: mismatches, conditional fits, facts not known yet, bad values",
    stagesTitle: "Projects by stage and by the model they use",
    chartTitle: "Projects by stage and model used",
    headers: { file: "File", sheet: "Sheet", team: "Team", rows: "Rows", gaps: "Supplier gaps", note: "Note", rules: "Rules", row: "Row", project: "Project", supplier: "Supplier", status: "Status", reason: "Reason", stage: "Stage", total: "Total" },
    noProblems: "No problem rows",
    part: (i, n, next) => ` (part ${i} of ${n}; Excel's sheets hold 1,048,576 rows${next === undefined ? "" : `: continued on "${next}"`})`,
    truncated: (n) => `Problem rows listed: the first ${n}.`,
    read: (read, files) => `${read} of ${files} file${files === 1 ? "" : "s"} read; a file that could not be read says why in Note.`,
    rules: (name, version, fingerprint, unexpected) => `${unexpected ? "⚠ not the expected rules: " : ""}${name}, version ${version} (${fingerprint})`,
    supplierGap: "; supplier: ",
    stageNotKnown: "Not known yet",
    noModel: "No model chosen",
    badModel: "Model not accepted",
  },
};

const DE: SheetWords = {
  computed: { stage: "Phase", recommended: "Empfohlenes Modell", fit: "Passung", why: "Begründung", supplierFit: "Angebot des Lieferanten", key: "Regelschlüssel" },
  matrixTitle: "Vergleich der Fertigungsmodelle: OEM · ODM · JDM",
  legend: "Legende",
  decisionTitle: "Entscheidungstabelle: welches Modell zur Phase eines Projekts passt (Symbol eines gewählten Modells in seiner Zeile: ✓ passt, △ bedingt, — passt nicht)",
  any: "beliebig",
  yes: "WAHR",
  no: "FALSCH",
  nextTitle: "Nächste Schritte nach der Wahl des Modells: was Lieferanten erhalten",
  nextNote: "Wählen Sie das Modell, bevor Sie Lieferanten bewerten: es legt den Umfang der Anfrage (RFQ) und die Mustervereinbarung fest. Filtern Sie die Spalte Modell nach einem Modell.",
  nextHeaders: ["Modell", "Thema", "Nächster Schritt", "Quelle"],
  rulesNote: "Regeln, die die Formeln des MFG Register lesen: bearbeiten Sie die Entscheidungstabelle (ab Spalte N); die Tabellen links erzeugen das Add-in und mfgmodel audit daraus",
  suppliers: {
    title: "Lieferanten und die Modelle, die sie anbieten (gelesen von der Spalte „Angebot des Lieferanten“ der Register)",
    note: (max) => `Ein Lieferant je Zeile, benannt wie in den Registern; Angebotene Modelle: beliebige von OEM, ODM, JDM (z. B. „OEM, ODM“). Bis zu ${max} Lieferanten.`,
    headers: ["Lieferant", "Angebotene Modelle", "Notizen"],
  },
  alsoMeans: (word, means) => `„${word}“ bedeutet auch ${means}`,
  rulesLabels: { rulebook: "Regelwerk", version: "Version", fingerprint: "Fingerabdruck", levels: "Komplexitätsstufen", language: "Sprache", stamp: "Regelstand", edits: "Nicht angewendete Änderungen",
    grid: "1, wo die Entscheidungs- oder Schreibweisentabelle von den Regeln abweicht, die die Formeln des Registers anwenden (erzeugt)" },
  portfolio: {
    title: "Portfolio: alle Register, nach Passung gezählt",
    problemsTitle: "Alle Problemzeilen: passt nicht, bedingt, noch nicht bekannt, ungültige Eingaben",
    stagesTitle: "Projekte nach Phase und verwendetem Modell",
    chartTitle: "Projekte nach Phase und verwendetem Modell",
    headers: { file: "Datei", sheet: "Blatt", team: "Team", rows: "Zeilen", gaps: "Lücken im Angebot", note: "Hinweis", rules: "Regeln", row: "Zeile", project: "Projekt", supplier: "Lieferant", status: "Status", reason: "Grund", stage: "Phase", total: "Summe" },
    noProblems: "Keine Problemzeilen",
    part: (i, n, next) => ` (Teil ${i} von ${n}; ein Excel-Blatt fasst 1.048.576 Zeilen${next === undefined ? "" : `: weiter auf „${next}“`})`,
    truncated: (n) => `Aufgeführte Problemzeilen: die ersten ${n}.`,
    read: (read, files) => `${read} von ${files} Dateien gelesen; eine Datei, die nicht gelesen werden konnte, nennt den Grund unter Hinweis.`,
    rules: (name, version, fingerprint, unexpected) => `${unexpected ? "⚠ nicht die erwarteten Regeln: " : ""}${name}, Version ${version} (${fingerprint})`,
    supplierGap: "; Lieferant: ",
    stageNotKnown: "Noch nicht bekannt",
    noModel: "Kein Modell gewählt",
    badModel: "Modell nicht zulässig",
  },
};

const ZH: SheetWords = {
  computed: { stage: "阶段", recommended: "推荐模式", fit: "适合度", why: "原因", supplierFit: "供应商提供", key: "规则键" },
  matrixTitle: "生产模式对比：OEM · ODM · JDM",
  legend: "图例",
  decisionTitle: "决策表：哪种模式适合项目的阶段（所选模式在其行中的符号：✓ 适合，△ 有条件，— 不适合）",
  any: "任意",
  yes: "TRUE",
  no: "FALSE",
  nextTitle: "选定模式后的后续步骤：需要发给供应商的内容",
  nextNote: "请在评估供应商之前选定模式：它决定询价（RFQ）的范围和样品协议。可按“模式”列筛选某一模式。",
  nextHeaders: ["模式", "主题", "后续步骤", "来源"],
  rulesNote: "MFG Register 公式读取的规则：请编辑决策表（N 列起）；左侧的查找表和写法表由加载项和 mfgmodel audit 根据决策表生成",
  suppliers: {
    title: "供应商及其提供的模式（台账的“供应商提供”列读取此表）",
    note: (max) => `每行一个供应商，名称与台账中一致；提供的模式：OEM、ODM、JDM 中的任意几个（例如 “OEM, ODM”）。最多 ${max} 个供应商。`,
    headers: ["供应商", "提供的模式", "备注"],
  },
  alsoMeans: (word, means) => `“${word}” 也表示 ${means}`,
  rulesLabels: { rulebook: "规则集", version: "版本", fingerprint: "指纹", levels: "复杂度等级", language: "语言", stamp: "规则版本", edits: "未应用的修改",
    grid: "决策表或写法表与台账公式所用规则不同之处为 1（自动生成）" },
  portfolio: {
    title: "组合汇总：所有台账，按适合度统计",
    problemsTitle: "所有问题行：不适合、有条件、尚不清楚、输入无效",
    stagesTitle: "按阶段和所用模式统计的项目",
    chartTitle: "按阶段和所用模式统计的项目",
    headers: { file: "文件", sheet: "工作表", team: "团队", rows: "行数", gaps: "供应商缺口", note: "备注", rules: "规则", row: "行", project: "项目", supplier: "供应商", status: "状态", reason: "原因", stage: "阶段", total: "合计" },
    noProblems: "没有问题行",
    part: (i, n, next) => `（第 ${i} 部分，共 ${n} 部分；Excel 工作表最多 1,048,576 行${next === undefined ? "" : `；续见“${next}”`}）`,
    truncated: (n) => `列出的问题行：前 ${n} 行。`,
    read: (read, files) => `已读取 ${files} 个文件中的 ${read} 个；无法读取的文件在“备注”中说明原因。`,
    rules: (name, version, fingerprint, unexpected) => `${unexpected ? "⚠ 不是预期的规则：" : ""}${name}，版本 ${version}（${fingerprint}）`,
    supplierGap: "；供应商：",
    stageNotKnown: "尚不清楚",
    noModel: "未选模式",
    badModel: "模式无效",
  },
};

const JA: SheetWords = {
  computed: { stage: "段階", recommended: "推奨モデル", fit: "適合性", why: "理由", supplierFit: "サプライヤーの対応", key: "ルールキー" },
  matrixTitle: "製造モデルの比較：OEM · ODM · JDM",
  legend: "凡例",
  decisionTitle: "判定表：プロジェクトの段階に合うモデル（選択モデルの行の記号：✓ 適合、△ 条件付き、— 不適合）",
  any: "任意",
  yes: "TRUE",
  no: "FALSE",
  nextTitle: "モデル決定後の次のステップ：サプライヤーに送るもの",
  nextNote: "サプライヤーを評価する前にモデルを決めてください。見積依頼（RFQ）の範囲とサンプル契約が決まります。モデル列でフィルターすると 1 つのモデルだけを表示できます。",
  nextHeaders: ["モデル", "テーマ", "次のステップ", "出典"],
  rulesNote: "MFG Register の数式が読むルール：判定表（N 列以降）を編集してください。左側の検索表と表記表は、アドインと mfgmodel audit が判定表から生成します",
  suppliers: {
    title: "サプライヤーと対応するモデル（台帳の「サプライヤーの対応」列が読み取ります）",
    note: (max) => `1 行に 1 サプライヤー、名前は台帳と同じ表記で。対応モデル：OEM、ODM、JDM のいずれか（例：「OEM, ODM」）。最大 ${max} サプライヤー。`,
    headers: ["サプライヤー", "対応モデル", "備考"],
  },
  alsoMeans: (word, means) => `「${word}」も ${means} を表します`,
  rulesLabels: { rulebook: "ルールブック", version: "バージョン", fingerprint: "フィンガープリント", levels: "複雑さのレベル", language: "言語", stamp: "ルールのバージョン", edits: "未適用の編集",
    grid: "判定表または表記表が台帳の数式の適用するルールと異なる箇所は 1（自動生成）" },
  portfolio: {
    title: "ポートフォリオ：すべての台帳を適合性別に集計",
    problemsTitle: "すべての問題行：不適合、条件付き、まだ分からない、入力エラー",
    stagesTitle: "段階別・使用モデル別のプロジェクト",
    chartTitle: "段階別・使用モデル別のプロジェクト",
    headers: { file: "ファイル", sheet: "シート", team: "チーム", rows: "行数", gaps: "サプライヤーの未対応", note: "注記", rules: "ルール", row: "行", project: "プロジェクト", supplier: "サプライヤー", status: "状態", reason: "理由", stage: "段階", total: "合計" },
    noProblems: "問題行はありません",
    part: (i, n, next) => `（${n} 部中 ${i} 部目。Excel のシートは最大 1,048,576 行${next === undefined ? "" : `。「${next}」に続く`}）`,
    truncated: (n) => `記載した問題行：最初の ${n} 行。`,
    read: (read, files) => `${files} ファイル中 ${read} ファイルを読み込みました。読み込めなかったファイルは注記に理由があります。`,
    rules: (name, version, fingerprint, unexpected) => `${unexpected ? "⚠ 想定外のルール：" : ""}${name}、バージョン ${version}（${fingerprint}）`,
    supplierGap: "；サプライヤー：",
    stageNotKnown: "まだ分からない",
    noModel: "モデル未選択",
    badModel: "無効なモデル",
  },
};

const WORDS: Readonly<Record<Language, SheetWords>> = { en: EN, de: DE, zh: ZH, ja: JA };

/** The sheets' words in a language. */
export const sheetWords = (language: Language): SheetWords => WORDS[language];

/** The header the add-in gives an input column in a language: the English one, or the first of that language's synonyms. */
export function inputHeader(role: InputRole | ArgumentName, language: Language): string {
  if (language === "en" || !isInputRole(role)) return headerOf(role);
  return HEADER_WORDS[language][role][0] as string;
}
