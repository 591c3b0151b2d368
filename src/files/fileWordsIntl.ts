// The file layer's refusals in German, Chinese and Japanese, for the command line in those
// languages: what an analyst meets (a missing file, an output that exists, a workbook of the wrong
// kind, a register's or a rulebook's problem); a damaged archive or XML part is fileWordsDamaged.ts's.
// A code without words here does not compile.

import { LOCALES } from "../core";
import type { Language } from "../core";
import { listedProblems, PROBLEM_WORDS, rulebookProblemIn, RULES_SHEET } from "../workbook";
import type { FileProblem } from "./fileProblems";
import { fileProblemText } from "./fileWords";
import { sheetProblemIn, unreadableIn, zipProblemIn } from "./fileWordsDamaged";

type Said = Exclude<FileProblem["code"], "zip" | "sheet" | "register" | "rulebook" | "system">;
type Words = { readonly [C in Said]: (file: string, p: Extract<FileProblem, { code: C }>) => string };
type SystemWords = Readonly<Record<"ENOENT_read" | "ENOENT_write" | "ENOTDIR" | "EISDIR" | "EACCES" | "EBUSY" | "ENOSPC" | "EROFS" | "EEXIST", (file: string) => string>>;

const mb = (bytes: number) => Math.round(bytes / 1024 / 1024);

/** What every language has beside the codes' sentences: the system errors, "(and 3 more)" past the five problems shown, a rulebook's refusal. */
interface Extra {
  readonly system: SystemWords;
  more(n: number): string;
  /** problems: the first five, then "(and N more)". */
  rulebook(file: string, problems: string): string;
}
const shown = (problems: readonly string[], separator: string, words: Extra) => listedProblems(problems, separator, words.more);

const DE: Words & Extra = {
  more: (n) => ` (und ${n} weitere)`,
  rulebook: (f, problems) => `${f}: das Regelwerk der Arbeitsmappe (Blatt „${RULES_SHEET}“) kann nicht verwendet werden, daher wurde nichts beurteilt oder geschrieben: ${problems} Korrigieren Sie die Entscheidungstabelle oder fügen Sie --restore-rules hinzu, um sie durch die eingebauten Regeln zu ersetzen.`,
  system: {
    ENOENT_read: (f) => `${f}: keine solche Datei. Prüfen Sie Namen und Ordner.`,
    ENOENT_write: (f) => `${f}: der Ordner kann nicht angelegt werden. Prüfen Sie den Pfad.`,
    ENOTDIR: (f) => `${f}: ein Teil des Pfads ist eine Datei, kein Ordner. Prüfen Sie den Pfad.`,
    EISDIR: (f) => `${f} ist ein Ordner, keine Arbeitsmappe. Nennen Sie eine Datei darin.`,
    EACCES: (f) => `${f}: Zugriff verweigert. Prüfen Sie Ihre Berechtigung.`,
    EBUSY: (f) => `${f} wird von einem anderen Programm verwendet (in Excel geöffnet?). Schließen Sie sie und versuchen Sie es erneut.`,
    ENOSPC: (f) => `${f}: der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es erneut.`,
    EROFS: (f) => `${f}: der Datenträger ist schreibgeschützt. Wählen Sie einen anderen Ordner.`,
    EEXIST: (f) => `${f} existiert; nichts wird ungefragt überschrieben. Wählen Sie einen anderen Namen oder fügen Sie --replace hinzu.`,
  },
  not_regular_file: (f) => `${f} ist keine Datei, sondern ein Gerät, eine Pipe oder ein Socket; nennen Sie eine Arbeitsmappe.`,
  too_large: (f, p) => `${f} ist ${mb(p.bytes)} MB groß; die größte gelesene Arbeitsmappe hat ${mb(p.limit)} MB.`,
  empty: (f) => `${f}: die Datei ist leer.`,
  encrypted_or_xls: (f) => `${f}: die Datei ist kennwortgeschützt (verschlüsselt) oder eine alte .xls-Arbeitsmappe; speichern Sie sie in Excel als ungeschützte .xlsx.`,
  not_zip: (f) => `${f}: keine .xlsx-Arbeitsmappe (eine .xlsx ist ein Zip-Archiv, diese Datei nicht).`,
  no_workbook_part: (f) => `${f}: ein Zip-Archiv, aber keine Excel-Arbeitsmappe (es fehlt der Arbeitsmappen-Teil).`,
  not_spreadsheetml: (f) => `${f}: der Arbeitsmappen-Teil ist kein SpreadsheetML; speichern Sie sie in Excel als .xlsx.`,
  strict_open_xml: (f) => `${f}: als „Strict Open XML-Arbeitsmappe“ gespeichert, die das Audit nicht liest. Öffnen Sie sie in Excel, speichern Sie sie als „Excel-Arbeitsmappe (.xlsx)“ und prüfen Sie diese Kopie.`,
  no_worksheets: (f) => `${f}: die Arbeitsmappe hat keine Arbeitsblätter.`,
  register_on_rules_sheet: (f, p) => `${f}: das Register kann nicht auf dem Blatt „${p.sheet}“ stehen, das das Audit neu schreibt.`,
  rules_sheet_not_worksheet: (f, p) => `${f}: das Blatt „${p.sheet}“ ist kein Arbeitsblatt; das Audit schreibt seine Regeln dorthin. Benennen Sie das Blatt um und prüfen Sie erneut.`,
  rules_table_taken: (f, p) => `${f}: eine Tabelle namens „${p.table}“ steht auf Blatt „${p.sheet}“; die Regeltabelle des Audits hat diesen Namen. Benennen Sie die Tabelle um und prüfen Sie erneut.`,
  rules_edited: (f, p) => `${f}: die Nachschlagetabelle des Regelblatts wurde von Hand bearbeitet (${p.differences.slice(0, 3).join(" ")}); fügen Sie --restore-rules hinzu und nehmen Sie die Änderung in der Entscheidungstabelle erneut vor.`,
  no_rulebook: (f) => `${f}: die Arbeitsmappe hat kein Regelblatt („${RULES_SHEET}“) und damit kein Regelwerk. Nennen Sie eine Register-Arbeitsmappe mit ihren Regeln oder eine Datei aus mfgmodel rules export.`,
  rules_json: (f, p) => `${f}: kein verwendbares Regelwerk: ${shown(p.problems, "; ", DE)}. Schreiben Sie es mit mfgmodel rules export oder korrigieren Sie es.`,
  macros_need_xlsm: (f) => `${f} enthält Makros: die geprüfte Kopie braucht die Endung .xlsm, sonst öffnet Excel sie nicht. Wählen Sie eine Ausgabe auf .xlsm.`,
  output_is_input: (f, p) => `${f} ist die Eingabe ${p.input} selbst (dieselbe Datei, über einen Link oder einen anderen Pfad); eine Eingabe wird nie überschrieben. Wählen Sie eine andere Ausgabe.`,
  output_is_folder: (f) => `${f} ist ein Ordner, keine Arbeitsmappe. Nennen Sie eine Datei darin.`,
  output_exists: (f) => DE.system.EEXIST(f),
};

const ZH: Words & Extra = {
  more: (n) => `（另有 ${n} 个）`,
  rulebook: (f, problems) => `${f}：工作簿的规则集（工作表“${RULES_SHEET}”）无法使用，因此没有判定或写入任何内容：${problems}请更正决策表，或加上 --restore-rules 以内置规则替换它。`,
  system: {
    ENOENT_read: (f) => `${f}：没有这个文件。请检查文件名和文件夹。`,
    ENOENT_write: (f) => `${f}：无法创建其文件夹。请检查路径。`,
    ENOTDIR: (f) => `${f}：路径中的一部分是文件而不是文件夹。请检查路径。`,
    EISDIR: (f) => `${f} 是文件夹，不是工作簿。请指定其中的文件。`,
    EACCES: (f) => `${f}：权限被拒绝。请检查您的权限。`,
    EBUSY: (f) => `${f} 正被其他程序使用（在 Excel 中打开了？）。请关闭后重试。`,
    ENOSPC: (f) => `${f}：磁盘已满。请释放空间后重试。`,
    EROFS: (f) => `${f}：磁盘为只读。请选择其他文件夹。`,
    EEXIST: (f) => `${f} 已存在；未经要求不会覆盖任何文件。请换一个名称，或加上 --replace。`,
  },
  not_regular_file: (f) => `${f} 不是文件，而是设备、管道或套接字；请指定工作簿文件。`,
  too_large: (f, p) => `${f} 为 ${mb(p.bytes)} MB；可读取的工作簿最大为 ${mb(p.limit)} MB。`,
  empty: (f) => `${f}：文件为空。`,
  encrypted_or_xls: (f) => `${f}：文件受密码保护（已加密）或是旧的 .xls 工作簿；请在 Excel 中另存为未受保护的 .xlsx。`,
  not_zip: (f) => `${f}：不是 .xlsx 工作簿（.xlsx 是 zip 压缩包，此文件不是）。`,
  no_workbook_part: (f) => `${f}：是 zip 压缩包，但不是 Excel 工作簿（没有工作簿部件）。`,
  not_spreadsheetml: (f) => `${f}：工作簿部件不是 SpreadsheetML；请在 Excel 中另存为 .xlsx 工作簿。`,
  strict_open_xml: (f) => `${f}：保存为“Strict Open XML 电子表格”，检查无法读取。请在 Excel 中打开并另存为“Excel 工作簿 (.xlsx)”，然后检查该副本。`,
  no_worksheets: (f) => `${f}：工作簿没有工作表。`,
  register_on_rules_sheet: (f, p) => `${f}：台账不能位于检查会重写的“${p.sheet}”工作表上。`,
  rules_sheet_not_worksheet: (f, p) => `${f}：“${p.sheet}”不是工作表；检查会把规则写到那里。请重命名该工作表后再检查。`,
  rules_table_taken: (f, p) => `${f}：工作表“${p.sheet}”上有名为“${p.table}”的表，与检查的规则表同名。请重命名该表后再检查。`,
  rules_edited: (f, p) => `${f}：规则工作表的查找表被手动修改过（${p.differences.slice(0, 3).join(" ")}）；请加上 --restore-rules，然后在决策表中重新修改。`,
  no_rulebook: (f) => `${f}：工作簿没有规则工作表（“${RULES_SHEET}”），因此没有规则集。请指定带规则的台账工作簿，或 mfgmodel rules export 生成的文件。`,
  rules_json: (f, p) => `${f}：不是可用的规则集：${shown(p.problems, "；", ZH)}。请用 mfgmodel rules export 生成，或进行更正。`,
  macros_need_xlsm: (f) => `${f} 含有宏：检查后的副本必须使用 .xlsm 扩展名，否则 Excel 无法打开。请选择以 .xlsm 结尾的输出。`,
  output_is_input: (f, p) => `${f} 就是输入文件 ${p.input}（同一文件，通过链接或其他路径）；输入文件永远不会被覆盖。请选择其他输出。`,
  output_is_folder: (f) => `${f} 是文件夹，不是工作簿。请指定其中的文件。`,
  output_exists: (f) => ZH.system.EEXIST(f),
};

const JA: Words & Extra = {
  more: (n) => `（ほか ${n} 件）`,
  rulebook: (f, problems) => `${f}：ブックのルールブック（「${RULES_SHEET}」シート）を使えないため、何も判定も書き込みもしていません：${problems}判定表を修正するか、--restore-rules を付けて組み込みルールに置き換えてください。`,
  system: {
    ENOENT_read: (f) => `${f}：そのファイルはありません。名前とフォルダーを確認してください。`,
    ENOENT_write: (f) => `${f}：フォルダーを作成できません。パスを確認してください。`,
    ENOTDIR: (f) => `${f}：パスの一部がフォルダーではなくファイルです。パスを確認してください。`,
    EISDIR: (f) => `${f} はフォルダーで、ブックではありません。その中のファイルを指定してください。`,
    EACCES: (f) => `${f}：アクセスが拒否されました。権限を確認してください。`,
    EBUSY: (f) => `${f} は別のプログラムで使用中です（Excel で開いていませんか？）。閉じてから、もう一度お試しください。`,
    ENOSPC: (f) => `${f}：ディスクがいっぱいです。空き容量を作ってから、もう一度お試しください。`,
    EROFS: (f) => `${f}：ディスクは読み取り専用です。別のフォルダーを選んでください。`,
    EEXIST: (f) => `${f} は既にあります。指示がない限り上書きしません。別の名前にするか、--replace を付けてください。`,
  },
  not_regular_file: (f) => `${f} はファイルではなく、デバイス、パイプ、またはソケットです。ブックのファイルを指定してください。`,
  too_large: (f, p) => `${f} は ${mb(p.bytes)} MB です。読み込めるブックは最大 ${mb(p.limit)} MB です。`,
  empty: (f) => `${f}：ファイルが空です。`,
  encrypted_or_xls: (f) => `${f}：ファイルがパスワードで保護（暗号化）されているか、古い .xls ブックです。Excel で保護なしの .xlsx として保存してください。`,
  not_zip: (f) => `${f}：.xlsx ブックではありません（.xlsx は zip アーカイブですが、このファイルは違います）。`,
  no_workbook_part: (f) => `${f}：zip アーカイブですが、Excel ブックではありません（ブックのパートがありません）。`,
  not_spreadsheetml: (f) => `${f}：ブックのパートが SpreadsheetML ではありません。Excel で .xlsx ブックとして保存してください。`,
  strict_open_xml: (f) => `${f}：「Strict Open XML スプレッドシート」として保存されており、チェックでは読み込めません。Excel で開いて「Excel ブック (.xlsx)」として保存し、そのコピーをチェックしてください。`,
  no_worksheets: (f) => `${f}：ブックにワークシートがありません。`,
  register_on_rules_sheet: (f, p) => `${f}：台帳は、チェックが書き直す「${p.sheet}」シートには置けません。`,
  rules_sheet_not_worksheet: (f, p) => `${f}：「${p.sheet}」シートはワークシートではありません。チェックはそこにルールを書き込みます。シート名を変更してから、もう一度チェックしてください。`,
  rules_table_taken: (f, p) => `${f}：シート「${p.sheet}」に「${p.table}」という名前のテーブルがあり、チェックのルール表と同じ名前です。テーブル名を変更してから、もう一度チェックしてください。`,
  rules_edited: (f, p) => `${f}：ルールシートの検索表が手作業で編集されています（${p.differences.slice(0, 3).join(" ")}）。--restore-rules を付けてから、判定表で同じ変更をもう一度行ってください。`,
  no_rulebook: (f) => `${f}：ブックにルールシート（「${RULES_SHEET}」）がないため、ルールブックがありません。ルールのある台帳ブックか、mfgmodel rules export で書き出したファイルを指定してください。`,
  rules_json: (f, p) => `${f}：使えるルールブックではありません：${shown(p.problems, "；", JA)}。mfgmodel rules export で書き出すか、修正してください。`,
  macros_need_xlsm: (f) => `${f} にはマクロがあります。チェック後のコピーはマクロ有効の拡張子（.xlsm）でないと Excel で開けません。.xlsm で終わる出力を選んでください。`,
  output_is_input: (f, p) => `${f} は入力 ${p.input} そのものです（同じファイルへのリンクまたは別のパス）。入力は決して上書きしません。別の出力を選んでください。`,
  output_is_folder: (f) => `${f} はフォルダーで、ブックではありません。その中のファイルを指定してください。`,
  output_exists: (f) => JA.system.EEXIST(f),
};

const WORDS = { de: DE, zh: ZH, ja: JA } as const;

/** A file refusal in a language. */
export function fileProblemIn(file: string, p: FileProblem, language: Language): string {
  if (language === "en") return fileProblemText(file, p);
  const colon = LOCALES[language].colon;
  if (p.code === "zip") return `${file}${colon}${zipProblemIn(p.zip, language)}`;
  if (p.code === "sheet") return `${file}${colon}${sheetProblemIn(p.sheet, language)}`;
  if (p.code === "register") return `${file}${colon}${PROBLEM_WORDS[language].register(p.register)}`;
  const words = WORDS[language];
  if (p.code === "rulebook") return words.rulebook(file, shown(p.problems.map((x) => rulebookProblemIn(x, language)), " ", words));
  if (p.code === "system") {
    const key = p.errno === "EEXIST" && p.syscall === "mkdir" ? "ENOTDIR" : p.errno === "ENOENT" ? `ENOENT_${p.doing}` : p.errno === "EPERM" ? "EACCES" : p.errno;
    const said = (words.system as Readonly<Record<string, (f: string) => string>>)[key];
    return said === undefined ? unreadableIn(file, p.errno, language) : said(file);
  }
  return (words[p.code] as (f: string, p: FileProblem) => string)(file, p);
}
