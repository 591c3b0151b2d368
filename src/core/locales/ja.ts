// 日本語: the words of every code the product renders (the Locale of ../locale.ts), in the terms
// of docs/glossary.md.

import type { ArgumentName, CellIssue } from "../cellValue";
import type { Locale } from "../locale";
import { listWith, shownValue } from "./lists";

export const JA: Locale = {
  tag: "ja",
  name: "日本語",
  colon: "：",
  listSeparator: "、",
  yesNo: ["はい", "いいえ"],
  dropdownPrompt: (accepted, notKnown) => `入力できる値：${accepted}。まだ分からない場合：${notKnown === undefined ? "空欄のまま" : `空欄のままにするか ${notKnown} と入力`}。`,
  fit: { fit: "適合", conditional: "条件付き", mismatch: "不適合" },
  fitLegend: { "✓": "第一候補", "△": "条件付き", "—": "該当なし" },
  status: { fit: "適合", conditional: "条件付き", mismatch: "不適合", incomplete: "まだ分からない", "bad input": "入力エラー", supplier: "サプライヤー" },
  supplier: { offered: "はい", gapStart: "未対応：", chosen: "（選択）", recommended: "（推奨）", both: "（選択・推奨）", separator: "、" },
  marker: { symbol: "⚠ ", start: "確認：", separator: "；", part: (header, accepted) => `${header}は ${accepted.join("、")} を使用`,
    rulesEdited: "ルールが編集されましたが、まだ適用されていません：アドインの「台帳をチェック」または mfgmodel audit で適用されます" },
  chosenFits: (model) => `選択した ${model} はこの段階に適合します。`,
  notKnownReason: (headers) => `まだ分からない：${headers.join("、")}`,

  issueMessage(issue: CellIssue, names: Partial<Record<ArgumentName, string>> = {}): string {
    const name = (a: ArgumentName) => names[a] ?? a;
    switch (issue.code) {
      case "empty":
        return `${listWith(issue.arguments.map(name), "、", "と")}が空です（まだ分からない）。そのため、まだ答えはありません。`;
      case "invalid_value": {
        const what = issue.dataType === undefined ? shownValue(issue.value, "「", "」") : `リンクされたデータ型（${issue.dataType}）`;
        return `${name(issue.argument)}：${what} は使用できません。${listWith(issue.accepted, "、", " または ")} を使用してください（大文字・小文字は区別しません）。`;
      }
    }
  },

  zeroNote(names: readonly string[]): string {
    const yesNo = names.some((n) => n === "drawingsComplete" || n === "hasRequirements");
    return `（${listWith(names, "、", "と")}は 0 です。Excel は空のセルを 0 として渡すことがあるため、ここでは 0 をまだ分からないとみなします${yesNo ? "。「いいえ」は いいえ または FALSE と入力してください" : ""}。）`;
  },
};
