// The workbook description: pure data and formulas that the Excel and file writers render.

export * from "./description";
export * from "./references";
export * from "./rules";
export * from "./registerRow";
export * from "./formulas";
export * from "./sheetNames";
export * from "./matrixSheets";
export * from "./rulesSheet";
export * from "./rulebookSheet";
export * from "./rulebookLayout";
export * from "./rulesIdentity";
export * from "./rulebookWords";
export * from "./workbookRules";
export * from "./rulebookJson";
export * from "./suppliersSheet";
export * from "./registerColumns";
export * from "./sheetGrid";
export * from "./headers";
export * from "./escape";
export * from "./registerPlan";
export * from "./registerWords";
export * from "./registerDrawing";
export * from "./registerReport";
export * from "./inputs";
export * from "./print";
export * from "./portfolio";
