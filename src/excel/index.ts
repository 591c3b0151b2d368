// The Excel layer the task pane calls: operations on a request context, never domain logic.

export { buildMatrix } from "./matrix";
export { addRows, setupRegister, MAX_PROBLEMS } from "./register";
export type { AddResult, ProblemRow, RegisterReport, RegisterRow, SetupResult } from "./register";
export { checkRegister, problemAddress } from "./checkRegister";
export type { CheckedRegister, CheckTarget } from "./checkRegister";
export { WorkbookError } from "./requirements";
export type { Operation, WorkbookProblem } from "./workbookProblems";
export { officeHost } from "./host";
export type { ExcelHost, RulesReport } from "./host";
export { buildPortfolio } from "./portfolio";
export type { PortfolioResult } from "./portfolio";
