// The register problems' English sentences, written out: the codes are what the product acts
// on (test/excel/register.test.ts asserts them); these are what an analyst reads.

import { registerProblemMessage } from "../../src/workbook";
import type { RegisterProblem } from "../../src/workbook";

describe("registerProblemMessage", () => {
  test.each<[RegisterProblem, string]>([
    [
      { code: "header", place: { sheet: "Q3", table: "Suppliers" }, problem: { code: "missing", roles: ["drawingsComplete"] } },
      'Table "Suppliers" on sheet "Q3": No column found for Drawings complete. Name the headers (e.g. "Drawings complete") or map the columns.',
    ],
    [
      { code: "header", place: { sheet: "Q3", row: 4 }, problem: { code: "ambiguous", role: "complexity", headers: ["Complexity", "Complex"] } },
      'Sheet "Q3", row 4: Several columns could be Complexity: "Complexity", "Complex". Map the column explicitly.',
    ],
    [{ code: "no_table", table: "Mine", sheet: "Q3" }, 'There is no table named "Mine" on sheet "Q3".'],
    [{ code: "empty_sheet", sheet: "Q3" }, 'The sheet "Q3" is empty: there is no register to check.'],
    [
      { code: "several_registers", registers: [{ sheet: "A", table: "T" }, { sheet: "B", table: null }], selectionUnread: false },
      'Several registers found (table "T" on "A", sheet "B"): select a cell in the one to check, or name its sheet or table.',
    ],
    [
      { code: "cells_in_use", sheet: "Q3", block: { top: 1, left: 5, bottom: 2, right: 9 } },
      'Sheet "Q3": cells E1:I2, right of the register, are in use. The add-in appends its 5 columns there and never overwrites a cell: leave them empty, then check again.',
    ],
    [
      { code: "no_register" },
      'No register found: no table or header row names the inputs (e.g. "Drawings complete", "Requirements defined", "Complexity", "Chosen model"). Name the sheet or table, map the columns, or rename the headers.',
    ],
  ])("%o", (problem, sentence) => {
    expect(registerProblemMessage(problem)).toBe(sentence);
  });
});
