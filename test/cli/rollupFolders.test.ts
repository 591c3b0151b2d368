// `mfgmodel rollup <folder>`: a team share synced to disk is walked for its workbooks in name
// order (subfolders included), other files are skipped and counted, --exclude leaves out
// workbooks or folders by glob, the portfolio written into the same folder is never read back,
// and --jsonl prints one register per line as each is read.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { main } from "../../src/cli/mfgmodel";
import { progressText } from "../../src/cli/rollupCommand";
import { globTest } from "../../src/files/inputFolders";
import { smallRegister } from "../support/packages";

const DIR = path.resolve(__dirname, "..", "..", ".tmp", "rollupFolders");
const SHARE = path.join(DIR, "share");

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

beforeAll(async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  for (const dir of ["", "battery", "battery/archive", "pumps"]) fs.mkdirSync(path.join(SHARE, dir), { recursive: true });
  const fit = await smallRegister([["A", "Yes", "No", "Low", "OEM"]]);
  const mismatch = await smallRegister([["B", "No", "No", "High", "OEM"]]);
  fs.writeFileSync(path.join(SHARE, "battery", "cells.xlsx"), fit);
  fs.writeFileSync(path.join(SHARE, "battery", "packs draft.xlsx"), mismatch);
  fs.writeFileSync(path.join(SHARE, "battery", "archive", "2025.xlsx"), mismatch);
  fs.writeFileSync(path.join(SHARE, "battery", "~$cells.xlsx"), "lock");
  fs.writeFileSync(path.join(SHARE, "pumps", "pumps.xlsm"), fit);
  fs.writeFileSync(path.join(SHARE, "pumps", "notes.txt"), "minutes");
  fs.writeFileSync(path.join(SHARE, "readme.pdf"), "%PDF");
});

const registers = (out: string) => out.trim().split("\n").map((l) => JSON.parse(l) as { input: string; rows: number | null; error: string | null });

describe("rollup of a folder", () => {
  test("every workbook below it, in name order; other files and lock files skipped and counted", async () => {
    const result = await run("rollup", SHARE, "-o", path.join(DIR, "all.xlsx"), "--jsonl");
    const lines = registers(result.out);
    expect(lines.map((l) => path.relative(SHARE, l.input).split(path.sep).join("/"))).toEqual(["battery/archive/2025.xlsx", "battery/cells.xlsx", "battery/packs draft.xlsx", "pumps/pumps.xlsm"]);
    expect(lines.map((l) => [l.rows, l.error])).toEqual([[1, null], [1, null], [1, null], [1, null]]);
    // A mismatch in two registers: exit 1, as for files named one by one.
    expect(result.code).toBe(1);
  });

  test("--exclude leaves out a folder and a name pattern; the text summary counts them", async () => {
    const result = await run("rollup", SHARE, "-o", path.join(DIR, "some.xlsx"), "--exclude", "battery/archive/**", "--exclude", "*draft*");
    expect(result.out.split("\n")[0]).toBe(`${path.join(DIR, "some.xlsx")}: 2 of 2 registers (2 excluded; 3 not workbooks, skipped)`);
    expect(result.code).toBe(0);
  });

  test("the portfolio written into the folder is not read back on the next run", async () => {
    const output = path.join(SHARE, "portfolio.xlsx");
    expect((await run("rollup", SHARE, "-o", output, "--exclude", "*draft*", "--exclude", "archive")).code).toBe(0);
    const again = await run("rollup", SHARE, "-o", output, "--exclude", "*draft*", "--exclude", "archive", "--replace", "--json");
    expect(again.code).toBe(0);
    expect((JSON.parse(again.out) as { registers: unknown[] }).registers).toHaveLength(2);
  });

  test("a folder with no workbook is a usage error naming it; --json and --jsonl together too", async () => {
    const empty = path.join(DIR, "empty");
    fs.mkdirSync(empty, { recursive: true });
    expect(await run("rollup", empty, "-o", path.join(DIR, "none.xlsx"))).toMatchObject({ code: 2, out: "" });
    expect((await run("rollup", empty, "-o", path.join(DIR, "none.xlsx"))).err).toContain(`no workbook to read in "${empty}"`);
    expect((await run("rollup", SHARE, "-o", path.join(DIR, "x.xlsx"), "--json", "--jsonl")).err).toContain("choose --json or --jsonl, not both.");
  });
});

test("globs: * within a name, ** across folders, ? one character; a pattern without a folder matches a name anywhere", () => {
  const cases: [string, string, boolean][] = [
    ["*draft*", "battery/packs draft.xlsx", true],
    ["*draft*", "draft/cells.xlsx", false],
    ["battery/*.xlsx", "battery/cells.xlsx", true],
    ["battery/*.xlsx", "battery/archive/2025.xlsx", false],
    ["battery/**", "battery/archive/2025.xlsx", true],
    ["**/archive/**", "battery/archive/2025.xlsx", true],
    ["20??.xlsx", "battery/archive/2025.xlsx", true],
    ["ARCHIVE", "battery/archive", true],
  ];
  expect(cases.map(([glob, p]) => globTest(glob)(p))).toEqual(cases.map(([, , want]) => want));
});

describe("rollup on every core (--jobs), as installed", () => {
  const BIN = path.resolve(__dirname, "..", "..", "bin", "mfgmodel.js");
  const rollupWith = (jobs: string, out: string) => spawnSync(process.execPath, [BIN, "rollup", SHARE, "-o", path.join(DIR, out, "portfolio.xlsx"), "--jobs", jobs, "--exclude", "portfolio*"], { encoding: "utf8" });

  test("worker threads give the same portfolio, byte for byte, and the same lines in the files' order, an unreadable file included", async () => {
    fs.writeFileSync(path.join(SHARE, "pumps", "broken.xlsx"), "not a workbook");
    // Enough registers that three readers interleave.
    const more = await smallRegister([["C", "No", "Yes", "Medium", "JDM"]]);
    for (let i = 0; i < 12; i++) fs.writeFileSync(path.join(SHARE, "pumps", `line ${String(i).padStart(2, "0")}.xlsx`), more);
    try {
      const one = rollupWith("1", "one");
      const three = rollupWith("3", "three");
      expect([one.status, three.status]).toEqual([2, 2]);
      expect(three.stdout.replace(/three/g, "one")).toBe(one.stdout);
      expect(one.stdout).toContain("not read: ");
      expect(fs.readFileSync(path.join(DIR, "three", "portfolio.xlsx"))).toEqual(fs.readFileSync(path.join(DIR, "one", "portfolio.xlsx")));
    } finally {
      fs.rmSync(path.join(SHARE, "pumps", "broken.xlsx"));
      for (let i = 0; i < 12; i++) fs.rmSync(path.join(SHARE, "pumps", `line ${String(i).padStart(2, "0")}.xlsx`));
    }
  });

  test("--jobs takes a whole number of readers", async () => {
    expect((await run("rollup", SHARE, "-o", path.join(DIR, "x.xlsx"), "--jobs", "0")).err).toBe(
      'error: --jobs "0": give the number of files to read at once, 1 to 256. Run "mfgmodel rollup --help" for usage.\n',
    );
  });
});

test("progress on a terminal: a bar, files done of total, the rate and the time left; cleared at the end", async () => {
  expect(progressText(30, 120, 10_000)).toBe("rollup [#####---------------] 30 of 120 files · 3.0 files/s · 30 s left");
  expect(progressText(1, 4_000, 500)).toBe("rollup [--------------------] 1 of 4,000 files · 2.0 files/s · 33 min 20 s left");
  const statuses: string[] = [];
  const code = await main(["rollup", SHARE, "-o", path.join(DIR, "progress.xlsx"), "--exclude", "portfolio*", "--replace"], { out: () => undefined, err: () => undefined, status: (t) => statuses.push(t) });
  expect(code).toBe(1);
  expect(statuses[0]).toMatch(/^rollup \[[#-]{20}\] 1 of \d+ files · [\d.]+ files\/s · \d+ s left$/);
  expect(statuses[statuses.length - 1]).toBe("");
});
