// office.js as the task pane meets it inside Excel, for headless Chromium. The browser tests serve
// this bundle at Microsoft's office.js address, so the pane runs its production path
// (Office.onReady → the Office theme → Excel.run through src/excel) against the strict Excel
// stand-in of fakeExcel.ts: formulas evaluated by HyperFormula, typed input converted, requirement
// sets checked, payload limits enforced. A test describes the workbook before the page loads
// (`window.__standInSetup`) and reads what Excel would show through `window.__excel`.

import { FakeExcel, installOfficeGlobals } from "./fakeExcel";

export interface StandInSetup {
  /** The highest ExcelApi set this Excel supports (default 1.17). */
  excelApi?: string;
  /** Office.context.officeTheme as Excel gives it; none when omitted. */
  theme?: { bodyBackgroundColor: string; bodyForegroundColor: string; controlBackgroundColor: string; controlForegroundColor: string };
  /**
   * Office.context.displayLanguage (default "en-US"): the pane's language. Excel's own display
   * language (a boolean turned into text inside a formula is WAHR in German) is modelled by the
   * Node tests of fakeExcel.ts (test/excel/displayLanguage.test.ts): it patches a HyperFormula
   * module the browser bundle cannot reach, so here formulas evaluate as in an English Excel.
   */
  displayLanguage?: string;
  /** The analyst's own cells: [sheet, top-left cell, rows]. */
  cells?: [string, string, unknown[][]][];
  /** The analyst's own tables: [name, sheet, address, has a totals row]. */
  tables?: [string, string, string, boolean][];
}

declare global {
  interface Window {
    __standInSetup?: StandInSetup;
    __excel?: FakeExcel;
  }
}

const setup = window.__standInSetup ?? {};
installOfficeGlobals(setup.excelApi ?? "1.17");
const excel = new FakeExcel();
for (const [sheet, at, rows] of setup.cells ?? []) excel.setCells(sheet, at, rows);
for (const [name, sheet, address, totals] of setup.tables ?? []) excel.addUserTable(name, sheet, address, { totals });
window.__excel = excel;

const settings = new Map<string, unknown>();
const mock = (globalThis as any).Office;
(globalThis as any).Office = {
  HostType: { Excel: "Excel" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  context: {
    requirements: mock.context.requirements,
    officeTheme: setup.theme,
    displayLanguage: setup.displayLanguage ?? "en-US",
    // Document settings live in the workbook and are saved with saveAsync (Office.Settings).
    document: {
      settings: {
        get: (name: string) => (settings.has(name) ? settings.get(name) : null),
        set: (name: string, value: unknown) => void settings.set(name, value),
        saveAsync: (callback: (result: { status: string }) => void) => setTimeout(() => callback({ status: "succeeded" })),
      },
    },
  },
  onReady: (callback?: (info: { host: string; platform: string }) => void) => {
    const info = { host: "Excel", platform: "OfficeOnline" };
    return Promise.resolve().then(() => (callback?.(info), info));
  },
};
// Each Excel.run gets a request context of its own: what one run queued and never synced is
// dropped with it, as in Office.js.
(globalThis as any).Excel.run = (work: (context: unknown) => Promise<unknown>) => work(excel.coauthor().context);
