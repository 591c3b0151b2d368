// The Excel layer against the strict stand-in: what a real Excel would show after each
// operation (computed values, converted input, totals rows, frozen panes), not formula text.

import { BUILT_IN_RULES } from "../../src/core";
import { addRows, checkRegister, setupRegister } from "../../src/excel";
import { buildMatrix } from "../../src/excel/matrix";
import { readRulesReport } from "../../src/excel/host";
import { matrixSheet, REGISTER_SHEET, RULES_SHEET, SUPPLIERS_SHEET, SUPPLIERS_TABLE } from "../../src/workbook";
import { analystTable, FakeExcel, installOfficeGlobals, PAYLOAD_LIMIT_BYTES } from "../support/fakeExcel";

beforeEach(() => installOfficeGlobals());

/** An analyst's own table beside other notes, in a workbook the add-in never touched. */
function analystWorkbook(options: { totals?: boolean } = {}): FakeExcel {
  const excel = new FakeExcel();
  excel.setCells("Sheet1", "A1", [["Suppliers 2026, team B"]]);
  excel.setCells("Sheet1", "B3", [
    ["Program", "Vendor", "Specs frozen", "Reqs defined", "Complexity level", "Model"],
    ["Alpha", "Acme", "Y", "Y", "Low", "ODM"],
    ["Beta", "Bolt", "n", "yes", "H", "JDM"],
    ["Gamma", "Core", "no", "yes", "M", "JDM"],
  ]);
  if (options.totals) excel.setCells("Sheet1", "B7", [["Total", "", "", "", "", ""]]);
  excel.addUserTable("Suppliers", "Sheet1", options.totals ? "B3:G7" : "B3:G6", options);
  return excel;
}

describe("checking an analyst's table", () => {
  test("in a workbook without the rules sheet, the computed columns compute (no #REF!)", async () => {
    const excel = analystWorkbook();
    await checkRegister(excel.context, { table: "Suppliers" });
    expect(excel.sheets.has(RULES_SHEET)).toBe(true);
    const shown = (row: number) => ["H", "I", "J", "K"].map((c) => excel.shown("Sheet1", `${c}${row}`));
    expect(shown(4).slice(0, 3)).toEqual(["Ready for production", "OEM", "Mismatch"]);
    expect(shown(5).slice(0, 3)).toEqual(["Complex system", "JDM", "Fit"]);
    expect(shown(6).slice(0, 3)).toEqual(["Requirements defined", "ODM", "Conditional"]);
  });

  test("the mismatch row is red and the conditional row amber, by the formats Excel evaluates", async () => {
    const excel = analystWorkbook();
    await checkRegister(excel.context, { table: "Suppliers" });
    const rules = excel.sheets.get("Sheet1")!.conditionalFormats;
    const mismatch = rules.find((r) => r.formula?.includes('"Mismatch"'))!.formula!;
    const conditional = rules.find((r) => r.formula?.includes('"Conditional"'))!.formula!;
    expect([4, 5, 6].map((row) => excel.formatHolds("Sheet1", `H${row}`, mismatch))).toEqual([true, false, false]);
    expect([4, 5, 6].map((row) => excel.formatHolds("Sheet1", `K${row}`, conditional))).toEqual([false, false, true]);
  });

  test("a row with a value not accepted is red by its rule key's code, not by the marker's words", async () => {
    const excel = new FakeExcel();
    analystTable(excel); // Delta, row 7, says "perhaps" for its drawings
    await checkRegister(excel.context, { table: "Suppliers" });
    const bad = excel.sheets.get("Sheet1")!.conditionalFormats.find((r) => r.formula?.includes('FIND("?"'))!.formula!;
    expect([4, 5, 6, 7].map((row) => excel.formatHolds("Sheet1", `I${row}`, bad))).toEqual([false, false, false, true]);
    expect(String(excel.shown("Sheet1", "K7")).startsWith("⚠ Check Drawings complete")).toBe(true);
  });

  test("a totals row is not judged, gets no formulas, and stays the table's last row", async () => {
    const excel = analystWorkbook({ totals: true });
    const report = await checkRegister(excel.context, { table: "Suppliers" });
    expect(report.rows).toBe(3);
    expect(excel.formulaAt("Sheet1", 7, 8)).toBeUndefined();
    expect(excel.shown("Sheet1", "B7")).toBe("Total");
    expect(excel.tables.get("Suppliers")?.rect).toEqual({ top: 3, left: 2, bottom: 7, right: 13 });
  });
});

describe("supplier fit", () => {
  /** The analysts' own suppliers list: a name in another case, one offering one model. */
  const LIST = [["Supplier", "Models offered", "Notes"], ["acme", "OEM, ODM", "framework agreement"], ["Bolt", "OEM", ""], ["Core", "JDM", "pilot"]];
  // L is MFG Supplier offers: Alpha's Acme offers both models; Beta's Bolt neither its chosen nor
  // its recommended JDM (red); Gamma's Core its chosen JDM but not the recommended ODM (amber).
  const SHOWN = ["Yes", "Does not offer JDM (chosen, recommended)", "Does not offer ODM (recommended)"];
  const supplierRules = (excel: FakeExcel) => {
    const rules = excel.sheets.get("Sheet1")!.conditionalFormats.map((r) => r.formula ?? "");
    return { red: rules.find((f) => f.includes('" (chosen)"'))!, amber: rules.find((f) => f.includes('"Does not offer "'))! };
  };

  test("the Supplier offers column computes from the analysts' list, its formats colour it, the report counts it", async () => {
    const excel = analystWorkbook();
    excel.setCells(SUPPLIERS_SHEET, "A3", LIST);
    const list = JSON.stringify([...excel.sheets.get(SUPPLIERS_SHEET)!.values]);
    const report = await checkRegister(excel.context, { table: "Suppliers" });
    expect(excel.shown("Sheet1", "L3")).toBe("MFG Supplier offers");
    expect([4, 5, 6].map((row) => excel.shown("Sheet1", `L${row}`))).toEqual(SHOWN);
    const { red, amber } = supplierRules(excel);
    expect([4, 5, 6].map((row) => [excel.formatHolds("Sheet1", `L${row}`, red), excel.formatHolds("Sheet1", `L${row}`, amber)])).toEqual([[false, false], [true, true], [false, true]]);
    expect(excel.sheets.get("Sheet1")!.conditionalFormats).toHaveLength(5);
    expect([report.supplierGaps, report.chosenNotOffered, report.flagged]).toEqual([2, 1, 3]);
    expect(report.problems.map((p) => [p.project, p.status, p.supplierFit])).toEqual([
      ["Alpha", "mismatch", ""],
      ["Beta", "fit", SHOWN[1]],
      ["Gamma", "conditional", SHOWN[2]],
    ]);
    // The list is the analysts': not a cell of it written.
    expect(JSON.stringify([...excel.sheets.get(SUPPLIERS_SHEET)!.values])).toBe(list);
  });

  test("without a list, an empty MFG Suppliers sheet is added; a supplier typed there flags the row at once, by the formula", async () => {
    const excel = analystWorkbook();
    await checkRegister(excel.context, { table: "Suppliers" });
    expect(excel.tables.get(SUPPLIERS_TABLE)?.sheet).toBe(SUPPLIERS_SHEET);
    expect(excel.shown(SUPPLIERS_SHEET, "A3")).toBe("Supplier");
    expect([4, 5, 6].map((row) => excel.shown("Sheet1", `L${row}`))).toEqual(["", "", ""]);
    excel.setCells(SUPPLIERS_SHEET, "A4", LIST.slice(2, 3));
    expect(excel.shown("Sheet1", "L5")).toBe(SHOWN[1]);
    const again = await checkRegister(excel.context, { table: "Suppliers" });
    expect([again.supplierGaps, again.chosenNotOffered]).toEqual([1, 1]);
    expect([excel.shown(SUPPLIERS_SHEET, "A4"), excel.shown(SUPPLIERS_SHEET, "B4")]).toEqual(["Bolt", "OEM"]);
  });

  test("a table of the analyst's already named MfgSuppliers: the sheet is added without a table, nothing of theirs renamed", async () => {
    const excel = analystWorkbook();
    excel.setCells("Vendors", "A1", [["Name"], ["Acme"]]);
    excel.addUserTable(SUPPLIERS_TABLE, "Vendors", "A1:A2");
    await checkRegister(excel.context, { table: "Suppliers" });
    expect(excel.tables.get(SUPPLIERS_TABLE)?.sheet).toBe("Vendors");
    expect(excel.shown(SUPPLIERS_SHEET, "A3")).toBe("Supplier");
    expect([4, 5, 6].map((row) => excel.shown("Sheet1", `L${row}`))).toEqual(["", "", ""]);
  });
});

describe("build matrix", () => {
  test("the rules read back equal to the add-in's, so the rules notice stays quiet", async () => {
    const excel = new FakeExcel();
    await buildMatrix(excel.context);
    const report = await readRulesReport(excel.context);
    expect([report.present, report.differences]).toEqual([true, []]);
  });

  test("the matrix sheet keeps both its frozen rows and its frozen column", async () => {
    const excel = new FakeExcel();
    await buildMatrix(excel.context);
    const description = matrixSheet(BUILT_IN_RULES);
    expect(excel.sheets.get(description.name)?.frozen).toEqual({ rows: description.freezeRows, columns: description.freezeColumns });
  });
});

describe("adding rows", () => {
  test("project and supplier names Excel would convert stay the text the analyst typed", async () => {
    const excel = new FakeExcel();
    const names = ["00123", "3-4", "TRUE", "1e5", "50%", "1,234"];
    await setupRegister(excel.context, names.map((name) => ({ project: name, supplier: name, drawingsComplete: "Yes", hasRequirements: "No", complexity: "2", chosenModel: "JDM" })));
    expect(names.map((_, i) => [excel.shown(REGISTER_SHEET, `A${i + 2}`), excel.shown(REGISTER_SHEET, `B${i + 2}`)])).toEqual(names.map((n) => [n, n]));
    expect(excel.shown(REGISTER_SHEET, "E2")).toBe("2");
  });
});

describe("two people adding rows at once (co-authoring)", () => {
  test("each gets a row of their own: nobody's project is overwritten", async () => {
    const anna = new FakeExcel();
    await setupRegister(anna.context, [{ project: "First", supplier: "S0", drawingsComplete: "Yes", hasRequirements: "Yes", complexity: "Low", chosenModel: "OEM" }]);
    const ben = anna.coauthor();
    // Both read the register before either writes: the interleaving of two Excel.run batches.
    const [a, b] = await Promise.all([
      addRows(anna.context, [{ project: "Anna's", supplier: "S1", drawingsComplete: "No", hasRequirements: "Yes", complexity: "Medium", chosenModel: "ODM" }]),
      addRows(ben.context, [{ project: "Ben's", supplier: "S2", drawingsComplete: "No", hasRequirements: "No", complexity: "High", chosenModel: "JDM" }]),
    ]);
    expect(new Set([a.firstRow, b.firstRow]).size).toBe(2);
    expect([2, 3, 4].map((row) => excel(anna, `A${row}`))).toEqual(["First", "Anna's", "Ben's"]);
    expect([3, 4].map((row) => excel(anna, `I${row}`))).toEqual(["Fit", "Fit"]);
  });
});

const excel = (fake: FakeExcel, address: string) => fake.shown(REGISTER_SHEET, address);

describe("reading a large register", () => {
  test("cells long enough to break the 5 MB response limit are read in smaller chunks", async () => {
    const fake = new FakeExcel();
    const note = "Yes".padEnd(5_500, " (specs frozen at gate 3; see the drawing list in the project folder)");
    const rows = Array.from({ length: 1_500 }, (_, i) => [`P${i}`, "Acme", note, "Yes", "Low", "OEM"]);
    fake.setCells("Sheet1", "A1", [["Project", "Supplier", "Drawings complete", "Requirements defined", "Complexity", "Chosen model"], ...rows]);
    const report = await checkRegister(fake.context, { sheet: "Sheet1" });
    expect(report.rows).toBe(1_500);
    expect(report.counts["bad input"]).toBe(1_500);
    // One read was refused (over 5 MB) and read again in halves; every answer kept was under.
    expect(fake.syncs.filter((s) => s.responseBytes > PAYLOAD_LIMIT_BYTES)).toHaveLength(1);
  });
});

describe("the stand-in itself", () => {
  test("isNullObject is known after a sync, without a load, and not before", async () => {
    const fake = new FakeExcel();
    Office.context.requirements.isSetSupported("ExcelApi", "1.4");
    const missing = fake.context.workbook.worksheets.getItemOrNullObject("Nowhere");
    expect(() => missing.isNullObject).toThrow("PropertyNotLoaded");
    await fake.context.sync();
    expect(missing.isNullObject).toBe(true);
  });

  test("a sync whose request is over 5 MB is refused", async () => {
    const fake = new FakeExcel();
    fake.context.workbook.worksheets.getItem("Sheet1").getRange("A1:A2").values = [["x".repeat(2_600_000)], ["y".repeat(2_600_000)]];
    await expect(fake.context.sync()).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  test("converts typed strings as Excel does, unless formatted as text or quoted", async () => {
    const excel = new FakeExcel();
    const sheet = excel.context.workbook.worksheets.getItem("Sheet1");
    sheet.getRange("A1:E1").values = [["TRUE", "00123", "50%", "'TRUE", "=1+1"]];
    sheet.getRange("A2:B2").numberFormat = [["@", "@"]];
    sheet.getRange("A2:B2").values = [["TRUE", "00123"]];
    await excel.context.sync();
    expect(["A1", "B1", "C1", "D1", "E1", "A2", "B2"].map((a) => excel.shown("Sheet1", a))).toEqual([true, 123, 0.5, "TRUE", 2, "TRUE", "00123"]);
  });

  test("a formula that reads a missing sheet shows #REF!", async () => {
    const excel = new FakeExcel();
    excel.context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["='No such sheet'!A1"]];
    await excel.context.sync();
    expect(excel.shown("Sheet1", "A1")).toBe("#REF!");
  });

  test("an API above the requirement set the code checked fails", () => {
    installOfficeGlobals("1.17");
    const excel = new FakeExcel();
    Office.context.requirements.isSetSupported("ExcelApi", "1.3");
    expect(() => excel.context.workbook.tables.getItemOrNullObject("T")).toThrow("needs ExcelApi 1.4, but the code only checked up to 1.3");
  });
});

test("a formula holding a text value longer than 255 characters is refused, as Excel refuses it", async () => {
  const excel = new FakeExcel();
  const sheet = excel.context.workbook.worksheets.add("S");
  sheet.getRange("A1").values = [[`=LEN("${"x".repeat(256)}")`]];
  await expect(excel.context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
  sheet.getRange("A2").values = [[`=LEN("${"x".repeat(255)}"&"${"y".repeat(255)}"&CHAR(34))`]];
  await excel.context.sync();
  expect(excel.shown("S", "A2")).toBe(511);
});
