// 简体中文: the words of every code the product renders (the Locale of ../locale.ts), in the terms
// of docs/glossary.md.

import type { ArgumentName, CellIssue } from "../cellValue";
import type { Locale } from "../locale";
import { listWith, shownValue } from "./lists";

export const ZH: Locale = {
  tag: "zh",
  name: "简体中文",
  colon: "：",
  listSeparator: "、",
  yesNo: ["是", "否"],
  dropdownPrompt: (accepted, notKnown) => `可填写：${accepted}。尚不清楚：${notKnown === undefined ? "留空" : `留空或填写 ${notKnown}`}。`,
  fit: { fit: "适合", conditional: "有条件", mismatch: "不适合" },
  fitLegend: { "✓": "首选", "△": "有条件", "—": "不适用" },
  status: { fit: "适合", conditional: "有条件", mismatch: "不适合", incomplete: "尚不清楚", "bad input": "输入无效", supplier: "供应商" },
  supplier: { offered: "是", gapStart: "未提供：", chosen: "（所选）", recommended: "（推荐）", both: "（所选、推荐）", separator: "、" },
  marker: { symbol: "⚠ ", start: "请检查 ", separator: "；", part: (header, accepted) => `${header}：请使用 ${accepted.join("、")}`,
    rulesEdited: "规则已修改但尚未应用：在加载项中点击“检查台账”或运行 mfgmodel audit 即可应用" },
  chosenFits: (model) => `所选的 ${model} 适合此阶段。`,
  notKnownReason: (headers) => `尚不清楚：${headers.join("、")}`,

  issueMessage(issue: CellIssue, names: Partial<Record<ArgumentName, string>> = {}): string {
    const name = (a: ArgumentName) => names[a] ?? a;
    switch (issue.code) {
      case "empty":
        return `${listWith(issue.arguments.map(name), "、", "和")}为空（尚不清楚），因此暂无结果。`;
      case "invalid_value": {
        const what = issue.dataType === undefined ? shownValue(issue.value, "“", "”") : `链接数据类型（${issue.dataType}）`;
        return `${name(issue.argument)}：不接受 ${what}；请使用 ${listWith(issue.accepted, "、", " 或 ")}（不区分大小写）。`;
      }
    }
  },

  zeroNote(names: readonly string[]): string {
    const yesNo = names.some((n) => n === "drawingsComplete" || n === "hasRequirements");
    return `（${listWith(names, "、", "和")} 为 0：Excel 可能用 0 传递空单元格，因此这里的 0 视为尚不清楚${yesNo ? "；表示“否”请填写 否 或 FALSE" : ""}。）`;
  },
};
