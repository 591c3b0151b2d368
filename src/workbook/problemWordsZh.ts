// 台账和规则集的问题（简体中文），与 registerWords.ts 和 rulebookWords.ts 一一对应。

import { columnLetters } from "./references";
import { REQUIRED_ROLES } from "./inputs";
import { inputHeader } from "./sheetWords";
import type { RegisterPlace } from "./registerProblems";
import type { ProblemWords } from "./problemWordsType";

const h = (role: Parameters<typeof inputHeader>[0]) => inputHeader(role, "zh");
const q = (v: string) => `“${v}”`;
const listed = (values: readonly string[]) => values.map(q).join("、");
const place = (p: RegisterPlace) => (p.table ? `工作表 ${q(p.sheet)} 上的表 ${q(p.table)}` : p.row === undefined ? `工作表 ${q(p.sheet)}` : `工作表 ${q(p.sheet)} 第 ${p.row} 行`);
const where = (p: RegisterPlace) => (p.table ? `${q(p.sheet)} 上的表 ${q(p.table)}` : `工作表 ${q(p.sheet)}`);
const list = (l: "models" | "complexities") => (l === "models" ? "模式" : "复杂度等级");
const facts = (f: { drawingsComplete: boolean; hasRequirements: boolean; complexity: string }) =>
  `图纸完成 ${f.drawingsComplete ? "TRUE" : "FALSE"}、需求已定义 ${f.hasRequirements ? "TRUE" : "FALSE"}、复杂度 ${f.complexity}`;

export const ZH_PROBLEMS: ProblemWords = {
  header(problem) {
    switch (problem.code) {
      case "missing":
        return `找不到 ${problem.roles.map(h).join("、")} 的列。请为列命名标题（例如 ${problem.roles.map((r) => q(h(r))).join("、")}），或映射这些列。`;
      case "ambiguous":
        return `有多列可能是 ${h(problem.role)}：${listed(problem.headers)}。请明确映射该列。`;
      case "unknown_header":
        return `映射到 ${h(problem.role)} 的列 ${q(problem.header)} 不在标题行中。`;
    }
  },
  register(problem) {
    switch (problem.code) {
      case "header":
        return `${place(problem.place)}：${ZH_PROBLEMS.header(problem.problem)}`;
      case "no_table":
        return `${problem.sheet ? `工作表 ${q(problem.sheet)} 上` : ""}没有名为 ${q(problem.table)} 的表。`;
      case "no_sheet":
        return `没有名为 ${q(problem.sheet)} 的工作表。`;
      case "empty_sheet":
        return `工作表 ${q(problem.sheet)} 是空的：没有可检查的台账。`;
      case "several_on_sheet":
        return `工作表 ${q(problem.sheet)} 上有多个台账（表 ${listed(problem.tables)}）：请通过表选择其中一个。`;
      case "several_registers": {
        const unread = problem.selectionUnread ? " Excel 无法确定选中了哪个单元格（可能选中了图表或形状，或者另一个窗口处于活动状态）。" : "";
        return `找到多个台账（${problem.registers.map(where).join("、")}）：请在要检查的台账中选中一个单元格，或指定其工作表或表。${unread}`;
      }
      case "no_register":
        return `找不到台账：没有任何表或标题行包含这些输入（例如 ${REQUIRED_ROLES.map((r) => q(h(r))).join("、")}）。请指定工作表或表、映射列，或重命名标题。`;
      case "partial_columns":
        return `工作表 ${q(problem.sheet)} 只有加载项的部分列（${listed(problem.headers)}）：请删除其余的列后再检查。`;
      case "cells_in_use": {
        const b = problem.block;
        return `工作表 ${q(problem.sheet)}：台账右侧的单元格 ${columnLetters(b.left)}${b.top}:${columnLetters(b.right)}${b.bottom} 已被占用。加载项会在那里追加 ${b.right - b.left + 1} 列，且从不覆盖任何单元格：请将其清空后再检查。`;
      }
    }
  },
  rulebookIssue(issue) {
    switch (issue.code) {
      case "missing_column":
        return `决策表缺少 ${q(issue.header)} 列；请将其加回（加载项的内置规则集显示了每一列）。`;
      case "no_rows":
        return "决策表没有任何行；规则集需要为其判断的每个项目提供一行。";
      case "bad_condition":
        return `${issue.header} 为 ${q(issue.value)}；请使用 ${listed(issue.accepted)}。`;
      case "bad_meaning":
        return `写法不能表示 ${q(issue.value)}；请使用 ${listed(issue.accepted)}。`;
      case "empty_spelling":
        return "写法为空；请填写分析人员输入的词，或删除该行。";
      case "bad_fit":
        return `${issue.model} 的适合度为 ${q(issue.value)}；请使用 ${listed(issue.accepted)}。`;
      case "empty_text":
        return issue.field === "name" ? "规则集没有名称；请为其命名（例如您团队的名称）。" : `${issue.field === "stage" ? "阶段" : "原因"}为空；每一行都需要填写。`;
      case "unknown_language":
        return `加载项没有语言 ${q(issue.language)} 的词语；请使用 ${listed(issue.accepted)}。`;
      case "no_values":
        return `规则集没有${list(issue.list)}。`;
      case "duplicate_value":
        return `${q(issue.value)} 在${list(issue.list)}中出现了两次。`;
      case "too_many_values":
        return `规则集的${list(issue.list)}超过 ${issue.maximum} 个。`;
      case "reserved_name":
        return `${q(issue.value)} 不能作为${list(issue.list)}的名称：它为空、为“_”，或包含台账公式会特殊处理的 | ? * ~。`;
      case "unknown_complexity":
        return `复杂度 ${q(issue.value)} 不是此规则集的等级。`;
      case "unknown_model":
        return `${q(issue.model)} 不是此规则集的模式（每个模式都有一列 ${q(`${issue.model} fit`)}）。`;
      case "invalid_fit":
        return `${issue.model} 的适合度缺失或无效。`;
      case "recommended_not_primary":
        return "推荐模式的适合度必须是其所在行的首选。";
      case "missing_note":
        return `${issue.model} 在此行不是首选，因此其说明必须写明原因。`;
      case "unexpected_note":
        return `${issue.model} 是此行的首选；请将其说明留空。`;
      case "uncovered":
        return `没有任何行判断 ${facts(issue.facts)} 的项目；请添加一行（是否删除了某行？）。`;
      case "overlapping_rows":
        return `决策表的第 ${issue.rows.join(" 行和第 ")} 行都判断 ${facts(issue.facts)} 的项目；请保留其中一行（是否重复了某行？）。`;
      case "missing_spelling":
        return `${q(issue.value)} 没有可接受的写法。`;
      case "unknown_spelling_value":
        return `为 ${q(issue.value)} 提供了写法，但它不属于此规则集。`;
      case "ambiguous_spelling":
        return `写法 ${q(issue.spelling)} 表示两种不同的意思。`;
      case "reserved_spelling":
        return `写法 ${q(issue.spelling)} 包含台账公式会当作通配符的 ? * 或 ~。`;
    }
  },
};
