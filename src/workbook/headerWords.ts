// The headers analysts of each language give their own registers' columns, found as the English
// ones are (headers.ts): German, Simplified Chinese and Japanese, in the words of docs/glossary.md
// and the short forms people write. The add-in's own headers stay English (issue 26, part 5).

import type { InputRole } from "./inputs";

export type HeaderLanguage = "de" | "zh" | "ja";

export const HEADER_WORDS: Readonly<Record<HeaderLanguage, Readonly<Record<InputRole, readonly string[]>>>> = {
  de: {
    project: ["Projekt", "Projektname", "Vorhaben", "Produkt", "Teil", "Programm"],
    supplier: ["Lieferant", "Lieferantenname", "Zulieferer", "Anbieter", "Hersteller", "Fabrik"],
    drawingsComplete: ["Zeichnungen fertig", "Zeichnungen vollständig", "Zeichnungen", "Zeichnungen eingefroren", "Spezifikation eingefroren", "Design eingefroren"],
    hasRequirements: ["Anforderungen definiert", "Anforderungen", "Anforderungen bekannt", "Anforderungen festgelegt", "Lastenheft"],
    complexity: ["Komplexität", "Komplexitätsgrad", "Technische Komplexität"],
    chosenModel: ["Gewähltes Modell", "Modell", "Fertigungsmodell", "Gewählt", "Aktuelles Modell"],
  },
  zh: {
    project: ["项目", "项目名称", "产品", "零件"],
    supplier: ["供应商", "供应商名称", "厂商", "制造商", "工厂"],
    drawingsComplete: ["图纸完成", "图纸已完成", "图纸", "图纸冻结", "规格冻结", "设计冻结"],
    hasRequirements: ["需求已定义", "需求", "需求明确", "需求已明确", "应用需求"],
    complexity: ["复杂度", "复杂程度", "技术复杂度"],
    chosenModel: ["所选模式", "生产模式", "模式", "合作模式", "所选模型"],
  },
  ja: {
    project: ["プロジェクト", "プロジェクト名", "案件", "製品", "部品"],
    supplier: ["サプライヤー", "サプライヤー名", "仕入先", "取引先", "メーカー", "工場", "ベンダー"],
    drawingsComplete: ["図面完成", "図面完了", "図面", "図面凍結", "仕様凍結", "設計凍結"],
    hasRequirements: ["要件定義済み", "要件", "要件定義", "要求仕様"],
    complexity: ["複雑さ", "複雑度", "難易度", "技術的複雑さ"],
    chosenModel: ["選択モデル", "製造モデル", "モデル", "取引形態"],
  },
};

/** Headers of a column naming the buying team, per language. */
export const TEAM_WORDS: Readonly<Record<HeaderLanguage, readonly string[]>> = {
  de: ["Team", "Einkaufsteam", "Beschaffungsteam", "Abteilung"],
  zh: ["团队", "采购团队", "部门"],
  ja: ["チーム", "購買チーム", "調達チーム", "部署", "部門"],
};
