// The task pane: guided classification and the workbook actions. UI only: answers come from the
// core, workbook changes from the Excel layer (src/excel), never from Excel.run here.

import { officeHost } from "../excel";
import type { ExcelHost } from "../excel";
import { byId } from "./dom";
import { setUpGuided, useWorkbookRules } from "./guided";
import { registerProblemText, setPaneLanguage, workbookProblemText, words } from "./language";
import type { WorkbookProblem } from "../excel/workbookProblems";
import type { RegisterProblem } from "../workbook";
import { applyOfficeTheme, followSystemTheme } from "./theme";
import { onWorkbookRules, setUpWorkbookPanel, showRulesNotice } from "./workbookPanel";
import type { Feedback } from "./workbookPanel";

declare global {
  interface Window {
    /** Tests (and demos) may hand the pane an Excel stand-in before it loads. */
    __mfgExcelStandIn?: ExcelHost;
  }
}

/**
 * An error in the pane's language: a workbook or register problem from its code (read
 * structurally: a test's stand-in host may throw its own bundle's classes), anything else as it says.
 */
function errorText(error: unknown): string {
  const { name, problem, message } = (error ?? {}) as { name?: string; problem?: unknown; message?: string };
  if (problem !== undefined && name === "WorkbookError") return workbookProblemText(problem as WorkbookProblem);
  if (problem !== undefined && name === "RegisterError") return registerProblemText(problem as RegisterProblem);
  return message ?? String(error);
}

function feedback(): Feedback {
  const message = byId("message");
  return {
    async busy(button, work) {
      button.disabled = true;
      document.body.setAttribute("aria-busy", "true");
      message.textContent = "";
      message.className = "message";
      try {
        return await work();
      } catch (error) {
        message.textContent = errorText(error);
        return undefined;
      } finally {
        button.disabled = false;
        document.body.removeAttribute("aria-busy");
      }
    },
    ok(text) {
      message.className = "message ok";
      message.textContent = text;
    },
  };
}

function start(host: ExcelHost): void {
  const fb = feedback();
  byId("office-status").textContent = "";
  byId("app").hidden = false;
  const answers = setUpGuided();
  const add = byId<HTMLButtonElement>("add");
  add.addEventListener("click", () =>
    void fb.busy(add, async () => {
      // The answers carry exactly the register's inputs: project, supplier and the four facts.
      const { row } = await host.addToRegister(answers());
      fb.ok(words().added(row));
    }),
  );
  setUpWorkbookPanel(host, fb);
  // The guided classification judges by the open workbook's rules, as its register does.
  onWorkbookRules(useWorkbookRules);
  void showRulesNotice(host, fb).catch((error: Error) => {
    byId("message").textContent = error.message;
  });
  document.body.dataset.ready = "true";
}

async function outsideExcel(): Promise<void> {
  await setPaneLanguage(navigator.language);
  byId("office-status").textContent = words().outsideExcel;
  document.body.dataset.ready = "true";
}

followSystemTheme();
if (window.__mfgExcelStandIn) {
  const standIn = window.__mfgExcelStandIn;
  void setPaneLanguage(typeof Office === "undefined" ? "en" : Office.context?.displayLanguage).then(() => start(standIn));
} else if (typeof Office === "undefined") {
  void outsideExcel();
} else {
  Office.onReady(async (info) => {
    if (info.host === Office.HostType.Excel) {
      applyOfficeTheme(Office.context.officeTheme);
      await setPaneLanguage(Office.context.displayLanguage);
      start(officeHost);
    } else {
      await outsideExcel();
    }
  });
}
