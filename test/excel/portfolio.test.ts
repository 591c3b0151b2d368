// The pane's portfolio of the open workbook, drawn by Office.js against the strict stand-in:
// every register checked, the portfolio sheets written from the same description as the
// command line's file, and a native chart of projects by stage and model used.

import { buildPortfolio } from "../../src/excel";
import { setupRegister } from "../../src/excel";
import { FakeExcel, installOfficeGlobals } from "../support/fakeExcel";

beforeEach(() => installOfficeGlobals());

async function twoRegisters(): Promise<FakeExcel> {
  const excel = new FakeExcel();
  excel.setCells("Sheet1", "A1", [
    ["Program", "Vendor", "Team", "Specs frozen", "Reqs defined", "Complexity", "Model"],
    ["Alpha", "Acme", "Team B", "Y", "Y", "Low", "ODM"],
    ["Beta", "Bolt", "Team B", "n", "yes", "H", "JDM"],
  ]);
  excel.addUserTable("Suppliers", "Sheet1", "A1:G3");
  await setupRegister(excel.context, [{ project: "Gamma", supplier: "Core", drawingsComplete: "No", hasRequirements: "No", complexity: "", chosenModel: "OEM" }]);
  return excel;
}

test("every register checked, one portfolio row each, every problem row, and the stage grid", async () => {
  const excel = await twoRegisters();
  const result = await buildPortfolio(excel.context);
  expect(result).toEqual({ registers: 2, problems: 2, sheet: "MFG Portfolio" });
  const row = (sheet: string, n: number, width: number) => Array.from({ length: width }, (_, i) => excel.shown(sheet, `${String.fromCharCode(65 + i)}${n}`));
  expect(row("MFG Portfolio", 3, 11)).toEqual(["File", "Sheet", "Team", "Rows", "Fit", "Conditional", "Mismatch", "Not known yet", "Bad input", "Supplier gaps", "Note"]);
  expect(row("MFG Portfolio", 4, 10)).toEqual(['Table "Suppliers" on "Sheet1"', "Sheet1", "Team B", 2, 1, 0, 1, 0, 0, 0]);
  expect(row("MFG Portfolio", 5, 10)).toEqual(['Table "MfgRegister" on "MFG Register"', "MFG Register", "", 1, 0, 0, 1, 0, 0, 0]);
  expect(row("MFG Problem rows", 4, 6)).toEqual(['Table "Suppliers" on "Sheet1"', "Sheet1", 2, "Alpha", "Acme", "Mismatch"]);
  expect(row("MFG Problem rows", 5, 6)).toEqual(['Table "MfgRegister" on "MFG Register"', "MFG Register", 2, "Gamma", "Core", "Mismatch"]);
  // Alpha (frozen drawings, ODM), Beta (complex, JDM), Gamma (early R&D, OEM).
  expect(row("MFG By stage", 4, 7)).toEqual(["Ready for production", 0, 1, 0, 0, 0, 1]);
  expect(row("MFG By stage", 5, 7)).toEqual(["Requirements defined", 0, 0, 0, 0, 0, 0]);
  expect(row("MFG By stage", 6, 7)).toEqual(["Complex system", 0, 0, 1, 0, 0, 1]);
  expect(row("MFG By stage", 7, 7)).toEqual(["Early-stage R&D", 1, 0, 0, 0, 0, 1]);
  // The portfolio's own sheets are never taken for a register, and the registers were checked.
  expect(excel.shown("Sheet1", "H1")).toBe("MFG Stage");
});

test("a native clustered column chart of the grid, one series per model column; built twice, the same workbook", async () => {
  const excel = await twoRegisters();
  await buildPortfolio(excel.context);
  expect(excel.sheets.get("MFG By stage")?.charts).toEqual([
    { name: "MfgPortfolioChart", type: "ColumnClustered", source: { top: 3, left: 1, bottom: 8, right: 6 }, seriesBy: "Columns", title: "Projects by stage and model used", position: { start: "A10", end: "H30" } },
  ]);
  const first = JSON.stringify(excel.snapshot());
  await buildPortfolio(excel.context);
  expect(JSON.stringify(excel.snapshot())).toBe(first);
});

test("a register that cannot be checked is a row with its sentence; the others still count", async () => {
  const excel = await twoRegisters();
  // A cell where the computed columns would go: that check refuses, the portfolio goes on.
  excel.setCells("Sheet1", "H2", [["my note"]]);
  const result = await buildPortfolio(excel.context);
  expect(result.registers).toBe(1);
  expect(excel.shown("MFG Portfolio", "K4")).toMatch(/^Sheet "Sheet1": cells H1:M3, right of the register, are in use/);
  expect(excel.shown("Sheet1", "H2")).toBe("my note");
});

test("a workbook without a register: a problem the pane shows as a sentence saying what to do", async () => {
  const excel = new FakeExcel();
  await expect(buildPortfolio(excel.context)).rejects.toMatchObject({ problem: { code: "no_registers" } });
});
