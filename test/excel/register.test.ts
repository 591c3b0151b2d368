import { addRows, buildMatrix, checkRegister, setupRegister } from "../../src/excel";
import { WorkbookError } from "../../src/excel/requirements";
import { NEXT_STEPS_SHEET, REGISTER_COLUMNS, REGISTER_SHEET, registerVerdict, RULES_SHEET, MATRIX_SHEET } from "../../src/workbook";
import { BUILT_IN_RULEBOOK, nextSteps } from "../../src/core";
import type { RegisterRow } from "../../src/excel";
import { analystTable, FakeExcel, installOfficeGlobals } from "../support/fakeExcel";
import { compiled } from "../support/rulebooks";

const LIMIT = 4_000_000;

function rows(n: number): RegisterRow[] {
  const d = [true, false, "Yes", "no", "", "maybe"];
  const c = ["Low", "M", "high", 3, ""];
  const m = ["OEM", "odm", "JDM", "", "EMS"];
  return Array.from({ length: n }, (_, i) => ({
    project: `Project ${i} — battery pack for the ${i % 7 === 0 ? "industrial" : "medical"} line`,
    supplier: `Supplier ${i % 97}`,
    drawingsComplete: d[i % d.length],
    hasRequirements: d[(i * 7) % d.length],
    complexity: c[i % c.length],
    chosenModel: m[(i * 3) % m.length],
  }));
}

beforeEach(() => installOfficeGlobals());

describe("setupRegister", () => {
  let syncsAt1000 = 0;
  beforeAll(async () => {
    installOfficeGlobals();
    const excel = new FakeExcel();
    await setupRegister(excel.context, rows(1000));
    syncsAt1000 = excel.syncs.length;
  });

  test.each([10, 10_000, 100_000])("%i rows: syncs, request sizes and rule counts", async (n) => {
    const excel = new FakeExcel();
    const result = await setupRegister(excel.context, rows(n));
    expect(result).toEqual({ created: true, rulesWritten: true, rowsAdded: n });
    expect(excel.maxRequestBytes).toBeLessThanOrEqual(LIMIT);
    expect(excel.conditionalFormatCount()).toBe(5);
    expect(excel.validationCount()).toBe(4);
    const chunks = Math.ceil(excel.totalRequestBytes / LIMIT);
    expect(excel.syncs.length).toBeLessThanOrEqual(syncsAt1000 + chunks);
    if (n === 100_000) expect(chunks).toBeGreaterThan(1);
    expect(excel.cell(REGISTER_SHEET, "A1")).toBe("Project");
    expect(excel.cell(REGISTER_SHEET, `A${n + 1}`)).toBe(rows(n)[n - 1]!.project);
    expect(excel.tables.get("MfgRegister")?.rect).toEqual({ top: 1, left: 1, bottom: n + 1, right: REGISTER_COLUMNS.length });
  });

  test("formulas go as one R1C1 string per computed column", async () => {
    const excel = new FakeExcel();
    await setupRegister(excel.context, rows(50));
    const formulas = REGISTER_COLUMNS.map((_, i) => excel.formulaAt(REGISTER_SHEET, 51, i + 1));
    expect(formulas.slice(0, 6)).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    // Each reads its sheet: the rules, or (supplier fit) the suppliers.
    expect(formulas.slice(6).every((f) => typeof f === "string" && f.startsWith("=") && /'MFG (Rules|Suppliers)'!R/.test(f))).toBe(true);
  });

  test("run twice leaves the same workbook", async () => {
    const excel = new FakeExcel();
    await setupRegister(excel.context, []);
    const first = JSON.stringify(excel.snapshot());
    await setupRegister(excel.context, []);
    expect(JSON.stringify(excel.snapshot())).toBe(first);
  });

  test("refuses a sheet named MFG Register that holds the user's data, changing nothing", async () => {
    const excel = new FakeExcel();
    excel.setCells(REGISTER_SHEET, "B2", [["my notes"]]);
    const before = JSON.stringify(excel.snapshot());
    await expect(setupRegister(excel.context, rows(3))).rejects.toThrow(WorkbookError);
    const after = excel.snapshot() as any;
    expect(after.sheets.find((s: any) => s.name === REGISTER_SHEET)).toEqual((JSON.parse(before) as any).sheets.find((s: any) => s.name === REGISTER_SHEET));
  });

  test("text that would start a formula is written as text", async () => {
    const excel = new FakeExcel();
    const payloads = ["=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "'quoted"];
    await setupRegister(excel.context, payloads.map((p) => ({ project: p, supplier: p, drawingsComplete: true, hasRequirements: true, complexity: "Low", chosenModel: "OEM" })));
    // Excel keeps the text after the apostrophe the writer adds, and shows no formula.
    payloads.forEach((p, i) => expect(excel.cell(REGISTER_SHEET, `A${i + 2}`)).toBe(p));
  });

  test("needs ExcelApi 1.13 and says so", async () => {
    installOfficeGlobals("1.12");
    const excel = new FakeExcel();
    await expect(setupRegister(excel.context)).rejects.toMatchObject({ problem: { code: "api_unsupported", operation: "setup", version: "1.13" } });
    expect(excel.syncs).toEqual([]);
  });
});

describe("addRows", () => {
  test("fills the empty first row of a fresh register, then appends", async () => {
    const excel = new FakeExcel();
    await setupRegister(excel.context);
    await addRows(excel.context, rows(2));
    const more = await addRows(excel.context, rows(3));
    expect(more).toEqual({ added: 3, firstRow: 4 });
    expect(excel.tables.get("MfgRegister")?.rect.bottom).toBe(6);
  });

  test("refuses to write over the user's cells below the register, changing nothing", async () => {
    const excel = new FakeExcel();
    await setupRegister(excel.context, rows(2));
    excel.setCells(REGISTER_SHEET, "C6", [["keep me"]]);
    const before = JSON.stringify(excel.snapshot());
    await expect(addRows(excel.context, rows(10))).rejects.toMatchObject({ problem: { code: "cells_below_register", first: 4, last: 6 } });
    expect(JSON.stringify(excel.snapshot())).toBe(before);
  });

  test("without a register: a clear error", async () => {
    await expect(addRows(new FakeExcel().context, rows(1))).rejects.toMatchObject({ problem: { code: "no_register_table", table: "MfgRegister" } });
  });
});

describe("checkRegister", () => {
  let syncsAt1000 = 0;
  beforeAll(async () => {
    installOfficeGlobals();
    const excel = new FakeExcel();
    await setupRegister(excel.context, rows(1000));
    excel.syncs = [];
    await checkRegister(excel.context);
    syncsAt1000 = excel.syncs.length;
  });

  test.each([10, 10_000, 100_000])("%i rows of the add-in's register: counts, syncs, sizes", async (n) => {
    const excel = new FakeExcel();
    await setupRegister(excel.context, rows(n));
    excel.syncs = [];
    const report = await checkRegister(excel.context);
    const responseBytes = excel.syncs.reduce((a, x) => a + x.responseBytes, 0);
    expect(excel.syncs.length).toBeLessThanOrEqual(syncsAt1000 + Math.ceil(responseBytes / LIMIT));
    const total = Object.values(report.counts).reduce((a, b) => a + b, 0);
    expect(total).toBe(report.rows);
    expect(report.rows).toBe(n);
    expect(excel.maxRequestBytes).toBeLessThanOrEqual(LIMIT);
    expect(excel.maxResponseBytes).toBeLessThanOrEqual(LIMIT);
    expect(excel.conditionalFormatCount()).toBe(5);
    expect(excel.validationCount()).toBe(4);
  });

  test("finds the analyst's own table by its headers and keeps every cell of theirs", async () => {
    const excel = new FakeExcel();
    analystTable(excel);
    excel.setCells("Sheet1", "A12", [["note below the table"]]);
    const before = excel.snapshot() as any;
    const report = await checkRegister(excel.context, { table: "Suppliers" });
    expect(report.counts).toEqual({ fit: 1, conditional: 0, mismatch: 2, incomplete: 0, "bad input": 1 });
    expect(report.problems.map((p) => [p.row, p.project, p.status])).toEqual([
      [4, "Alpha", "mismatch"],
      [5, "Beta", "mismatch"],
      [7, "Delta", "bad input"],
    ]);
    const after = excel.snapshot() as any;
    const sheet = (s: any) => s.sheets.find((x: any) => x.name === "Sheet1").cells;
    for (const [k, cell] of Object.entries(sheet(before))) expect([k, sheet(after)[k]]).toEqual([k, cell]);
    expect(excel.cell("Sheet1", "I3")).toBe("MFG Stage");
    expect(excel.tables.get("Suppliers")?.rect).toEqual({ top: 3, left: 2, bottom: 7, right: 14 });
    const again = await checkRegister(excel.context, { table: "Suppliers" });
    expect(again).toEqual(report);
    expect(excel.tables.get("Suppliers")?.rect.right).toBe(14);
  });

  test("a plain range below a title row, with an explicit mapping for unusual headers", async () => {
    const excel = new FakeExcel();
    excel.setCells("Sheet1", "A1", [["Register (draft)"], [""], ["Name", "Drw", "Req", "Cx", "Engagement"], ["X", "TRUE", "FALSE", "Low", "OEM"]]);
    await expect(checkRegister(excel.context)).rejects.toMatchObject({
      problem: { code: "header", place: { sheet: "Sheet1" }, problem: { code: "missing", roles: ["drawingsComplete", "hasRequirements", "complexity", "chosenModel"] } },
    });
    const report = await checkRegister(excel.context, { mapping: { drawingsComplete: "Drw", hasRequirements: "Req", complexity: "Cx", chosenModel: "Engagement" } });
    expect(report.counts.fit).toBe(1);
    expect(excel.cell("Sheet1", "F3")).toBe("MFG Stage");
  });

  test("ambiguous headers are refused, not guessed", async () => {
    const excel = new FakeExcel();
    excel.setCells("Sheet1", "A1", [["Drawings", "Drawings complete", "Requirements", "Complexity", "Model"], [true, true, true, "L", "OEM"]]);
    await expect(checkRegister(excel.context)).rejects.toMatchObject({
      problem: { code: "header", place: { sheet: "Sheet1", row: 1 }, problem: { code: "ambiguous", role: "drawingsComplete", headers: ["Drawings", "Drawings complete"] } },
    });
  });

  test("refuses to append when the columns to the right of a table hold the user's cells", async () => {
    const excel = new FakeExcel();
    excel.setCells("Sheet1", "A1", [["Drawings", "Requirements", "Complexity", "Model"], [true, true, "L", "OEM"]]);
    excel.addUserTable("Mine", "Sheet1", "A1:D2");
    excel.setCells("Sheet1", "H2", [["mine"]]);
    const before = JSON.stringify(excel.snapshot());
    await expect(checkRegister(excel.context, { table: "Mine" })).rejects.toMatchObject({ problem: { code: "cells_in_use", sheet: "Sheet1", block: { top: 1, left: 5, bottom: 2, right: 9 } } });
    expect(JSON.stringify(excel.snapshot())).toBe(before);
  });

  test("a cell right of a table but outside the rows the columns would take does not block the check", async () => {
    const excel = new FakeExcel();
    excel.setCells("Sheet1", "A1", [["Drawings", "Requirements", "Complexity", "Model"], [true, true, "L", "OEM"]]);
    excel.addUserTable("Mine", "Sheet1", "A1:D2");
    excel.setCells("Sheet1", "H9", [["a note further down"]]);
    const report = await checkRegister(excel.context, { table: "Mine" });
    expect(report.rows).toBe(1);
    expect(excel.shown("Sheet1", "H9")).toBe("a note further down");
  });

  test("a plain range: computed columns go right of everything used, never over a cell", async () => {
    const excel = new FakeExcel();
    excel.setCells("Sheet1", "A1", [["Drawings", "Requirements", "Complexity", "Model"], [true, true, "L", "OEM"]]);
    excel.setCells("Sheet1", "H2", [["mine"]]);
    await checkRegister(excel.context);
    expect([excel.cell("Sheet1", "H2"), excel.cell("Sheet1", "I1"), excel.cell("Sheet1", "M1")]).toEqual(["mine", "MFG Stage", "MFG Rule key"]);
  });
});

describe("buildMatrix", () => {
  test("writes the matrix and rules sheets; twice gives the same workbook", async () => {
    const excel = new FakeExcel();
    await buildMatrix(excel.context);
    expect(excel.cell(MATRIX_SHEET, "A4")).toBe("Criteria");
    expect(excel.cell(RULES_SHEET, "A4")).toBe("Key");
    expect(excel.syncs.length).toBe(2);
    // The next steps, as plain text a colleague without the add-in reads.
    expect([excel.cell(NEXT_STEPS_SHEET, "A4"), excel.cell(NEXT_STEPS_SHEET, "C4")]).toEqual(["Model", "Next step"]);
    // Row 5 heads OEM's steps; ODM's heading follows them.
    const firstOdm = 5 + 1 + nextSteps("OEM").length + 1;
    expect([excel.cell(NEXT_STEPS_SHEET, `A${firstOdm}`), excel.cell(NEXT_STEPS_SHEET, `C${firstOdm}`)]).toEqual(["ODM", nextSteps("ODM")[0]?.text]);
    const first = JSON.stringify(excel.snapshot());
    await buildMatrix(excel.context);
    expect(JSON.stringify(excel.snapshot())).toBe(first);
  });

  test("a team's why-text longer than Excel takes as one text in a formula: written in pieces, judged by, no edit flagged", async () => {
    // 200 + 10 + 200 characters, a quote and a character of two UTF-16 units across the 255th.
    const why = `${"x".repeat(253)}🔋"${"y".repeat(150)} "quoted" end.`;
    const rules = compiled({ ...BUILT_IN_RULEBOOK, name: "Long why", rows: BUILT_IN_RULEBOOK.rows.map((r, i) => (i === 0 ? { ...r, why } : r)) });
    const excel = new FakeExcel();
    await buildMatrix(excel.context, rules);
    const inputs = { drawingsComplete: "Yes", hasRequirements: "Yes", complexity: "Low", chosenModel: "OEM" };
    await setupRegister(excel.context, [{ project: "Pack", ...inputs }], rules);
    const whyColumn = REGISTER_COLUMNS.findIndex((c) => c.role === "why");
    expect(registerVerdict(rules, inputs).why.startsWith(why)).toBe(true);
    expect(excel.shown(REGISTER_SHEET, `${String.fromCharCode(65 + whyColumn)}2`)).toBe(registerVerdict(rules, inputs).why);
    expect(excel.shown(RULES_SHEET, "B3")).toBe(0);
  });

  test("keeps what the user wrote outside the add-in's ranges on those sheets", async () => {
    const excel = new FakeExcel();
    await buildMatrix(excel.context);
    excel.setCells(MATRIX_SHEET, "K2", [["my comment"]]);
    await buildMatrix(excel.context);
    expect(excel.cell(MATRIX_SHEET, "K2")).toBe("my comment");
  });
});
