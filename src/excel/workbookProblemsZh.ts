// What can stop an operation in Excel (workbookProblemCodes.ts), in Simplified Chinese: the pane
// in that language loads it with its words (src/taskpane/words/packZh.ts).

import { hints } from "./workbookSentences";
import type { WorkbookSentences } from "./workbookSentences";

export const ZH_WORKBOOK: WorkbookSentences = {
  operation: { setup: "设置台账", add: "向台账添加行", check: "检查台账", matrix: "生成对比矩阵", portfolio: "生成组合汇总" },
  hints: hints([
    "Excel 正在编辑单元格：请按 Enter 或 Esc，然后重试。",
    "工作簿中缺少加载项需要的内容：请重新生成矩阵，然后重试。",
    "工作簿或工作表受保护：请取消保护，然后重试。",
    "Excel 无法完成请求：请保存工作簿后重试。",
  ]),
  refused: "Excel 拒绝了请求；请重试，或重新加载加载项。",
  message(p, rulebook, more) {
    switch (p.code) {
      case "api_unsupported":
        return `${this.operation[p.operation]}需要 Excel JavaScript API ${p.version}（Microsoft 365、Excel 2021 或更高版本，或网页版 Excel）；此 Excel 不支持。请更新 Excel，或在网页版 Excel 中打开工作簿。`;
      case "register_sheet_taken":
        return `工作表“${p.sheet}”已有数据，但没有 ${p.table} 表。请重命名该工作表（其内容不会被更改），然后重新设置台账。`;
      case "no_register_table":
        return `此工作簿还没有 ${p.table} 表：请先设置台账。`;
      case "cells_below_register":
        return `台账下方的单元格（第 ${p.first} 行至第 ${p.last} 行）已被占用。请移走它们，或让表下方的行保持为空，然后重新添加这些行；未做任何更改。`;
      case "no_registers":
        return "此工作簿中没有台账：请向台账添加项目，或为某个表设置输入标题（图纸完成、需求已定义、复杂度、所选模式）。";
      case "setting_not_saved":
        return `无法在工作簿中保存该设置（${p.detail}）。`;
      case "rulebook":
        return `无法使用此工作簿的规则（MFG Rules 工作表上的决策表），因此未做任何更改：${rulebook}${more > 0 ? `（另有 ${more} 项）` : ""} 请更正这些单元格，或恢复内置规则。`;
    }
  },
};
