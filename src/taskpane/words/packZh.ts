// Everything the pane says in Simplified Chinese, as one chunk the pane loads when Office's display
// language is Simplified Chinese (pack.ts); nothing else of the pane's imports it.

import { ZH_WORKBOOK } from "../../excel/workbookProblemsZh";
import { ZH_PROBLEMS } from "../../workbook/problemWordsZh";
import { ZH_PANE } from "./zh";
import type { PanePack } from "./types";

export const ZH_PACK: PanePack = { language: "zh", words: ZH_PANE, problems: ZH_PROBLEMS, workbook: ZH_WORKBOOK };
