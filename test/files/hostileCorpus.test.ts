// The held-out check of issue 27, made mechanical: every case of the generated corpus
// (test/support/hostileCorpus.ts) is given to the compiled mfgmodel in its own process, as an
// analyst runs it. Each answers within 30 s and 500 MB, with the outcome it states — the clean
// register's verdicts, or a refusal by its code and one sentence, exit 2 — and the bytes of the
// input (or of the file a link points at) are the same after the run.

import { spawnSync } from "child_process";
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { cliBuild, ROOT } from "../support/build";
import { cleanRegister, CORPUS } from "../support/hostileCorpus";

const DIR = path.join(ROOT, ".tmp", "hostile-corpus");
/** The bounds of issue 27: every input answered within these on this machine. */
const LIMIT_MS = 30_000;
const LIMIT_MB = 500;

const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly ms: number;
  readonly peakMb: number;
}

let cli = "";
/** Each case's answer time and peak memory, written to .tmp/hostile-corpus/figures.json at the end. */
const figures: { name: string; outcome: string; ms: number; peakMb: number }[] = [];
let clean: Buffer;
let cleanCounts: unknown;

function run(args: readonly string[]): Run {
  const start = Date.now();
  const r = spawnSync(process.execPath, [path.join(ROOT, "bench", "measure.js"), path.join(ROOT, "test", "support", "runCli.js"), cli, ...args], { encoding: "utf8", timeout: LIMIT_MS, maxBuffer: 64 << 20 });
  const kb = Number(/maxRssKb (\d+)/.exec(r.stderr)?.[1] ?? NaN);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr.replace(/\n?maxRssKb \d+\n$/, ""), ms: Date.now() - start, peakMb: Math.round(kb / 1024) };
}

beforeAll(async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  cli = cliBuild();
  clean = await cleanRegister();
  const made = await CORPUS[0]!.make(DIR, clean);
  const [json] = JSON.parse(run(["audit", made.input, "-o", path.join(DIR, "clean-counts.xlsx"), "--json"]).stdout) as { counts: Record<string, number> }[];
  cleanCounts = json?.counts;
  // The clean register has each verdict a shifted string or a lost row would change.
  expect(cleanCounts).toEqual({ fit: 2, conditional: 1, mismatch: 1, incomplete: 0, badInput: 0 });
});

afterAll(() => fs.writeFileSync(path.join(DIR, "figures.json"), JSON.stringify(figures, null, 2)));

test.each(CORPUS.map((c) => [c.name, c] as const))("%s", async (_, c) => {
  const made = await c.make(DIR, clean);
  const before = sha(made.guarded);
  const outputThere = fs.existsSync(made.output);
  const json = run(["audit", made.input, "-o", made.output, "--json", ...(made.args ?? [])]);
  expect(sha(made.guarded)).toBe(before);
  figures.push({ name: c.name, outcome: c.outcome === "clean" ? "clean" : c.outcome.refused, ms: json.ms, peakMb: json.peakMb });
  // Bounded: a timeout kills the run (its status is then null).
  expect({ code: json.code === null ? "killed" : "answered", ms: json.ms, mb: json.peakMb, withinMs: json.ms <= LIMIT_MS, withinMb: json.peakMb <= LIMIT_MB }).toMatchObject({ code: "answered", withinMs: true, withinMb: true });
  const [result] = JSON.parse(json.stdout) as { counts: unknown; error: string | null; errorCode: string | null }[];
  if (c.outcome === "clean") {
    expect([json.code, result?.errorCode ?? null, result?.counts]).toEqual([1, null, cleanCounts]);
    // Audited, the output audits again to the same verdicts.
    const again = run(["audit", made.output, "-o", `${made.output}.again.xlsx`, "--json"]);
    expect((JSON.parse(again.stdout) as { counts: unknown }[])[0]?.counts).toEqual(cleanCounts);
  } else {
    expect([json.code, result?.errorCode]).toEqual([2, c.outcome.refused]);
    // One sentence naming the problem, never a raw Node message.
    expect(result?.error).toMatch(/^[^\n]+\.$/);
    expect(result?.error).not.toMatch(/ERR_|at .*\.js:\d+|unexpected failure|Cannot read|undefined/i);
    // Nothing written: an output that was not there is still not there.
    expect(fs.existsSync(made.output)).toBe(outputThere);
  }
  // The text summary of the same run is safe on a terminal: no control character but the line ends.
  const text = run(["audit", made.input, "-o", `${made.output}.text.xlsx`, ...(made.args ?? [])]);
  // eslint-disable-next-line no-control-regex -- control characters are what it looks for
  expect(`${text.stdout}${text.stderr}`).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
});
