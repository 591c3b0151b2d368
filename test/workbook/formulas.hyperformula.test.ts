import { HyperFormula } from "hyperformula";
import {
  COMPUTED_COLUMNS,
  INPUT_COLUMNS,
  REGISTER_COLUMNS,
  registerVerdict,
  ruleKeyOf,
  RULES_SHEET,
  rulesSheet,
  sheetGrid,
} from "../../src/workbook";
import type { RegisterInputs, RowColumns } from "../../src/workbook";
import { BAD_BOOLEANS, BAD_COMPLEXITIES, BAD_MODELS, eachSpelling, EMPTIES, SPELLINGS } from "../support/cases";

const REGISTER = "MFG Register";
const columnOf = (role: string) => REGISTER_COLUMNS.findIndex((c) => c.role === role) + 1;
const COLUMNS: RowColumns = {
  inputs: {
    drawingsComplete: columnOf("drawingsComplete"),
    hasRequirements: columnOf("hasRequirements"),
    complexity: columnOf("complexity"),
    chosenModel: columnOf("chosenModel"),
  },
  key: columnOf("key"),
};

/** Evaluates the register formulas for each input row in HyperFormula; returns the computed cells. */
function evaluate(rows: RegisterInputs[]): string[][] {
  const register: unknown[][] = [REGISTER_COLUMNS.map((c) => c.header)];
  rows.forEach((inputs, i) => {
    const n = { kind: "A1" as const, row: i + 2 };
    register.push([
      `P${i}`,
      "Supplier",
      inputs.drawingsComplete,
      inputs.hasRequirements,
      inputs.complexity,
      inputs.chosenModel,
      ...COMPUTED_COLUMNS.map((c) => c.formula!(COLUMNS, n)),
    ]);
  });
  const hf = HyperFormula.buildFromSheets(
    { [RULES_SHEET]: sheetGrid(rulesSheet()) as any, [REGISTER]: register as any },
    { licenseKey: "gpl-v3" },
  );
  hf.addNamedExpression("TRUE", "=TRUE()");
  hf.addNamedExpression("FALSE", "=FALSE()");
  const sheet = hf.getSheetId(REGISTER)!;
  const first = INPUT_COLUMNS.length;
  return rows.map((_, i) =>
    [0, 1, 2, 3, 4].map((k) => {
      const v = hf.getCellValue({ sheet, row: i + 1, col: first + k });
      if (typeof v === "object" && v !== null) throw new Error(`row ${i + 2}: ${JSON.stringify(v)}`);
      return v === null ? "" : String(v);
    }),
  );
}

const expected = (rows: RegisterInputs[]) =>
  rows.map((inputs) => {
    const v = registerVerdict(inputs);
    return [v.stage, v.recommended, v.fit, v.why, ruleKeyOf(inputs)];
  });

function compare(rows: RegisterInputs[]): void {
  const actual = evaluate(rows);
  const want = expected(rows);
  const mismatches = rows
    .map((inputs, i) => ({ inputs, actual: actual[i], expected: want[i] }))
    .filter((r) => JSON.stringify(r.actual) !== JSON.stringify(r.expected));
  expect(mismatches.slice(0, 5)).toEqual([]);
}

const MODEL_SPELLINGS = ["", ...SPELLINGS.OEM, ...SPELLINGS.ODM, ...SPELLINGS.JDM];

describe("register formulas in HyperFormula", () => {
  test("every decision-table row × every accepted spelling × every chosen model", () => {
    const rows: RegisterInputs[] = [];
    for (const { cells } of eachSpelling()) {
      for (const m of MODEL_SPELLINGS) rows.push({ drawingsComplete: cells[0], hasRequirements: cells[1], complexity: cells[2], chosenModel: m });
    }
    expect(rows.length).toBe(eachSpelling().length * MODEL_SPELLINGS.length);
    compare(rows);
  });

  test("empty inputs: not known yet leaves cells empty, unless the known facts decide", () => {
    const rows: RegisterInputs[] = [];
    const some = [true, false, "Low", "High", "ODM"];
    for (const e of EMPTIES) {
      for (const v of some) {
        rows.push({ drawingsComplete: e, hasRequirements: v, complexity: v, chosenModel: v });
        rows.push({ drawingsComplete: v, hasRequirements: e, complexity: "M", chosenModel: e });
        rows.push({ drawingsComplete: false, hasRequirements: true, complexity: e, chosenModel: "JDM" });
        rows.push({ drawingsComplete: e, hasRequirements: e, complexity: e, chosenModel: e });
      }
    }
    compare(rows);
    expect(expected([{ drawingsComplete: "", hasRequirements: "", complexity: "", chosenModel: "" }])).toEqual([["", "", "", "", "_|_|_|_"]]);
  });

  test("bad values show the marker naming every bad column, as the core reports it", () => {
    const rows: RegisterInputs[] = [];
    const wildcards = ["?", "*", "~", "Y*", "L?", "~Y", "O?M", "*DM"];
    for (const bad of [...BAD_BOOLEANS, ...wildcards]) {
      rows.push({ drawingsComplete: bad, hasRequirements: true, complexity: "Low", chosenModel: "OEM" });
      rows.push({ drawingsComplete: false, hasRequirements: bad, complexity: "", chosenModel: "" });
    }
    for (const bad of [...BAD_COMPLEXITIES, ...wildcards]) rows.push({ drawingsComplete: false, hasRequirements: true, complexity: bad, chosenModel: "ODM" });
    for (const bad of [...BAD_MODELS, ...wildcards]) rows.push({ drawingsComplete: true, hasRequirements: "", complexity: "", chosenModel: bad });
    rows.push({ drawingsComplete: "maybe", hasRequirements: "perhaps", complexity: "huge", chosenModel: "EMS" });
    rows.push({ drawingsComplete: "maybe", hasRequirements: true, complexity: "huge", chosenModel: "TBD" });
    rows.push({ drawingsComplete: "n/a", hasRequirements: "perhaps", complexity: "Med", chosenModel: "EMS" });
    compare(rows);
    expect(expected([{ drawingsComplete: "maybe", hasRequirements: "n/a", complexity: "huge", chosenModel: "OEM" }])[0]?.[0]).toBe(
      "⚠ Check Drawings complete: use TRUE, FALSE, Yes, No, Y, N, 1, 0; Complexity: use Low, Medium, High, L, M, H, 1, 2, 3, Med, Mid",
    );
  });
});
