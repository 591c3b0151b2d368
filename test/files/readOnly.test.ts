// A rollup reads each register in one pass (read only: the sheet is scanned only as far as
// finding the register needs, and the judging pass measures where it ends). Whatever the sheet
// holds below or beside its first rows, the reading is the audit's: the same counts, problem
// rows, stages and teams, and the same refusal where the audit refuses.

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { auditPackage, readPackage } from "../../src/files/audit";

const HEADER = ["Project", "Supplier", "Team", "Drawings complete", "Requirements defined", "Complexity", "Chosen model"];
const row = (i: number) => [`Pack ${i}`, `Supplier ${i % 3}`, i % 2 === 0 ? "Team A" : "Team B", i % 3 === 0 ? "Yes" : "No", "Yes", ["Low", "High", ""][i % 3], ["OEM", "ODM", "JDM", ""][i % 4]];

type Build = (ws: ExcelJS.Worksheet) => void;

async function workbook(build: Build, other?: Build): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("Register"));
  if (other !== undefined) other(wb.addWorksheet("Notes"));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The workbook with a worksheet's rows `row` and `row + 1` swapped: rows out of order, which the audit refuses. */
async function damaged(data: Buffer, part: string, row: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  const xml = await (zip.file(part) as JSZip.JSZipObject).async("string");
  const [a, b] = [row, row + 1].map((r) => (new RegExp(`<row r="${r}"[\\s\\S]*?</row>`).exec(xml) as RegExpExecArray)[0]) as [string, string];
  zip.file(part, xml.replace(a + b, b + a));
  return zip.generateAsync({ type: "nodebuffer" });
}

const lines = (n: number) => [HEADER, ...Array.from({ length: n }, (_, i) => row(i))];

const at = (ws: ExcelJS.Worksheet, top: number, left: number, rows: readonly (readonly unknown[])[]) =>
  rows.forEach((r, i) => r.forEach((v, j) => {
    if (v !== "") ws.getCell(top + i, left + j).value = v as ExcelJS.CellValue;
  }));

const CASES: [string, Build][] = [
  ["a plain register", (ws) => at(ws, 1, 1, lines(80))],
  ["its rows resuming after 60 empty but formatted rows", (ws) => {
    at(ws, 1, 1, [HEADER, row(1)]);
    for (let r = 3; r < 63; r++) ws.getCell(r, 1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    at(ws, 63, 1, Array.from({ length: 20 }, (_, i) => row(i)));
  }],
  ["a note far below and to the left of a register that starts in column C", (ws) => {
    at(ws, 2, 3, [HEADER, ...Array.from({ length: 50 }, (_, i) => row(i))]);
    at(ws, 400, 1, [["a note"]]);
  }],
  ["a value low down in the column right of the register, where its columns would go in the first rows' view", (ws) => {
    at(ws, 1, 1, [HEADER, ...Array.from({ length: 50 }, (_, i) => row(i))]);
    at(ws, 45, HEADER.length + 1, [["aside"]]);
  }],
  ["a table of the analyst's beside the register, lower than the first rows (the columns go right of it)", (ws) => {
    at(ws, 1, 1, [HEADER, ...Array.from({ length: 60 }, (_, i) => row(i))]);
    ws.addTable({ name: "Aside", ref: "I40", columns: [{ name: "Note" }], rows: [["x"], ["y"]] });
  }],
  ["a register that is a table with 70 rows", (ws) => {
    ws.addTable({ name: "Reg", ref: "B2", columns: HEADER.map((name) => ({ name })), rows: Array.from({ length: 70 }, (_, i) => row(i)) });
  }],
  ["a register table with a value where its columns would go, low down (refused)", (ws) => {
    ws.addTable({ name: "Reg", ref: "B2", columns: HEADER.map((name) => ({ name })), rows: Array.from({ length: 40 }, (_, i) => row(i)) });
    at(ws, 38, 10, [["in the way"]]);
  }],
];

test.each(CASES)("%s: read in one pass, as the audit reads it", async (_, build) => {
  const data = await workbook(build);
  const [audited, read] = await Promise.all([auditPackage(data, "r.xlsx").catch((e: Error) => e.message), readPackage(data, "r.xlsx").catch((e: Error) => e.message)]);
  if (typeof audited === "string") expect(read).toBe(audited);
  else {
    const { data: written, changedParts, ...judged } = audited;
    expect([written.length > 0, changedParts.length > 0]).toEqual([true, true]);
    expect(read).toEqual({ ...judged, rulesWritten: false });
  }
});

test.each([
  ["the register's sheet, past its first rows", "xl/worksheets/sheet1.xml"],
  ["another sheet, past its first rows", "xl/worksheets/sheet2.xml"],
])("a sheet damaged in %s is refused as the audit refuses it", async (_, part) => {
  const data = await damaged(await workbook((ws) => at(ws, 1, 1, lines(80)), (ws) => at(ws, 1, 1, lines(80).map((r) => r.slice(0, 2)))), part, 70);
  const audited = await auditPackage(data, "r.xlsx").then(() => "read", (e: Error) => e.message);
  expect(audited).toMatch(/r\.xlsx: .*\b7[01]\b/);
  expect(await readPackage(data, "r.xlsx").then(() => "read", (e: Error) => e.message)).toBe(audited);
});

test("the cases cover a refusal and registers whose rows reach past the first scan", async () => {
  const outcomes = await Promise.all(CASES.map(async ([, build]) => auditPackage(await workbook(build), "r.xlsx").then((a) => a.rows, (e: Error) => e.message)));
  expect(outcomes.filter((o) => typeof o === "string")).toHaveLength(1);
  expect(outcomes.filter((o) => typeof o === "number" && o >= 20)).toHaveLength(CASES.length - 1);
});
