// Everything the pane says in Japanese, as one chunk the pane loads when Office's display
// language is Japanese (pack.ts); nothing else of the pane's imports it.

import { JA_WORKBOOK } from "../../excel/workbookProblemsJa";
import { JA_PROBLEMS } from "../../workbook/problemWordsJa";
import { JA_PANE } from "./ja";
import type { PanePack } from "./types";

export const JA_PACK: PanePack = { language: "ja", words: JA_PANE, problems: JA_PROBLEMS, workbook: JA_WORKBOOK };
