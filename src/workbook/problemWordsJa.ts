// 台帳とルールブックの問題（日本語）。registerWords.ts と rulebookWords.ts に一対一で対応。

import { columnLetters } from "./references";
import { REQUIRED_ROLES } from "./inputs";
import { inputHeader } from "./sheetWords";
import type { RegisterPlace } from "./registerProblems";
import type { ProblemWords } from "./problemWordsType";

const h = (role: Parameters<typeof inputHeader>[0]) => inputHeader(role, "ja");
const q = (v: string) => `「${v}」`;
const listed = (values: readonly string[]) => values.map(q).join("、");
const place = (p: RegisterPlace) => (p.table ? `シート ${q(p.sheet)} のテーブル ${q(p.table)}` : p.row === undefined ? `シート ${q(p.sheet)}` : `シート ${q(p.sheet)} の ${p.row} 行目`);
const where = (p: RegisterPlace) => (p.table ? `${q(p.sheet)} のテーブル ${q(p.table)}` : `シート ${q(p.sheet)}`);
const list = (l: "models" | "complexities") => (l === "models" ? "モデル" : "複雑さのレベル");
const facts = (f: { drawingsComplete: boolean; hasRequirements: boolean; complexity: string }) =>
  `図面完成 ${f.drawingsComplete ? "TRUE" : "FALSE"}、要件定義済み ${f.hasRequirements ? "TRUE" : "FALSE"}、複雑さ ${f.complexity}`;

export const JA_PROBLEMS: ProblemWords = {
  header(problem) {
    switch (problem.code) {
      case "missing":
        return `${problem.roles.map(h).join("、")} の列が見つかりません。見出しを付けるか（例：${problem.roles.map((r) => q(h(r))).join("、")}）、列を対応付けてください。`;
      case "ambiguous":
        return `${h(problem.role)} に当たりそうな列が複数あります：${listed(problem.headers)}。列を明示的に対応付けてください。`;
      case "unknown_header":
        return `${h(problem.role)} に対応付けた列 ${q(problem.header)} が見出し行にありません。`;
    }
  },
  register(problem) {
    switch (problem.code) {
      case "header":
        return `${place(problem.place)}：${JA_PROBLEMS.header(problem.problem)}`;
      case "no_table":
        return `${problem.sheet ? `シート ${q(problem.sheet)} に` : ""}${q(problem.table)} という名前のテーブルはありません。`;
      case "no_sheet":
        return `${q(problem.sheet)} という名前のシートはありません。`;
      case "empty_sheet":
        return `シート ${q(problem.sheet)} は空です。チェックする台帳がありません。`;
      case "several_on_sheet":
        return `シート ${q(problem.sheet)} に複数の台帳があります（テーブル ${listed(problem.tables)}）。テーブルで 1 つを選んでください。`;
      case "several_registers": {
        const unread = problem.selectionUnread ? " Excel から選択中のセルを取得できませんでした（グラフや図形が選択されているか、別のウィンドウがアクティブな可能性があります）。" : "";
        return `複数の台帳が見つかりました（${problem.registers.map(where).join("、")}）。チェックする台帳のセルを選択するか、そのシートまたはテーブルを指定してください。${unread}`;
      }
      case "no_register":
        return `台帳が見つかりません。入力を示すテーブルや見出し行がありません（例：${REQUIRED_ROLES.map((r) => q(h(r))).join("、")}）。シートかテーブルを指定するか、列を対応付けるか、見出しを変更してください。`;
      case "partial_columns":
        return `シート ${q(problem.sheet)} にはアドインの列の一部（${listed(problem.headers)}）しかありません。残りの列を削除してから、もう一度チェックしてください。`;
      case "cells_in_use": {
        const b = problem.block;
        return `シート ${q(problem.sheet)}：台帳の右側のセル ${columnLetters(b.left)}${b.top}:${columnLetters(b.right)}${b.bottom} が使われています。アドインはそこに ${b.right - b.left + 1} 列を追加し、セルを上書きすることはありません。空けてから、もう一度チェックしてください。`;
      }
    }
  },
  rulebookIssue(issue) {
    switch (issue.code) {
      case "missing_column":
        return `判定表に ${q(issue.header)} 列がありません。元に戻してください（組み込みルールブックにすべての列があります）。`;
      case "no_rows":
        return "判定表に行がありません。ルールブックには、判定するすべてのプロジェクトに対応する行が必要です。";
      case "bad_condition":
        return `${issue.header} が ${q(issue.value)} です。${listed(issue.accepted)} を使用してください。`;
      case "bad_meaning":
        return `${q(issue.value)} は表記が表せる値ではありません。${listed(issue.accepted)} を使用してください。`;
      case "empty_spelling":
        return "表記が空です。分析担当者が入力する語を書くか、行を削除してください。";
      case "bad_fit":
        return `${issue.model} の適合が ${q(issue.value)} です。${listed(issue.accepted)} を使用してください。`;
      case "empty_text":
        return issue.field === "name" ? "ルールブックに名前がありません。名前を付けてください（例：チーム名）。" : `${issue.field === "stage" ? "段階" : "理由"}が空です。すべての行に必要です。`;
      case "unknown_language":
        return `アドインには言語 ${q(issue.language)} の語がありません。${listed(issue.accepted)} を使用してください。`;
      case "no_values":
        return `ルールブックに${list(issue.list)}がありません。`;
      case "duplicate_value":
        return `${q(issue.value)} が${list(issue.list)}に 2 回あります。`;
      case "too_many_values":
        return `ルールブックの${list(issue.list)}が ${issue.maximum} を超えています。`;
      case "reserved_name":
        return `${q(issue.value)} は${list(issue.list)}の名前にできません。空、「_」、または台帳の数式が特別に読む | ? * ~ を含んでいます。`;
      case "unknown_complexity":
        return `複雑さ ${q(issue.value)} はこのルールブックのレベルではありません。`;
      case "unknown_model":
        return `${q(issue.model)} はこのルールブックのモデルではありません（各モデルには ${q(`${issue.model} fit`)} 列があります）。`;
      case "invalid_fit":
        return `${issue.model} の適合がないか、適合ではありません。`;
      case "recommended_not_primary":
        return "推奨モデルの適合は、その行の第一候補でなければなりません。";
      case "missing_note":
        return `${issue.model} はこの行の第一候補ではないため、注記に理由を書く必要があります。`;
      case "unexpected_note":
        return `${issue.model} はこの行の第一候補です。注記は空にしてください。`;
      case "uncovered":
        return `${facts(issue.facts)} のプロジェクトを判定する行がありません。行を追加してください（削除された行？）。`;
      case "overlapping_rows":
        return `判定表の ${issue.rows.join(" 行目と ")} 行目が、どちらも ${facts(issue.facts)} のプロジェクトを判定します。1 つだけ残してください（重複した行？）。`;
      case "missing_spelling":
        return `${q(issue.value)} に使える表記がありません。`;
      case "unknown_spelling_value":
        return `${q(issue.value)} の表記がありますが、このルールブックにはない値です。`;
      case "ambiguous_spelling":
        return `表記 ${q(issue.spelling)} が 2 つの異なる意味を持っています。`;
      case "reserved_spelling":
        return `表記 ${q(issue.spelling)} に、台帳の数式がワイルドカードとして読む ? * または ~ が含まれています。`;
    }
  },
};
