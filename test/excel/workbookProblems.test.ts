// The Excel layer's problems in English, written out: what the pane shows for each code; and in
// the pane's other languages, each code said without English.

import { workbookProblemMessage } from "../../src/excel/workbookProblems";
import type { WorkbookProblem } from "../../src/excel/workbookProblems";
import { workbookProblemSaid } from "../../src/excel/workbookSentences";
import { EN_PACK } from "../../src/taskpane/words/pack";
import { DE_PACK } from "../../src/taskpane/words/packDe";
import { JA_PACK } from "../../src/taskpane/words/packJa";
import { ZH_PACK } from "../../src/taskpane/words/packZh";
import { rulebookProblemSaid } from "../../src/workbook";
import { englishProse } from "../support/english";

describe("workbookProblemMessage", () => {
  test.each<[WorkbookProblem, string]>([
    [
      { code: "api_unsupported", operation: "setup", version: "1.13" },
      "Setting up the register needs Excel JavaScript API 1.13 (Microsoft 365, Excel 2021 or later, or Excel on the web); this Excel does not support it. Update Excel or open the workbook in Excel on the web.",
    ],
    [
      { code: "cells_below_register", first: 4, last: 6 },
      "Cells below the register (row 4 to 6) are in use. Move them, or leave the rows under the table empty, and add the rows again; nothing was changed.",
    ],
    [{ code: "no_register_table", table: "MfgRegister" }, "This workbook has no MfgRegister table yet: set up the register first."],
    [
      { code: "no_registers" },
      "There is no register in this workbook: add projects to the register, or give a table the input headers (Drawings complete, Requirements defined, Complexity, Chosen model).",
    ],
    [{ code: "excel_refused", excelCode: "AccessDenied", detail: "Sheet1 is protected" }, "The workbook or sheet is protected: unprotect it, then try again. (Sheet1 is protected)"],
    [{ code: "excel_refused", excelCode: null, detail: "boom" }, "Excel refused the request; try again, or reload the add-in. (boom)"],
  ])("%o", (problem, sentence) => {
    expect(workbookProblemMessage(problem)).toBe(sentence);
  });
});

describe("in German, Chinese and Japanese", () => {
  // One problem of every code, keyed by code: a code added without a sample here is a compile error.
  const rulebookProblem = { cell: "'MFG Rules'!S7", issue: { code: "bad_fit", model: "OEM", value: "Maybe", accepted: ["Fit", "Conditional", "Mismatch"] } } as const;
  const SAMPLES: { readonly [C in WorkbookProblem["code"]]: Extract<WorkbookProblem, { code: C }> } = {
    api_unsupported: { code: "api_unsupported", operation: "portfolio", version: "1.9" },
    register_sheet_taken: { code: "register_sheet_taken", sheet: "MFG Register", table: "MfgRegister" },
    no_register_table: { code: "no_register_table", table: "MfgRegister" },
    cells_below_register: { code: "cells_below_register", first: 4, last: 6 },
    no_registers: { code: "no_registers" },
    excel_refused: { code: "excel_refused", excelCode: "ItemNotFound", detail: "x" },
    setting_not_saved: { code: "setting_not_saved", detail: "x" },
    rulebook: { code: "rulebook", problems: Array.from({ length: 7 }, (_, i) => ({ ...rulebookProblem, cell: `'MFG Rules'!S${7 + i}` })) },
  };
  const LANGUAGES = [
    ["de", DE_PACK, "(und 2 weitere)"],
    ["zh", ZH_PACK, "（另有 2 项）"],
    ["ja", JA_PACK, "（ほか 2 件）"],
  ] as const;

  test.each(LANGUAGES)("%s: every code has its sentence, none English; a rulebook's first five problems and the count of the rest", (language, pack, more) => {
    const said = (Object.values(SAMPLES) as WorkbookProblem[]).map((p) => workbookProblemSaid(p, pack.workbook, (r) => rulebookProblemSaid(r, pack.problems, language)));
    expect(said.filter((text) => englishProse(text.replace(/\([^)]*\)$|"[^"]*"/g, "")))).toEqual([]);
    const rulebook = said[said.length - 1] ?? "";
    expect([[...rulebook.matchAll(/!S(\d+)/g)].map((m) => m[1]), rulebook.includes(more)]).toEqual([["7", "8", "9", "10", "11"], true]);
    expect(workbookProblemSaid(SAMPLES.rulebook, EN_PACK.workbook, (r) => rulebookProblemSaid(r, EN_PACK.problems, "en"))).toContain("(and 2 more)");
  });
});
