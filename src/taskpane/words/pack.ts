// The pane's words in its display language: English is part of the pane; German, Chinese and
// Japanese are each a chunk of their own (webpack splits at import()), so a pane loads only the
// language it speaks. When a chunk cannot be loaded, the pane speaks English.

import type { Language } from "../../core";
import { EN_WORKBOOK } from "../../excel/workbookProblems";
import { EN_PROBLEMS } from "../../workbook/problemWords";
import { EN_PANE } from "./en";
import type { PanePack } from "./types";

export const EN_PACK: PanePack = { language: "en", words: EN_PANE, problems: EN_PROBLEMS, workbook: EN_WORKBOOK };

function load(language: Exclude<Language, "en">): Promise<PanePack> {
  switch (language) {
    case "de":
      return import(/* webpackChunkName: "pane-de" */ "./packDe").then((m) => m.DE_PACK);
    case "zh":
      return import(/* webpackChunkName: "pane-zh" */ "./packZh").then((m) => m.ZH_PACK);
    case "ja":
      return import(/* webpackChunkName: "pane-ja" */ "./packJa").then((m) => m.JA_PACK);
  }
}

/** The words of a language; English when it is English or its chunk cannot be loaded (offline, blocked). */
export async function loadPack(language: Language): Promise<PanePack> {
  if (language === "en") return EN_PACK;
  try {
    return await load(language);
  } catch {
    return EN_PACK;
  }
}
