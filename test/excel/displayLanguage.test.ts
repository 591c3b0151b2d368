// Excel in another display language: inside a formula a boolean turned into text is the UI
// language's word (`=TRUE&""` is "WAHR" in German Excel: PLATFORM.md, "Excel in other
// languages"; pulibrary/ExcelAlmaLookup#41), while `values` stay true/false. The stand-in models
// it (`displayLanguage`); a register whose facts are checkboxes or typed WAHR/FALSCH (booleans in
// the cell) colours and counts as in English Excel.

import { checkRegister } from "../../src/excel";
import { FakeExcel, installOfficeGlobals } from "../support/fakeExcel";

beforeEach(() => installOfficeGlobals());

function register(excel: FakeExcel): void {
  excel.setCells("Sheet1", "A1", [
    ["Project", "Supplier", "Drawings complete", "Requirements defined", "Complexity", "Chosen model"],
    ["Pack", "Volt", true, true, "Low", "OEM"],
    ["Pump", "Medi", false, true, "Medium", "ODM"],
    ["AGV", "Kin", false, false, "High", "OEM"],
  ]);
}

describe("the stand-in's display language", () => {
  test("a boolean turned into text inside a formula is the language's word; values stay booleans", () => {
    const excel = new FakeExcel();
    excel.displayLanguage = "de-DE";
    const formula = (text: string) => ({ formula: text });
    excel.setCells("Sheet1", "A1", [[true, formula('=A1&""'), formula("=UPPER(A1)"), formula("=ISLOGICAL(A1)"), formula("=IF(A1,1,0)")]]);
    expect(["A1", "B1", "C1", "D1", "E1"].map((a) => excel.shown("Sheet1", a))).toEqual([true, "WAHR", "WAHR", true, 1]);
    excel.displayLanguage = "en-US";
    excel.setCells("Sheet1", "F1", [["x"]]);
    expect(excel.shown("Sheet1", "B1")).toBe("TRUE");
  });
});

describe.each(["en-US", "de-DE", "fr-FR"])("a register of boolean facts in %s Excel", (language) => {
  test("the formulas give the core's verdicts: no row marked for its booleans", async () => {
    const excel = new FakeExcel();
    excel.displayLanguage = language;
    register(excel);
    const report = await checkRegister(excel.context, { sheet: "Sheet1" });
    expect(report.counts).toEqual({ fit: 2, conditional: 0, mismatch: 1, incomplete: 0, "bad input": 0 });
    // Stage, Recommended model, Fit as the core says, not "⚠ Check Drawings complete".
    expect(["G2", "H2", "I2", "I3", "I4"].map((a) => excel.shown("Sheet1", a))).toEqual(["Ready for production", "OEM", "Fit", "Fit", "Mismatch"]);
  });
});
