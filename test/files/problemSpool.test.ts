// The rollup's spool of problem rows: on disk as they arrive, read back team by team in the
// portfolio's order, each team's rows in the order they came; memory holds less than its limit.

import * as fs from "fs";
import { ProblemSpool } from "../../src/files/problemSpool";
import type { CellValue } from "../../src/workbook";

async function all(spool: ProblemSpool): Promise<CellValue[][]> {
  const rows: CellValue[][] = [];
  for await (const row of spool.rows()) rows.push(row);
  return rows;
}

test("rows come back by team (no team last), each team's in the order added, values as they were", async () => {
  const spool = new ProblemSpool(64);
  const added: [string, CellValue[][]][] = [
    ["Team B", [["b1.xlsx", 2, "Pack \"1\"\n", true], ["b1.xlsx", 3, "", false]]],
    ["", [["none.xlsx", 2, "Ünïcode 电池", 1.5]]],
    ["Team A", [["a.xlsx", 7, "x", "y"]]],
    ["Team B", [["b2.xlsx", 2, "z", ""]]],
    ["Team A", []],
  ];
  for (const [team, rows] of added) {
    spool.add(team, rows);
    expect(spool.held).toBeLessThan(64);
  }
  expect(spool.count).toBe(5);
  expect(await all(spool)).toEqual([
    ["a.xlsx", 7, "x", "y"],
    ["b1.xlsx", 2, "Pack \"1\"\n", true],
    ["b1.xlsx", 3, "", false],
    ["b2.xlsx", 2, "z", ""],
    ["none.xlsx", 2, "Ünïcode 电池", 1.5],
  ]);
  const dir = (spool as unknown as { dir: string }).dir;
  expect(fs.existsSync(dir)).toBe(true);
  spool.close();
  expect(fs.existsSync(dir)).toBe(false);
});

test("rows still held in memory when read are read too", async () => {
  const spool = new ProblemSpool();
  spool.add("T", [["f.xlsx", 2]]);
  expect(spool.held).toBeGreaterThan(0);
  expect(await all(spool)).toEqual([["f.xlsx", 2]]);
  spool.close();
});
