// The pane's language: Office's display language (English for any other), set once when the pane
// starts. Every string the pane shows comes from that language's pack (words/pack.ts); the
// page's fixed texts are filled in here, and the answers it writes into a register are that
// language's words.

import { builtInRules, languageOf, LOCALES } from "../core";
import type { Language } from "../core";
import { workbookProblemSaid } from "../excel/workbookSentences";
import type { WorkbookProblem } from "../excel/workbookProblemCodes";
import { rulebookProblemSaid } from "../workbook";
import type { RegisterProblem, RulebookProblem } from "../workbook";
import { EN_PACK, loadPack } from "./words/pack";
import { LABEL_KEYS, PAGE_KEYS } from "./words/types";
import type { LabelKey, PageKey, PanePack, PaneWords } from "./words/types";

let pack: PanePack = EN_PACK;

export const paneLanguage = (): Language => pack.language;
export const words = (): PaneWords => pack.words;

/** A rulebook's problem, with its cell, in the pane's language. */
export const rulebookProblemText = (p: RulebookProblem): string => rulebookProblemSaid(p, pack.problems, pack.language);
/** What stopped an operation in Excel, in the pane's language. */
export const workbookProblemText = (problem: WorkbookProblem): string => workbookProblemSaid(problem, pack.workbook, rulebookProblemText);
/** A register's problem, in the pane's language. */
export const registerProblemText = (problem: RegisterProblem): string => pack.problems.register(problem);

const isKey = <K extends string>(keys: readonly K[], key: string | undefined): key is K => key !== undefined && (keys as readonly string[]).indexOf(key) >= 0;

/**
 * Sets the pane's language from a BCP 47 tag, loading its words, and renders the page's fixed
 * texts in it: each element's data-text key, each data-label's aria-label, the yes/no answers and
 * the complexity levels (labels and the values written into a register, which every built-in
 * rulebook accepts). A language whose words cannot be loaded is English.
 */
export async function setPaneLanguage(tag: string | undefined): Promise<Language> {
  pack = await loadPack(languageOf(tag));
  const current = pack.language;
  const w = words();
  document.documentElement.lang = current;
  for (const node of document.querySelectorAll<HTMLElement>("[data-text]")) if (isKey<PageKey>(PAGE_KEYS, node.dataset.text)) node.textContent = w.page[node.dataset.text];
  for (const node of document.querySelectorAll<HTMLElement>("[data-label]")) if (isKey<LabelKey>(LABEL_KEYS, node.dataset.label)) node.setAttribute("aria-label", w.labels[node.dataset.label]);
  const [yes, no] = LOCALES[current].yesNo;
  for (const name of ["drawings", "requirements"]) {
    const inputs = document.querySelectorAll<HTMLInputElement>(`input[name=${name}]`);
    for (const input of inputs) if (input.value !== "") input.value = input.value === "Yes" || input.value === yes ? yes : no;
  }
  const levels = builtInRules(current).complexities;
  for (const span of document.querySelectorAll<HTMLElement>("[data-level]")) {
    const level = levels[Number(span.dataset.level)] ?? "";
    span.textContent = level;
    const input = span.parentElement?.querySelector("input");
    if (input) input.value = level;
  }
  return current;
}
