// The portfolio roll-up over registers from several producers: a summary row per register, every
// problem row with its file, projects by stage and model used with a native chart that
// LibreOffice reads, renders and saves again; unreadable files listed, never fatal.

import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { BUILT_IN_RULES } from "../../src/core";
import { portfolioWorkbook, readRegister, rollupFiles } from "../../src/files/portfolio";
import { PORTFOLIO_SHEET, PROBLEMS_SHEET, STAGES_SHEET } from "../../src/workbook";
import { hasLibreOffice, renderPdf, resaveAsXlsx } from "../support/libreoffice";
import { elements, inSchemaOrder, openpyxlRegister, parts, PYTHON, wellFormed } from "../support/packages";
import { sheetValues } from "../support/sheetValues";
import { stringItemText } from "../../src/files/sheetStream";
import { parseCells } from "../../src/files/cells";

const DIR = path.resolve(__dirname, "..", "..", ".tmp", "portfolio");
const file = (name: string) => path.join(DIR, name);

async function teamRegister(name: string, team: string, rows: unknown[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Register");
  ws.addRow(["Project", "Supplier", "Team", "Drawings complete", "Requirements defined", "Complexity", "Chosen model"]);
  for (const r of rows) ws.addRow([r[0], r[1], team, ...r.slice(2)]);
  await wb.xlsx.writeFile(file(name));
  return file(name);
}

const sheetRows = async (data: Buffer, sheet: string): Promise<unknown[][]> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const ws = wb.getWorksheet(sheet) as ExcelJS.Worksheet;
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => rows.push(Array.from(row.values as unknown[]).slice(1).map((v) => v ?? "")));
  return rows;
};

let inputs: string[] = [];
beforeAll(async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  inputs = [
    await teamRegister("team-a.xlsx", "Team A", [
      ["Pack 1", "Volt", "Yes", "Yes", "Low", "OEM"],
      ["Pack 2", "Volt", "No", "Yes", "Low", "OEM"],
      ["Pack 3", "Cell", "No", "No", "", "JDM"],
    ]),
    await teamRegister("team-b.xlsx", "Team B", [
      ["Pump", "Medi", "No", "Yes", "High", "ODM"],
      ["Tag", "Tiny", "maybe", "Yes", "Low", ""],
      ["AGV", "Kin", "TBD", "Yes", "High", ""],
    ]),
  ];
  openpyxlRegister(file("python.xlsx"), "range", [["Scanner", "Pack", "No", "Yes", "Medium", "JDM"]]);
  inputs.push(file("python.xlsx"));
  fs.writeFileSync(file("broken.xlsx"), "not a workbook");
  inputs.push(file("broken.xlsx"), file("missing.xlsx"));
});

test("a file that cannot be read is an entry with its sentence, not a failure", async () => {
  const missing = file("missing.xlsx");
  expect(await readRegister(missing)).toEqual({
    file: missing,
    register: null,
    error: `${missing}: no such file. Check the name and the folder.`,
    // Said in the other languages too, for a portfolio or a roll-up line in them.
    errorIn: { de: `${missing}: keine solche Datei. Prüfen Sie Namen und Ordner.`, zh: `${missing}：没有这个文件。请检查文件名和文件夹。`, ja: `${missing}：そのファイルはありません。名前とフォルダーを確認してください。` },
    errorCode: "system.ENOENT",
  });
  const broken = await readRegister(file("broken.xlsx"));
  expect([broken.register, typeof broken.error]).toEqual([null, "string"]);
});

describe("rollupFiles", () => {
  let data: Buffer;
  beforeAll(async () => {
    await rollupFiles(inputs, file("portfolio.xlsx"));
    data = fs.readFileSync(file("portfolio.xlsx"));
  });

  test("one summary row per file: sheet, team, counts; unreadable files with their sentence", async () => {
    const rows = await sheetRows(data, PORTFOLIO_SHEET);
    expect(rows[2]).toEqual(["File", "Sheet", "Team", "Rows", "Fit", "Conditional", "Mismatch", "Not known yet", "Bad input", "Supplier gaps", "Note", "Rules"]);
    // An empty Note is no cell at all (a sheet writes no empty cells); Rules names the rulebook each was judged by.
    const builtIn = `Built-in rules, version 1 (${BUILT_IN_RULES.fingerprint})`;
    expect(rows.slice(3, 6)).toEqual([
      [file("team-a.xlsx"), "Register", "Team A", 3, 2, 0, 1, 0, 0, 0, "", builtIn],
      [file("team-b.xlsx"), "Register", "Team B", 3, 0, 1, 0, 1, 1, 0, "", builtIn],
      [file("python.xlsx"), "Register", "", 1, 0, 1, 0, 0, 0, 0, "", builtIn],
    ]);
    expect(rows[6]?.slice(0, 2)).toEqual([file("broken.xlsx"), ""]);
    expect(String(rows[6]?.[10])).toMatch(/^.*broken\.xlsx: /);
    expect(rows[7]?.[10]).toBe(`${file("missing.xlsx")}: no such file. Check the name and the folder.`);
    expect(rows[1]).toEqual(["3 of 5 files read; a file that could not be read says why in Note."]);
  });

  test("every problem row with its file, sheet, row, project, supplier, status and reason", async () => {
    const rows = await sheetRows(data, PROBLEMS_SHEET);
    expect(rows.slice(3).map((r) => r.slice(0, 6))).toEqual([
      [file("team-a.xlsx"), "Register", 3, "Pack 2", "Volt", "Mismatch"],
      [file("team-b.xlsx"), "Register", 2, "Pump", "Medi", "Conditional"],
      [file("team-b.xlsx"), "Register", 3, "Tag", "Tiny", "Bad input"],
      [file("team-b.xlsx"), "Register", 4, "AGV", "Kin", "Not known yet"],
      // openpyxl's register has a title row above its header.
      [file("python.xlsx"), "Register", 4, "Scanner", "Pack", "Conditional"],
    ]);
    expect(rows[3]?.[6]).toMatch(/^OEM is a mismatch|OEM needs frozen drawings/);
  });

  test("the files, statuses and the built-in rules' reasons are shared strings: a problem row repeats none of them", async () => {
    const all = await parts(data);
    const index = [...(all.get("xl/workbook.xml")?.toString() as string).matchAll(/<sheet [^>]*name="([^"]+)"/g)].findIndex((m) => m[1] === PROBLEMS_SHEET);
    const sheet = all.get(`xl/worksheets/sheet${index + 1}.xml`)?.toString() as string;
    const rows = [...sheet.matchAll(/<row r="(\d+)"[^>]*>[\s\S]*?<\/row>/g)].filter((m) => Number(m[1]) > 3);
    expect(rows).toHaveLength(5);
    // File (A), Status (F) and Reason (G) of every problem row: references to the shared strings.
    for (const row of rows) expect(parseCells(row[0], "").filter((c) => [1, 6, 7].includes(c.column)).map((c) => c.type)).toEqual(["s", "s", "s"]);
  });

  test("projects by stage and model used, each row totalled", async () => {
    const rows = await sheetRows(data, STAGES_SHEET);
    expect(rows.slice(2, 8)).toEqual([
      ["Stage", "OEM", "ODM", "JDM", "No model chosen", "Model not accepted", "Total"],
      ["Ready for production", 1, 0, 0, 0, 0, 1],
      ["Requirements defined", 1, 0, 1, 0, 0, 2],
      ["Complex system", 0, 1, 0, 0, 0, 1],
      ["Early-stage R&D", 0, 0, 1, 0, 0, 1],
      // Tag (a bad value) and AGV (drawings TBD): no stage yet, no model chosen.
      ["Not known yet", 0, 0, 0, 2, 0, 2],
    ]);
  });

  test("a native column chart on the stage sheet: its parts, relationships and content types", async () => {
    const all = await parts(data);
    const chart = all.get("xl/charts/chart1.xml")?.toString() as string;
    const drawing = all.get("xl/drawings/drawing1.xml")?.toString() as string;
    wellFormed("chart", chart);
    wellFormed("drawing", drawing);
    expect(elements(chart, "ser")).toHaveLength(5);
    expect(chart).toContain("<c:f>'By stage'!$B$4:$B$8</c:f>");
    expect(chart).toContain("<c:f>'By stage'!$A$4:$A$8</c:f>");
    const workbook = all.get("xl/workbook.xml")?.toString() as string;
    const index = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].findIndex((m) => m[1] === STAGES_SHEET);
    const sheet = all.get(`xl/worksheets/sheet${index + 1}.xml`)?.toString() as string;
    expect(sheet).toMatch(/<drawing (xmlns:r="[^"]+" )?r:id="rId\d+"\/>/);
    inSchemaOrder(sheet, ["drawing"]);
    expect(all.get(`xl/worksheets/_rels/sheet${index + 1}.xml.rels`)?.toString()).toContain('Target="../drawings/drawing1.xml"');
    expect(all.get("xl/drawings/_rels/drawing1.xml.rels")?.toString()).toContain('Target="../charts/chart1.xml"');
    const types = all.get("[Content_Types].xml")?.toString() as string;
    expect(types).toContain('PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"');
  });

  test("LibreOffice draws the chart and keeps it when it saves the portfolio again", async () => {
    if (!hasLibreOffice()) throw new Error("LibreOffice (soffice) is missing: run npm test, or apt-get install libreoffice-calc.");
    const pdf = renderPdf(file("portfolio.xlsx"), path.join(DIR, "pdf"));
    expect(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" })).toContain("Projects by stage and model used");
    const again = await parts(fs.readFileSync(resaveAsXlsx(file("portfolio.xlsx"), path.join(DIR, "resaved"))));
    const charts = [...again.keys()].filter((k) => /^xl\/charts\/chart\d+\.xml$/.test(k));
    expect(charts).toHaveLength(1);
    const chart = again.get(charts[0] as string)?.toString() as string;
    expect(elements(chart, "ser")).toHaveLength(5);
    expect(chart).toMatch(/barDir val="col"/);
  });

  test("run twice, the same portfolio (every part but the document's timestamps)", async () => {
    await rollupFiles(inputs, file("again.xlsx"));
    const [a, b] = [await parts(data), await parts(fs.readFileSync(file("again.xlsx")))];
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [name, content] of a) if (name !== "docProps/core.xml") expect([name, b.get(name)?.toString()]).toEqual([name, content.toString()]);
  });

  test("never writes over one of the registers it reads", async () => {
    await expect(rollupFiles(inputs, file("team-a.xlsx"), { replace: true })).rejects.toThrow(`${file("team-a.xlsx")} is the input ${file("team-a.xlsx")} itself (the same file, through a link or another path); nothing is ever written over an input. Choose another output.`);
  });
});

test("streamed from disk, the portfolio is the one written in memory, part for part, its problem rows spilled over sheets alike", async () => {
  const entries = await Promise.all(inputs.map((f) => readRegister(f)));
  const problems = entries.reduce((n, e) => n + (e.register?.problems.length ?? 0), 0);
  expect(problems).toBe(5);
  for (const perSheet of [1_048_573, 2, 1]) {
    const out = file(`streamed-${perSheet}.xlsx`);
    const { entries: summaries } = await rollupFiles(inputs, out, { perSheet, replace: true });
    // The run keeps summaries only: the problem rows went to the spool and into the file.
    expect(summaries.every((e) => e.register === null || e.register.problems.length === 0)).toBe(true);
    const [streamed, inMemory] = [await parts(fs.readFileSync(out)), await parts(portfolioWorkbook(entries, perSheet))];
    // Streamed, the repeated texts are shared strings (portfolioTexts): one part more, named in
    // the workbook's relationships and the content types; every other part as written in memory.
    const sst = streamed.get("xl/sharedStrings.xml")?.toString() as string;
    const strings = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => stringItemText(m[1] as string, ""));
    expect([...streamed.keys()].filter((k) => k !== "xl/sharedStrings.xml")).toEqual([...inMemory.keys()]);
    const withoutShared = (xml: string) => xml.replace(/<(Relationship|Override) [^>]*sharedStrings[^>]*\/>/, "");
    for (const [name, content] of inMemory) {
      if (name === "docProps/core.xml") continue;
      const [mine, theirs] = [withoutShared(streamed.get(name)?.toString() as string), content.toString()];
      // The streamed rows are written more tersely (problemLines.ts): the same cells, the rest of the part alike.
      const outside = (xml: string) => xml.replace(/<sheetData>[\s\S]*<\/sheetData>/, "");
      if (!name.startsWith("xl/worksheets/sheet") || mine === theirs) expect([name, mine]).toEqual([name, theirs]);
      else expect([name, outside(mine), sheetValues(mine, strings)]).toEqual([name, outside(theirs), sheetValues(theirs)]);
    }
    expect([...streamed.keys()].filter((k) => k.startsWith("xl/tables/"))).toHaveLength(1 + Math.ceil(problems / perSheet));
  }
  // Python's zipfile checks every CRC and size the stream patched into its local header.
  expect(execFileSync("/usr/bin/python3", ["-c", "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).testzip())", file("streamed-2.xlsx")], { encoding: "utf8" }).trim()).toBe("None");
});

test("read only, a register is judged exactly as the audit judges it, refusals included, and nothing is written", async () => {
  const { auditPackage, readPackage } = await import("../../src/files/audit");
  for (const f of [...inputs.slice(0, 3), file("broken.xlsx")]) {
    const data = fs.readFileSync(f);
    const [audited, read] = await Promise.all([auditPackage(data, f).catch((e: Error) => e.message), readPackage(data, f).catch((e: Error) => e.message)]);
    if (typeof audited === "string") expect(read).toBe(audited);
    else {
      const { data: written, changedParts, ...judged } = audited;
      expect([written.length > 0, changedParts.length > 0]).toEqual([true, true]);
      expect(read).toEqual({ ...judged, rulesWritten: false });
    }
  }
});

test("an empty portfolio is still a workbook: no problem rows, an all-zero chart", async () => {
  const all = await parts(await portfolioWorkbook([]));
  expect(all.has("xl/charts/chart1.xml")).toBe(true);
});

test("a mapping is for the files with its headers: the others are read by the synonyms", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("B").addRows([["Project", "Released to vendor", "Requirements defined", "Complexity", "Chosen model"], ["X", "Yes", "No", "Low", "OEM"]]);
  await wb.xlsx.writeFile(file("mapped.xlsx"));
  const target = { mapping: { drawingsComplete: "Released to vendor" } };
  expect((await readRegister(file("mapped.xlsx"), target)).register?.counts.fit).toBe(1);
  expect((await readRegister(file("team-a.xlsx"), target)).register?.rows).toBe(3);
  // Where neither reads it, the sentence of the mapped reading stands.
  expect((await readRegister(file("mapped.xlsx"), { mapping: { drawingsComplete: "Frozen?" } })).error).toMatch(/mapped.xlsx: No register found/);
});

test("problem rows spilled over several sheets make a workbook with one table each, ids and names unique", async () => {
  const { newWorkbook } = await import("../../src/files/newWorkbook");
  const { portfolioSheets } = await import("../../src/workbook");
  const entries = [await readRegister(file("team-a.xlsx")), await readRegister(file("team-b.xlsx"))];
  const all = await parts(newWorkbook(portfolioSheets(entries, BUILT_IN_RULES, "", 1)).pkg.save());
  const tables = [...all.entries()].filter(([name]) => name.startsWith("xl/tables/")).map(([, xml]) => /id="(\d+)" name="([^"]+)"/.exec(xml.toString())?.slice(1, 3));
  const problems = entries.reduce((n, e) => n + (e.register?.problems.length ?? 0), 0);
  expect(problems).toBeGreaterThan(1);
  expect(tables.map((t) => t?.[1]).filter((n) => n?.startsWith("MfgProblems"))).toHaveLength(problems);
  expect(new Set(tables.map((t) => t?.[0])).size).toBe(tables.length);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(newWorkbook(portfolioSheets(entries, BUILT_IN_RULES, "", 1)).pkg.save() as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(["Portfolio", ...Array.from({ length: problems }, (_, i) => `Problem rows${i === 0 ? "" : ` ${i + 1}`}`), "By stage"]);
});

test("problem rows holding awkward text read back the same in openpyxl and in LibreOffice", async () => {
  const awkward = [
    ["Pack <1> & \"2\"", "  two  spaces ", "No", "Yes", "Low", "OEM"],
    ["line\nbreak", "tab\tinside", "No", "Yes", "Low", "OEM"],
    ["电池 🔋 Ünïcode", "", "No", "Yes", "Low", "OEM"],
  ];
  const register = await teamRegister("awkward.xlsx", "", awkward);
  const out = file("awkward-portfolio.xlsx");
  await rollupFiles([register], out, { replace: true, jobs: 1 });
  const script = "import sys, json, openpyxl\nws = openpyxl.load_workbook(sys.argv[1])[sys.argv[2]]\nprint(json.dumps([[c.value for c in r][:8] for r in ws.iter_rows(min_row=4)]))";
  const read = (xlsx: string) => JSON.parse(execFileSync(PYTHON, ["-c", script, xlsx, PROBLEMS_SHEET], { encoding: "utf8" })) as unknown[][];
  const expected = awkward.map((r, i) => [register, "Register", i + 2, r[0], r[1] === "" ? null : r[1], "Mismatch"]);
  expect(read(out).map((r) => r.slice(0, 6))).toEqual(expected);
  if (!hasLibreOffice()) throw new Error("LibreOffice (soffice) is missing: run npm test, or apt-get install libreoffice-calc.");
  // LibreOffice reads the cells without references into the same columns and writes them back with theirs.
  expect(read(resaveAsXlsx(out, path.join(DIR, "awkward-resaved"))).map((r) => r.slice(0, 6))).toEqual(expected);
});
