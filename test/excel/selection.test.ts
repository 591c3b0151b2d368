// Check register and Portfolio when Excel refuses to read the selection: the workbook is not
// focused (office-js #5319) or a chart is selected (#2268). The stand-in fails the whole sync
// then, as Excel does; the add-in reads the selection apart and goes on without it.

import { buildPortfolio, checkRegister } from "../../src/excel";
import { analystTable, FakeExcel, installOfficeGlobals, OfficeError } from "../support/fakeExcel";

beforeEach(() => installOfficeGlobals());

describe("the stand-in's selection", () => {
  test("reading the active cell fails the whole sync with InvalidSelection while the workbook is not focused", async () => {
    const excel = new FakeExcel();
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.7")).toBe(true);
    excel.blur();
    const sheets = excel.context.workbook.worksheets.load("items/name");
    excel.context.workbook.getActiveCell().load("address");
    const failure = await excel.context.sync().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OfficeError);
    expect((failure as OfficeError).code).toBe("InvalidSelection");
    // Selecting a cell again makes it readable.
    excel.select("Sheet1", "B2");
    excel.context.workbook.getActiveCell().load("address");
    await excel.context.sync();
    expect(() => sheets.items).not.toThrow();
  });
});

describe("checkRegister when the selection cannot be read", () => {
  test("with the workbook out of focus, the one register is found and checked", async () => {
    const excel = new FakeExcel();
    analystTable(excel);
    excel.blur();
    const report = await checkRegister(excel.context);
    expect(report.counts).toEqual({ fit: 1, conditional: 0, mismatch: 2, incomplete: 0, "bad input": 1 });
    expect(excel.shown("Sheet1", "I4")).toBe("Ready for production");
  });

  test("with the portfolio's chart selected, Check register and Portfolio go on", async () => {
    const excel = new FakeExcel();
    analystTable(excel);
    await buildPortfolio(excel.context);
    excel.selectChart("MFG By stage", "MfgPortfolioChart");
    await expect(buildPortfolio(excel.context)).resolves.toEqual({ registers: 1, problems: 3, sheet: "MFG Portfolio" });
    const report = await checkRegister(excel.context);
    expect(report.sheet).toBe("Sheet1");
  });

  test("with several registers, the sentence says the selection could not be read", async () => {
    const excel = new FakeExcel();
    analystTable(excel);
    excel.setCells("Sheet2", "A1", [["Specs frozen", "Reqs defined", "Complexity", "Model"], ["no", "no", "", "OEM"]]);
    excel.addSheet("Blank");
    excel.select("Blank", "A1");
    const focused = await checkRegister(excel.context).catch((e: Error) => e.message);
    excel.blur();
    const unread = await checkRegister(excel.context).catch((e: Error) => e.message);
    expect(focused).toBe('Several registers found (table "Suppliers" on "Sheet1", sheet "Sheet2"): select a cell in the one to check, or name its sheet or table.');
    expect(unread).toBe(`${focused} Excel could not say which cell is selected (a chart or shape may be selected, or another window has the focus).`);
  });
});
