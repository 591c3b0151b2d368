// The domain core's public surface: pure TypeScript, no Office, no DOM.

export * from "./model";
export * from "./vocabulary";
export * from "./cellValue";
export * from "./rulebook";
export * from "./rulebookChecks";
export * from "./rulebookShape";
export * from "./decisionTable";
export * from "./classify";
export * from "./fit";
export * from "./assess";
export * from "./matrix";
export * from "./locale";
export * from "./locales";
export * from "./nextSteps";
export * from "./supplierFit";
export * from "./builtInRulebooks";
export * from "./translated";
export * from "./builtInBase";
