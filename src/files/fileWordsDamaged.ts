// A damaged archive or worksheet (zip.ts, sheetStream.ts) said in German, Chinese and Japanese,
// for the command line and the portfolio in those languages (fileWordsIntl.ts); fileWords.ts has
// the English. Each names the part and says what to do. A code without words does not compile.

import type { Language } from "../core";
import type { SheetProblem, ZipProblem } from "./fileProblems";
import type { Words } from "./fileWords";

interface DamagedWords {
  readonly zip: Words<ZipProblem>;
  readonly sheet: Words<SheetProblem>;
  /** A file that could not be read for a reason without words (the system's code, a reader that stopped). */
  unreadable(file: string, detail: string): string;
}

const num = (tag: string) => (value: number) => value.toLocaleString(tag);

const de = num("de-DE");
const DE_RESAVE = "Speichern Sie die Arbeitsmappe erneut aus Excel.";
const deCorrupt = (part: string, what: string) => `der Teil ${part} ${what}; die Datei ist beschädigt. ${DE_RESAVE}`;
const DE: DamagedWords = {
  zip: {
    corrupt: () => "die Datei ist abgeschnitten oder beschädigt (ihr Zip-Archiv kann nicht gelesen werden).",
    unsafe_name: (p) => `ein Teil heißt „${p.name}“, was kein Name innerhalb einer Arbeitsmappe ist (.., ein absoluter Pfad oder ein Laufwerk); das Audit lehnt ihn ab.`,
    duplicate_name: (p) => `zwei Teile heißen „${p.name}“${p.name === p.other ? "" : ` und „${p.other}“`}; eine Arbeitsmappe benennt jeden Teil einmal.`,
    inflates_too_far: (p) => `der Teil ${p.part} würde sich von ${de(p.compressed)} auf ${de(p.size)} Byte entpacken, über die Grenzen des Audits hinaus (docs/command-line.md).`,
    total_too_large: (p) => `ihre Teile würden sich auf ${de(p.size)} Byte entpacken, über die 2 GiB des Audits hinaus.`,
    overlap: (p) => `die Teile ${p.part} und ${p.other} überlappen sich im Archiv; die Teile einer Arbeitsmappe tun das nie.`,
    encrypted: () => "das Zip-Archiv ist verschlüsselt; speichern Sie die Arbeitsmappe aus Excel ohne Kennwort.",
    method: (p) => `der Teil ${p.part} ist mit Methode ${p.method} komprimiert; Excel schreibt nur Deflate (8) oder ungepackt (0). ${DE_RESAVE}`,
    truncated_part: (p) => `der Teil ${p.part} reicht über das Ende der Datei hinaus (abgeschnitten).`,
    size_mismatch: (p) => deCorrupt(p.part, `gibt ${de(p.declared)} Byte an, enthält aber ${de(p.actual)}`),
    larger_than_declared: (p) => deCorrupt(p.part, `enthält mehr als die angegebenen ${de(p.declared)} Byte`),
    crc: (p) => deCorrupt(p.part, "besteht seine Prüfsumme (CRC) nicht"),
    not_deflate: (p) => deCorrupt(p.part, "kann nicht entpackt werden"),
    output_past_4gb: () => "die Arbeitsmappe würde 4 GB überschreiten",
  },
  sheet: {
    row_too_long: (p) => `eine Zeile von ${p.part} nach Zeile ${p.after} ist länger als ${p.limit >> 20} Millionen Zeichen; Excel schreibt keine solche Zeile.`,
    row_past_limit: (p) => `${p.part} hat eine Zeile mit der Nummer ${de(p.row)}; die Blätter von Excel enden bei Zeile ${de(p.limit)}.`,
    row_out_of_order: (p) => `${p.part} gibt Zeile ${de(p.row)} nach Zeile ${de(p.after)} an: Zeilen in falscher Reihenfolge oder doppelt. ${DE_RESAVE}`,
    column_past_limit: (p) => `eine Zelle ${p.cell} liegt hinter Spalte XFD, der letzten der Blätter von Excel.`,
    cell_out_of_order: (p) => `die Zelle ${p.cell} steht an oder vor der Zelle links von ihr: eine Zelle doppelt oder in falscher Reihenfolge. ${DE_RESAVE}`,
    dtd: (p) => `der Teil ${p.part} deklariert eine DTD (<!DOCTYPE>), die Excel nie schreibt und das Audit nicht liest. ${DE_RESAVE}`,
    no_sheet_data: (p) => `das Arbeitsblatt ${p.part} hat kein sheetData, in dem die Zellen eines Arbeitsblatts stehen. ${DE_RESAVE}`,
    unfinished: (p) => `das Arbeitsblatt ${p.part} endet vor seinen Zellen (abgeschnitten). ${DE_RESAVE}`,
  },
  unreadable: (file, detail) => `${file}: konnte nicht gelesen werden (${detail}).`,
};

const zh = num("zh-CN");
const ZH_RESAVE = "请从 Excel 重新保存工作簿。";
const zhCorrupt = (part: string, what: string) => `部件 ${part} ${what}；文件已损坏。${ZH_RESAVE}`;
const ZH: DamagedWords = {
  zip: {
    corrupt: () => "文件被截断或已损坏（无法读取其 zip 压缩包）。",
    unsafe_name: (p) => `有一个部件名为“${p.name}”，这不是工作簿内部的名称（..、绝对路径或驱动器）；检查拒绝该部件。`,
    duplicate_name: (p) => `有两个部件名为“${p.name}”${p.name === p.other ? "" : `和“${p.other}”`}；工作簿中每个部件只命名一次。`,
    inflates_too_far: (p) => `部件 ${p.part} 将从 ${zh(p.compressed)} 字节解压为 ${zh(p.size)} 字节，超出检查的限制（docs/command-line.md）。`,
    total_too_large: (p) => `其部件将解压为 ${zh(p.size)} 字节，超出检查的 2 GiB 限制。`,
    overlap: (p) => `部件 ${p.part} 和 ${p.other} 在压缩包中重叠；工作簿的部件从不重叠。`,
    encrypted: () => "zip 压缩包已加密；请从 Excel 不设密码保存工作簿。",
    method: (p) => `部件 ${p.part} 使用压缩方法 ${p.method}；Excel 只写 deflate (8) 或不压缩 (0)。${ZH_RESAVE}`,
    truncated_part: (p) => `部件 ${p.part} 超出了文件末尾（被截断）。`,
    size_mismatch: (p) => zhCorrupt(p.part, `声明 ${zh(p.declared)} 字节，实际为 ${zh(p.actual)} 字节`),
    larger_than_declared: (p) => zhCorrupt(p.part, `超过其声明的 ${zh(p.declared)} 字节`),
    crc: (p) => zhCorrupt(p.part, "未通过校验（CRC）"),
    not_deflate: (p) => zhCorrupt(p.part, "无法解压"),
    output_past_4gb: () => "工作簿将超过 4 GB",
  },
  sheet: {
    row_too_long: (p) => `${p.part} 中第 ${p.after} 行之后的一行超过 ${p.limit >> 20} 百万个字符；Excel 不会写出这样的行。`,
    row_past_limit: (p) => `${p.part} 有一行编号为 ${zh(p.row)}；Excel 工作表最多到第 ${zh(p.limit)} 行。`,
    row_out_of_order: (p) => `${p.part} 在第 ${zh(p.after)} 行之后给出第 ${zh(p.row)} 行：行顺序错误或重复。${ZH_RESAVE}`,
    column_past_limit: (p) => `单元格 ${p.cell} 位于 XFD 列之后，而 XFD 是 Excel 工作表的最后一列。`,
    cell_out_of_order: (p) => `单元格 ${p.cell} 位于其左侧单元格处或之前：单元格重复或顺序错误。${ZH_RESAVE}`,
    dtd: (p) => `部件 ${p.part} 声明了 DTD（<!DOCTYPE>），Excel 从不写出它，检查也不读取它。${ZH_RESAVE}`,
    no_sheet_data: (p) => `工作表 ${p.part} 没有 sheetData（工作表的单元格所在之处）。${ZH_RESAVE}`,
    unfinished: (p) => `工作表 ${p.part} 在其单元格结束之前就结束了（被截断）。${ZH_RESAVE}`,
  },
  unreadable: (file, detail) => `${file}：无法读取（${detail}）。`,
};

const ja = num("ja-JP");
const JA_RESAVE = "Excel からブックを保存し直してください。";
const jaCorrupt = (part: string, what: string) => `パート ${part} ${what}。ファイルが壊れています。${JA_RESAVE}`;
const JA: DamagedWords = {
  zip: {
    corrupt: () => "ファイルが途中で切れているか壊れています（zip アーカイブを読み込めません）。",
    unsafe_name: (p) => `「${p.name}」という名前のパートがあり、ブックの中の名前ではありません（..、絶対パス、ドライブ）。チェックはこれを拒否します。`,
    duplicate_name: (p) => `「${p.name}」${p.name === p.other ? "" : `と「${p.other}」`}という名前のパートが 2 つあります。ブックは各パートに一度だけ名前を付けます。`,
    inflates_too_far: (p) => `パート ${p.part} は ${ja(p.compressed)} バイトから ${ja(p.size)} バイトに展開され、チェックの上限を超えます（docs/command-line.md）。`,
    total_too_large: (p) => `パートが合計 ${ja(p.size)} バイトに展開され、チェックの 2 GiB を超えます。`,
    overlap: (p) => `パート ${p.part} と ${p.other} がアーカイブ内で重なっています。ブックのパートが重なることはありません。`,
    encrypted: () => "zip アーカイブが暗号化されています。パスワードなしで Excel からブックを保存してください。",
    method: (p) => `パート ${p.part} は圧縮方式 ${p.method} で圧縮されています。Excel が書くのは deflate (8) か無圧縮 (0) だけです。${JA_RESAVE}`,
    truncated_part: (p) => `パート ${p.part} がファイルの末尾を越えています（途中で切れています）。`,
    size_mismatch: (p) => jaCorrupt(p.part, `は ${ja(p.declared)} バイトと宣言していますが、実際は ${ja(p.actual)} バイトです`),
    larger_than_declared: (p) => jaCorrupt(p.part, `が宣言した ${ja(p.declared)} バイトを超えています`),
    crc: (p) => jaCorrupt(p.part, "のチェックサム（CRC）が合いません"),
    not_deflate: (p) => jaCorrupt(p.part, "を展開できません"),
    output_past_4gb: () => "ブックが 4 GB を超えてしまいます",
  },
  sheet: {
    row_too_long: (p) => `${p.part} の ${p.after} 行目の後の行が ${p.limit >> 20} 百万文字を超えています。Excel はそのような行を書きません。`,
    row_past_limit: (p) => `${p.part} に ${ja(p.row)} 番の行があります。Excel のシートは ${ja(p.limit)} 行目で終わります。`,
    row_out_of_order: (p) => `${p.part} は ${ja(p.after)} 行目の後に ${ja(p.row)} 行目を置いています。行の順序が違うか重複しています。${JA_RESAVE}`,
    column_past_limit: (p) => `セル ${p.cell} が Excel のシートの最後の列 XFD より右にあります。`,
    cell_out_of_order: (p) => `セル ${p.cell} が左隣のセルの位置かそれより前にあります。セルが重複しているか順序が違います。${JA_RESAVE}`,
    dtd: (p) => `パート ${p.part} は DTD（<!DOCTYPE>）を宣言しています。Excel は書かず、チェックも読みません。${JA_RESAVE}`,
    no_sheet_data: (p) => `ワークシート ${p.part} に、セルを置く sheetData がありません。${JA_RESAVE}`,
    unfinished: (p) => `ワークシート ${p.part} がセルの途中で終わっています（途中で切れています）。${JA_RESAVE}`,
  },
  unreadable: (file, detail) => `${file}：読み込めませんでした（${detail}）。`,
};

const WORDS: Readonly<Record<Exclude<Language, "en">, DamagedWords>> = { de: DE, zh: ZH, ja: JA };

export const zipProblemIn = (p: ZipProblem, language: Exclude<Language, "en">): string => (WORDS[language].zip[p.code] as (p: ZipProblem) => string)(p);
export const sheetProblemIn = (p: SheetProblem, language: Exclude<Language, "en">): string => (WORDS[language].sheet[p.code] as (p: SheetProblem) => string)(p);
export const unreadableIn = (file: string, detail: string, language: Exclude<Language, "en">): string => WORDS[language].unreadable(file, detail);
