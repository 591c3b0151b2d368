// The mfgmodel command's help texts in Simplified Chinese (help.ts has the English ones; helpIn.ts
// picks). Option names, file names and the inputs' names for --map stay as typed; the words a
// register accepts are the Chinese built-in rulebook's.

import { builtInRules } from "../core";
import { INPUTS, inputHeader, REGISTER_INPUTS } from "../workbook";
import type { HelpTexts } from "./help";

const EXIT_CODES = `退出码（所有命令）：0 没有问题（适合、有条件适合或尚不清楚），1 不适合或值无效，
2 命令无法运行（用法错误，或有无法读取或写入的文件）。`;

const LANG = `  --lang de|zh|ja|en   写入内容的语言（标题、矩阵、后续步骤、规则的理由、组合）；
                      默认：取自 LC_ALL、LC_MESSAGES 或 LANG，否则为英语`;

const REPLACE = `  --replace           覆盖已存在的输出文件（绝不覆盖输入文件，也不经由指向输入的链接覆盖）；
                      不加此项时拒绝已存在的输出`;

export function helpZh(): HelpTexts {
  const rules = builtInRules("zh");
  const headers = REGISTER_INPUTS.map((r) => `"${inputHeader(r, "zh")}"`).join("、");
  return {
    main: `mfgmodel：在 Excel 之外判断哪种生产模式（OEM、ODM、JDM）适合一个项目

用法：
  mfgmodel template <out.xlsx> [--lang L]      新工作簿：矩阵、规则和一个空的台账
  mfgmodel audit <in.xlsx…> [选项]             添加或刷新台账的计算列并给出报告
  mfgmodel classify --drawings <值> --requirements <值> --complexity <值> [--chosen <模式>]
  mfgmodel rollup <in.xlsx|文件夹…> -o portfolio.xlsx  所有台账汇总到一个组合工作簿
  mfgmodel rules export [--from in.xlsx] -o rules.xlsx|.json  把规则集导出为文件以便传递
  mfgmodel --version

运行 "mfgmodel <命令> --help" 查看某个命令的选项。
${EXIT_CODES}`,
    template: `mfgmodel template <out.xlsx> [--lang de|zh|ja|en] [--replace]

写出一个新工作簿，内容与加载项在 Excel 中写入的相同："MFG Matrix" 工作表、"MFG Next Steps"
工作表（每种模式需要发给供应商的内容）、公式读取的 "MFG Rules" 工作表，以及带下拉列表、原生
公式和红/黄条件格式的 "MFG Register" 表，使用所选语言：规则表会记录该语言，使用其他语言的同事
得到相同的判定、颜色和计数。会创建缺少的文件夹；已存在的文件保留不动，除非加 --replace。

选项：
${LANG}
${REPLACE}
${EXIT_CODES}`,
    audit: `mfgmodel audit <in.xlsx…> [-o out.xlsx | --out-dir 文件夹] [--sheet 名称] [--table 名称] [--map "A=B"…] [--rules 文件 | --restore-rules] [--lang L] [--replace] [--json]

在每个工作簿中找到台账（MfgRegister 表、用 --table 指定的表，或标题行列出各项输入的工作表：
${headers}，或它们在四种语言中的同义词），添加或刷新其计算列、格式和规则，并写出新文件（默认：
旁边的 <in>.audited.xlsx；输入文件绝不会被覆盖，之前的输出只有加 --replace 才会覆盖）。只有
台账所在的工作表、它的表和规则表会改变：图表、数据透视表、宏、批注和其他所有工作表逐字节
复制。每个台账按其工作簿自己的规则集判定（规则表上的决策表，团队可以编辑；绝不覆盖），
没有规则集时按内置规则判定。每个文件输出一份摘要，加 --json 时输出 JSON。

选项：
  -o, --output 文件   审核后工作簿的写入位置（仅限一个输入）
  --out-dir 文件夹    把 <名称>.audited.xlsx 文件写入该文件夹
  --sheet 名称        台账所在的工作表
  --table 名称        台账所在的表
  --map "A=B"         从您标题为 B 的列读取输入 A，例如 --map "Drawings complete=规格冻结"；
                      A 为 ${INPUTS.map((i) => `"${i.header}"`).join("、")} 之一；可重复使用
  --rules 文件        不按各工作簿自己的规则集，而按另一个规则集判定并写入工作簿：带有规则集的
                      工作簿（.xlsx）或规则集文件（.json，来自 rules export）；摘要会说明替换了
                      哪些规则
  --restore-rules     不按工作簿自己的规则，而按内置规则（使用工作簿自己规则的语言）判定并写入
  --lang de|zh|ja|en  没有规则的工作簿所得内置规则的语言（理由、添加的标题）；默认：取自
                      LC_ALL、LC_MESSAGES 或 LANG，否则为英语
${REPLACE}
  --json              以 JSON 输出结果：一个数组，每个文件一个对象（见 docs/command-line.md）
${EXIT_CODES}`,
    rollup: `mfgmodel rollup <in.xlsx|文件夹…> -o portfolio.xlsx [--exclude GLOB…] [--map "A=B"…] [--expect-rules 文件] [--jobs N] [--lang L] [--replace] [--json|--jsonl]

读取每个工作簿中的台账（查找方式与 audit 相同；不会写回任何内容），并写出一个新的组合工作簿：
"Portfolio"，每个台账一行（文件、工作表、有标题为团队的列时的团队、适合、有条件、不适合、
尚不清楚和输入无效的数量，以及判定所用的规则：其工作簿自己的规则）；"Problem rows"，每个问题
行及其文件、工作表、行号、项目、供应商和原因；"By stage"，按阶段和所用模式统计的项目，附带原生
柱形图。无法读取的文件会连同其说明列出，运行继续（写出组合后退出码为 2）。文件夹会被遍历以查找
其中的工作簿（.xlsx、.xlsm），包括子文件夹，按名称排序；其中的其他文件被跳过并计数。

选项：
  -o, --output 文件   要写出的组合工作簿（.xlsx；绝不能是输入之一）
  --exclude GLOB      排除文件夹中与 GLOB 匹配的工作簿或子文件夹（"*draft*"、"archive/**"；
                      * 匹配名称内部，** 跨越文件夹）；可重复使用
  --map "A=B"         在每个文件中从标题为 B 的列读取输入 A（与 audit 相同）
  --expect-rules 文件 每个台账都应采用的规则集（带有该规则集的工作簿）：按其他规则判定的台账
                      会被标出（退出码 1）
  --jobs N            同时读取 N 个文件，每个在一个工作线程中（默认：每个核心一个）；无论 N 是
                      多少，组合都相同
${LANG}
${REPLACE}
  --json              以 JSON 输出台账：{"output", "registers": [每个文件一个对象], "excluded", "skipped"}
  --jsonl             每读完一个台账即输出一行（JSON Lines）
${EXIT_CODES}`,
    rules: `mfgmodel rules export [--from 工作簿.xlsx] -o rules.xlsx|rules.json [--lang L] [--replace]

把规则集写成文件以便传递：内置规则（使用 --lang 的语言），或加 --from 时某个台账工作簿带有的规则集（其 "MFG Rules"
工作表上由团队编辑过的决策表；先做检查：有问题的规则集会被拒绝，并指出每个单元格）。.xlsx 只含
规则表，供人阅读；.json 含规则集的数据（名称、版本、模式、级别、行、写法），供脚本和任务窗格的
"使用文件中的规则" 使用。两者都可由 "mfgmodel audit --rules" 读取。

选项：
  --from 文件         要导出其规则集的工作簿（默认：内置规则）
  -o, --output 文件   要写出的文件：.xlsx 或 .json
  --lang de|zh|ja|en  写出的内置规则（不带 --from 时）以及输出信息的语言；默认：取自 LC_ALL、
                      LC_MESSAGES 或 LANG，否则为英语
${REPLACE}
${EXIT_CODES}`,
    classify: `mfgmodel classify --drawings <值> --requirements <值> --complexity <值> [--chosen <模式>] [--lang L] [--json]

  --drawings       已有完整、冻结的图纸：${rules.vocabulary.boolean.display}
  --requirements   已明确应用需求：${rules.vocabulary.boolean.display}
  --complexity     ${rules.vocabulary.complexity.display}
  --chosen         与供应商合作所用的模式：${rules.vocabulary.model.display}
  --json           以 JSON 输出结果（除非指定 --lang，否则为英语：供脚本读取）
  --lang de|zh|ja|en  回答的语言以及优先接受的词语；默认：取自 LC_ALL、LC_MESSAGES 或 LANG，
                   否则为英语
省略、留空或写作 ${rules.notKnown.slice(0, 2).join("、")}… 的事实视为尚不清楚。其他语言的词语同样接受。
${EXIT_CODES}`,
  };
}
