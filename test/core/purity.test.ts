import { execFileSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");

/** Lints a snippet as if it were a file in src/core, with the project's own ESLint config. */
function lintAsCore(code: string): string[] {
  let output: string;
  try {
    output = execFileSync(
      process.execPath,
      [path.join(ROOT, "node_modules", "eslint", "bin", "eslint.js"), "--stdin", "--stdin-filename", "src/core/probe.ts", "--format", "json"],
      { cwd: ROOT, input: code, encoding: "utf8" },
    );
  } catch (error) {
    output = (error as { stdout: string }).stdout; // exit 1: lint errors, reported as JSON
  }
  const [result] = JSON.parse(output) as { messages: { ruleId: string | null }[] }[];
  return (result?.messages ?? []).map((m) => m.ruleId ?? "parse-error");
}

describe("src/core purity lint rule", () => {
  test.each([
    ["an Office global", "export const host = Office.context.host;\n", "no-restricted-globals"],
    ["an Excel type", "export function f(r: Excel.Range): void { void r; }\n", "no-restricted-syntax"],
    ["a CustomFunctions error", "export const e = new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue);\n", "no-restricted-globals"],
    ["another src/ folder", 'export { mfgModel } from "../functions/functions";\n', "no-restricted-imports"],
    ["the DOM", "export const t = document.title;\n", "no-restricted-globals"],
  ])("fails on %s", (_, code, rule) => {
    expect(lintAsCore(code)).toContain(rule);
  });

  test("passes pure code importing the core's own modules", () => {
    expect(lintAsCore('import { MODELS } from "./model";\nexport const n = MODELS.length;\n')).toEqual([]);
  });
});
