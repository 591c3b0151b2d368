// Guided classification: the three questions in, the core's answer out, as the answers change.

import { assessCells, builtInRules, compileRules, FIT_CODE, isBuiltInModel, LOCALES, NEXT_TOPICS, nextStepsIn, nextStepsTextIn, nextTopicTitle } from "../core";
import type { FitSymbol, Model, RulebookData, Rules } from "../core";
import { explain } from "../core";
import { factOf } from "../workbook";
import { byId, el, radioValue } from "./dom";
import { paneLanguage, words } from "./language";

export interface Answers {
  readonly drawingsComplete: string;
  readonly hasRequirements: string;
  readonly complexity: string;
  readonly chosenModel: string;
  readonly project: string;
  readonly supplier: string;
}

const FIT_CLASS: Readonly<Record<FitSymbol, string>> = { "✓": "fit-primary", "△": "fit-conditional", "—": "fit-none" };

function readAnswers(form: HTMLFormElement): Answers {
  return {
    drawingsComplete: radioValue(form, "drawings"),
    hasRequirements: radioValue(form, "requirements"),
    complexity: radioValue(form, "complexity"),
    chosenModel: (form.elements.namedItem("chosen") as HTMLSelectElement).value,
    project: (form.elements.namedItem("project") as HTMLInputElement).value,
    supplier: (form.elements.namedItem("supplier") as HTMLInputElement).value,
  };
}

/**
 * Under a recommendation: the next steps for the recommended model (what to send suppliers), by
 * topic with their source, hidden while there is none. The list is what Copy puts on the clipboard.
 */
function renderNextSteps(model: Model | null): void {
  const next = byId<HTMLDetailsElement>("next");
  next.hidden = model === null;
  byId("copy-status").textContent = "";
  if (model === null) return;
  byId("next-title").textContent = words().nextTitle(model);
  const language = paneLanguage();
  byId("next-list").replaceChildren(
    ...NEXT_TOPICS.flatMap((topic) => [
      el("h3", { text: nextTopicTitle(topic, language) }),
      el("ul", {}, ...nextStepsIn(model, language, topic).map((s) => el("li", { text: `${s.text} (${s.source})` }))),
    ]),
  );
  next.dataset.model = model;
}

/** Copies the checklist as text; where the clipboard is refused, selects the list to copy by hand. */
async function copyNextSteps(): Promise<void> {
  const model = byId("next").dataset.model as Model;
  const status = byId("copy-status");
  try {
    await navigator.clipboard.writeText(nextStepsTextIn(model, paneLanguage()));
    status.textContent = words().copied;
  } catch {
    const range = document.createRange();
    range.selectNodeContents(byId("next-list"));
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    status.textContent = words().clipboardRefused;
  }
}

/** The rules the guided classification judges by: the open workbook's when it has usable ones, else the built-in ones in the pane's language. */
let rules: Rules | null = null;
const judgedBy = (): Rules => rules ?? builtInRules(paneLanguage());
let rerender: () => void = () => undefined;

/** Judges by a workbook's rulebook from now on (the built-in rules for null), and shows the result again. */
export function useWorkbookRules(data: RulebookData | null): void {
  const compiled = data === null ? null : compileRules(data);
  rules = compiled !== null && compiled.ok ? compiled.rules : null;
  rerender();
}

/** Renders the recommendation, the stage, the fit of all three models and the reason. */
function renderResult(target: HTMLElement, answers: Answers): void {
  const rules = judgedBy();
  const w = words();
  const assessed = assessCells(rules, answers.drawingsComplete, answers.hasRequirements, answers.complexity, answers.chosenModel, false);
  renderNextSteps(assessed.ok && isBuiltInModel(assessed.row.recommended) ? assessed.row.recommended : null);
  if (!assessed.ok) {
    const text =
      assessed.issue.code === "empty"
        ? w.notKnownAnswer(assessed.issue.arguments.map((a) => w.questions[a as keyof typeof w.questions] ?? a).join(LOCALES[paneLanguage()].listSeparator))
        : LOCALES[paneLanguage()].issueMessage(assessed.issue, w.questions);
    target.replaceChildren(el("p", { text }));
    target.dataset.model = "";
    return;
  }
  const { row, chosen } = assessed;
  const table = el(
    "table",
    {},
    el("caption", { text: w.fitCaption, className: "help" }),
    el("thead", {}, el("tr", {}, el("th", { text: w.model, attrs: { scope: "col" } }), el("th", { text: w.fit, attrs: { scope: "col" } }))),
    el(
      "tbody",
      {},
      ...rules.models.map((m) => [m, row.fit[m] ?? "—"] as const).map(([m, fit]) =>
        el(
          "tr",
          { attrs: { "data-model": m } },
          el("th", { text: m + (m === chosen ? w.chosen : ""), attrs: { scope: "row" } }),
          el("td", { text: `${fit} ${rules.locale.fit[FIT_CODE[fit]]}`, className: FIT_CLASS[fit] }),
        ),
      ),
    ),
  );
  target.replaceChildren(
    el("p", { text: w.recommended, className: "help" }),
    el("p", { text: row.recommended, className: "model", attrs: { id: "recommended" } }),
    el("p", { text: w.stage(row.stage), attrs: { id: "stage" } }),
    table,
    el("p", { text: explain(row, chosen, rules.locale), attrs: { id: "why" } }),
  );
  target.dataset.model = row.recommended;
}

/** Renders the result as the answers change; returns a reader of the current answers. */
export function setUpGuided(): () => Answers {
  // The models a supplier relationship may use, from the inputs table.
  const chosen = byId<HTMLSelectElement>("chosen");
  chosen.append(...factOf("chosenModel").dropdown.map((m) => el("option", { text: m, attrs: { value: m } })));
  const form = byId<HTMLFormElement>("classify");
  const result = byId("result");
  const update = () => renderResult(result, readAnswers(form));
  rerender = update;
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", (e) => e.preventDefault());
  byId("copy-next").addEventListener("click", () => void copyNextSteps());
  update();
  return () => readAnswers(form);
}
