import { BUILT_IN_RULES } from "../../src/core";
import * as fs from "fs";
import * as path from "path";
import { dropdownOf, matrixSheet, nextStepsSheet, REGISTER_COLUMNS, rowFormats, rulesLayout, COMPUTED_COLUMNS, rulesSheet, ruleTables } from "../../src/workbook";

const LAYOUT = rulesLayout(BUILT_IN_RULES);
import type { RegisterInput, RowColumns } from "../../src/workbook";

/**
 * Golden files of the workbook description. On a mismatch the test writes `<case>.actual.json`
 * beside the expected file, so a reviewer diffs two files; `UPDATE_GOLDEN=1 npm test` accepts.
 */
const DIR = path.join(__dirname, "golden");

function golden(name: string, actual: unknown): void {
  const expectedFile = path.join(DIR, `${name}.json`);
  const actualFile = path.join(DIR, `${name}.actual.json`);
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (process.env.UPDATE_GOLDEN === "1") fs.writeFileSync(expectedFile, text);
  const expected = fs.existsSync(expectedFile) ? fs.readFileSync(expectedFile, "utf8") : "";
  if (text !== expected) fs.writeFileSync(actualFile, text);
  else fs.rmSync(actualFile, { force: true });
  expect(text).toBe(expected);
}

const at = (role: string) => REGISTER_COLUMNS.findIndex((c) => c.role === role) + 1;
const COLUMNS: RowColumns = {
  inputs: { drawingsComplete: at("drawingsComplete"), hasRequirements: at("hasRequirements"), complexity: at("complexity"), chosenModel: at("chosenModel") },
  key: at("key"),
  supplier: at("supplier"),
  recommended: at("recommended"),
};

describe("workbook description", () => {
  test("matrix sheet", () => golden("matrix-sheet", matrixSheet(BUILT_IN_RULES)));
  test("next steps sheet", () => golden("next-steps-sheet", nextStepsSheet()));

  test("rules sheet", () => golden("rules-sheet", { version: ruleTables(BUILT_IN_RULES).version, sheet: rulesSheet(BUILT_IN_RULES) }));

  test("register columns, formulas (row 2 in A1, and R1C1) and conditional formats", () =>
    golden("register", {
      columns: REGISTER_COLUMNS.map((c) => ({
        role: c.role,
        header: c.header,
        width: c.width,
        validation: c.dropdown ? dropdownOf(BUILT_IN_RULES, c.role as RegisterInput) : null,
        formulaA1: c.formula?.(COLUMNS, { kind: "A1", row: 2 }, LAYOUT) ?? null,
        formulaR1C1: c.formula?.(COLUMNS, { kind: "R1C1" }, LAYOUT) ?? null,
      })),
      // I: Fit, K: Supplier offers, L: Rule key
      conditionalFormats: rowFormats(
        COMPUTED_COLUMNS.map((column) => ({ column, letter: ({ stage: "G", recommended: "H", fit: "I", why: "J", supplierFit: "K", key: "L" } as Record<string, string>)[column.role] as string })),
        2,
        BUILT_IN_RULES.locale,
      ),
    }));

  test("no formula uses a function missing from Excel 2016 or LibreOffice 7.4", () => {
    const used = new Set<string>();
    for (const c of REGISTER_COLUMNS) {
      const f = c.formula?.(COLUMNS, { kind: "A1", row: 2 }, LAYOUT) ?? "";
      for (const m of f.replace(/"[^"]*"/g, "").matchAll(/([A-Z][A-Z0-9.]*)\(/g)) used.add(m[1] as string);
    }
    expect([...used].sort()).toEqual(["AND", "CHOOSE", "CLEAN", "FIND", "IF", "IFERROR", "INDEX", "ISERROR", "ISLOGICAL", "ISNUMBER", "LEFT", "MATCH", "MID", "NOT", "OR", "SEARCH", "SUBSTITUTE", "TRIM", "UPPER"]);
  });
});
