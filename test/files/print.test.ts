// An audited register prints: landscape, one page wide, its header row on every page, only its
// rows in use, the rule key left out, the Why column wrapped. LibreOffice prints an audited
// 10-row register, on US Letter and on A4, on at most 2 pages.

import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { auditPackage } from "../../src/files/audit";
import { templateWorkbook } from "../../src/files/template";
import { hasLibreOffice, renderPdf } from "../support/libreoffice";
import { parts } from "../support/packages";

const DIR = path.resolve(__dirname, "..", "..", ".tmp", "print");
const PAPER = { letter: 1, a4: 9 } as const;

async function register(paper: keyof typeof PAPER): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Suppliers", { pageSetup: { paperSize: PAPER[paper] as any } });
  ws.getCell("A1").value = "Supplier review";
  ws.addRow([]);
  ws.addRow(["Project", "Supplier", "Drawings complete", "Requirements defined", "Complexity", "Chosen model", "Notes"]);
  const spellings = [["Yes", "Yes", "Low", "ODM"], ["No", "Yes", "High", "OEM"], ["No", "No", "Med", "JDM"], ["TBD", "Yes", "L", "ODM"], ["maybe", "n/a", "huge", "EMS"]];
  for (let i = 0; i < 10; i++) ws.addRow([`Project ${i + 1} with a longer name`, `Supplier ${i + 1}`, ...(spellings[i % spellings.length] as string[]), "notes the analyst keeps"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The PDF's pages that show the register's rows (the rules and suppliers sheets print after it). */
const registerPages = (pdf: string): number => pagesWith(pdf, "MFG Recommended model");

beforeAll(() => {
  if (!hasLibreOffice()) throw new Error("LibreOffice (soffice) is missing: run npm test, or apt-get install libreoffice-calc.");
  if (!fs.existsSync("/usr/bin/pdftotext")) throw new Error("poppler-utils is missing: run npm test, or apt-get install poppler-utils.");
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
});

test("the register's sheet is set to print landscape, one page wide, titles repeated, key column out", async () => {
  const audited = await auditPackage(await register("letter"), "print.xlsx");
  const after = await parts(audited.data);
  const sheet = after.get("xl/worksheets/sheet1.xml")?.toString() as string;
  expect(sheet).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  expect(sheet).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"\/>/);
  expect(sheet).toMatch(/<pageSetup [^>]*paperSize="1"/);
  const workbook = after.get("xl/workbook.xml")?.toString() as string;
  // Columns A..L: the seven inputs and five computed columns; M, the rule key, stays out.
  expect(workbook).toContain(`<definedName name="_xlnm.Print_Area" localSheetId="0">'Suppliers'!$A$3:$L$13</definedName>`);
  expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'Suppliers'!$3:$3</definedName>`);
});

test("a new template repeats its header row but sets no print area until a row is in use", async () => {
  const workbook = (await parts(await templateWorkbook())).get("xl/workbook.xml")?.toString() as string;
  expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="0">'MFG Register'!$1:$1</definedName>`);
  expect(workbook).not.toContain("_xlnm.Print_Area");
});

test.each(Object.keys(PAPER) as (keyof typeof PAPER)[])("LibreOffice prints an audited 10-row register on %s on at most 2 pages", async (paper) => {
  const file = path.join(DIR, `register-${paper}.xlsx`);
  fs.writeFileSync(file, (await auditPackage(await register(paper), file)).data);
  const pdf = renderPdf(file, path.join(DIR, paper));
  const size = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  expect(size).toContain(paper === "a4" ? "(A4)" : "(letter)");
  expect(registerPages(pdf)).toBeGreaterThanOrEqual(1);
  expect(registerPages(pdf)).toBeLessThanOrEqual(2);
});

/** The PDF's pages that show a text. */
function pagesWith(pdf: string, text: string): number {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
  let count = 0;
  for (let page = 1; page <= pages; page++) if (execFileSync("pdftotext", ["-f", String(page), "-l", String(page), pdf, "-"], { encoding: "utf8" }).includes(text)) count++;
  return count;
}

test("a template's matrix sheet is set to print landscape, one page wide, its header row repeated", async () => {
  const after = await parts(await templateWorkbook());
  const workbook = (after.get("xl/workbook.xml")?.toString() as string).replace(/&apos;/g, "'");
  const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].map((m) => ({ name: m[1], id: m[2] }));
  const index = sheets.findIndex((s) => s.name === "MFG Matrix");
  const rels = after.get("xl/_rels/workbook.xml.rels")?.toString() as string;
  const target = new RegExp(`Id="${sheets[index]?.id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${sheets[index]?.id}"`).exec(rels);
  const matrix = after.get(`xl/${(target?.[1] ?? target?.[2] ?? "").replace(/^\/?xl\//, "")}`)?.toString() as string;
  expect(matrix).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
  expect(matrix).toMatch(/<pageSetup [^>]*orientation="landscape"[^>]*fitToWidth="1" fitToHeight="0"/);
  expect(workbook).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'MFG Matrix'!$4:$4</definedName>`);
});

test("LibreOffice prints a template's matrix, the comparison and the decision table, on one page", async () => {
  const file = path.join(DIR, "template.xlsx");
  fs.writeFileSync(file, await templateWorkbook());
  const pdf = renderPdf(file, path.join(DIR, "template"));
  expect(pagesWith(pdf, "Manufacturing model comparison")).toBe(1);
  expect(pagesWith(pdf, "Decision table")).toBe(1);
  const page = execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).split("\f").find((p) => p.includes("Manufacturing model comparison")) as string;
  // Every column on that page: the criteria, the three models and the decision table's last column.
  for (const text of ["Design intellectual property", "Joint, by agreement", "Recommended model", "Early-stage R&D"]) expect(page).toContain(text);
});
