// The surgical audit on registers from every producer available here: ExcelJS, openpyxl
// (Debian's python3-openpyxl), LibreOffice (headless, saving the openpyxl files again), and small
// hand-made packages for what those do not write (x:-prefixed parts, sheet parts under other
// names, absolute targets, no styles part, cells without references, macros, Strict OOXML).
// Each: the byte-identity rule, the report, and LibreOffice recalculating the audited file to
// the core's verdicts. Auditing the audited file changes no part at all.

import { BUILT_IN_RULES } from "../../src/core";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as fs from "fs";
import * as path from "path";
import { auditPackage } from "../../src/files/audit";
import { REGISTER_INPUTS, registerVerdict, rowSupplierFitText, ruleKeyOf } from "../../src/workbook";
import type { RegisterInputs } from "../../src/workbook";
import { hasLibreOffice, recalculatedSheets, resaveAsXlsx } from "../support/libreoffice";
import { elements, expectSurgical, openpyxlRegister, parts, PYTHON } from "../support/packages";

const DIR = path.resolve(__dirname, "..", "..", ".tmp", "producers");

/** Project, supplier, the four inputs, notes: the spellings analysts type, a bad value, a blank. */
const ROWS: (string | boolean | number | null)[][] = [
  ["Alpha", "Acme", "Yes", "Yes", "Low", "OEM", "ok"],
  ["Beta", "Bolt", "n", "yes", "H", "OEM", "late"],
  ["Gamma", "Core", "no", "no", null, "JDM", null],
  ["Delta", "Dyna", true, false, "Medium", "ODM", "from quote & review"],
  ["Epsilon", "Evo", "maybe", "Y", "L", "ODM", null],
  ["Zeta", null, null, null, null, null, "not started"],
];

const inputsOf = (line: readonly unknown[]): RegisterInputs =>
  Object.fromEntries(REGISTER_INPUTS.map((role, i) => [role, line[2 + i] ?? ""])) as RegisterInputs;

/**
 * The four computed values, the supplier fit and the key the core gives a row, as LibreOffice
 * prints them. These workbooks have no suppliers sheet (the audit adds it empty), so no row's
 * supplier is listed and Supplier offers stays empty.
 */
const expected = (line: readonly unknown[]) => {
  const v = registerVerdict(BUILT_IN_RULES, inputsOf(line));
  return [v.stage, v.recommended, v.fit, v.why, rowSupplierFitText(BUILT_IN_RULES, v, inputsOf(line), ""), ruleKeyOf(BUILT_IN_RULES, inputsOf(line))];
};

async function zipOf(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "http://schemas.openxmlformats.org/package/2006/content-types";

/**
 * Written like the Open XML SDK's output: every element x:-prefixed; the register's part named
 * Sheet1.xml (capital S), another sheet under xl/data/; absolute targets; shared strings with rich
 * text and a phonetic run; inline strings, booleans and numbers; cells without references; no
 * styles part at all.
 */
function prefixedPackage(): Promise<Buffer> {
  const strings = ["Project", "Supplier", "<x:r><x:t>Drawings </x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t>complete</x:t></x:r><x:rPh sb=\"0\" eb=\"1\"><x:t>ignored</x:t></x:rPh>", "Requirements defined", "Complexity", "Chosen model", "Notes"];
  const cell = (v: unknown) =>
    v === null ? "" : typeof v === "boolean" ? `<x:c t="b"><x:v>${v ? 1 : 0}</x:v></x:c>` : typeof v === "number" ? `<x:c><x:v>${v}</x:v></x:c>` : `<x:c t="inlineStr"><x:is><x:t>${String(v).replace(/&/g, "&amp;")}</x:t></x:is></x:c>`;
  const header = strings.map((_, i) => `<x:c r="${String.fromCharCode(65 + i)}1" t="s"><x:v>${i}</x:v></x:c>`).join("");
  // Cells without r follow each other: a row's blanks are written as empty cells to keep positions.
  const rows = ROWS.map((line, r) => `<x:row r="${r + 2}">${line.map((v) => (v === null ? "<x:c/>" : cell(v))).join("")}</x:row>`).join("");
  return zipOf({
    "[Content_Types].xml": `<?xml version="1.0" encoding="utf-8"?><Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/Sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/data/notes.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
    "_rels/.rels": `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PKG}"><Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/xl/workbook.xml" Id="R0"/></Relationships>`,
    "xl/workbook.xml": `<?xml version="1.0" encoding="utf-8"?><x:workbook xmlns:r="${R}" xmlns:x="${MAIN}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Notes" sheetId="1" r:id="R1"/><x:sheet name="Register" sheetId="2" r:id="R2"/></x:sheets><x:definedNames><x:definedName name="Owner">Notes!$A$1</x:definedName></x:definedNames></x:workbook>`,
    "xl/_rels/workbook.xml.rels": `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="${PKG}"><Relationship Type="${R}/worksheet" Target="/xl/data/notes.xml" Id="R1"/><Relationship Type="${R}/worksheet" Target="worksheets/Sheet1.xml" Id="R2"/><Relationship Type="${R}/sharedStrings" Target="/xl/sharedStrings.xml" Id="R3"/></Relationships>`,
    "xl/sharedStrings.xml": `<?xml version="1.0" encoding="utf-8"?><x:sst xmlns:x="${MAIN}">${strings.map((s) => `<x:si>${s.startsWith("<") ? s : `<x:t>${s}</x:t>`}</x:si>`).join("")}</x:sst>`,
    "xl/worksheets/Sheet1.xml": `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1">${header}</x:row>${rows}</x:sheetData></x:worksheet>`,
    "xl/data/notes.xml": `<?xml version="1.0" encoding="utf-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Owner: team B</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>`,
  });
}

/** An analyst's workbook from ExcelJS: a title, their table, notes, an image, a defined name. */
async function excelJsWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Suppliers");
  ws.getCell("A1").value = "Supplier review — team B";
  ws.getCell("A1").font = { bold: true, size: 16, name: "Georgia" };
  ws.addTable({ name: "Review", ref: "A3", headerRow: true, columns: ["Project", "Supplier", "Drawings complete", "Requirements defined", "Complexity", "Chosen model", "Notes"].map((name) => ({ name })), rows: ROWS.map((r) => r.map((v) => v ?? "")) });
  ws.getCell("A4").note = "check with team";
  ws.getCell("A12").value = { formula: "COUNTA(A4:A9)", result: 6 } as ExcelJS.CellValue;
  const image = wb.addImage({ buffer: fs.readFileSync(path.resolve(__dirname, "..", "..", "assets", "icon-32.png")) as any, extension: "png" });
  ws.addImage(image, "J14:K16");
  wb.definedNames.add("Suppliers!$A$1", "Title");
  wb.addWorksheet("Budget").getCell("B2").value = 1200.5;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The ExcelJS workbook made macro-enabled: a VBA project, its relationship and content types. */
async function macroWorkbook(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await excelJsWorkbook());
  const types = (await zip.file("[Content_Types].xml")?.async("string")) as string;
  zip.file("[Content_Types].xml", types.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml").replace("<Default ", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default '));
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) as string;
  zip.file("xl/_rels/workbook.xml.rels", rels.replace("</Relationships>", '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
  zip.file("xl/vbaProject.bin", Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

interface Fixture {
  readonly name: string;
  readonly file: () => Promise<string>;
  /** The register's sheet name and the part it lives in; the cells the audit may write. */
  readonly sheet: string;
  readonly part: string;
  readonly computed: RegExp;
  /** Sheet rows of ROWS[0] in the register. */
  readonly firstRow: number;
}

const write = (name: string, data: Buffer) => {
  fs.writeFileSync(path.join(DIR, name), data);
  return path.join(DIR, name);
};
const fromOpenpyxl = (name: string, variant: "range" | "table") => async () => {
  openpyxlRegister(path.join(DIR, name), variant, ROWS);
  return path.join(DIR, name);
};
const fromLibreOffice = (name: string, variant: "range" | "table") => async () => resaveAsXlsx(await fromOpenpyxl(`lo-source-${name}`, variant)(), path.join(DIR, "lo", name.replace(/\.xlsx$/, "")));

const FIXTURES: Fixture[] = [
  { name: "ExcelJS: the analyst's table among notes and an image", file: async () => write("exceljs.xlsx", await excelJsWorkbook()), sheet: "Suppliers", part: "xl/worksheets/sheet1.xml", computed: /^[H-M]\d+$/, firstRow: 4 },
  { name: "openpyxl: a header-row register, 1904 dates, chart, notes, merges", file: fromOpenpyxl("openpyxl-range.xlsx", "range"), sheet: "Register", part: "xl/worksheets/sheet1.xml", computed: /^[H-M]\d+$/, firstRow: 4 },
  { name: "openpyxl: the register as an Excel table", file: fromOpenpyxl("openpyxl-table.xlsx", "table"), sheet: "Register", part: "xl/worksheets/sheet1.xml", computed: /^[H-M]\d+$/, firstRow: 4 },
  { name: "LibreOffice: the openpyxl register saved again", file: fromLibreOffice("libreoffice-range.xlsx", "range"), sheet: "Register", part: "xl/worksheets/sheet1.xml", computed: /^[H-M]\d+$/, firstRow: 4 },
  { name: "LibreOffice: the table register saved again", file: fromLibreOffice("libreoffice-table.xlsx", "table"), sheet: "Register", part: "xl/worksheets/sheet1.xml", computed: /^[H-M]\d+$/, firstRow: 4 },
  { name: "hand-made: x:-prefixed, parts under other names, no styles", file: async () => write("prefixed.xlsx", await prefixedPackage()), sheet: "Register", part: "xl/worksheets/Sheet1.xml", computed: /^[H-M]\d+$/, firstRow: 2 },
];

beforeAll(() => {
  if (!hasLibreOffice()) throw new Error("LibreOffice (soffice) is missing: run npm test, or apt-get install libreoffice-calc.");
  if (!fs.existsSync(PYTHON)) throw new Error("python3-openpyxl is missing: run npm test, or apt-get install python3-openpyxl.");
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
});

describe.each(FIXTURES)("$name", (fixture) => {
  let input: Buffer;
  let audited: Awaited<ReturnType<typeof auditPackage>>;

  beforeAll(async () => {
    input = fs.readFileSync(await fixture.file());
    audited = await auditPackage(input, fixture.name);
  });

  test("every part the audit had no reason to touch is byte-identical; the edited ones only gain", async () => {
    const { changed, after } = await expectSurgical(input, audited.data, fixture.part, fixture.computed);
    expect(changed.sort()).toEqual([...audited.changedParts].sort());
    const rulesPart = changed.find((name) => /worksheets\/sheet\d+\.xml$/i.test(name) && name !== fixture.part && after.get(name)?.toString().includes("Rules read by the MFG Register")) as string;
    const suppliersPart = changed.find((name) => after.get(name)?.toString().includes("Suppliers and the models they offer")) as string;
    const relsOf = (part: string) => `${path.posix.dirname(part)}/_rels/${path.posix.basename(part)}.rels`;
    expect([suppliersPart, (await parts(input)).has(suppliersPart)]).toEqual([expect.any(String), false]);
    const allowed = (name: string) =>
      name === fixture.part || [rulesPart, suppliersPart].some((added) => name === added || name === relsOf(added)) ||
      /^xl\/tables\/table\d+\.xml$/.test(name) || ["[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/styles.xml"].includes(name);
    expect(changed.filter((name) => !allowed(name))).toEqual([]);
  });

  test("the report counts every row; the register's own values are untouched", () => {
    expect([audited.sheet, audited.rows, audited.counts]).toEqual([fixture.sheet, 5, { fit: 2, conditional: 0, mismatch: 2, incomplete: 0, "bad input": 1 }]);
    expect(audited.problems.map((p) => [p.row - fixture.firstRow, p.project, p.status])).toEqual([[1, "Beta", "mismatch"], [3, "Delta", "mismatch"], [4, "Epsilon", "bad input"]]);
  });

  test("auditing the audited file again changes no part", async () => {
    const again = await auditPackage(audited.data, fixture.name);
    const [once, twice] = [await parts(audited.data), await parts(again.data)];
    expect([...twice.keys()].filter((name) => !once.get(name)?.equals(twice.get(name) as Buffer))).toEqual([]);
  });

  test("LibreOffice recalculates the computed columns to the core's verdicts", () => {
    const file = write(`${fixture.part.replace(/\W/g, "-")}-${FIXTURES.indexOf(fixture)}.audited.xlsx`, audited.data);
    const sheet = recalculatedSheets(file, path.join(DIR, `csv-${FIXTURES.indexOf(fixture)}`))[fixture.sheet] as string[][];
    const got = ROWS.map((_, i) => sheet[fixture.firstRow - 1 + i]?.slice(7, 13));
    expect(got).toEqual(ROWS.map(expected));
  });
});

describe("a register that is an Excel table", () => {
  /** ExcelJS's table with a totals row, and a calculated column as Excel writes one. */
  async function tableWithTotals(): Promise<Buffer> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Suppliers");
    const columns = ["Project", "Supplier", "Drawings complete", "Requirements defined", "Complexity", "Chosen model", "Notes"];
    ws.addTable({ name: "Review", ref: "B2", headerRow: true, totalsRow: true, style: { theme: "TableStyleLight2", showRowStripes: true }, columns: columns.map((name, i) => ({ name, ...(i === 0 ? { totalsRowFunction: "count" as const } : {}) })), rows: ROWS.map((r) => r.map((v) => v ?? "")) });
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const table = (await zip.file("xl/tables/table1.xml")?.async("string")) as string;
    zip.file("xl/tables/table1.xml", table.replace(/<tableColumn id="7" name="Notes"[^>]*\/>/, '<tableColumn id="7" name="Notes"><calculatedColumnFormula>LEN(Review[[#This Row],[Project]])</calculatedColumnFormula></tableColumn>'));
    return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  }

  test("keeps its header row, totals row, style and calculated column; grows validly", async () => {
    const input = await tableWithTotals();
    const audited = await auditPackage(input, "totals.xlsx");
    const [before, after] = [(await parts(input)).get("xl/tables/table1.xml")?.toString() as string, (await parts(audited.data)).get("xl/tables/table1.xml")?.toString() as string];
    for (const local of ["tableColumn", "tableStyleInfo"]) for (const e of elements(before, local)) expect(after).toContain(e);
    expect(after).toMatch(/\sref="B2:N9"/);
    expect(after).toMatch(/totalsRowCount="1"/);
    expect(elements(after, "autoFilter")[0]).toMatch(/ref="B2:N8"/);
    const ids = [...after.matchAll(/<tableColumn id="(\d+)" name="([^"]*)"/g)];
    expect(after).toMatch(new RegExp(`<tableColumns count="${ids.length}"`));
    expect(new Set(ids.map((m) => m[1])).size).toBe(13);
    // The names equal the header cells' text, as Excel requires.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(audited.data as any);
    const header = Array.from({ length: 13 }, (_, i) => wb.getWorksheet("Suppliers")?.getCell(2, 2 + i).value);
    expect(ids.map((m) => m[2])).toEqual(header);
    expect([audited.rows, audited.counts.mismatch]).toEqual([5, 2]);
    await expectSurgical(input, audited.data, "xl/worksheets/sheet1.xml", /^[I-N]\d+$/);
  });
});

describe("the suppliers sheet the audit adds", () => {
  test("when a table of the analyst's is already named MfgSuppliers: plain header cells, no second table of that name, and it computes", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Register").addRows([["Project", "Supplier", "Drawings complete", "Requirements defined", "Complexity", "Chosen model"], ["Alpha", "Acme", "Yes", "Yes", "Low", "OEM"]]);
    wb.addWorksheet("Vendors").addTable({ name: "MfgSuppliers", ref: "A1", headerRow: true, columns: [{ name: "Vendor" }], rows: [["Acme"]] });
    const input = Buffer.from(await wb.xlsx.writeBuffer());
    const audited = await auditPackage(input, "clash.xlsx");
    const after = await parts(audited.data);
    const tableNames = [...after.entries()].filter(([name]) => /tables\/[^/]+\.xml$/.test(name)).map(([, xml]) => / name="([^"]+)"/.exec(xml.toString())?.[1]);
    expect(tableNames.filter((n) => n?.toLowerCase() === "mfgsuppliers")).toHaveLength(1);
    const file = write("clash.audited.xlsx", audited.data);
    const sheets = recalculatedSheets(file, path.join(DIR, "csv-clash"));
    expect(sheets["MFG Suppliers"]?.[2]?.slice(0, 3)).toEqual(["Supplier", "Models offered", "Notes"]);
    expect(sheets.Register?.[0]?.[10]).toBe("MFG Supplier offers");
    expect(sheets.Register?.[1]?.slice(6, 9)).toEqual(["Ready for production", "OEM", "Fit"]);
    // Auditing again adds nothing: the sheet is there now, and it is the analysts'.
    const twice = await parts((await auditPackage(audited.data, "clash.xlsx")).data);
    expect([...twice.keys()].filter((name) => !after.get(name)?.equals(twice.get(name) as Buffer))).toEqual([]);
  });
});

describe("what the audit refuses, with a sentence", () => {
  test("Strict Open XML", async () => {
    const strict = await zipOf({
      "[Content_Types].xml": `<Types xmlns="${CT}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/></Types>`,
      "_rels/.rels": `<Relationships xmlns="${PKG}"><Relationship Id="R0" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      "xl/workbook.xml": `<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheets/></workbook>`,
    });
    await expect(auditPackage(strict, "strict.xlsx")).rejects.toThrow('strict.xlsx: saved as "Strict Open XML Spreadsheet", which the audit does not read. Open it in Excel and save it as "Excel Workbook (.xlsx)", then audit that copy.');
  });
});

describe("a macro-enabled workbook", () => {
  test("keeps its VBA project and content type byte for byte", async () => {
    const input = await macroWorkbook();
    const audited = await auditPackage(input, "macros.xlsm");
    const [before, after] = [await parts(input), await parts(audited.data)];
    expect(after.get("xl/vbaProject.bin")?.equals(before.get("xl/vbaProject.bin") as Buffer)).toBe(true);
    expect(after.get("[Content_Types].xml")?.toString()).toContain("application/vnd.ms-excel.sheet.macroEnabled.main+xml");
    expect(audited.rows).toBe(5);
  });
});

test("the producers' files are really theirs", async () => {
  // Guards against a fixture silently falling back to another producer.
  const app = async (file: string) => (await parts(fs.readFileSync(file))).get("docProps/app.xml")?.toString() ?? "";
  expect(await app(path.join(DIR, "lo", "libreoffice-range", "lo-source-libreoffice-range.xlsx"))).toContain("LibreOffice");
  expect(await app(path.join(DIR, "openpyxl-range.xlsx"))).toContain("Microsoft Excel"); // openpyxl writes Excel's name here
  expect((await parts(fs.readFileSync(path.join(DIR, "openpyxl-range.xlsx")))).get("docProps/core.xml")?.toString()).toContain("openpyxl");
});
