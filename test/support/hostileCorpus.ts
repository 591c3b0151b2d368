// One generated corpus of unusual-but-valid and hostile inputs for `mfgmodel audit`, made from a
// small register here (nothing large is committed): what XML 1.0, Namespaces and the ZIP
// APPNOTE allow that no sample has, and every hostile case of issue 27. Each case states its
// outcome: the clean register's verdicts, or a refusal by its code.

import * as fs from "fs";
import * as path from "path";
import * as zlib from "zlib";
import JSZip from "jszip";
import { writeZip } from "../../src/files/zipWriter";
import { smallRegister } from "./packages";

export const SHEET = "xl/worksheets/sheet1.xml";
export const STRINGS = "xl/sharedStrings.xml";

/** What a case must give: the clean register's counts, or a refusal with this code. */
export type Outcome = "clean" | { readonly refused: string };

export interface Made {
  /** The file given to `audit`. */
  readonly input: string;
  /** The file whose bytes must not change (the input, or what a link points at). */
  readonly guarded: string;
  /** The output path given with -o. */
  readonly output: string;
  readonly args?: readonly string[];
}

export interface CorpusCase {
  readonly name: string;
  readonly outcome: Outcome;
  make(dir: string, clean: Buffer): Promise<Made>;
}

/** The register every case starts from: fits, a conditional fit and a mismatch, in shared strings. */
export const cleanRegister = (): Promise<Buffer> =>
  smallRegister([
    ["Pack A", "Yes", "No", "Low", "OEM"],
    ["Pack B", "No", "Yes", "High", "ODM"],
    ["Pack C", "No", "Yes", "Low", "OEM"],
    ["Pack D", "No", "No", "", "JDM"],
  ]);

const written = (dir: string, name: string, data: Buffer, args?: readonly string[]): Made => {
  const input = path.join(dir, name);
  fs.writeFileSync(input, data);
  return { input, guarded: input, output: path.join(dir, `${name}.out.xlsx`), ...(args ? { args } : {}) };
};

/** The clean package with some parts' text changed, zipped again by JSZip (deflated, or as `options` say). */
async function repacked(clean: Buffer, edits: Readonly<Record<string, (xml: string) => string | Buffer>>, options: JSZip.JSZipGeneratorOptions<"nodebuffer"> = {}): Promise<Buffer> {
  const zip = await JSZip.loadAsync(clean);
  for (const [name, edit] of Object.entries(edits)) zip.file(name, edit(await zip.file(name)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", ...options });
}

const patchCase = (name: string, outcome: Outcome, edits: Readonly<Record<string, (xml: string) => string | Buffer>>, options?: JSZip.JSZipGeneratorOptions<"nodebuffer">): CorpusCase => ({
  name,
  outcome,
  make: async (dir, clean) => written(dir, `${name.replace(/\W+/g, "-")}.xlsx`, await repacked(clean, edits, options)),
});

const utf16 = (xml: string, order: "le" | "be"): Buffer => {
  const le = Buffer.from(`\uFEFF${xml.replace('encoding="UTF-8"', 'encoding="UTF-16"')}`, "utf16le");
  return order === "le" ? le : le.swap16();
};

/** Every tag's attributes in single quotes ('value'), as XML allows. */
const singleQuoted = (xml: string) => xml.replace(/<[^!?][^>]*>/g, (tag) => tag.replace(/="([^"]*)"/g, "='$1'"));
/** SpreadsheetML under another prefix on the root and every element of the main namespace. */
const prefixed = (xml: string, p: string) =>
  xml
    .replace(/<(\/?)(?![?!])([a-zA-Z]+)([ >/])/g, (m, slash: string, local: string, after: string) => (["worksheet", "sheetData", "row", "c", "v", "f", "is", "t", "sheetViews", "sheetView", "sheetFormatPr", "cols", "col", "dimension", "pageMargins", "selection", "pane", "tableParts", "tablePart"].includes(local) ? `<${slash}${p}:${local}${after}` : m))
    .replace('xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', `xmlns:${p}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`);

// ---- raw archive edits: the central directory's records and the local headers they point at ----

interface Record_ {
  readonly at: number;
  readonly name: string;
  readonly local: number;
  readonly size: number;
}

function records(data: Buffer): Record_[] {
  const eocd = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const found: Record_[] = [];
  let at = data.readUInt32LE(eocd + 16);
  for (let i = 0; i < data.readUInt16LE(eocd + 10); i++) {
    const nameLength = data.readUInt16LE(at + 28);
    found.push({ at, name: data.toString("utf8", at + 46, at + 46 + nameLength), local: data.readUInt32LE(at + 42), size: 46 + nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32) });
    at = found[found.length - 1]!.at + found[found.length - 1]!.size;
  }
  return found;
}

/** Changes a field of an entry in its central record and its local header alike (offsets in the local header; the central one is 16 further). */
function setField(data: Buffer, name: string, localOffset: number, bytes: 2 | 4, value: number): Buffer {
  const out = Buffer.from(data);
  const r = records(out).find((x) => x.name === name)!;
  const write = (at: number) => (bytes === 2 ? out.writeUInt16LE(value, at) : out.writeUInt32LE(value >>> 0, at));
  write(r.local + localOffset);
  write(r.at + localOffset + 2); // the central record has "version made by" before the same fields
  return out;
}

const rawCase = (name: string, outcome: Outcome, edit: (data: Buffer) => Buffer): CorpusCase => ({
  name,
  outcome,
  make: async (dir, clean) => written(dir, `${name.replace(/\W+/g, "-")}.xlsx`, edit(await repacked(clean, {}))),
});

/** Deflates `count` MB of one repeated byte as a stream: a bomb's bytes without holding it. */
async function deflatedRepeat(head: string, byte: string, count: number, tail: string): Promise<Buffer> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => deflate.on("end", resolve));
  const mb = Buffer.alloc(1 << 20, byte);
  deflate.write(head);
  for (let i = 0; i < count; i++) if (!deflate.write(mb)) await new Promise((resolve) => deflate.once("drain", resolve));
  deflate.end(tail);
  await done;
  return Buffer.concat(chunks);
}

/** The clean package with one part's compressed bytes replaced (its CRC and sizes as given: a bomb may lie). */
async function withRawPart(clean: Buffer, name: string, raw: Buffer, crc: number, size: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(clean);
  const parts = await Promise.all(
    Object.values(zip.files)
      .filter((f) => !f.dir)
      .map(async (f) => (f.name === name ? { kind: "deflated" as const, name, chunks: [raw], crc, size } : { kind: "data" as const, name: f.name, data: await f.async("nodebuffer") })),
  );
  return writeZip(parts);
}

/** Row 2 with one more inline-string cell of `mb` megabytes that compress about 75 to 1 (within the zip's ratio). */
function hugeCellSheet(xml: string, mb: number): string {
  let seed = 7;
  const random = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + ((seed = (seed * 16807) % 2147483647) % 26))).join("");
  const block = random(16_000);
  const parts: string[] = [];
  for (let i = 0; i < mb * 64; i++) parts.push(block, random(320));
  return xml.replace(/(<row r="2"[^>]*>.*?)(<\/row>)/, (_, row: string, end: string) => `${row}<c r="Z2" t="inlineStr"><is><t>${parts.join("")}</t></is></c>${end}`);
}

export const CORPUS: readonly CorpusCase[] = [
  { name: "the clean register", outcome: "clean", make: async (dir, clean) => written(dir, "clean.xlsx", clean) },
  // Valid, read as the clean register.
  patchCase("shared strings with a comment, a processing instruction and CDATA", "clean", {
    [STRINGS]: (x) => x.replace(/<si>/, "<!-- <si><t>shifted</t></si> --><?keep?><si>").replace(/<t>Yes<\/t>/, "<t><![CDATA[Yes]]></t>"),
  }),
  patchCase("single-quoted attributes everywhere in the sheet", "clean", { [SHEET]: singleQuoted }),
  patchCase("spaces around = and a character reference in t", "clean", { [SHEET]: (x) => x.replace(/ t="s"/, ' t = "&#115;"').replace(/ r="B2"/, " r =\n'B2'") }),
  patchCase("a UTF-8 byte-order mark on the sheet", "clean", { [SHEET]: (x) => `\uFEFF${x}` }),
  patchCase("the sheet in UTF-16, little-endian", "clean", { [SHEET]: (x) => utf16(x, "le") }),
  patchCase("the sheet in UTF-16, big-endian", "clean", { [SHEET]: (x) => utf16(x, "be") }),
  patchCase("the workbook and shared strings in UTF-16", "clean", { "xl/workbook.xml": (x) => utf16(x, "le"), [STRINGS]: (x) => utf16(x, "be") }),
  patchCase("SpreadsheetML under the prefix x", "clean", { [SHEET]: (x) => prefixed(x, "x") }),
  patchCase("a comment and a processing instruction inside a row", "clean", { [SHEET]: (x) => x.replace(/(<row r="2"[^>]*>)/, "$1<!-- </row><row r='9'> --><?pi ?>") }),
  patchCase("a shared-string index in a CDATA section", "clean", { [SHEET]: (x) => x.replace(/(<c r="B2"[^>]*><v>)(\d+)(<\/v>)/, "$1<![CDATA[$2]]>$3") }),
  patchCase("parts stored, not deflated", "clean", {}, { compression: "STORE" }),
  patchCase("local headers followed by data descriptors", "clean", {}, { streamFiles: true }),
  {
    name: "past 65,535 parts: Zip64 end records read and written",
    outcome: "clean",
    make: async (dir, clean) => {
      const zip = await JSZip.loadAsync(clean);
      const own = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map(async (f) => ({ kind: "data" as const, name: f.name, data: await f.async("nodebuffer") })));
      const extra = Array.from({ length: 66_000 }, (_, i) => ({ kind: "data" as const, name: `customXml/extra${i}.bin`, data: Buffer.from(String(i)) }));
      return written(dir, "zip64.xlsx", writeZip([...own, ...extra]));
    },
  },
  // Refused, by code.
  patchCase("a DTD in the sheet", { refused: "sheet.dtd" }, { [SHEET]: (x) => x.replace("?>", '?><!DOCTYPE worksheet [<!ENTITY a "b">]>') }),
  patchCase("a DTD with a billion laughs in shared strings", { refused: "sheet.dtd" }, { [STRINGS]: (x) => x.replace("?>", '?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>') }),
  patchCase("a row numbered 4,000,000,000", { refused: "sheet.row_past_limit" }, { [SHEET]: (x) => x.replace(/<\/sheetData>/, '<row r="4000000000"><c r="A4000000000"><v>1</v></c></row></sheetData>') }),
  patchCase("a row numbered 1,048,577", { refused: "sheet.row_past_limit" }, { [SHEET]: (x) => x.replace(/<\/sheetData>/, '<row r="1048577"><c r="A1048577"><v>1</v></c></row></sheetData>') }),
  patchCase("a cell past column XFD", { refused: "sheet.column_past_limit" }, { [SHEET]: (x) => x.replace(/(<row r="2"[^>]*>.*?)(<\/row>)/, '$1<c r="XFE2"><v>1</v></c>$2') }),
  patchCase("a cell given twice", { refused: "sheet.cell_out_of_order" }, { [SHEET]: (x) => x.replace(/(<row r="2"[^>]*>)(<c r="A2"[^>]*>.*?<\/c>)/, "$1$2$2") }),
  patchCase("rows out of order", { refused: "sheet.row_out_of_order" }, { [SHEET]: (x) => x.replace(/(<row r="2".*?<\/row>)(<row r="3".*?<\/row>)/, "$2$1") }),
  patchCase("a row given twice", { refused: "sheet.row_out_of_order" }, { [SHEET]: (x) => x.replace(/(<row r="2".*?<\/row>)/, "$1$1") }),
  patchCase("one cell of 40 MB in a small file", { refused: "sheet.row_too_long" }, { [SHEET]: (x) => hugeCellSheet(x, 40) }),
  rawCase("a part's CRC that lies", { refused: "zip.crc" }, (d) => setField(d, SHEET, 14, 4, 0x12345678)),
  rawCase("a CRC that lies on a part the audit only copies", { refused: "zip.crc" }, (d) => setField(d, "docProps/app.xml", 14, 4, 0x12345678)),
  rawCase("a declared size smaller than the part", { refused: "zip.larger_than_declared" }, (d) => setField(d, SHEET, 22, 4, 100)),
  rawCase("an encrypted part", { refused: "zip.encrypted" }, (d) => setField(d, SHEET, 6, 2, 1)),
  rawCase("an unsupported compression method (bzip2)", { refused: "zip.method" }, (d) => setField(d, SHEET, 8, 2, 12)),
  rawCase("two directory records pointing at one entry", { refused: "zip.overlap" }, (d) => {
    const out = Buffer.from(d);
    const [first, second] = records(out);
    out.writeUInt32LE(first!.local, second!.at + 42);
    return out;
  }),
  rawCase("8,000 directory records pointing at one entry", { refused: "zip.overlap" }, (d) => {
    const all = records(d);
    const sheet = all.find((r) => r.name === SHEET)!;
    const end = d.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const copies = Array.from({ length: 8_000 }, (_, i) => {
      const name = Buffer.from(`xl/copy${i}.xml`);
      const header = Buffer.from(d.subarray(sheet.at, sheet.at + 46));
      header.writeUInt16LE(name.length, 28);
      header.writeUInt16LE(0, 30);
      header.writeUInt16LE(0, 32);
      return Buffer.concat([header, name]);
    });
    const central = Buffer.concat([d.subarray(all[0]!.at, end), ...copies]);
    const eocd = Buffer.from(d.subarray(end, end + 22));
    eocd.writeUInt16LE(all.length + 8_000, 8);
    eocd.writeUInt16LE(all.length + 8_000, 10);
    eocd.writeUInt32LE(central.length, 12);
    return Buffer.concat([d.subarray(0, all[0]!.at), central, eocd]);
  }),
  ...["../evil.xml", "/etc/evil.xml", "C:/evil.xml"].map((bad) =>
    rawCase(`a part named ${bad}`, { refused: "zip.unsafe_name" }, (d) => {
      // Renamed in place: the same length, so nothing else moves.
      const name = "docProps/app.xml";
      const replacement = bad.padEnd(name.length, "x");
      const out = Buffer.from(d);
      const r = records(out).find((x) => x.name === name)!;
      out.write(replacement, r.at + 46, "utf8");
      out.write(replacement, r.local + 30, "utf8");
      return out;
    }),
  ),
  {
    name: "two parts of one name in different case",
    outcome: { refused: "zip.duplicate_name" },
    make: async (dir, clean) => {
      // A second shared-strings part whose strings would shift every verdict, were it the one read.
      const zip = await JSZip.loadAsync(clean);
      zip.file("xl/SharedStrings.xml", (await zip.file(STRINGS)!.async("string")).replace(/<si>/, "<si><t>shifted</t></si><si>"));
      return written(dir, "case-twins.xlsx", await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    },
  },
  rawCase("a truncated archive", { refused: "zip.corrupt" }, (d) => d.subarray(0, d.length - 200)),
  {
    name: "shared strings inflating 1000 to 1",
    outcome: { refused: "zip.inflates_too_far" },
    make: async (dir, clean) => {
      const raw = await deflatedRepeat('<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>', "a", 300, "</t></si></sst>");
      return written(dir, "strings-bomb.xlsx", await withRawPart(clean, STRINGS, raw, 0, 300 << 20));
    },
  },
  {
    name: "a sheet that declares 1 KB and inflates to 400 MB",
    outcome: { refused: "zip.larger_than_declared" },
    make: async (dir, clean) => {
      const raw = await deflatedRepeat('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>', " ", 400, "</sheetData></worksheet>");
      return written(dir, "sheet-bomb.xlsx", await withRawPart(clean, SHEET, raw, 0, 1024));
    },
  },
  { name: "not a zip at all", outcome: { refused: "not_zip" }, make: async (dir) => written(dir, "text.xlsx", Buffer.from("Project,Drawings\nA,Yes\n")) },
  { name: "an empty file", outcome: { refused: "empty" }, make: async (dir) => written(dir, "empty.xlsx", Buffer.alloc(0)) },
  {
    name: "a file past 512 MB (sparse: refused by its size, never read)",
    outcome: { refused: "too_large" },
    make: async (dir) => {
      const input = path.join(dir, "huge.xlsx");
      fs.writeFileSync(input, "");
      fs.truncateSync(input, (512 << 20) + 1);
      return { input, guarded: input, output: path.join(dir, "huge.out.xlsx") };
    },
  },
  { name: "a device that never ends (/dev/zero)", outcome: { refused: "not_regular_file" }, make: async (dir) => ({ input: "/dev/zero", guarded: written(dir, "zero-guard.xlsx", Buffer.from("unchanged")).input, output: path.join(dir, "zero.out.xlsx") }) },
  // Outputs that would destroy what the analyst has.
  ...(["symbolic", "hard"] as const).map(
    (kind): CorpusCase => ({
      name: `the output a ${kind} link to the input`,
      outcome: { refused: "output_is_input" },
      make: async (dir, clean) => {
        const made = written(dir, `${kind}-linked.xlsx`, clean);
        const link = path.join(dir, `${kind}-link.xlsx`);
        (kind === "symbolic" ? fs.symlinkSync : fs.linkSync)(made.input, link);
        return { ...made, output: link, args: ["--replace"] };
      },
    }),
  ),
  {
    name: "an output that exists, replacing not asked",
    outcome: { refused: "output_exists" },
    make: async (dir, clean) => {
      const made = written(dir, "exists.xlsx", clean);
      fs.writeFileSync(made.output, "the analyst's own file");
      return { ...made, guarded: made.output };
    },
  },
  {
    name: "a file name holding ESC, CR and BEL",
    outcome: "clean",
    make: async (dir, clean) => written(dir, "team\u001b[31mred\r\u0007.xlsx", clean),
  },
];
