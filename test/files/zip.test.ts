// The zip reader's limits, on archives made here (nothing large is committed): what a valid
// archive may hold is read; names outside the package, names given twice, overlapping entries,
// lying sizes and checksums, bombs and truncation are refused with a problem code; Zip64 is written
// and read past 65,535 parts.

import * as zlib from "zlib";
import { inflate, readZip, ZIP_LIMITS, ZipError } from "../../src/files/zip";
import { writeZip } from "../../src/files/zipWriter";
import type { ZipProblem } from "../../src/files/fileProblems";

const part = (name: string, text: string | Buffer) => ({ kind: "data" as const, name, data: Buffer.isBuffer(text) ? text : Buffer.from(text, "utf8") });
const zip = (...parts: ReturnType<typeof part>[]) => writeZip(parts);

/** Where the central directory's record of entry `i` starts (they follow one another). */
function centralRecord(data: Buffer, i: number): number {
  const eocd = data.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = data.readUInt32LE(eocd + 16);
  for (let k = 0; k < i; k++) at += 46 + data.readUInt16LE(at + 28) + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
  return at;
}

const refusal = (f: () => unknown): ZipProblem | "read" => {
  try {
    f();
  } catch (error) {
    if (error instanceof ZipError) return error.problem;
    throw error;
  }
  return "read";
};

describe("readZip", () => {
  test("a valid archive: every part, its content checked against its size and CRC", () => {
    const entries = readZip(zip(part("[Content_Types].xml", "<Types/>"), part("xl/workbook.xml", "<workbook/>")));
    expect(entries.map((e) => [e.name, inflate(e).toString()])).toEqual([["[Content_Types].xml", "<Types/>"], ["xl/workbook.xml", "<workbook/>"]]);
  });

  test.each([
    ["../evil.xml"],
    ["xl/../../evil.xml"],
    ["/etc/passwd"],
    ["C:/Windows/evil.xml"],
    ["xl\\..\\evil.xml"],
  ])("a part named %s is refused", (name) => {
    expect(refusal(() => readZip(zip(part("xl/workbook.xml", "<w/>"), part(name, "x"))))).toEqual({ code: "unsafe_name", name });
  });

  test("two parts of one name, or of names differing only in case, are refused", () => {
    expect(refusal(() => readZip(zip(part("xl/sharedStrings.xml", "a"), part("xl/sharedStrings.xml", "b"))))).toEqual({ code: "duplicate_name", name: "xl/sharedStrings.xml", other: "xl/sharedStrings.xml" });
    expect(refusal(() => readZip(zip(part("xl/sharedStrings.xml", "a"), part("xl/SharedStrings.xml", "b"))))).toEqual({ code: "duplicate_name", name: "xl/sharedStrings.xml", other: "xl/SharedStrings.xml" });
  });

  test("two directory records pointing at one entry are refused (overlapping parts)", () => {
    const data = zip(part("a.xml", "<a/>"), part("b.xml", "<b/>"));
    data.writeUInt32LE(0, centralRecord(data, 1) + 42); // b's record now points at a's local header
    expect(refusal(() => readZip(data))).toEqual({ code: "overlap", part: "a.xml", other: "b.xml" });
  });

  test("a checksum or a declared size that lies is refused when the part is read", () => {
    const crc = zip(part("xl/sharedStrings.xml", "<sst/>"));
    crc.writeUInt32LE((crc.readUInt32LE(centralRecord(crc, 0) + 16) ^ 1) >>> 0, centralRecord(crc, 0) + 16);
    expect(refusal(() => inflate(readZip(crc)[0]!))).toEqual({ code: "crc", part: "xl/sharedStrings.xml" });
    const small = zip(part("xl/sharedStrings.xml", "<sst>0123456789</sst>"));
    small.writeUInt32LE(5, centralRecord(small, 0) + 24);
    expect(refusal(() => inflate(readZip(small)[0]!))).toEqual({ code: "larger_than_declared", part: "xl/sharedStrings.xml", declared: 5 });
    const big = zip(part("xl/sharedStrings.xml", "<sst/>"));
    big.writeUInt32LE(60, centralRecord(big, 0) + 24);
    expect(refusal(() => inflate(readZip(big)[0]!))).toEqual({ code: "size_mismatch", part: "xl/sharedStrings.xml", declared: 60, actual: 6 });
  });

  test("a part that would inflate past the ratio or the absolute limit is refused before it is inflated", () => {
    // 64 MB of one character deflates to about 64 kB: a ratio near 1,000.
    const bomb = zip(part("xl/sharedStrings.xml", Buffer.alloc(64 << 20, 0x41)));
    // The writer deflates new content at level 3.
    const compressed = zlib.deflateRawSync(Buffer.alloc(64 << 20, 0x41), { level: 3 }).length;
    expect(refusal(() => readZip(bomb))).toEqual({ code: "inflates_too_far", part: "xl/sharedStrings.xml", size: 64 << 20, compressed });
    // A declared size past 1 GiB, whatever the ratio.
    const huge = zip(part("a.xml", "x"));
    huge.writeUInt32LE(ZIP_LIMITS.partBytes + 1, centralRecord(huge, 0) + 24);
    expect(refusal(() => readZip(huge))).toMatchObject({ code: "inflates_too_far", part: "a.xml", size: ZIP_LIMITS.partBytes + 1 });
  });

  test("a truncated archive, or one whose directory lies about its count, is refused as corrupt", () => {
    const data = zip(part("xl/workbook.xml", "<workbook/>"), part("xl/styles.xml", "<styles/>"));
    expect(refusal(() => readZip(data.subarray(0, data.length - 30)))).toEqual({ code: "corrupt" });
    const lying = Buffer.from(data);
    lying.writeUInt16LE(9, lying.length - 22 + 10);
    expect(refusal(() => readZip(lying))).toEqual({ code: "corrupt" });
  });
});

describe("writeZip", () => {
  test("past 65,535 parts the archive has Zip64 end records, and reads back whole", () => {
    const parts = Array.from({ length: 70_000 }, (_, i) => part(`p/${i}.xml`, `<p>${i}</p>`));
    const entries = readZip(writeZip(parts));
    expect([entries.length, entries[69_999]?.name, inflate(entries[69_999]!).toString()]).toEqual([70_000, "p/69999.xml", "<p>69999</p>"]);
  });
});
