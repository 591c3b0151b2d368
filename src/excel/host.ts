// What the task pane may ask of Excel, as one interface: the Office.js implementation below
// wraps each call in Excel.run; tests give the pane a stand-in with the same shape.

import { builtInRules, builtInRulesFor, compileRules } from "../core";
import type { Language, RulebookData } from "../core";
import { addedSpellings, decisionRowText, isOtherBuiltIn, RegisterError, rowsNotIn, rulesIdentity, sheetWords } from "../workbook";
import type { RulebookProblem, RulesIdentity } from "../workbook";
import { buildMatrix } from "./matrix";
import { displayLanguage, readWorkbookRules, rulesInUse } from "./workbookRules";
import { addRows, setupRegister } from "./register";
import type { RegisterReport, RegisterRow } from "./register";
import { checkRegister } from "./checkRegister";
import type { CheckTarget } from "./checkRegister";
import { requireExcelApi, WorkbookError } from "./requirements";
import { buildPortfolio } from "./portfolio";
import type { PortfolioResult } from "./portfolio";

export interface RulesReport {
  /** Whether the workbook has a rules sheet. */
  readonly present: boolean;
  /** The workbook's rulebook, when it has a usable one. */
  readonly rulebook: RulesIdentity | null;
  /** Its rows the built-in rules do not have, one line each. */
  readonly changedRows: readonly string[];
  /** Why its rulebook cannot be used, a problem a cell (the pane says them in its language). */
  readonly problems: readonly RulebookProblem[];
  /** A rules sheet from before rulebooks whose lookup table was edited by hand: what differs (at most 10). */
  readonly differences: readonly string[];
  /** The workbook is on another version's built-in rules: that version and this add-in's. */
  readonly update: { readonly from: string; readonly to: string } | null;
  /** The workbook's rulebook as data, when it has a usable one (the guided classification judges by it). */
  readonly data: RulebookData | null;
}

export interface ExcelHost {
  buildMatrix(): Promise<void>;
  /** Writes the built-in rules over the workbook's (the pane asks first). */
  restoreRules(): Promise<void>;
  /** Writes a rulebook (from a file the pane read and checked) over the workbook's (the pane asks first). */
  useRules(data: RulebookData): Promise<void>;
  addToRegister(row: RegisterRow): Promise<{ row: number }>;
  checkRegister(target?: CheckTarget): Promise<RegisterReport>;
  /** Checks every register in the workbook and writes the portfolio sheets. */
  buildPortfolio(): Promise<PortfolioResult>;
  selectRange(address: string): Promise<void>;
  rulesReport(): Promise<RulesReport>;
  /** Whether the workbook opens this pane for everyone who has the add-in. */
  autoOpen(): boolean;
  setAutoOpen(on: boolean): Promise<void>;
}

/** The workbook's rulebook against the built-in one, as Excel reads it back. */
export async function readRulesReport(context: Excel.RequestContext, language: Language = "en"): Promise<RulesReport> {
  const found = await readWorkbookRules(context);
  const none = { present: true, rulebook: null, changedRows: [], problems: [], differences: [], update: null, data: null };
  switch (found.kind) {
    case "none":
      return { ...none, present: false };
    case "problems":
      return { ...none, problems: found.problems };
    case "edited_lookup":
      return { ...none, differences: found.differences };
    case "rulebook":
      return {
        ...none,
        rulebook: rulesIdentity(found.rules),
        changedRows: [
          ...rowsNotIn(found.rules, builtInRulesFor(found.rules)).map((row) => decisionRowText(found.rules, row)),
          ...addedSpellings(found.rules).map(([means, word]) => sheetWords(language).alsoMeans(word, means === true ? "TRUE" : means === false ? "FALSE" : String(means))),
        ],
        update: isOtherBuiltIn(rulesIdentity(found.rules)) ? { from: found.rules.version, to: builtInRulesFor(found.rules).version } : null,
        data: found.rules.data,
      };
  }
}

/** Turns any failure into a sentence the pane can show, with what to do. */
function readable(error: unknown): Error {
  if (error instanceof WorkbookError || error instanceof RegisterError) return error;
  const e = error as { code?: string; message?: string; debugInfo?: { message?: string } };
  return new WorkbookError({ code: "excel_refused", excelCode: e.code ?? null, detail: e.debugInfo?.message ?? e.message ?? String(error) });
}

async function run<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await Excel.run(work);
  } catch (error) {
    throw readable(error);
  }
}

const AUTO_OPEN = "Office.AutoShowTaskpaneWithDocument";

export const officeHost: ExcelHost = {
  buildMatrix: () => run(async (context) => buildMatrix(context, await rulesInUse(context, "matrix"))),
  // The built-in rules in the language of the workbook's own (a German workbook stays German).
  restoreRules: () =>
    run(async (context) => {
      const found = await readWorkbookRules(context);
      return buildMatrix(context, builtInRules(found.kind === "rulebook" ? found.rules.locale.tag : displayLanguage()));
    }),
  useRules: (data) =>
    run((context) => {
      const compiled = compileRules(data);
      if (!compiled.ok) throw new WorkbookError({ code: "rulebook", problems: compiled.issues.map((issue) => ({ cell: "the rules file", issue })) });
      return buildMatrix(context, compiled.rules);
    }),
  addToRegister: (row) =>
    run(async (context) => {
      const rules = await rulesInUse(context, "add");
      await setupRegister(context, [], rules);
      const added = await addRows(context, [row], rules);
      return { row: added.firstRow };
    }),
  checkRegister: (target) => run(async (context) => checkRegister(context, target, undefined, await rulesInUse(context, "check"))),
  buildPortfolio: () => run(async (context) => buildPortfolio(context, await rulesInUse(context, "portfolio"))),
  selectRange: (address) =>
    run(async (context) => {
      const [sheet, local] = address.includes("!") ? [address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'"), address.slice(address.lastIndexOf("!") + 1)] : [null, address];
      const worksheet = sheet === null ? context.workbook.worksheets.getActiveWorksheet() : context.workbook.worksheets.getItem(sheet);
      worksheet.activate();
      worksheet.getRange(local).select();
      await context.sync();
    }),
  rulesReport: () =>
    run(async (context) => {
      requireExcelApi("1.4", "check");
      return readRulesReport(context, displayLanguage());
    }),
  autoOpen: () => Office.context.document.settings.get(AUTO_OPEN) === true,
  setAutoOpen: (on) =>
    new Promise((resolve, reject) => {
      Office.context.document.settings.set(AUTO_OPEN, on);
      Office.context.document.settings.saveAsync((result) =>
        result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new WorkbookError({ code: "setting_not_saved", detail: result.error.message })),
      );
    }),
};
