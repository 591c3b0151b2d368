// The workbook section: build the matrix, check a register, the portfolio of every register (with a column mapping when headers
// are not recognised), select problem rows, the rules notice and the auto-open setting.

import { EN, problemLabel } from "../core";
import type { RulebookData } from "../core";
import type { CheckTarget, ExcelHost, RegisterReport } from "../excel";
import { problemAddress } from "../excel/checkRegister";
import { headerOf, REQUIRED_ROLES } from "../workbook";
import type { InputRole, RegisterProblem } from "../workbook";
import { byId, el } from "./dom";
import type { Feedback } from "./dom";
import { setUpRulesFile } from "./rulesFile";


export type { Feedback } from "./dom";

function renderReport(host: ExcelHost, report: RegisterReport, feedback: Feedback): void {
  const c = report.counts;
  byId("summary").replaceChildren(
    el("p", { text: `${report.rows} rows checked on “${report.sheet}”.` }),
    el(
      "ul",
      {},
      el("li", { text: `✓ Fit: ${c.fit}` }),
      el("li", { text: `△ Conditional: ${c.conditional}` }),
      el("li", { text: `— Mismatch: ${c.mismatch}` }),
      el("li", { text: `Not known yet: ${c.incomplete}` }),
      el("li", { text: `Bad input: ${c["bad input"]}` }),
      ...(report.supplierGaps > 0 ? [el("li", { text: `Supplier does not offer the chosen or the recommended model: ${report.supplierGaps}` })] : []),
    ),
    ...(report.truncated ? [el("p", { text: `Only the first ${report.problems.length} problem rows are listed.`, className: "help" })] : []),
  );
  byId("problems").replaceChildren(
    ...report.problems.map((p) => {
      const who = [p.project, p.supplier].filter((s) => s !== "").join(" / ");
      const button = el(
        "button",
        { attrs: { type: "button", "data-row": String(p.row) }, className: `status-${p.status === "bad input" ? "bad" : p.status === "fit" ? "supplier" : p.status}` },
        el("span", { text: `Row ${p.row}${who ? ` · ${who}` : ""}` }),
        el("br"),
        el("span", { text: `${problemLabel(EN, p.status)}: `, className: "status" }),
        el("span", { text: p.reason }),
        ...(p.status !== "fit" && p.supplierFit !== "" ? [el("br"), el("span", { text: "Supplier: ", className: "status" }), el("span", { text: p.supplierFit })] : []),
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
function restoreButton(host: ExcelHost, feedback: Feedback, replaces: string, label = "Restore the built-in rules…"): HTMLElement {
  const restore = el("button", { text: label, attrs: { type: "button", id: "restore-rules" } });
  const confirm = el("button", { text: "Replace them with the built-in rules", attrs: { type: "button", id: "restore-confirm" } });
  const cancel = el("button", { text: "Keep this workbook's rules", attrs: { type: "button", id: "restore-cancel" } });
  const asking = el("div", { className: "confirm", attrs: { role: "group", "aria-label": "Restore the built-in rules?" } }, el("p", { text: replaces }), confirm, cancel);
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
      feedback.ok("The built-in rules are on the MFG Rules sheet; the register formulas use them now.");
      await showRulesNotice(host, feedback);
    }),
  );
  return el("div", {}, restore, asking);
}

const rowsWord = (n: number) => `${n} row${n === 1 ? "" : "s"}`;

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
  if (report.problems.length > 0) {
    notice.replaceChildren(
      el("p", { text: "This workbook's rules cannot be used until these cells of the decision table on the MFG Rules sheet are corrected; nothing is judged by them:" }),
      el("ul", {}, ...report.problems.map((p) => el("li", { text: p }))),
      restoreButton(host, feedback, "This replaces the whole decision table on the MFG Rules sheet with the built-in rules; the register's results follow them."),
    );
  } else if (report.differences.length > 0) {
    notice.replaceChildren(
      el("p", { text: "This workbook's rules table was edited by hand, so its register may show results the add-in does not give:" }),
      el("ul", {}, ...report.differences.map((d) => el("li", { text: d }))),
      restoreButton(host, feedback, "This replaces the MFG Rules sheet with the built-in rules (and adds the decision table a team edits); the register's results follow them."),
    );
  } else if (book !== null && report.update !== null) {
    const { from, to } = report.update;
    notice.replaceChildren(
      el("p", { text: `This workbook is on the built-in rules of version ${from}; this add-in's built-in rules are version ${to} and differ in ${rowsWord(book.rowsDiffering)}:` }),
      el("ul", {}, ...report.changedRows.map((d) => el("li", { text: d }))),
      restoreButton(host, feedback, `This replaces ${rowsWord(book.rowsDiffering)} above with the built-in rules of version ${to}; the register's results follow them.`, `Update to the built-in rules of version ${to}…`),
    );
  } else if (book !== null && (!book.builtIn || report.changedRows.length > 0)) {
    notice.replaceChildren(
      el("p", { text: `Rules: ${book.name}, version ${book.version} — differs from the built-in rules in ${rowsWord(book.rowsDiffering)}${book.spellingsAdded > 0 ? ` and ${book.spellingsAdded} added spelling${book.spellingsAdded === 1 ? "" : "s"}` : ""}:` }),
      el("ul", {}, ...report.changedRows.map((d) => el("li", { text: d }))),
      el("p", { className: "help", text: `Every check, formula and added project here is judged by these rules (fingerprint ${book.fingerprint}).` }),
      restoreButton(host, feedback, `This replaces ${rowsWord(book.rowsDiffering)} above, and the name and version, with the built-in rules; the register's results follow them.`),
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
    ...REQUIRED_ROLES.map((role) => el("label", { className: "field" }, `${headerOf(role)} `, el("input", { attrs: { name: role, type: "text", autocomplete: "off" } }))),
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
    feedback.ok("The comparison matrix and the rules are on the MFG Matrix and MFG Rules sheets.");
    await showRulesNotice(host, feedback);
  }));
  check.addEventListener("click", () => void runCheck(check));
  const portfolio = byId<HTMLButtonElement>("portfolio");
  portfolio.addEventListener("click", () => void feedback.busy(portfolio, async () => {
    const result = await host.buildPortfolio();
    const registers = `${result.registers} register${result.registers === 1 ? "" : "s"}`;
    feedback.ok(`Portfolio of ${registers} on the ${result.sheet} sheet, with ${result.problems} problem row${result.problems === 1 ? "" : "s"} listed and a chart by stage and model.`);
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
