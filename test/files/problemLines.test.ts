// The rollup's problem rows as its readers render them and its writer numbers them: whatever a
// register holds (markup characters, spaces, line breaks, controls, "_x" escapes, any script),
// the portfolio's cells read back as the values, in their columns, gaps included.

import * as fs from "fs";
import { problemLines, sharedStringsXml, writeProblemRows } from "../../src/files/problemLines";
import { stringItemText } from "../../src/files/sheetStream";
import { appendRows, ProblemSpool } from "../../src/files/problemSpool";
import type { CellValue } from "../../src/workbook";
import { sheetValues } from "../support/sheetValues";

export const AWKWARD: CellValue[][] = [
  ["a.xlsx", "Register", 2, "Pack <1> & \"2\"", "", "Mismatch", "A reason that is long enough to be remembered once", "Team A"],
  ["b.xlsx", " lead", 3, "trail ", "two  spaces", "tab\there", "line\nbreak and\r\nCRLF", ""],
  ["c.xlsx", "_x0041_ stays", 4, "ctrl\u0001char", "lone \uD800 surrogate", "emoji 🔋 电池 Ünïcode", true, false],
  ["", "", 5, "", "", "", "", ""],
  ["d.xlsx", "Register", 1.5, "", "", "", "", "Team B"],
];

async function written(rows: readonly (readonly CellValue[])[], top = 3, shared: ReadonlyMap<string, number> = new Map()): Promise<string> {
  const spool = new ProblemSpool();
  try {
    spool.add("", appendRows(spool.dir, problemLines(rows, shared), rows.length));
    const chunks: Buffer[] = [];
    await writeProblemRows(async (b) => void chunks.push(Buffer.from(b)), spool.lines(), { row: top, column: 1 }, rows.length);
    return Buffer.concat(chunks).toString("utf8");
  } finally {
    spool.close();
  }
}

test("every value reads back in its row and column (controls and lone surrogates by OOXML escapes): gaps keep the columns after them, trailing empties are left out", async () => {
  const xml = await written(AWKWARD);
  const values = sheetValues(xml);
  AWKWARD.forEach((row, r) =>
    row.forEach((v, c) => {
      const got = values.get(`${4 + r}:${1 + c}`);
      if (v === "") expect([r, c, got]).toEqual([r, c, undefined]);
      else expect([r, c, got]).toEqual([r, c, v]);
    }),
  );
  // One row per line: a line break in a value is a character reference, never a raw break.
  expect(xml.split("<row ").length - 1).toBe(AWKWARD.length);
  expect([xml.includes("\n"), xml.includes("\u0001")]).toEqual([false, false]);
  expect(xml).toContain("_x005F_x0041_ stays");
  expect(xml).toContain("_x0001_");
  // The first cell carries the row's reference; a row of nothing but its number still has its first cell.
  expect(xml).toContain('<row r="7"><c r="A7"/><c/><c><v>5</v></c></row>');
});

test("rows are numbered from the header on and spooled text is never decoded: a line longer than the read buffer comes back whole", async () => {
  const long = "x".repeat(3 << 20);
  const xml = await written([["big.xlsx", "Register", 2, long], ["after.xlsx", "Register", 3]], 10);
  const values = sheetValues(xml);
  expect(values.get("11:4")).toBe(long);
  expect(values.get("12:1")).toBe("after.xlsx");
});

test("every row is numbered in turn across the digits' boundaries, the spool's reads, its teams' files and two sheets", async () => {
  // About 1.5 MB of rows in three pieces: lines are cut by the 1 MB reads; rows 9 to 10, 99 to 100 and so on.
  const spool = new ProblemSpool();
  try {
    const rows = (team: string, n: number) => Array.from({ length: n }, (_, i): CellValue[] => [`${team}-${i}.xlsx`, "y".repeat(i % 700)]);
    spool.add("B", appendRows(spool.dir, problemLines(rows("B", 1500)), 1500));
    spool.add("A", appendRows(spool.dir, problemLines(rows("A", 1000)), 1000));
    spool.add("B", appendRows(spool.dir, problemLines(rows("C", 7)), 7));
    // Written as two sheets' rows (a spill-over): the second picks up where the first stopped.
    const chunks: Buffer[] = [];
    const lines = spool.lines();
    await writeProblemRows(async (b) => void chunks.push(Buffer.from(b)), lines, { row: 5, column: 27 }, 1234);
    await writeProblemRows(async (b) => void chunks.push(Buffer.from(b)), lines, { row: 5 + 1234, column: 27 }, spool.count - 1234);
    expect(() => lines.nextLines()).toThrow("the problem rows ended before their count");
    const xml = Buffer.concat(chunks).toString("utf8");
    const heads = [...xml.matchAll(/<row r="(\d+)"><c r="([A-Z]+)(\d+)" t="inlineStr"><is><t>([^<]*)<\/t>/g)].map((m) => [Number(m[1]), m[2], Number(m[3]), m[4]]);
    const files = [...rows("A", 1000), ...rows("B", 1500), ...rows("C", 7)].map((r) => r[0]);
    expect(heads).toEqual(files.map((file, i) => [6 + i, "AA", 6 + i, file]));
    expect(xml.split("</row>").length - 1).toBe(2507);
  } finally {
    spool.close();
  }
});

test("the spool gives rows back by team (no team last), each team's in the order added, and removes its files", async () => {
  const spool = new ProblemSpool();
  const add = (team: string, rows: CellValue[][]) => spool.add(team, appendRows(spool.dir, problemLines(rows), rows.length));
  add("Team B", [["b1.xlsx", 2], ["b1.xlsx", 3]]);
  add("", [["none.xlsx", 2]]);
  add("Team A", [["a.xlsx", 7]]);
  add("Team B", [["b2.xlsx", 2]]);
  add("Team A", []);
  expect(spool.count).toBe(5);
  const lines = spool.lines();
  // Whole lines, as many reads as it takes.
  const read: string[] = [];
  while (read.length < 5) read.push(...lines.nextLines().toString("utf8").split("\n").slice(0, -1));
  const files = read.map((line) => /<t>([^<]*)<\/t>/.exec(line)?.[1]);
  expect(files).toEqual(["a.xlsx", "b1.xlsx", "b1.xlsx", "b2.xlsx", "none.xlsx"]);
  expect(() => lines.nextLines()).toThrow("the problem rows ended before their count");
  expect(fs.existsSync(spool.dir)).toBe(true);
  spool.close();
  expect(fs.existsSync(spool.dir)).toBe(false);
});

test("a text among the shared ones is a reference to it, read back through the shared-strings part", async () => {
  const texts = ["a.xlsx", "Mismatch", "A reason that is long enough to be remembered once", "Pack <1> & \"2\""];
  const xml = await written(AWKWARD, 3, new Map(texts.map((t, i) => [t, i])));
  expect(xml).toContain('<row r="4"><c r="A4" t="s"><v>0</v></c>');
  expect(xml.match(/t="s"/g)).toHaveLength(4);
  // The part, as a reader finds it: every text back, escaped where it must be.
  const part = sharedStringsXml(texts);
  const strings = [...part.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => stringItemText(m[1] as string, ""));
  expect(strings).toEqual(texts);
  const values = sheetValues(xml, strings);
  AWKWARD.forEach((row, r) => row.forEach((v, c) => expect([r, c, values.get(`${4 + r}:${1 + c}`) ?? ""]).toEqual([r, c, v])));
});
