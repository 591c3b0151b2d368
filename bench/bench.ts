// `npm run bench`: speed and size figures, printed as one JSON object on the last stdout line.
// Targets are checked by reading that line, never by timed tests.

import "../test/support/customFunctionsGlobal";
import { classify, COMPLEXITIES } from "../src/core";
import type { ProjectFacts } from "../src/core";
import { mfgModel } from "../src/functions/functions";

type Figures = Record<string, number>;

/** Median of several runs after a warm-up, in milliseconds. */
function time(runs: number, work: () => unknown): number {
  work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    work();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)] as number;
}

/** A small deterministic generator, so every run measures the same data. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function pick<T>(next: () => number, values: readonly T[]): T {
  return values[Math.floor(next() * values.length)] as T;
}

function benchCore(figures: Figures): void {
  const next = random(1);
  const rows: ProjectFacts[] = Array.from({ length: 1_000_000 }, () => ({
    drawingsComplete: pick(next, [true, false, undefined]),
    hasRequirements: pick(next, [true, false, undefined]),
    complexity: pick(next, [...COMPLEXITIES, undefined]),
  }));
  let sink = 0;
  const ms = time(7, () => {
    for (const row of rows) if (classify(row).ok) sink++;
  });
  figures.coreRowsPerSec = Math.round(rows.length / (ms / 1000));
  if (sink < 0) console.log(sink);
}

function benchFunctions(figures: Figures): void {
  const next = random(2);
  const booleans = [true, false, "TRUE", "false", "Yes", "no", "Y", "n", 1, 0, "1", " 0 ", ""];
  const complexities = ["Low", "MEDIUM", "high", "L", "m", "H", 1, 2, 3, "2", " Low ", ""];
  const n = 100_000;
  const d = Array.from({ length: n }, () => [pick(next, booleans)]);
  const r = Array.from({ length: n }, () => [pick(next, booleans)]);
  const c = Array.from({ length: n }, () => [pick(next, complexities)]);
  const cells = [...d, ...r, ...c].map((row) => row[0]);

  const mfgMs = time(9, () => mfgModel(d, r, c));
  let sink = 0;
  const floorMs = time(9, () => {
    for (const v of cells) sink += String(v).trim().toLowerCase().length;
  });
  figures.mfgModel100kMs = round(mfgMs);
  figures.mfgModel100kFloorMs = round(floorMs);
  figures.mfgModel100kRatio = round(mfgMs / floorMs);
  if (sink < 0) console.log(sink);
}

const round = (x: number): number => Math.round(x * 100) / 100;

function main(): void {
  const figures: Figures = {};
  benchCore(figures);
  benchFunctions(figures);
  for (const [key, value] of Object.entries(figures)) console.error(`${key.padEnd(28)} ${value}`);
  console.log(JSON.stringify(figures));
}

main();
