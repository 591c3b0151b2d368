// The Excel layer's problems in English, written out: what the pane shows for each code.

import { workbookProblemMessage } from "../../src/excel/workbookProblems";
import type { WorkbookProblem } from "../../src/excel/workbookProblems";

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
