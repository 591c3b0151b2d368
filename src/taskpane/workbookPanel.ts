// The workbook section: build the matrix, check a register, the portfolio of every register (with a column mapping when headers
// are not recognised), select problem rows, the rules notice and the auto-open setting.

import { LOCALES, problemLabel } from "../core";
import type { RulebookData } from "../core";
import type { CheckTarget, ExcelHost, RegisterReport } from "../excel";
import { problemAddress } from "../excel/checkRegister";
import { inputHeader, REQUIRED_ROLES } from "../workbook";
import type { InputRole, RegisterProblem } from "../workbook";
import { byId, el } from "./dom";
import type { Feedback } from "./dom";
import { paneLanguage, rulebookProblemText, words } from "./language";
import { setUpRulesFile } from "./rulesFile";


export type { Feedback } from "./dom";

function renderReport(host: ExcelHost, report: RegisterReport, feedback: Feedback): void {
  const c = report.counts;
  const w = words();
  const locale = LOCALES[paneLanguage()];
  const colon = locale.colon;
  byId("summary").replaceChildren(
    el("p", { text: w.rowsChecked(report.rows, report.sheet) }),
    el(
      "ul",
      {},
      el("li", { text: `✓ ${locale.status.fit}${colon}${c.fit}` }),
      el("li", { text: `△ ${locale.status.conditional}${colon}${c.conditional}` }),
      el("li", { text: `— ${locale.status.mismatch}${colon}${c.mismatch}` }),
      el("li", { text: `${locale.status.incomplete}${colon}${c.incomplete}` }),
      el("li", { text: `${locale.status["bad input"]}${colon}${c["bad input"]}` }),
      ...(report.supplierGaps > 0 ? [el("li", { text: w.supplierGaps(report.supplierGaps) })] : []),
    ),
    ...(report.truncated ? [el("p", { text: w.truncated(report.problems.length), className: "help" })] : []),
  );
  byId("problems").replaceChildren(
    ...report.problems.map((p) => {
      const who = [p.project, p.supplier].filter((s) => s !== "").join(" / ");
      const button = el(
        "button",
        { attrs: { type: "button", "data-row": String(p.row) }, className: `status-${p.status === "bad input" ? "bad" : p.status === "fit" ? "supplier" : p.status}` },
        el("span", { text: w.problemRow(p.row, who) }),
        el("br"),
        el("span", { text: `${problemLabel(locale, p.status)}${colon}`, className: "status" }),
        el("span", { text: p.reason }),
        ...(p.status !== "fit" && p.supplierFit !== "" ? [el("br"), el("span", { text: w.supplierLabel, className: "status" }), el("span", { text: p.supplierFit })] : []),
      );
      button.addEventListener("click", () => void feedback.busy(button, () => host.selectRange(problemAddress(p))));
      return el("li", {}, button);
    }),
  );
}

function readMapping(form: HTMLFormElement): Partial<Record<InputRole, string>> {
  const mapping: Partial<Record<InputRole, string>> = {};
  for (const role of REQUIRED_ROLES) {
    const value = (form.elements.namedItem(role) as HTMLInputElement).value.trim();
    if (value !== "") mapping[role] = value;
  }
  return mapping;
}

/** The restore button: says what it will replace, and replaces only when confirmed. */
function restoreButton(host: ExcelHost, feedback: Feedback, replaces: string, label = words().restore): HTMLElement {
  const w = words();
  const restore = el("button", { text: label, attrs: { type: "button", id: "restore-rules" } });
  const confirm = el("button", { text: w.restoreConfirm, attrs: { type: "button", id: "restore-confirm" } });
  const cancel = el("button", { text: w.restoreCancel, attrs: { type: "button", id: "restore-cancel" } });
  const asking = el("div", { className: "confirm", attrs: { role: "group", "aria-label": w.restoreAsk } }, el("p", { text: replaces }), confirm, cancel);
  asking.hidden = true;
  restore.addEventListener("click", () => {
    asking.hidden = false;
    restore.hidden = true;
    confirm.focus();
  });
  cancel.addEventListener("click", () => {
    asking.hidden = true;
    restore.hidden = false;
  });
  confirm.addEventListener("click", () =>
    void feedback.busy(confirm, async () => {
      await host.restoreRules();
      feedback.ok(w.restored);
      await showRulesNotice(host, feedback);
    }),
  );
  return el("div", {}, restore, asking);
}

/** Told the workbook's rulebook (null: none usable) each time the notice reads it. */
let rulesListener: (data: RulebookData | null) => void = () => undefined;
export const onWorkbookRules = (listener: (data: RulebookData | null) => void): void => {
  rulesListener = listener;
};

export async function showRulesNotice(host: ExcelHost, feedback: Feedback): Promise<void> {
  const notice = byId("rules-notice");
  const report = await host.rulesReport();
  rulesListener(report.data ?? null);
  const book = report.rulebook;
  const w = words();
  if (report.problems.length > 0) {
    notice.replaceChildren(
      el("p", { text: w.rulesProblems }),
      el("ul", {}, ...report.problems.map((p) => el("li", { text: rulebookProblemText(p) }))),
      restoreButton(host, feedback, w.restoreProblems),
    );
  } else if (report.differences.length > 0) {
    notice.replaceChildren(
      el("p", { text: w.rulesEditedByHand }),
      el("ul", {}, ...report.differences.map((d) => el("li", { text: d }))),
      restoreButton(host, feedback, w.restoreEdited),
    );
  } else if (book !== null && report.update !== null) {
    const { from, to } = report.update;
    notice.replaceChildren(
      el("p", { text: w.olderBuiltIn(from, to, book.rowsDiffering) }),
      el("ul", {}, ...report.changedRows.map((d) => el("li", { text: d }))),
      restoreButton(host, feedback, w.restoreOlder(book.rowsDiffering, to), w.updateButton(to)),
    );
  } else if (book !== null && (!book.builtIn || report.changedRows.length > 0)) {
    notice.replaceChildren(
      el("p", { text: w.teamRules(book.name, book.version, book.rowsDiffering, book.spellingsAdded) }),
      el("ul", {}, ...report.changedRows.map((d) => el("li", { text: d }))),
      el("p", { className: "help", text: w.judgedBy(book.fingerprint) }),
      restoreButton(host, feedback, w.restoreTeam(book.rowsDiffering)),
    );
  } else {
    notice.hidden = true;
    return;
  }
  notice.hidden = false;
}

export function setUpWorkbookPanel(host: ExcelHost, feedback: Feedback): void {
  const build = byId<HTMLButtonElement>("build");
  const check = byId<HTMLButtonElement>("check");
  const mapping = byId<HTMLFormElement>("mapping");
  // One field per input the check needs, labelled with its header (the inputs table).
  mapping.querySelector("button")?.before(
    ...REQUIRED_ROLES.map((role) => el("label", { className: "field" }, `${inputHeader(role, paneLanguage())} `, el("input", { attrs: { name: role, type: "text", autocomplete: "off" } }))),
  );
  const runCheck = (button: HTMLButtonElement, target?: CheckTarget) =>
    feedback.busy(button, async () => {
      try {
        const report = await host.checkRegister(target);
        mapping.hidden = true;
        renderReport(host, report, feedback);
        await showRulesNotice(host, feedback);
      } catch (error) {
        // Headers the add-in does not recognise: offer the mapping, keep the message.
        // Read structurally: the error may come from the stand-in's bundle, not this one's classes.
        if ((error as { problem?: RegisterProblem }).problem?.code === "header") mapping.hidden = false;
        throw error;
      }
    });
  build.addEventListener("click", () => void feedback.busy(build, async () => {
    await host.buildMatrix();
    feedback.ok(words().matrixBuilt);
    await showRulesNotice(host, feedback);
  }));
  check.addEventListener("click", () => void runCheck(check));
  const portfolio = byId<HTMLButtonElement>("portfolio");
  portfolio.addEventListener("click", () => void feedback.busy(portfolio, async () => {
    const result = await host.buildPortfolio();
    feedback.ok(words().portfolioBuilt(result.registers, result.sheet, result.problems));
  }));
  mapping.addEventListener("submit", (e) => {
    e.preventDefault();
    void runCheck(mapping.querySelector("button") as HTMLButtonElement, { mapping: readMapping(mapping) });
  });
  setUpRulesFile(host, feedback, () => showRulesNotice(host, feedback));
  const autoOpen = byId<HTMLInputElement>("auto-open");
  autoOpen.checked = host.autoOpen();
  autoOpen.addEventListener("change", () => void feedback.busy(autoOpen as unknown as HTMLButtonElement, () => host.setAutoOpen(autoOpen.checked)));
}
