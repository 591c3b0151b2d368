// 简体中文: the built-in content in the terms of docs/glossary.md (aligned with the English data).

import type { Translation } from "./types";

const OEM_WITHOUT_DRAWINGS = "OEM 需要冻结的图纸才能生产；没有图纸，每次讨论都会回到尚未定义的参数上，项目原地打转，无法推进。";
const ENGINEERING_NOT_NEEDED = "图纸已完整冻结，项目却会收到本不需要的工程方案：审批周期拉长，成本上升，进度延误。";

export const ZH_TEXTS: Translation = {
  rulebook: {
    stages: { "Ready for production": "可量产", "Requirements defined": "需求已定义", "Complex system": "复杂系统", "Early-stage R&D": "早期研发" },
    rows: [
      { why: "已有完整且冻结的图纸和规格，制造商只需按图生产：OEM。", notes: { ODM: `ODM 不适合：${ENGINEERING_NOT_NEEDED}`, JDM: `JDM 不适合：${ENGINEERING_NOT_NEEDED}` } },
      {
        why: "应用需求已定义但尚无设计，由制造商围绕需求进行设计和生产：ODM。",
        notes: { OEM: `OEM 不适合：${OEM_WITHOUT_DRAWINGS}`, JDM: "JDM 不适合：对于需求已定义的低复杂度项目，联合开发的额外投入并不值得。" },
      },
      {
        why: "应用需求已定义但尚无设计，专用产品（医疗、工业、机器人）由制造商围绕需求进行设计：ODM。",
        notes: { OEM: `OEM 不适合：${OEM_WITHOUT_DRAWINGS}`, JDM: "JDM 有条件：中等复杂度的项目可以采用，但额外投入确实存在；请确认 ODM 是否需要过多妥协。" },
      },
      {
        why: "高压、多模块、专有或仍在演进的系统需要双方共同定义、测试和完善设计：JDM。",
        notes: { OEM: `OEM 不适合：${OEM_WITHOUT_DRAWINGS}`, ODM: "ODM 有条件：对于复杂系统，标准的 ODM 方式可能需要过多妥协。" },
      },
      {
        why: "既没有图纸，也没有明确的需求，解决方案必须从一开始就共同定义：JDM。",
        notes: { OEM: `OEM 不适合：${OEM_WITHOUT_DRAWINGS}`, ODM: "ODM 不适合：ODM 以明确的使用场景为起点；请先确定电压、续航时间、使用环境和外形尺寸，或采用联合开发。" },
      },
    ],
  },
  matrix: {
    criteria: "标准",
    sections: [
      { title: "项目切入点", criteria: ["提供完整图纸", "仅有应用需求", "早期研发合作"] },
      { title: "工程责任", criteria: ["客户拥有全部设计", "制造商主导设计", "双方共同定义方案"] },
      { title: "典型应用", criteria: ["成熟设计的批量生产", "医疗 / 工业 / 机器人", "高压 / 复杂系统"] },
      { title: "流程", criteria: ["开发周期", "工程协作深度", "贴牌 / 品牌产品"] },
      { title: "所有权", criteria: ["设计所有权"] },
    ],
    values: { Short: "短", Medium: "中", Long: "长", Low: "低", High: "高", "Brand (customer)": "品牌方（客户）", Manufacturer: "制造商", "Joint, by agreement": "共有，按协议约定" },
  },
  nextSteps: {
    titles: { "buyer provides": "您需提供", rfq: "询价（RFQ）中要求供应商", samples: "样品协议需约定", "design ownership": "设计所有权：检查合同", transport: "运输（锂电池）" },
    sources: {
      seed003: "来源：锂电池生产模式（seed 003）",
      seed000: "来源：OEM 与 ODM，设计归谁所有（seed 000）",
      practice: "公开惯例",
      un383: "公开惯例：联合国《试验和标准手册》38.3",
    },
    byModel: {
      OEM: [
        "完整且冻结的图纸和规格；如果规格仍未确定，OEM 不是合适的起点。",
        "按我方图纸报价生产：电芯采购、电池包组装、BMS 集成、测试、认证和贴牌。",
        "样品按我方图纸检查一致性：在第一批样品之前约定验收测试和公差。",
        "设计及其技术产权归品牌方所有；工厂只按我方资料生产。",
      ],
      ODM: [
        "明确的使用场景：电压、续航时间、使用环境和外形尺寸。",
        "提出设计方案并生产：电芯选型、BMS 设计、电池包结构、样机验证，然后量产。",
        "样机按我方使用场景验证供应商的设计：约定验证测试以及设计变更由谁付费。",
        "设计仍归制造商所有；品牌方只拥有商标和名称。",
        "如果我方必须拥有设计或将生产转移给其他供应商，合同必须约定设计的转让。",
      ],
      JDM: [
        "全程投入工程力量：一个与供应商共同定义、测试和完善设计的团队。",
        "联合开发计划：里程碑、共同测试、分工，以及随后的生产条款。",
        "每个开发样品完成一个里程碑：约定共同测试的内容以及开发结束的标准。",
        "通过协议约定共同设计归谁所有、各方投入什么，以及谁可以生产。",
      ],
    },
    transport: [
      "在生产计划之前决定空运还是海运：锂电池运输要求决定电池包及其包装。",
      "索取电芯和电池包的 UN 38.3 测试摘要。",
      "约定运输路线的危险品包装和标签：空运按 IATA 规则，海运按 IMDG 规则。",
    ],
    heading: (model) => `${model} 的后续步骤：`,
  },
};
