// Everything the pane says in German, as one chunk the pane loads when Office's display
// language is German (pack.ts); nothing else of the pane's imports it.

import { DE_WORKBOOK } from "../../excel/workbookProblemsDe";
import { DE_PROBLEMS } from "../../workbook/problemWordsDe";
import { DE_PANE } from "./de";
import type { PanePack } from "./types";

export const DE_PACK: PanePack = { language: "de", words: DE_PANE, problems: DE_PROBLEMS, workbook: DE_WORKBOOK };
