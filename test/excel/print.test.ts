// How the add-in's sheets print in Excel: the register's and the matrix's page layout, drawn by
// Office.js against the strict stand-in (Excel.PageLayout, ExcelApi 1.9), the same decisions the
// audit writes into files (test/files/print.test.ts).

import { buildMatrix, checkRegister, setupRegister } from "../../src/excel";
import { MATRIX_SHEET, REGISTER_COLUMNS, REGISTER_SHEET } from "../../src/workbook";
import { analystTable, FakeExcel, installOfficeGlobals } from "../support/fakeExcel";

beforeEach(() => installOfficeGlobals());

const ONE_PAGE_WIDE = { horizontalFitToPages: 1, verticalFitToPages: 0 };

describe("checkRegister prints the register", () => {
  test("landscape, one page wide, the header row repeated, the area its rows without the rule key, Why wrapped", async () => {
    const excel = new FakeExcel();
    analystTable(excel);
    await checkRegister(excel.context, { table: "Suppliers" });
    // B..H are the analyst's, I..M Stage, Recommended, Fit, Why, Supplier offers; N, the rule key, stays out.
    expect(excel.sheets.get("Sheet1")?.page).toEqual({
      orientation: "Landscape",
      zoom: ONE_PAGE_WIDE,
      printArea: { top: 3, left: 2, bottom: 7, right: 13 },
      titleRows: { first: 3, last: 3 },
    });
    expect(excel.cell("Sheet1", "M3")).toBe("MFG Supplier offers");
    expect(excel.cell("Sheet1", "N3")).toBe("MFG Rule key");
    for (const row of [4, 7]) expect(excel.formatAt("Sheet1", `L${row}`)?.wrapText).toBe(true);
    expect(excel.formatAt("Sheet1", "K4")?.wrapText).toBeUndefined();
  });

  test("the area it set grows with the register; checking twice gives the same workbook", async () => {
    const excel = new FakeExcel();
    excel.setCells("Sheet1", "A1", [["Project", "Drawings complete", "Requirements defined", "Complexity", "Chosen model"], ["X", "Yes", "No", "Low", "JDM"]]);
    await checkRegister(excel.context, {});
    expect(excel.sheets.get("Sheet1")?.page.printArea).toEqual({ top: 1, left: 1, bottom: 2, right: 9 });
    excel.setCells("Sheet1", "A3", [["Y", "No", "Yes", "High", "ODM"], ["Z", "TBD", "", "", ""]]);
    await checkRegister(excel.context, {});
    expect(excel.sheets.get("Sheet1")?.page.printArea).toEqual({ top: 1, left: 1, bottom: 4, right: 9 });
    const first = JSON.stringify(excel.snapshot());
    await checkRegister(excel.context, {});
    expect(JSON.stringify(excel.snapshot())).toBe(first);
  });

  test("a print area and title rows the analyst set stay theirs", async () => {
    const excel = new FakeExcel();
    analystTable(excel);
    const page = excel.sheets.get("Sheet1")!.page;
    page.printArea = { top: 1, left: 1, bottom: 7, right: 8 };
    page.titleRows = { first: 1, last: 3 };
    await checkRegister(excel.context, { table: "Suppliers" });
    expect(page.printArea).toEqual({ top: 1, left: 1, bottom: 7, right: 8 });
    expect(page.titleRows).toEqual({ first: 1, last: 3 });
    expect(page.orientation).toBe("Landscape");
  });

  // The second area is where the add-in's own would be: read as one area, it would be taken
  // for the add-in's and replaced, and the analyst's first area lost.
  test.each([",", ";"])("a print area of several areas stays the analyst's, whatever the list separator (%s)", async (separator) => {
    const excel = new FakeExcel();
    excel.listSeparator = separator;
    excel.setCells("Sheet1", "A1", [["Project", "Drawings complete", "Requirements defined", "Complexity", "Chosen model"], ["X", "Yes", "No", "Low", "JDM"]]);
    await checkRegister(excel.context, {});
    const page = excel.sheets.get("Sheet1")!.page;
    page.printArea = [{ top: 1, left: 11, bottom: 2, right: 12 }, { top: 1, left: 1, bottom: 2, right: 9 }];
    excel.setCells("Sheet1", "A3", [["Y", "No", "Yes", "High", "ODM"]]);
    await checkRegister(excel.context, {});
    expect(page.printArea).toEqual([{ top: 1, left: 11, bottom: 2, right: 12 }, { top: 1, left: 1, bottom: 2, right: 9 }]);
  });
});

describe("the add-in's own register", () => {
  const keyColumn = REGISTER_COLUMNS.findIndex((c) => c.role === "key") + 1;

  test("a new register repeats its header row and sets no print area until rows are added", async () => {
    const excel = new FakeExcel();
    await setupRegister(excel.context, []);
    expect(excel.sheets.get(REGISTER_SHEET)?.page).toEqual({ orientation: "Landscape", zoom: ONE_PAGE_WIDE, printArea: null, titleRows: { first: 1, last: 1 } });
  });

  test("rows added reach the print area, the rule key left out", async () => {
    const excel = new FakeExcel();
    const row = { project: "P", supplier: "S", drawingsComplete: "No", hasRequirements: "Yes", complexity: "Low", chosenModel: "ODM" };
    await setupRegister(excel.context, [row, row, row]);
    expect(keyColumn).toBe(REGISTER_COLUMNS.length);
    expect(excel.sheets.get(REGISTER_SHEET)?.page.printArea).toEqual({ top: 1, left: 1, bottom: 4, right: keyColumn - 1 });
  });
});

describe("buildMatrix prints the matrix", () => {
  test("landscape, one page wide, the matrix's header row repeated", async () => {
    const excel = new FakeExcel();
    await buildMatrix(excel.context);
    expect(excel.sheets.get(MATRIX_SHEET)?.page).toEqual({ orientation: "Landscape", zoom: ONE_PAGE_WIDE, printArea: null, titleRows: { first: 4, last: 4 } });
  });

  test("an Excel without ExcelApi 1.9 still gets its matrix, with Excel's page defaults", async () => {
    installOfficeGlobals("1.8");
    const excel = new FakeExcel();
    await buildMatrix(excel.context);
    expect(excel.cell(MATRIX_SHEET, "A4")).toBe("Criteria");
    expect(excel.sheets.get(MATRIX_SHEET)?.page).toEqual({ orientation: "Portrait", zoom: { scale: 100 }, printArea: null, titleRows: null });
  });
});

describe("the stand-in's page layout is as strict as Excel's", () => {
  test("zoom is assigned as one object, within Excel's bounds", () => {
    Office.context.requirements.isSetSupported("ExcelApi", "1.9");
    const excel = new FakeExcel();
    const sheet = excel.context.workbook.worksheets.getItem("Sheet1");
    expect(() => (sheet.pageLayout.zoom.scale = 50)).toThrow(/PropertyNotLoaded/);
    expect(() => (sheet.pageLayout.zoom = { scale: 5 })).toThrow(/outside 10..400/);
    expect(() => sheet.pageLayout.setPrintTitleRows("A3:C3")).toThrow(/whole rows/);
  });

  test("a page layout call above the checked ExcelApi fails", () => {
    installOfficeGlobals("1.8");
    Office.context.requirements.isSetSupported("ExcelApi", "1.8");
    const excel = new FakeExcel();
    const sheet = excel.context.workbook.worksheets.getItem("Sheet1");
    expect(() => (sheet.pageLayout.orientation = "Landscape")).toThrow(/needs ExcelApi 1.9/);
  });
});
