// What XML 1.0 and Namespaces allow in a worksheet and that no sample register has, generated
// from a small register: comments and processing instructions between and inside rows, CDATA
// sections (holding a value, or text that looks like markup), UTF-16 in either byte order, a
// second prefix for SpreadsheetML, the default namespace beside a prefix. Each case states its
// outcome: the clean register's counts (or the counts its text means), or a named refusal (a
// DTD). The audited file's edited sheet is well-formed UTF-8 and audits again to the same
// counts, and the input file is byte-identical after every run.

import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import JSZip from "jszip";
import { auditFile } from "../../src/files/audit";
import { UnusableFileError } from "../../src/files/inspect";
import { parts, smallRegister, wellFormed } from "../support/packages";

const DIR = path.resolve(__dirname, "..", "..", ".tmp", "xmlSyntax");
const SHEET = "xl/worksheets/sheet1.xml";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const CLEAN = { fit: 2, conditional: 0, mismatch: 1, incomplete: 0, "bad input": 0 };

const register = () =>
  smallRegister([
    ["A", "Yes", "No", "Low", "OEM"],
    ["B", "No", "Yes", "High", "JDM"],
    ["C", "No", "No", "Low", "OEM"],
  ]);

const utf16 = (xml: string, order: "le" | "be") => {
  const text = Buffer.from(`\uFEFF${xml.replace(/encoding="UTF-8"/, 'encoding="UTF-16"')}`, "utf16le");
  return order === "le" ? text : Buffer.from(text).swap16();
};
/** Row 3's elements written with another prefix bound to SpreadsheetML on the root. */
const prefixed = (xml: string, p: string) =>
  xml.replace("<worksheet ", `<worksheet xmlns:${p}="${MAIN}" `).replace(/<row r="3"[\s\S]*?<\/row>/, (row) => row.replace(/<(\/?)(row|c|v|is|t)\b/g, `<$1${p}:$2`));

type Case = readonly [string, (xml: string) => string | Buffer, Record<string, number> | string];
const CASES: readonly Case[] = [
  ["a comment between rows, holding a row", (x) => x.replace('<row r="3"', '<!-- <row r="9"><c r="A9"/></row> --><row r="3"'), CLEAN],
  ["a comment inside a row, holding a cell", (x) => x.replace(/(<row r="2"[^>]*>)/, '$1<!-- <c r="B2"><v>1</v></c> -->'), CLEAN],
  ["a comment holding </row> inside a row", (x) => x.replace(/(<row r="2"[^>]*>)/, "$1<!-- </row> -->"), CLEAN],
  ["a processing instruction inside a row", (x) => x.replace(/(<row r="2"[^>]*>)/, "$1<?producer keep?>"), CLEAN],
  ["a value in a CDATA section", (x) => x.replace(/<c r="B2"[^>]*>[\s\S]*?<\/c>/, '<c r="B2" t="inlineStr"><is><t><![CDATA[Yes]]></t></is></c>'), CLEAN],
  // The text "</row><row r="7">" is a cell's value like any other: not a value of the column.
  ["a CDATA section holding markup-like text", (x) => x.replace(/<c r="B2"[^>]*>[\s\S]*?<\/c>/, '<c r="B2" t="inlineStr"><is><t><![CDATA[</row><row r="7">]]></t></is></c>'), { ...CLEAN, fit: 1, "bad input": 1 }],
  ["UTF-16, little-endian", (x) => utf16(x, "le"), CLEAN],
  ["UTF-16, big-endian", (x) => utf16(x, "be"), CLEAN],
  ["a second prefix for SpreadsheetML on one row", (x) => prefixed(x, "x"), CLEAN],
  ["every syntax at once", (x) => utf16(prefixed(x, "s").replace(/(<row r="2"[^>]*>)/, "$1<!-- </row> --><?pi?>"), "be"), CLEAN],
  ["a DTD", (x) => x.replace("?>", '?><!DOCTYPE worksheet [<!ENTITY a "b">]>'), "sheet.dtd"],
];

async function variant(patch: Case[1]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await register());
  zip.file(SHEET, patch(await zip.file(SHEET)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

beforeAll(() => {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
});

test("the clean register's counts", async () => {
  const file = path.join(DIR, "clean.xlsx");
  fs.writeFileSync(file, await register());
  expect((await auditFile(file, { output: path.join(DIR, "clean.audited.xlsx") })).counts).toEqual(CLEAN);
});

test.each(CASES)("%s", async (name, patch, expected) => {
  const input = path.join(DIR, `${name.replace(/\W+/g, "-")}.xlsx`);
  fs.writeFileSync(input, await variant(patch));
  const before = sha(input);
  const output = `${input}.audited.xlsx`;
  const outcome = await auditFile(input, { output }).then(
    (r) => r.counts as Record<string, number>,
    (error: unknown) => {
      if (error instanceof UnusableFileError) return error.problem.code === "sheet" ? `sheet.${error.problem.sheet.code}` : error.problem.code;
      throw error;
    },
  );
  expect(outcome).toEqual(expected);
  expect(sha(input)).toBe(before);
  if (typeof expected === "string") return expect(fs.existsSync(output)).toBe(false);
  // The edited sheet: well-formed, UTF-8 and saying so, and read again to the same counts.
  const sheet = (await parts(fs.readFileSync(output))).get(SHEET) as Buffer;
  const text = sheet.toString("utf8");
  expect([sheet[0], /^<\?xml[^>]*encoding="UTF-16"/.test(text)]).toEqual([0x3c, false]);
  wellFormed(SHEET, text);
  expect((await auditFile(output, { output: `${output}.again.xlsx` })).counts).toEqual(expected);
});

test("a DTD in a part the audit reads whole (shared strings) is refused too", async () => {
  const zip = await JSZip.loadAsync(await register());
  const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
  zip.file("xl/sharedStrings.xml", strings.replace("?>", '?><!DOCTYPE sst [<!ENTITY lol "lol">]>'));
  const input = path.join(DIR, "dtd-strings.xlsx");
  fs.writeFileSync(input, await zip.generateAsync({ type: "nodebuffer" }));
  const problem = await auditFile(input, { output: `${input}.out.xlsx` }).catch((e: unknown) => (e as UnusableFileError).problem);
  expect(problem).toEqual({ code: "sheet", sheet: { code: "dtd", part: "xl/sharedStrings.xml" } });
});
