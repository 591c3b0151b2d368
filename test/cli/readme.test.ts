// Every command-line example in the README runs, as written, against the sample registers in
// examples/: none fails to run (exit 2), and every file it names as output is written.

import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const DIR = path.join(ROOT, ".tmp", "readme-examples");

/** The lines of the README's first sh block after the mfgmodel heading. */
function examples(): string[] {
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## `mfgmodel`"));
  const block = /```sh\n([\s\S]*?)```/.exec(section)?.[1] ?? "";
  return block.split("\n").filter((line) => line.startsWith("npx mfgmodel "));
}

/** Shell words: spaces split, double quotes group (enough for the README's lines). */
const words = (line: string): string[] => [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? (m[2] as string));

beforeAll(() => {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  fs.cpSync(path.join(ROOT, "examples"), path.join(DIR, "examples"), { recursive: true });
});

test("the README shows the command line's examples", () => {
  expect(examples().length).toBeGreaterThanOrEqual(5);
});

test.each(examples())("%s", (line) => {
  const [, , ...args] = words(line);
  const result = spawnSync(process.execPath, [path.join(ROOT, "bin", "mfgmodel.js"), ...args], { cwd: DIR, encoding: "utf8" });
  expect([result.status === 0 || result.status === 1, result.stderr]).toEqual([true, ""]);
  const output = args[args.indexOf("-o") + 1];
  if (args.includes("-o")) expect(fs.existsSync(path.join(DIR, output as string))).toBe(true);
  if (args[0] === "template") expect(fs.existsSync(path.join(DIR, args[1] as string))).toBe(true);
  if (args.includes("--out-dir")) {
    const input = args.find((a) => a.startsWith("examples/")) as string;
    expect(fs.existsSync(path.join(DIR, "audited", `${path.basename(input, ".xlsx")}.audited.xlsx`))).toBe(true);
  }
  if (args.includes("--json")) expect(Array.isArray(JSON.parse(result.stdout))).toBe(true);
});
