// The pane's words in every language, by tag.

import type { Language } from "../../core";
import { DE_PANE } from "./de";
import { EN_PANE } from "./en";
import { JA_PANE } from "./ja";
import type { PaneWords } from "./types";
import { ZH_PANE } from "./zh";

export type { LabelKey, PageKey, PaneWords } from "./types";
export { LABEL_KEYS, PAGE_KEYS } from "./types";
export const PANE_WORDS: Readonly<Record<Language, PaneWords>> = { en: EN_PANE, de: DE_PANE, zh: ZH_PANE, ja: JA_PANE };
