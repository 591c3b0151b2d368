// The bench's targets: a crossed one is reported and fails the run; a run without a figure (a
// partial run) skips its target; and every target is the one docs/internals.md describes.

import * as fs from "fs";
import * as path from "path";
import { checkTargets, TARGETS, targetReport } from "../../bench/targets";

test("a figure past its target is not met; a missing one is not checked", () => {
  const results = checkTargets({ "cli.rollup.400x1000.peakRssMb": 401, "cli.rollup.400x1000.ratio": 0.5, "pane.firstInteractiveMs": 400, "blankPage.firstInteractiveMs": 100, "cli.rollup.4000x1000.ms": -1, "cli.rollup.4000x1000.peakRssMb": 100 });
  expect(results.map((r) => [r.figure, r.met])).toEqual([
    ["pane.firstInteractiveMs", true],
    ["cli.rollup.400x1000.ratio", true],
    ["cli.rollup.400x1000.peakRssMb", false],
    ["cli.rollup.4000x1000.peakRssMb", false],
  ]);
  expect(targetReport(results).split("\n").pop()).toBe("2 of 4 targets not met");
  expect(targetReport(checkTargets({ coreRowsPerSec: 20_000_000 }))).toMatch(/every target met \(1\)$/);
});

test("docs/internals.md lists every target as the bench checks it", () => {
  const docs = fs.readFileSync(path.join(__dirname, "..", "..", "docs", "internals.md"), "utf8");
  for (const t of TARGETS) expect(docs).toContain(`- \`${t.figure}\` ${t.text}\n`);
});
