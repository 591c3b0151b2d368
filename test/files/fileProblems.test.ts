// The file layer refuses with codes (fileProblems.ts); the sentences are one table of words
// (fileWords.ts). Codes are asserted here for what each step refuses; the words once, each
// naming the file, whatever the problem.

import { execFileSync } from "child_process";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { auditPackage } from "../../src/files/audit";
import { problemCode } from "../../src/files/fileProblems";
import type { FileProblem, SheetProblem, ZipProblem } from "../../src/files/fileProblems";
import { fileProblemText } from "../../src/files/fileWords";
import { fileProblemIn } from "../../src/files/fileWordsIntl";
import { englishProse } from "../support/english";
import { UnusableFileError } from "../../src/files/inspect";
import { readInput } from "../../src/files/inputFile";
import { newWorkbook } from "../../src/files/newWorkbook";
import { checkOutput } from "../../src/files/safeOutput";
import { writeZip } from "../../src/files/zipWriter";
import { smallRegister } from "../support/packages";

const DIR = path.resolve(__dirname, "..", "..", ".tmp", "fileProblems");

async function problemOf(run: () => Promise<unknown>): Promise<FileProblem | "accepted"> {
  try {
    await run();
  } catch (error) {
    if (error instanceof UnusableFileError) return error.problem;
    throw error;
  }
  return "accepted";
}

const part = (name: string, text: string) => ({ kind: "data" as const, name, data: Buffer.from(text, "utf8") });

beforeAll(() => {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
});

describe("what each step refuses, as a code", () => {
  test.each([
    ["an empty file", Buffer.alloc(0), { code: "empty" }],
    ["text", Buffer.from("Project,Supplier\n"), { code: "not_zip" }],
    ["an OLE file (encrypted, or .xls)", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), { code: "encrypted_or_xls" }],
    ["a zip without a workbook", writeZip([part("[Content_Types].xml", "<Types/>"), part("readme.txt", "hello")]), { code: "no_workbook_part" }],
    ["a workbook without sheets", newWorkbook([]).pkg.save(), { code: "no_worksheets" }],
    ["a truncated archive", newWorkbook([]).pkg.save().subarray(0, 60), { code: "zip", zip: { code: "corrupt" } }],
  ])("%s", async (_, data, expected) => {
    expect(await problemOf(() => auditPackage(data, "in.xlsx"))).toEqual(expected);
  });

  test("a strict Open XML workbook and a workbook part of another vocabulary", async () => {
    const strict = writeZip([
      part("[Content_Types].xml", "<Types/>"),
      part("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
      part("xl/workbook.xml", '<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"/>'),
    ]);
    expect(await problemOf(() => auditPackage(strict, "in.xlsx"))).toEqual({ code: "strict_open_xml" });
    const other = writeZip([part("[Content_Types].xml", "<Types/>"), part("xl/workbook.xml", '<workbook xmlns="urn:other"/>')]);
    expect(await problemOf(() => auditPackage(other, "in.xlsx"))).toEqual({ code: "not_spreadsheetml" });
  });

  test("reading an input: a device, a named pipe, a missing file, a folder", async () => {
    expect(await problemOf(() => readInput("/dev/zero"))).toEqual({ code: "not_regular_file" });
    // Refused before it is opened: reading is synchronous, and opening a pipe waits for a writer.
    const pipe = path.join(DIR, "pipe.xlsx");
    fs.rmSync(pipe, { force: true });
    execFileSync("mkfifo", [pipe]);
    expect(await problemOf(() => readInput(pipe))).toEqual({ code: "not_regular_file" });
    expect(await problemOf(() => readInput(path.join(DIR, "nowhere.xlsx")))).toMatchObject({ code: "system", errno: "ENOENT", doing: "read" });
    expect(await problemOf(() => readInput(DIR))).toMatchObject({ code: "system", errno: "EISDIR" });
  });

  test("an output that exists, is a folder, or is the input", async () => {
    const file = path.join(DIR, "exists.xlsx");
    fs.writeFileSync(file, "x");
    expect(await problemOf(() => checkOutput(file, [], false))).toEqual({ code: "output_exists" });
    expect(await problemOf(() => checkOutput(file, [], true))).toBe("accepted");
    expect(await problemOf(() => checkOutput(DIR, [], true))).toEqual({ code: "output_is_folder" });
    expect(await problemOf(() => checkOutput(file, [path.join(DIR, ".", "exists.xlsx")], true))).toEqual({ code: "output_is_input", input: path.join(DIR, ".", "exists.xlsx") });
  });

  test("a part the audit copies without reading it is checked too: a wrong checksum is refused, not passed on", async () => {
    const zip = await JSZip.loadAsync(await smallRegister([["A", "Yes", "No", "Low", "OEM"]]));
    zip.file("xl/media/photo.bin", Buffer.alloc(4096, 7));
    const sound = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(await problemOf(() => auditPackage(sound, "in.xlsx"))).toBe("accepted");
    // The central directory's record of the part (its name's last occurrence), CRC at +16 from the record's start.
    const bad = Buffer.from(sound);
    const record = bad.lastIndexOf(Buffer.from("xl/media/photo.bin")) - 46;
    bad.writeUInt32LE((bad.readUInt32LE(record + 16) ^ 1) >>> 0, record + 16);
    expect(await problemOf(() => auditPackage(bad, "in.xlsx"))).toEqual({ code: "zip", zip: { code: "crc", part: "xl/media/photo.bin" } });
  });

  test("--json names a problem by its code, with the code inside it", () => {
    expect([
      problemCode({ code: "not_zip" }),
      problemCode({ code: "zip", zip: { code: "crc", part: "a" } }),
      problemCode({ code: "sheet", sheet: { code: "column_past_limit", cell: "XFE1" } }),
      problemCode({ code: "system", errno: "ENOENT", doing: "read" }),
    ]).toEqual(["not_zip", "zip.crc", "sheet.column_past_limit", "system.ENOENT"]);
  });
});

describe("the words", () => {
  // One problem of every code, keyed by code: a code added without a sample here is a compile error.
  const SAMPLES: { readonly [C in FileProblem["code"]]: Extract<FileProblem, { code: C }> } = {
    system: { code: "system", errno: "EACCES", doing: "write" }, not_regular_file: { code: "not_regular_file" },
    too_large: { code: "too_large", bytes: 600 << 20, limit: 512 << 20 }, empty: { code: "empty" }, encrypted_or_xls: { code: "encrypted_or_xls" },
    not_zip: { code: "not_zip" }, zip: { code: "zip", zip: { code: "method", part: "xl/a.xml", method: 12 } },
    sheet: { code: "sheet", sheet: { code: "row_past_limit", part: "xl/worksheets/sheet1.xml", row: 2_000_000, limit: 1_048_576 } },
    no_workbook_part: { code: "no_workbook_part" }, not_spreadsheetml: { code: "not_spreadsheetml" }, strict_open_xml: { code: "strict_open_xml" },
    no_worksheets: { code: "no_worksheets" }, register: { code: "register", register: { code: "no_register" } },
    register_on_rules_sheet: { code: "register_on_rules_sheet", sheet: "MFG Rules" }, rules_sheet_not_worksheet: { code: "rules_sheet_not_worksheet", sheet: "MFG Rules" },
    rules_table_taken: { code: "rules_table_taken", table: "MfgRules", sheet: "Mine" }, macros_need_xlsm: { code: "macros_need_xlsm" },
    output_is_input: { code: "output_is_input", input: "in.xlsx" }, output_is_folder: { code: "output_is_folder" }, output_exists: { code: "output_exists" },
    rulebook: { code: "rulebook", problems: [{ cell: "'MFG Rules'!S7", issue: { code: "bad_fit", model: "OEM", value: "Maybe", accepted: ["Fit", "Conditional", "Mismatch"] } }] },
    rules_edited: { code: "rules_edited", differences: ['Rule F|T|H|ODM: Fit is "Fit" here, "Conditional" in the add-in.'] },
    no_rulebook: { code: "no_rulebook" },
    rules_json: { code: "rules_json", problems: ["rulebook.rows[2].fit.OEM must be one of ✓ △ —"] },
  };

  test("every code has a sentence that names the file and ends as a sentence", () => {
    for (const p of Object.values(SAMPLES) as FileProblem[]) {
      const text = fileProblemText("Q3 review.xlsx", p);
      expect(text.startsWith("Q3 review.xlsx")).toBe(true);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
      expect(text).toMatch(/[.)]$/);
    }
  });

  // One damaged archive and one damaged worksheet of every kind, keyed by code: a code added without a sample is a compile error.
  const ZIP_SAMPLES: { readonly [C in ZipProblem["code"]]: Extract<ZipProblem, { code: C }> } = {
    corrupt: { code: "corrupt" }, unsafe_name: { code: "unsafe_name", name: "../x.xml" }, duplicate_name: { code: "duplicate_name", name: "xl/a.xml", other: "XL/A.xml" },
    inflates_too_far: { code: "inflates_too_far", part: "xl/sharedStrings.xml", size: 2 ** 31, compressed: 1024 }, total_too_large: { code: "total_too_large", size: 2 ** 32 },
    overlap: { code: "overlap", part: "xl/a.xml", other: "xl/b.xml" }, encrypted: { code: "encrypted" }, method: { code: "method", part: "xl/a.xml", method: 12 },
    truncated_part: { code: "truncated_part", part: "xl/a.xml" }, size_mismatch: { code: "size_mismatch", part: "xl/a.xml", declared: 10, actual: 12 },
    larger_than_declared: { code: "larger_than_declared", part: "xl/a.xml", declared: 10 }, crc: { code: "crc", part: "xl/a.xml" }, not_deflate: { code: "not_deflate", part: "xl/a.xml" },
    output_past_4gb: { code: "output_past_4gb" },
  };
  const SHEET_SAMPLES: { readonly [C in SheetProblem["code"]]: Extract<SheetProblem, { code: C }> } = {
    row_too_long: { code: "row_too_long", part: "xl/worksheets/sheet1.xml", after: 3, limit: 32 << 20 }, row_past_limit: { code: "row_past_limit", part: "xl/worksheets/sheet1.xml", row: 2_000_000, limit: 1_048_576 },
    row_out_of_order: { code: "row_out_of_order", part: "xl/worksheets/sheet1.xml", row: 2, after: 3 }, column_past_limit: { code: "column_past_limit", cell: "XFE1" },
    cell_out_of_order: { code: "cell_out_of_order", cell: "B2" }, dtd: { code: "dtd", part: "xl/worksheets/sheet1.xml" },
    no_sheet_data: { code: "no_sheet_data", part: "xl/worksheets/sheet1.xml" }, unfinished: { code: "unfinished", part: "xl/worksheets/sheet1.xml" },
  };
  const EVERY: readonly FileProblem[] = [
    ...(Object.values(SAMPLES) as FileProblem[]),
    ...Object.values(ZIP_SAMPLES).map((zip): FileProblem => ({ code: "zip", zip })),
    ...Object.values(SHEET_SAMPLES).map((sheet): FileProblem => ({ code: "sheet", sheet })),
    { code: "system", errno: "ETIMEDOUT", doing: "read" },
  ];
  const codeOf = (p: FileProblem) => (p.code === "zip" ? `zip.${p.zip.code}` : p.code === "sheet" ? `sheet.${p.sheet.code}` : p.code);

  test.each(["de", "zh", "ja"] as const)("in %s every refusal is in the language and names the file, a damaged archive or worksheet too", (language) => {
    for (const p of EVERY) {
      const text = fileProblemIn("Q3.xlsx", p, language);
      expect([codeOf(p), text.startsWith("Q3.xlsx"), text === fileProblemText("Q3.xlsx", p)]).toEqual([codeOf(p), true, false]);
      // The analyst's own words (quoted values, the rules-edited differences and JSON paths it repeats) aside.
      const said = text.replace(/"[^"]*"|„[^“]*“|“[^”]*”|「[^」]*」|\([^)]*"[^)]*\)|（[^）]*"[^）]*）|rulebook\.rows\S*[^:;.。]*/g, "");
      expect([codeOf(p), englishProse(said)]).toEqual([codeOf(p), false]);
    }
    expect(fileProblemIn("Q3.xlsx", { code: "system", errno: "ENOENT", doing: "read" }, language)).not.toBe(fileProblemIn("Q3.xlsx", { code: "system", errno: "ENOENT", doing: "write" }, language));
  });

  test.each([
    ["en", "(and 2 more)"],
    ["de", "(und 2 weitere)"],
    ["zh", "（另有 2 个）"],
    ["ja", "（ほか 2 件）"],
  ] as const)("in %s a rulebook with seven problems shows the first five, counts the rest and says how to go on", (language, more) => {
    const { issue } = SAMPLES.rulebook.problems[0] as (typeof SAMPLES.rulebook.problems)[number];
    const seven = Array.from({ length: 7 }, (_, i) => ({ cell: `'MFG Rules'!S${7 + i}`, issue }));
    const text = fileProblemIn("Q3.xlsx", { code: "rulebook", problems: seven }, language);
    expect([[...text.matchAll(/!S(\d+)/g)].map((m) => m[1]), text.includes(more), text.includes("--restore-rules")]).toEqual([["7", "8", "9", "10", "11"], true, true]);
    const json = fileProblemIn("rules.json", { code: "rules_json", problems: seven.map((p) => p.cell) }, language);
    expect([[...json.matchAll(/!S(\d+)/g)].map((m) => m[1]), json.includes(more)]).toEqual([["7", "8", "9", "10", "11"], true]);
  });

  test("sizes and rows are written as an analyst reads them", () => {
    expect(fileProblemText("big.xlsx", { code: "too_large", bytes: 600 << 20, limit: 512 << 20 })).toBe("big.xlsx is 600 MB; the largest workbook read is 512 MB.");
    expect(fileProblemText("r.xlsx", SAMPLES.sheet)).toBe("r.xlsx: xl/worksheets/sheet1.xml has a row numbered 2,000,000; Excel's sheets end at row 1,048,576.");
  });
});
