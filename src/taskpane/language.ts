// The pane's language: Office's display language (English for any other), set once when the pane
// starts. Every string the pane shows comes from words/ in that language; the page's fixed texts
// are filled in here, and the answers it writes into a register are that language's words.

import { builtInRules, languageOf, LOCALES } from "../core";
import type { Language } from "../core";
import { LABEL_KEYS, PAGE_KEYS, PANE_WORDS } from "./words";
import type { LabelKey, PageKey, PaneWords } from "./words";

let current: Language = "en";

export const paneLanguage = (): Language => current;
export const words = (): PaneWords => PANE_WORDS[current];

const isKey = <K extends string>(keys: readonly K[], key: string | undefined): key is K => key !== undefined && (keys as readonly string[]).indexOf(key) >= 0;

/**
 * Sets the pane's language from a BCP 47 tag and renders the page's fixed texts in it: each
 * element's data-text key, each data-label's aria-label, the yes/no answers and the complexity
 * levels (labels and the values written into a register, which every built-in rulebook accepts).
 */
export function setPaneLanguage(tag: string | undefined): Language {
  current = languageOf(tag);
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
