import ExcelJS from "exceljs";
import JSZip from "jszip";
import { execFileSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/mfgmodel";
import { BUILT_IN_RULES } from "../../src/core";

const ROOT = path.resolve(__dirname, "..", "..");
const DIR = path.join(ROOT, ".tmp", "cli");

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

const file = (name: string) => path.join(DIR, name);

/** An analyst's own workbook: a title, a table with their columns, notes around it, styles. */
async function analystWorkbook(name: string, rows: unknown[][], extra?: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Suppliers");
  ws.getCell("A1").value = "Supplier review — team B";
  ws.getCell("A1").font = { bold: true, size: 16 };
  ws.addTable({
    name: "Review",
    ref: "A3",
    headerRow: true,
    columns: ["Program", "Vendor", "Specs frozen", "Reqs defined", "Complexity", "Model", "Notes"].map((n) => ({ name: n })),
    rows,
  });
  ws.getCell(`A${rows.length + 6}`).value = { formula: "COUNTA(A4:A100)", result: rows.length } as ExcelJS.CellValue;
  ws.getCell("G4").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
  const other = wb.addWorksheet("Budget");
  other.getCell("B2").value = 1200.5;
  other.getCell("B3").value = { formula: "B2*2", result: 2401 } as ExcelJS.CellValue;
  extra?.(wb, ws);
  await wb.xlsx.writeFile(file(name));
  return file(name);
}

const MIXED = [
  ["Alpha", "Acme", "Y", "Y", "Low", "ODM", "ok"],
  ["Beta", "Bolt", "n", "yes", "H", "OEM", "late"],
  ["Gamma", "Core", "no", "no", "", "JDM", ""],
];
const ALL_FIT = [
  ["Alpha", "Acme", "Y", "Y", "Low", "OEM", ""],
  ["Gamma", "Core", "no", "no", "", "JDM", ""],
];

beforeAll(() => {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
});

describe("mfgmodel audit", () => {
  test("appends the computed columns, reports, exits 1 on a mismatch, and keeps every other cell", async () => {
    const input = await analystWorkbook("mixed.xlsx", MIXED);
    const before = fs.readFileSync(input);
    const { code, out } = await run("audit", input);
    expect(code).toBe(1);
    expect(out).toContain('register on sheet "Suppliers": 3 rows — 1 fit, 0 conditional, 2 mismatch, 0 incomplete, 0 bad input');
    expect(out).toContain("row 4 (Alpha / Acme): mismatch — ");
    expect(fs.readFileSync(input).equals(before)).toBe(true);

    const [a, b] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await a.xlsx.readFile(input);
    await b.xlsx.readFile(file("mixed.audited.xlsx"));
    for (const ws of a.worksheets) {
      const other = b.getWorksheet(ws.name)!;
      ws.eachRow({ includeEmpty: true }, (row, r) =>
        row.eachCell({ includeEmpty: true }, (cell, c) => {
          const twin = other.getCell(r, c);
          expect([ws.name, cell.address, twin.value, twin.style]).toEqual([ws.name, cell.address, cell.value, cell.style]);
        }),
      );
    }
    const out2 = b.getWorksheet("Suppliers")!;
    expect([8, 9, 10, 11, 12, 13].map((c) => out2.getCell(3, c).value)).toEqual(["MFG Stage", "MFG Recommended model", "MFG Fit", "MFG Why", "MFG Supplier offers", "MFG Rule key"]);
    expect((out2.getCell(4, 10).value as any).result).toBe("Mismatch");
    expect((out2 as any).tables.Review.table.tableRef).toBe("A3:M6");
    expect(b.getWorksheet("MFG Rules")).toBeDefined();
  });

  test("auditing the audited file again changes nothing", async () => {
    const first = file("mixed.audited.xlsx");
    const { code } = await run("audit", first, "-o", file("twice.xlsx"));
    expect(code).toBe(1);
    const [a, b] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await a.xlsx.readFile(first);
    await b.xlsx.readFile(file("twice.xlsx"));
    const values = (wb: ExcelJS.Workbook) => wb.worksheets.map((ws) => ws.getSheetValues());
    expect(JSON.stringify(values(b))).toBe(JSON.stringify(values(a)));
  });

  test("exit 0 when every row fits; --json prints the result", async () => {
    const input = await analystWorkbook("fits.xlsx", ALL_FIT);
    const { code, out } = await run("audit", input, "--json", "--out-dir", file("out"));
    expect(code).toBe(0);
    const [result] = JSON.parse(out);
    expect([result.rows, result.counts, result.output, result.error]).toEqual([2, { fit: 2, conditional: 0, mismatch: 0, incomplete: 0, badInput: 0 }, file("out/fits.audited.xlsx"), null]);
  });

  test("supplier fit: the analysts' MFG Suppliers list flags a supplier that does not offer the model; exit 1 only for the chosen one", async () => {
    const rows = [
      ["Alpha", "Acme", "Y", "Y", "Low", "OEM", ""],
      ["Delta", "dyna ", "no", "yes", "Medium", "JDM", ""],
    ];
    const withList = (offers: Record<string, string>) => (wb: ExcelJS.Workbook) => {
      const list = wb.addWorksheet("MFG Suppliers");
      list.getCell("A1").value = "Our suppliers";
      list.getRow(3).values = ["Supplier", "Models offered", "Notes"];
      Object.entries(offers).forEach(([name, models], i) => (list.getRow(4 + i).values = [name, models, "audited 2026"]));
    };
    const amber = await analystWorkbook("suppliers-amber.xlsx", rows, withList({ Acme: "OEM, ODM", Dyna: "JDM" }));
    const before = new ExcelJS.Workbook();
    await before.xlsx.readFile(amber);
    const first = await run("audit", amber);
    expect(first.code).toBe(0);
    expect(first.out).toContain("suppliers: 1 row whose supplier does not offer the chosen or the recommended model (0 the chosen one)");
    expect(first.out).toContain("row 5 (Delta / dyna ): conditional — ");
    expect(first.out).toContain("; supplier: Does not offer ODM (recommended)");
    const after = new ExcelJS.Workbook();
    await after.xlsx.readFile(file("suppliers-amber.audited.xlsx"));
    const register = after.getWorksheet("Suppliers")!;
    expect([register.getCell(3, 12).value, (register.getCell(4, 12).value as any).result, (register.getCell(5, 12).value as any).result]).toEqual(["MFG Supplier offers", "Yes", "Does not offer ODM (recommended)"]);
    // The analysts' list is theirs: not one cell changed, no second list added.
    expect(JSON.stringify(after.getWorksheet("MFG Suppliers")!.getSheetValues())).toBe(JSON.stringify(before.getWorksheet("MFG Suppliers")!.getSheetValues()));
    expect(after.worksheets.map((w) => w.name)).toEqual(["Suppliers", "Budget", "MFG Suppliers", "MFG Rules"]);

    const red = await analystWorkbook("suppliers-red.xlsx", rows, withList({ Acme: "ODM", Dyna: "JDM, ODM" }));
    const second = await run("audit", red, "--json");
    expect(second.code).toBe(1);
    const [result] = JSON.parse(second.out);
    expect([result.supplierGaps, result.chosenNotOffered]).toEqual([1, 1]);
    expect(result.problems).toEqual([
      { row: 4, project: "Alpha", supplier: "Acme", status: "fit", reason: "Does not offer OEM (chosen, recommended)", supplierFit: "Does not offer OEM (chosen, recommended)" },
      // A problem's supplierFit holds its supplier's gap only ("" when the supplier offers both models).
      { row: 5, project: "Delta", supplier: "dyna ", status: "conditional", reason: expect.any(String), supplierFit: "" },
    ]);
  });

  test("--json: always an array with the same camelCase keys, errors included, each naming its file", async () => {
    const good = await analystWorkbook("json-good.xlsx", MIXED);
    fs.writeFileSync(file("json-bad.xlsx"), "not a workbook");
    const { code, out, err } = await run("audit", good, file("json-bad.xlsx"), "--json", "--out-dir", file("json"));
    expect([code, err]).toEqual([2, ""]);
    const results = JSON.parse(out);
    const keys = ["input", "output", "sheet", "rows", "counts", "supplierGaps", "chosenNotOffered", "problems", "truncated", "rules", "replacedRules", "error", "errorCode"];
    expect(results.map((r: object) => Object.keys(r))).toEqual([keys, keys]);
    expect(results[0].problems[0]).toEqual({ row: 4, project: "Alpha", supplier: "Acme", status: "mismatch", reason: expect.any(String), supplierFit: "" });
    expect(results[1]).toMatchObject({ input: file("json-bad.xlsx"), output: null, error: `${file("json-bad.xlsx")}: not an .xlsx workbook (an .xlsx is a zip archive; this file is not).`, errorCode: "not_zip" });
    for (const text of [out, JSON.stringify(results)]) expect(text).not.toMatch(/"[a-z]+ [a-z]+":/);
  });

  test("every operating-system error is a sentence naming the file", async () => {
    const missing = await run("audit", file("nowhere.xlsx"));
    expect([missing.code, missing.err]).toEqual([2, `error: ${file("nowhere.xlsx")}: no such file. Check the name and the folder.\n`]);
    fs.mkdirSync(file("a-folder.xlsx"), { recursive: true });
    const folder = await run("audit", file("a-folder.xlsx"));
    expect([folder.code, folder.err]).toEqual([2, `error: ${file("a-folder.xlsx")} is a folder, not a workbook. Name a file inside it.\n`]);
    const input = await analystWorkbook("os.xlsx", ALL_FIT);
    fs.writeFileSync(file("blocker"), "a file where a folder should be");
    const blocked = await run("audit", input, "-o", file("blocker/out.xlsx"));
    expect(blocked.code).toBe(2);
    expect(blocked.err).toMatch(/^error: .*blocker\/out\.xlsx: (part of the path is a file|its folder cannot be created)/);
    for (const e of [missing.err, folder.err, blocked.err]) expect(e).not.toMatch(/\b(ENOENT|EISDIR|EACCES|ENOTDIR|EEXIST)\b/);
  });

  test("--map reads an input from the analyst's own header; a wrong name is one usage line", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("R").addRows([["Project", "Released to vendor", "Requirements defined", "Complexity", "Chosen model"], ["A", "Yes", "Yes", "Low", "ODM"]]);
    await wb.xlsx.writeFile(file("mapped.xlsx"));
    const unmapped = await run("audit", file("mapped.xlsx"));
    expect([unmapped.code, unmapped.err]).toEqual([2, expect.stringContaining('map the columns, or rename the headers. Here: --map "Drawings complete=Your header".')]);
    const mapped = await run("audit", file("mapped.xlsx"), "--map", "Drawings complete=Released to vendor");
    expect([mapped.code, mapped.out]).toEqual([1, expect.stringContaining("1 row — 0 fit, 0 conditional, 1 mismatch")]);
    const wrong = await run("audit", file("mapped.xlsx"), "--map", "Drawing=Released to vendor");
    expect(wrong.err).toBe('error: --map "Drawing=Released to vendor": "Drawing" is not an input; use one of "Project", "Supplier", "Drawings complete", "Requirements defined", "Complexity", "Chosen model". Run "mfgmodel audit --help" for usage.\n');
  });

  test("images and charts pass through untouched; --force is ignored with a note", async () => {
    const input = await analystWorkbook("image.xlsx", ALL_FIT, (wb, ws) => {
      const id = wb.addImage({ buffer: fs.readFileSync(path.join(ROOT, "assets", "icon-32.png")) as any, extension: "png" });
      ws.addImage(id, "J2:K4");
    });
    const { code, err } = await run("audit", input, "--force");
    expect([code, err]).toEqual([0, "note: --force is no longer needed (the audit changes only the register and its rules sheet) and is ignored.\n"]);
    const [before, after] = [await JSZip.loadAsync(fs.readFileSync(input)), await JSZip.loadAsync(fs.readFileSync(file("image.audited.xlsx")))];
    const media = Object.keys(before.files).filter((n) => /^xl\/(media|drawings)\/.+/.test(n) && !before.files[n]?.dir);
    expect(media.length).toBeGreaterThan(1);
    for (const name of media) expect([name, await after.file(name)?.async("base64")]).toEqual([name, await before.file(name)?.async("base64")]);
  });

  test.each([
    ["empty.xlsx", Buffer.alloc(0), "the file is empty."],
    ["text.xlsx", Buffer.from("Project,Supplier\nA,B\n"), "not an .xlsx workbook"],
    ["protected.xlsx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), "password-protected (encrypted) or an old .xls workbook"],
  ])("%s: a clear message and exit 2", async (name, bytes, message) => {
    fs.writeFileSync(file(name), bytes);
    const { code, err } = await run("audit", file(name));
    expect([code, err.includes(message), err.includes("    at ")]).toEqual([2, true, false]);
  });

  test("a truncated file: exit 2, no stack trace", async () => {
    const whole = fs.readFileSync(await analystWorkbook("whole.xlsx", ALL_FIT));
    fs.writeFileSync(file("truncated.xlsx"), whole.subarray(0, Math.floor(whole.length / 2)));
    const { code, err } = await run("audit", file("truncated.xlsx"));
    expect([code, err.includes("truncated or corrupt"), err.includes("    at ")]).toEqual([2, true, false]);
  });

  test("no register found, and ambiguous headers: exit 2", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Notes").getCell("A1").value = "nothing here";
    await wb.xlsx.writeFile(file("none.xlsx"));
    const none = await run("audit", file("none.xlsx"));
    expect([none.code, none.err.includes("No register found")]).toEqual([2, true]);

    const amb = new ExcelJS.Workbook();
    amb.addWorksheet("R").addRows([["Drawings", "Drawings complete", "Requirements", "Complexity", "Model"], [true, true, true, "L", "OEM"]]);
    await amb.xlsx.writeFile(file("ambiguous.xlsx"));
    const a = await run("audit", file("ambiguous.xlsx"));
    expect([a.code, a.err]).toEqual([2, `error: ${file("ambiguous.xlsx")}: Sheet "R", row 1: Several columns could be Drawings complete: "Drawings", "Drawings complete". Map the column explicitly. Here: --map "Drawings complete=Your header".\n`]);
  });

  test("the words analysts type for 'not known yet' pass: exit 0 when no row is a mismatch", async () => {
    const input = await analystWorkbook("words.xlsx", [
      ["Alpha", "Acme", "TBD", "n/a", "Med", "pending", ""],
      ["Beta", "Bolt", "Yes", "unknown", "-", "OEM", ""],
      ["Gamma", "Core", "No", "Yes", "Mid", "TBC", ""],
      ["Delta", "Dyna", "NA", "N/A", "—", "JDM", ""],
    ]);
    const { code, out } = await run("audit", input);
    expect(code).toBe(0);
    expect(out).toContain("4 rows — 1 fit, 0 conditional, 0 mismatch, 3 incomplete, 0 bad input");
  });

  test("a row with several bad values names every one", async () => {
    const input = await analystWorkbook("bad.xlsx", [["Alpha", "Acme", "maybe", "n/a", "huge", "OEM", ""]]);
    const { code, out } = await run("audit", input);
    expect(code).toBe(1);
    expect(out).toContain("row 4 (Alpha / Acme): bad input — Check Drawings complete: use TRUE, FALSE, Yes, No, Y, N, 1, 0; Complexity: use Low, Medium, High, L, M, H, 1, 2, 3, Med, Mid");
  });

  test("large registers: a progress bar on a terminal, plain lines otherwise", async () => {
    const big = file("big.xlsx");
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: big });
    const ws = wb.addWorksheet("Register");
    ws.addRow(["Project", "Drawings complete", "Requirements defined", "Complexity", "Chosen model"]).commit();
    for (let i = 0; i < 45_000; i++) ws.addRow([`P${i}`, "Yes", "Yes", "Low", "OEM"]).commit();
    ws.commit();
    await wb.commit();
    const statuses: string[] = [];
    let err = "";
    const io = { out: () => undefined, err: (t: string) => (err += `${t}\n`) };
    expect(await main(["audit", big, "-o", file("big-bar.xlsx")], { ...io, status: (t) => statuses.push(t) })).toBe(0);
    expect([statuses.length, statuses.at(-1), err]).toEqual([3, "", ""]);
    expect(statuses[0]).toMatch(/big\.xlsx \[#{11}-{13}\] 44%$/);
    expect(await main(["audit", big, "-o", file("big-lines.xlsx")], io)).toBe(0);
    expect(err).toBe(`${big}: 20,000 of 45,000 rows judged\n${big}: 40,000 of 45,000 rows judged\n`);
  });

  test("never writes over the input: not by its name, another path, a symbolic or a hard link, even with --replace", async () => {
    const input = await analystWorkbook("same.xlsx", ALL_FIT);
    const hash = () => crypto.createHash("sha256").update(fs.readFileSync(input)).digest("hex");
    const before = hash();
    fs.rmSync(file("link.xlsx"), { force: true });
    fs.rmSync(file("hard.xlsx"), { force: true });
    fs.symlinkSync(input, file("link.xlsx"));
    fs.linkSync(input, file("hard.xlsx"));
    const other = path.join(path.dirname(input), ".", "..", path.basename(path.dirname(input)), path.basename(input));
    for (const output of [input, other, file("link.xlsx"), file("hard.xlsx")]) {
      for (const replace of [[], ["--replace"]]) {
        const { code, err } = await run("audit", input, "-o", output, ...replace);
        expect([code, err]).toEqual([2, `error: ${output} is the input ${input} itself (the same file, through a link or another path); nothing is ever written over an input. Choose another output.\n`]);
      }
    }
    expect(hash()).toBe(before);
  });

  test("names with control characters are shown escaped on the terminal, exact in --json", async () => {
    // XML cannot hold ESC or BEL: Excel writes them as _x001B_ and _x0007_, which the reader decodes.
    const written = "Acme_x001B_[2J\r_x0007_\u202eGNP";
    const evil = "Acme\u001b[2J\r\u0007\u202eGNP";
    const input = await analystWorkbook("evil.xlsx", [["Alpha " + written, written, "Y", "Y", "Low", "ODM", ""]]);
    const text = await run("audit", input, "-o", file("evil.out.xlsx"));
    expect(text.out).toContain("(Alpha Acme\\x1b[2J\\x0d\\x07\\u202eGNP / Acme\\x1b[2J\\x0d\\x07\\u202eGNP)");
    // eslint-disable-next-line no-control-regex -- the test looks for exactly those characters
    expect(text.out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
    const json = await run("audit", input, "-o", file("evil.json.xlsx"), "--json");
    expect(JSON.parse(json.out)[0].problems[0].supplier).toBe(evil);
  });

  test("a workbook whose sheet part fails its checksum is refused with a sentence, exit 2, nothing written", async () => {
    const input = await analystWorkbook("crc.xlsx", ALL_FIT);
    const zipped = await JSZip.loadAsync(fs.readFileSync(input));
    const bytes = await zipped.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    // Flip the stored CRC of xl/worksheets/sheet1.xml in its central directory record.
    const central = Buffer.from([0x50, 0x4b, 0x01, 0x02]);
    let at = bytes.indexOf(central);
    while (bytes.toString("utf8", at + 46, at + 46 + bytes.readUInt16LE(at + 28)) !== "xl/worksheets/sheet1.xml") at = bytes.indexOf(central, at + 4);
    bytes.writeUInt32LE((bytes.readUInt32LE(at + 16) ^ 0xffff) >>> 0, at + 16);
    fs.writeFileSync(file("crc.bad.xlsx"), bytes);
    const result = await run("audit", file("crc.bad.xlsx"), "-o", file("crc.out.xlsx"));
    expect([result.code, result.err]).toEqual([2, `error: ${file("crc.bad.xlsx")}: the part xl/worksheets/sheet1.xml fails its checksum (CRC); the file is corrupt. Save the workbook from Excel again.\n`]);
    expect(fs.existsSync(file("crc.out.xlsx"))).toBe(false);
  });

  test("only a regular file is read, up to 512 MB: a device or an oversized file is refused at once", async () => {
    const device = await run("audit", "/dev/zero", "-o", file("zero.xlsx"));
    expect([device.code, device.err]).toEqual([2, "error: /dev/zero is not a file but a device, a pipe or a socket; name a workbook file.\n"]);
    // Sparse: 600 MB long, no disk used; refused by its size before a byte is read.
    const huge = file("huge.xlsx");
    fs.closeSync(fs.openSync(huge, "w"));
    fs.truncateSync(huge, 600 * 1024 * 1024);
    const big = await run("audit", huge, "-o", file("huge.out.xlsx"));
    expect([big.code, big.err]).toEqual([2, `error: ${huge} is 600 MB; the largest workbook read is 512 MB.\n`]);
    fs.rmSync(huge);
  });

  test("an existing output is kept unless --replace; replaced whole, never half-written", async () => {
    const input = await analystWorkbook("keep.xlsx", ALL_FIT);
    const output = file("keep.out.xlsx");
    fs.writeFileSync(output, "the analyst's own file");
    const refused = await run("audit", input, "-o", output);
    expect([refused.code, refused.err, fs.readFileSync(output, "utf8")]).toEqual([
      2, `error: ${output} exists; nothing is overwritten unless you ask. Choose another name, or add --replace.\n`, "the analyst's own file",
    ]);
    const replaced = await run("audit", input, "-o", output, "--replace");
    expect(replaced.code).toBe(0);
    expect(fs.readFileSync(output).subarray(0, 2).toString()).toBe("PK");
    // No temporary file is left beside it.
    expect(fs.readdirSync(path.dirname(output)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("--help and bad usage", async () => {
    expect((await run("audit", "--help")).out).toContain("mfgmodel audit <in.xlsx…>");
    // A usage error is one line and a pointer to --help, never the whole help again.
    expect(await run("audit", "--sheet")).toEqual({ code: 2, out: "", err: 'error: --sheet needs a value. Run "mfgmodel audit --help" for usage.\n' });
    expect(await run("frobnicate")).toEqual({ code: 2, out: "", err: 'error: Unknown command "frobnicate". Run "mfgmodel --help" for usage.\n' });
  });

  test("--version prints the package's version", async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(await run("--version")).toEqual({ code: 0, out: `mfgmodel ${version}\n`, err: "" });
  });
});

describe("mfgmodel template", () => {
  test("writes the matrix, rules and register sheets; refuses to overwrite", async () => {
    const { code } = await run("template", file("template.xlsx"));
    expect(code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("template.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["MFG Register", "MFG Matrix", "MFG Next Steps", "MFG Rules", "MFG Suppliers"]);
    expect(Object.keys((wb.getWorksheet("MFG Register") as any).tables)).toEqual(["MfgRegister"]);
    expect(Object.keys((wb.getWorksheet("MFG Suppliers") as any).tables)).toEqual(["MfgSuppliers"]);
    expect((await run("template", file("template.xlsx"))).code).toBe(2);
  });

  test("creates missing folders; refuses any extension but .xlsx", async () => {
    expect((await run("template", file("new/folder/team.xlsx"))).code).toBe(0);
    expect(fs.existsSync(file("new/folder/team.xlsx"))).toBe(true);
    expect(await run("template", file("out.csv"))).toEqual({ code: 2, out: "", err: 'error: template writes an Excel workbook: name it with .xlsx (not "out.csv"). Run "mfgmodel template --help" for usage.\n' });
    expect(fs.existsSync(file("out.csv"))).toBe(false);
  });
});

describe("mfgmodel classify", () => {
  test.each([
    [["--drawings", "no", "--requirements", "yes", "--complexity", "H", "--chosen", "odm", "--json"], 0, { stage: "Complex system", recommended: "JDM", chosen: "ODM", fit: "Conditional", error: null }],
    [["--drawings", "no", "--requirements", "yes", "--complexity", "L", "--chosen", "OEM", "--json"], 1, { fit: "Mismatch" }],
    [["--drawings", "maybe", "--json"], 1, { stage: null, error: '--drawings: "maybe" is not accepted; use TRUE, FALSE, Yes, No, Y, N, 1 or 0 (any case).' }],
    [["--drawings", "TBD", "--requirements", "n/a", "--json"], 0, { stage: null, notKnownYet: expect.stringContaining("are empty (not known yet)") }],
    [["--drawings", "Y", "--json"], 0, { stage: "Ready for production", recommended: "OEM" }],
  ])("%p → exit %i", async (args, code, expected) => {
    const result = await run("classify", ...(args as string[]));
    expect(result.code).toBe(code);
    expect(JSON.parse(result.out)).toMatchObject(expected);
  });

  test("bad and missing values name the option", async () => {
    expect((await run("classify", "--drawings", "maybe")).err).toBe('error: --drawings: "maybe" is not accepted; use TRUE, FALSE, Yes, No, Y, N, 1 or 0 (any case).\n');
    expect(await run("classify", "--drawings", "no")).toEqual({ code: 0, err: "", out: "No answer yet: --requirements and --complexity are empty (not known yet), so there is no answer yet.\n" });
    expect(await run("classify")).toEqual({ code: 2, out: "", err: 'error: classify needs at least --drawings, --requirements or --complexity. Run "mfgmodel classify --help" for usage.\n' });
  });
});

describe("the installed command", () => {
  test("npx mfgmodel runs the built CLI", () => {
    const out = execFileSync("npx", ["--no-install", "mfgmodel", "classify", "--drawings", "yes"], { cwd: ROOT, encoding: "utf8" });
    expect(out).toContain("Recommended model: OEM");
  });

  test("its help in the language asked, or of the locale", () => {
    const ja = execFileSync("npx", ["--no-install", "mfgmodel", "audit", "--help", "--lang", "ja"], { cwd: ROOT, encoding: "utf8" });
    const de = execFileSync("npx", ["--no-install", "mfgmodel", "--help"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, LC_ALL: "", LC_MESSAGES: "", LANG: "de_DE.UTF-8" } });
    expect([ja.includes("オプション："), ja.includes("「図面完成」"), de.startsWith("mfgmodel: welches Fertigungsmodell")]).toEqual([true, true, true]);
  });
});

describe("mfgmodel rollup", () => {
  test("several registers into one portfolio: a line per file, exit 1 on a mismatch, JSON of one shape", async () => {
    const a = await analystWorkbook("rollup-a.xlsx", MIXED);
    const b = await analystWorkbook("rollup-b.xlsx", ALL_FIT);
    const text = await run("rollup", a, b, "-o", file("portfolio.xlsx"));
    expect(text).toEqual({
      code: 1,
      out: `${file("portfolio.xlsx")}: 2 of 2 registers\n  ${a}, sheet "Suppliers": 1 fit, 0 conditional, 2 mismatch, 0 incomplete, 0 bad input\n  ${b}, sheet "Suppliers": 2 fit, 0 conditional, 0 mismatch, 0 incomplete, 0 bad input\n`,
      err: "",
    });
    expect(fs.existsSync(file("portfolio.xlsx"))).toBe(true);
    expect((await run("rollup", b, "-o", file("fit.xlsx"))).code).toBe(0);
    const json = await run("rollup", b, file("nope.xlsx"), "-o", file("fit.xlsx"), "--json", "--replace");
    expect(json.code).toBe(2);
    expect(JSON.parse(json.out)).toEqual({
      output: file("fit.xlsx"),
      excluded: 0,
      skipped: 0,
      registers: [
        {
          input: b, sheet: "Suppliers", teams: [], rows: 2, counts: { fit: 2, conditional: 0, mismatch: 0, incomplete: 0, badInput: 0 }, supplierGaps: 0, chosenNotOffered: 0, problems: [], truncated: false,
          rules: { name: "Built-in rules", version: "1", fingerprint: BUILT_IN_RULES.fingerprint, language: "en", builtIn: true, rowsDiffering: 0, spellingsAdded: 0 }, rulesAsExpected: null, error: null, errorCode: null,
        },
        { input: file("nope.xlsx"), sheet: null, teams: null, rows: null, counts: null, supplierGaps: null, chosenNotOffered: null, problems: null, truncated: null, rules: null, rulesAsExpected: null, error: `${file("nope.xlsx")}: no such file. Check the name and the folder.`, errorCode: "system.ENOENT" },
      ],
    });
    // Written register by register as they are read, the document is the one JSON.stringify gives;
    // each register's problem rows are in it (the portfolio streams them from disk, not from here).
    const both = await run("rollup", a, b, file("nope.xlsx"), "-o", file("both.xlsx"), "--json");
    const parsed = JSON.parse(both.out) as { registers: { problems: unknown[] | null }[] };
    expect(both.out).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    expect(parsed.registers.map((r) => r.problems?.length ?? null)).toEqual([2, 0, null]);
  });

  test("usage errors are one line pointing to --help", async () => {
    expect(await run("rollup", "a.xlsx")).toEqual({ code: 2, out: "", err: 'error: rollup needs -o portfolio.xlsx, the workbook it writes. Run "mfgmodel rollup --help" for usage.\n' });
    expect((await run("rollup", "a.xlsx", "-o", "p.csv")).err).toBe('error: rollup writes an Excel workbook: name it with .xlsx (not "p.csv"). Run "mfgmodel rollup --help" for usage.\n');
    expect((await run("rollup", "-o", "p.xlsx")).err).toBe('error: rollup needs at least one .xlsx file or folder. Run "mfgmodel rollup --help" for usage.\n');
    expect((await run("rollup", "--help")).out).toContain("mfgmodel rollup <in.xlsx|folder…> -o portfolio.xlsx");
  });
});
