// The register plan: one decision for Excel and for files. The pure rules on an in-memory view,
// then the same workbooks through both renderers (the strict Excel stand-in and ExcelJS), which
// must agree on the four cases where they used to differ, and a computed column added to the
// column list alone, drawn by both.

import { BUILT_IN_RULES, supplierFit } from "../../src/core";
import ExcelJS from "exceljs";
import { checkRegister } from "../../src/excel";
import { auditPackage } from "../../src/files/audit";
import { columnNumber, COMPUTED_COLUMNS, locateRegister, MAX_PROBLEMS, RegisterTally } from "../../src/workbook";
import type { RegisterColumn, RegisterReport, WorkbookView } from "../../src/workbook";
import { FakeExcel, installOfficeGlobals } from "../support/fakeExcel";

beforeEach(() => installOfficeGlobals());

const HEAD = ["Project", "Drawings complete", "Requirements defined", "Complexity", "Chosen model"];

interface Book {
  cells: [string, string, unknown[][]][];
  tables?: [string, string, string][];
}

/** The same workbook in the Excel stand-in and in ExcelJS. */
function build(book: Book): { excel: FakeExcel; wb: ExcelJS.Workbook } {
  const excel = new FakeExcel();
  const wb = new ExcelJS.Workbook();
  for (const [sheet, at, rows] of book.cells) {
    excel.setCells(sheet, at, rows);
    const ws = wb.getWorksheet(sheet) ?? wb.addWorksheet(sheet);
    const m = /^([A-Z]+)(\d+)$/.exec(at) as RegExpExecArray;
    rows.forEach((line, r) => line.forEach((v, c) => {
      if (v !== "") ws.getCell(Number(m[2]) + r, columnNumber(m[1] as string) + c).value = v as ExcelJS.CellValue;
    }));
  }
  for (const [name, sheet, ref] of book.tables ?? []) {
    excel.addUserTable(name, sheet, ref);
    const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
    const [from] = ref.split(":");
    const m = /^([A-Z]+)(\d+)$/.exec(from as string) as RegExpExecArray;
    const top = Number(m[2]);
    const left = columnNumber(m[1] as string);
    const width = columnNumber(/^([A-Z]+)/.exec(ref.split(":")[1] as string)?.[1] as string) - left + 1;
    const bottom = Number(/(\d+)$/.exec(ref)?.[1]);
    const headers = Array.from({ length: width }, (_, i) => String(ws.getCell(top, left + i).value));
    const rows = Array.from({ length: bottom - top }, (_, r) => headers.map((_, i) => ws.getCell(top + 1 + r, left + i).value));
    ws.addTable({ name, ref: from as string, headerRow: true, columns: headers.map((h) => ({ name: h })), rows });
  }
  return { excel, wb };
}

type Outcome = { report: Pick<RegisterReport, "sheet" | "rows" | "counts" | "truncated"> & { problems: number } } | { error: string };

const outcome = async (work: () => Promise<RegisterReport> | RegisterReport): Promise<Outcome> => {
  try {
    const r = await work();
    return { report: { sheet: r.sheet, rows: r.rows, counts: r.counts, truncated: r.truncated, problems: r.problems.length } };
  } catch (error) {
    return { error: (error as Error).message };
  }
};

/** Checks the workbook in Excel (no selection: the stand-in's active cell A1 of Sheet1 holds no register) and audits it as a file. */
async function both(book: Book, focusFree = true): Promise<[Outcome, Outcome]> {
  const { excel, wb } = build(book);
  if (focusFree) excel.addSheet("Blank");
  if (focusFree) excel.select("Blank", "A1");
  const inExcel = await outcome(() => checkRegister(excel.context));
  const inFile = await outcome(async () => auditPackage(Buffer.from(await wb.xlsx.writeBuffer()), "book.xlsx"));
  // A file's messages start with its name; Excel's name the workbook in view.
  return [inExcel, "error" in inFile ? { error: inFile.error.replace(/^book\.xlsx: /, "") } : inFile];
}

const row = (i: number, fit: "mismatch" | "fit") => [`P${i}`, fit === "mismatch" ? "No" : "Yes", "Yes", "Low", "OEM"];

describe("Excel and files decide the same", () => {
  test("problem rows: both list the first 1,000 and count them all", async () => {
    const rows = Array.from({ length: MAX_PROBLEMS + 5 }, (_, i) => row(i, "mismatch"));
    const [excel, file] = await both({ cells: [["Sheet1", "A1", [HEAD, ...rows]]] });
    expect(excel).toEqual(file);
    expect(excel).toMatchObject({ report: { rows: MAX_PROBLEMS + 5, problems: MAX_PROBLEMS, truncated: true, counts: { mismatch: MAX_PROBLEMS + 5 } } });
  });

  test("appending: only the cells the columns would take count; a note elsewhere to the right does not block", async () => {
    const book = { cells: [["Sheet1", "A1", [HEAD, row(1, "fit"), row(2, "mismatch")]], ["Sheet1", "H9", [["a note"]]]] as Book["cells"], tables: [["Mine", "Sheet1", "A1:E3"]] as Book["tables"] };
    const [excel, file] = await both(book);
    expect(excel).toEqual(file);
    expect(excel).toMatchObject({ report: { rows: 2 } });
    const blocked = { ...book, cells: [...book.cells, ["Sheet1", "G2", [["in the way"]]]] as Book["cells"] };
    const [excelBlocked, fileBlocked] = await both(blocked);
    expect(excelBlocked).toEqual(fileBlocked);
    expect(excelBlocked).toEqual({ error: expect.stringContaining('Sheet "Sheet1": cells F1:J3, right of the register, are in use.') });
  });

  test("with nothing named or selected, both search every sheet, and several registers are a question", async () => {
    const one = { cells: [["Notes", "A1", [["Open points"]]], ["Data", "A3", [HEAD, row(1, "fit")]]] as Book["cells"] };
    const [excel, file] = await both(one);
    expect(excel).toEqual(file);
    expect(excel).toMatchObject({ report: { sheet: "Data", rows: 1 } });
    const two = { cells: [...one.cells, ["More", "A1", [HEAD, row(2, "fit")]]] as Book["cells"] };
    const [excelTwo, fileTwo] = await both(two);
    expect(excelTwo).toEqual(fileTwo);
    expect(excelTwo).toEqual({ error: expect.stringContaining('Several registers found (sheet "Data", sheet "More")') });
  });

  test("an ambiguous header row stops both, naming the row", async () => {
    const [excel, file] = await both({ cells: [["Sheet1", "A1", [["Model", "Chosen model", ...HEAD.slice(1, 4)], ["ODM", "OEM", "No", "Yes", "Low"]]]] });
    expect(excel).toEqual(file);
    expect(excel).toEqual({ error: 'Sheet "Sheet1", row 1: Several columns could be Chosen model: "Model", "Chosen model". Map the column explicitly.' });
  });
});

describe("the plan, pure", () => {
  const view = (focus?: WorkbookView["focus"]): WorkbookView => ({
    tables: [
      { name: "MfgRegister", sheet: "MFG Register", rect: { top: 1, left: 1, bottom: 3, right: 11 }, totalsRows: 0, header: ["Project", "Supplier", ...HEAD.slice(1), ...COMPUTED_COLUMNS.map((c) => c.header)] },
      { name: "Mine", sheet: "Sheet1", rect: { top: 2, left: 2, bottom: 5, right: 6 }, totalsRows: 1, header: HEAD },
    ],
    sheets: [{ name: "Sheet1", used: { top: 1, left: 1, bottom: 5, right: 6 }, topRows: [] }, { name: "MFG Register", used: { top: 1, left: 1, bottom: 3, right: 11 }, topRows: [] }],
    focus,
  });

  test("the table under the active cell wins; without a focus, the add-in's register", () => {
    expect(locateRegister(view({ sheet: "Sheet1", table: "Mine" }))).toMatchObject({ table: "Mine", headerRow: 2, lastRow: 4, totalsRows: 1 });
    expect(locateRegister(view())).toMatchObject({ table: "MfgRegister", own: true });
  });

  test("the tally counts every row and lists at most MAX_PROBLEMS", () => {
    const tally = new RegisterTally("S", BUILT_IN_RULES);
    for (let i = 0; i < MAX_PROBLEMS + 1; i++) tally.add(i + 2, { drawingsComplete: "maybe", hasRequirements: "", complexity: "", chosenModel: "" });
    tally.add(9_999, { drawingsComplete: "", hasRequirements: "", complexity: "", chosenModel: "" });
    const report = tally.report();
    expect([report.rows, report.problems.length, report.truncated, report.counts["bad input"]]).toEqual([MAX_PROBLEMS + 1, MAX_PROBLEMS, true, MAX_PROBLEMS + 1]);
  });

  test("the report counts what the computed columns declare: Fit its status, Supplier offers its gaps", () => {
    // Early-stage R&D recommends JDM; the chosen OEM is a mismatch, and its supplier offers only ODM.
    const inputs = { drawingsComplete: "No", hasRequirements: "No", complexity: "High", chosenModel: "OEM" };
    const gap = supplierFit("OEM", "JDM", "ODM");
    const tallied = (columns?: readonly RegisterColumn[]) => {
      const tally = new RegisterTally("S", BUILT_IN_RULES, columns);
      tally.add(2, inputs, undefined, undefined, gap);
      const r = tally.report();
      return [r.rows, r.counts.mismatch, r.supplierGaps, r.chosenNotOffered];
    };
    expect(tallied()).toEqual([1, 1, 1, 1]);
    expect(tallied(COMPUTED_COLUMNS.filter((c) => c.role !== "fit"))).toEqual([1, 0, 1, 1]);
    expect(tallied(COMPUTED_COLUMNS.filter((c) => c.role !== "supplierFit"))).toEqual([1, 1, 0, 0]);
  });
});

describe("a new computed column touches the column list only", () => {
  // "Ask for" a quote from other suppliers when the chosen model does not fit: a formula over the
  // Fit column and what the core says, nothing else.
  const askForQuotes: RegisterColumn = {
    role: "why",
    header: "Re-quote",
    width: 10,
    formula: (c, n) => (n.kind === "R1C1" ? `=IF(RC[-3]="Mismatch","Yes","")` : `=IF(${String.fromCharCode(64 + c.key - 2)}${n.row}="Mismatch","Yes","")`),
    result: (v) => (v.status === "mismatch" ? "Yes" : ""),
  };
  const columns = [...COMPUTED_COLUMNS, askForQuotes];

  test("Excel and the file both draw it, and show the same values", async () => {
    const { excel, wb } = build({ cells: [["Sheet1", "A1", [HEAD, row(1, "fit"), row(2, "mismatch")]]] });
    await checkRegister(excel.context, { sheet: "Sheet1" }, columns);
    const audited = await auditPackage(Buffer.from(await wb.xlsx.writeBuffer()), "book.xlsx", { sheet: "Sheet1", columns });
    // Appended after the five: F..J, then K.
    expect([excel.shown("Sheet1", "K1"), excel.shown("Sheet1", "K2"), excel.shown("Sheet1", "K3")]).toEqual(["MFG Re-quote", "", "Yes"]);
    const file = new ExcelJS.Workbook();
    await file.xlsx.load(audited.data as any);
    const ws = file.getWorksheet("Sheet1") as ExcelJS.Worksheet;
    expect(ws.getCell("K1").value).toBe("MFG Re-quote");
    expect([ws.getCell("K2").result ?? "", ws.getCell("K3").result]).toEqual(["", "Yes"]);
    expect(ws.getCell("K2").formula).toBe('IF(H2="Mismatch","Yes","")');
  });
});
