import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { BUILT_IN_RULEBOOK, BUILT_IN_RULES, offeredBy, supplierIndex } from "../../src/core";
import type { Rules } from "../../src/core";
import {
  ALSO_ACCEPTED_TABLE,
  DECISIONS_TABLE,
  RULEBOOK_LEVELS_CELL,
  rulesLayout,
  COMPUTED_COLUMNS,
  INPUT_COLUMNS,
  REGISTER_COLUMNS,
  registerVerdict,
  rowSupplierFitText,
  ruleKeyOf,
  RULES_SHEET,
  rulesSheet,
  sheetGrid,
  SUPPLIER_ROWS,
  SUPPLIERS_SHEET,
  suppliersSheet,
} from "../../src/workbook";
import type { RegisterInputs, RowColumns } from "../../src/workbook";
import { arbitraryRulebook, compiled, FOUR_BY_FOUR } from "../support/rulebooks";
import { BAD_BOOLEANS, BAD_COMPLEXITIES, BAD_MODELS, eachSpelling, EMPTIES, SPELLINGS, SUPPLIER_CELLS, SUPPLIER_LIST } from "../support/cases";

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
  supplier: columnOf("supplier"),
  recommended: columnOf("recommended"),
};

/** A register row: its inputs and the Supplier cell ("Supplier", listed nowhere, unless a test says). */
interface Row {
  readonly inputs: RegisterInputs;
  readonly supplier: unknown;
}
const unlisted = (inputs: RegisterInputs): Row => ({ inputs, supplier: "Supplier" });

/** The suppliers sheet as the add-in adds it, holding a list from row 4 on. */
function suppliersGrid(list: readonly (readonly [unknown, unknown])[]): unknown[][] {
  const grid: unknown[][] = sheetGrid(suppliersSheet());
  list.forEach(([name, offered], i) => {
    grid[SUPPLIER_ROWS.first - 1 + i] = [name, offered];
  });
  return grid;
}

/** Evaluates the register formulas, as written for a rulebook, for each row in HyperFormula; returns the computed cells. */
function evaluate(
  rows: readonly Row[],
  list: readonly (readonly [unknown, unknown])[] = [],
  rules: Rules = BUILT_IN_RULES,
  edit?: (hf: HyperFormula, rulesSheet: number) => void,
): string[][] {
  const layout = rulesLayout(rules);
  const register: unknown[][] = [REGISTER_COLUMNS.map((c) => c.header)];
  rows.forEach(({ inputs, supplier }, i) => {
    const n = { kind: "A1" as const, row: i + 2 };
    register.push([
      `P${i}`,
      supplier,
      inputs.drawingsComplete,
      inputs.hasRequirements,
      inputs.complexity,
      inputs.chosenModel,
      ...COMPUTED_COLUMNS.map((c) => c.formula!(COLUMNS, n, layout)),
    ]);
  });
  const hf = HyperFormula.buildFromSheets(
    { [RULES_SHEET]: sheetGrid(rulesSheet(rules)) as any, [SUPPLIERS_SHEET]: suppliersGrid(list) as any, [REGISTER]: register as any },
    { licenseKey: "gpl-v3" },
  );
  hf.addNamedExpression("TRUE", "=TRUE()");
  hf.addNamedExpression("FALSE", "=FALSE()");
  edit?.(hf, hf.getSheetId(RULES_SHEET)!);
  const sheet = hf.getSheetId(REGISTER)!;
  const first = INPUT_COLUMNS.length;
  const read = (["stage", "recommended", "fit", "why", "supplierFit", "key"] as const).map((role) => first + COMPUTED_COLUMNS.findIndex((c) => c.role === role));
  return rows.map((_, i) =>
    read.map((col) => {
      const v = hf.getCellValue({ sheet, row: i + 1, col });
      if (typeof v === "object" && v !== null) throw new Error(`row ${i + 2}: ${JSON.stringify(v)}`);
      return v === null ? "" : String(v);
    }),
  );
}

/** The core's values of the computed columns, the supplier's models found as supplierIndex finds them. */
const expected = (rows: readonly Row[], list: readonly (readonly [unknown, unknown])[] = [], rules: Rules = BUILT_IN_RULES) => {
  const index = supplierIndex(list);
  return rows.map(({ inputs, supplier }) => {
    const v = registerVerdict(rules, inputs);
    return [v.stage, v.recommended, v.fit, v.why, rowSupplierFitText(rules, v, inputs, offeredBy(index, supplier)), ruleKeyOf(rules, inputs)];
  });
};

function compare(inputs: readonly RegisterInputs[]): void {
  compareRows(inputs.map(unlisted));
}

function compareRows(rows: readonly Row[], list: readonly (readonly [unknown, unknown])[] = [], rules: Rules = BUILT_IN_RULES): void {
  const actual = evaluate(rows, list, rules);
  const want = expected(rows, list, rules);
  const mismatches = rows
    .map((row, i) => ({ ...row, actual: actual[i], expected: want[i] }))
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
    expect(expected([unlisted({ drawingsComplete: "", hasRequirements: "", complexity: "", chosenModel: "" })])).toEqual([["", "", "", "", "", "_|_|_|_"]]);
  });

  test("full-width words, the ideographic space and other languages' words, as the core reads them", () => {
    const facts = ["Ｙｅｓ", "ＦＡＬＳＥ", "１", "０", "\u3000はい\u3000", "いいえ", "Ja", "否", "ＴＢＤ", "ｎ／ａ", "未定", "ＹES"];
    const levels = ["Ｌｏｗ", "ｍｅｄ", "３", "高", "Mittel", "\u3000Ｈ"];
    const models = ["ＯＥＭ", "ｏｄｍ", "ＪＤＭ", "\u3000JDM", "ＯEM", "待定"];
    const rows: RegisterInputs[] = [];
    for (const d of facts) for (const c of levels) for (const m of models) rows.push({ drawingsComplete: d, hasRequirements: facts[(facts.indexOf(d) + 3) % facts.length] as string, complexity: c, chosenModel: m });
    compare(rows);
    // Whole words only: a word mixing full-width and ASCII letters is a bad value in both.
    expect(expected([unlisted({ drawingsComplete: "Ｙｅｓ", hasRequirements: "\u3000はい", complexity: "Ｌｏｗ", chosenModel: "ＯＥＭ" })])[0]?.slice(1, 3)).toEqual(["OEM", "Fit"]);
    expect(expected([unlisted({ drawingsComplete: "ＹES", hasRequirements: true, complexity: "L", chosenModel: "OEM" })])[0]?.[5]).toBe("?|T|L|OEM");
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
    expect(expected([unlisted({ drawingsComplete: "maybe", hasRequirements: "n/a", complexity: "huge", chosenModel: "OEM" })])[0]?.[0]).toBe(
      "⚠ Check Drawings complete: use TRUE, FALSE, Yes, No, Y, N, 1, 0; Complexity: use Low, Medium, High, L, M, H, 1, 2, 3, Med, Mid",
    );
  });
});

describe("an edit of the team's tables not applied yet", () => {
  const rows = [
    { drawingsComplete: false, hasRequirements: true, complexity: "Medium", chosenModel: "ODM" },
    { drawingsComplete: "maybe", hasRequirements: true, complexity: "Low", chosenModel: "OEM" },
  ].map((inputs) => ({ inputs, supplier: "Cell Co" }));
  const list = [["Cell Co", "OEM"]] as const;
  const decisions = rulesSheet(BUILT_IN_RULES).tables.find((t) => t.name === DECISIONS_TABLE)!;
  const also = rulesSheet(BUILT_IN_RULES).tables.find((t) => t.name === ALSO_ACCEPTED_TABLE)!;
  const at = (row: number, column: number) => ({ row: row - 1, col: column - 1 });
  const recommended = decisions.headers.indexOf("Recommended model");
  const marker = `${BUILT_IN_RULES.locale.marker.symbol}${BUILT_IN_RULES.locale.marker.rulesEdited}`;
  const keys = expected(rows, list).map((r) => r[5]);

  test.each<[string, (hf: HyperFormula, s: number) => void]>([
    ["a recommended model changed", (hf, s) => hf.setCellContents({ sheet: s, ...at(decisions.at.row + 1, decisions.at.column + recommended) }, "JDM")],
    ["a stage text changed in case only", (hf, s) => hf.setCellContents({ sheet: s, ...at(decisions.at.row + 1, decisions.at.column + 3) }, String(decisions.rows[0]?.[3]).toUpperCase())],
    ["a condition made a boolean where Any was", (hf, s) => hf.setCellContents({ sheet: s, ...at(decisions.at.row + 2, decisions.at.column + 2) }, true)],
    ["a condition made text where a boolean was", (hf, s) => hf.setCellContents({ sheet: s, ...at(decisions.at.row + 1, decisions.at.column) }, `'${String(decisions.rows[0]?.[0]).toUpperCase()}`)],
    ["a row typed below the decision table", (hf, s) => hf.setCellContents({ sheet: s, ...at(decisions.at.row + decisions.rows.length + 1, decisions.at.column) }, "FALSE")],
    ["a spelling added below the spellings table", (hf, s) => hf.setCellContents({ sheet: s, ...at(also.at.row + 2, also.at.column + 1) }, "Ja bitte")],
    ["the complexity levels changed", (hf, s) => hf.setCellContents({ sheet: s, ...at(RULEBOOK_LEVELS_CELL.row, RULEBOOK_LEVELS_CELL.column) }, "Low, High")],
    ["an error in a cell", (hf, s) => hf.setCellContents({ sheet: s, ...at(decisions.at.row + 3, decisions.at.column + 4) }, "=1/0")],
    ["a row inserted inside the decision table", (hf, s) => hf.addRows(s, [decisions.at.row + 2, 1])],
    ["a row of the decision table deleted", (hf, s) => hf.removeRows(s, [decisions.at.row + 2, 1])],
  ])("%s: every computed cell shows the marker, the key stays", (_, edit) => {
    const shown = evaluate(rows, list, BUILT_IN_RULES, edit);
    expect(shown).toEqual(keys.map((key) => [marker, marker, marker, marker, marker, key]));
  });

  test("untouched, or an edit undone, the verdicts are the rules' again", () => {
    expect(typeof decisions.rows[0]?.[0]).toBe("boolean"); // what "made text" above replaces
    expect(evaluate(rows, list)).toEqual(expected(rows, list));
    const cell = at(decisions.at.row + 1, decisions.at.column + recommended);
    const undone = evaluate(rows, list, BUILT_IN_RULES, (hf, s) => {
      const before = hf.getCellSerialized({ sheet: s, ...cell });
      hf.setCellContents({ sheet: s, ...cell }, "JDM");
      hf.setCellContents({ sheet: s, ...cell }, before);
    });
    expect(undone).toEqual(expected(rows, list));
    expect(expected(rows, list)[0]?.slice(0, 3)).toEqual(["Requirements defined", "ODM", "Fit"]);
  });
});

describe("the Supplier offers column in HyperFormula", () => {
  /** A project of each stage (and one not known yet) × each chosen model (none, a bad one) × each supplier cell. */
  function supplierRows(): Row[] {
    const stages: Omit<RegisterInputs, "chosenModel">[] = [
      { drawingsComplete: true, hasRequirements: true, complexity: "Low" },
      { drawingsComplete: false, hasRequirements: true, complexity: "Low" },
      { drawingsComplete: false, hasRequirements: true, complexity: "Medium" },
      { drawingsComplete: false, hasRequirements: true, complexity: "High" },
      { drawingsComplete: false, hasRequirements: false, complexity: "" },
      { drawingsComplete: "", hasRequirements: true, complexity: "" },
      { drawingsComplete: "maybe", hasRequirements: true, complexity: "Low" },
    ];
    const rows: Row[] = [];
    for (const stage of stages) for (const chosenModel of ["", "OEM", "odm", " Jdm ", "EMS", "TBD"]) for (const supplier of SUPPLIER_CELLS) rows.push({ inputs: { ...stage, chosenModel }, supplier });
    return rows;
  }

  test("every stage × chosen model × supplier cell, against the analysts' list: the core's text, cell for cell", () => {
    const rows = supplierRows();
    compareRows(rows, SUPPLIER_LIST);
    // The list's cases are really reached: each outcome the column can show occurs.
    const shown = new Set(expected(rows, SUPPLIER_LIST).map((r) => r[4]));
    expect([...shown].sort()).toEqual([
      "",
      "Does not offer JDM (chosen)",
      "Does not offer JDM (chosen), ODM (recommended)",
      "Does not offer JDM (chosen), OEM (recommended)",
      "Does not offer JDM (chosen, recommended)",
      "Does not offer JDM (recommended)",
      "Does not offer ODM (chosen)",
      "Does not offer ODM (chosen), JDM (recommended)",
      "Does not offer ODM (chosen), OEM (recommended)",
      "Does not offer ODM (chosen, recommended)",
      "Does not offer ODM (recommended)",
      "Does not offer OEM (chosen)",
      "Does not offer OEM (chosen), JDM (recommended)",
      "Does not offer OEM (chosen), ODM (recommended)",
      "Does not offer OEM (chosen, recommended)",
      "Does not offer OEM (recommended)",
      "Yes",
    ]);
  });

  test("the first row of a name wins, and a list of 2000 suppliers is read to its last row", () => {
    const inputs: RegisterInputs = { drawingsComplete: false, hasRequirements: false, complexity: "", chosenModel: "JDM" };
    const long: [unknown, unknown][] = Array.from({ length: 2000 }, (_, i) => [`S${i}`, i === 1999 ? "JDM" : "OEM"]);
    const rows: Row[] = [{ inputs, supplier: "Acme" }, { inputs, supplier: "S1999" }, { inputs, supplier: "S0" }];
    expect(evaluate(rows.slice(0, 1), SUPPLIER_LIST).map((r) => r[4])).toEqual(["Does not offer JDM (chosen, recommended)"]);
    expect(evaluate(rows.slice(1), long).map((r) => r[4])).toEqual(["Yes", "Does not offer JDM (chosen, recommended)"]);
    compareRows(rows.slice(1), long);
  });
});

describe("the formulas follow the rulebook's shape: a fourth model and a fourth level (test-only)", () => {
  const rules = compiled(FOUR_BY_FOUR);
  const LIST: [unknown, unknown][] = [["Acme", "OEM, CM"], ["Bolt", "JDM"], ["Core", "cm"], ["Dyn", "ODM, JDM"]];

  /** Every fact's spellings (and not known, and bad) × every level × every model spelling × each listed supplier. */
  function rows(): Row[] {
    const facts = ["Yes", "no", "", "unsure", "maybe"];
    const levels = ["Low", "Medium", "High", "Extreme", "x", "", "unsure", "huge", "L"];
    const models = ["", "OEM", "odm", "JDM", "CM", "contract", " Cm ", "EMS", "unsure"];
    const suppliers = ["Acme", "Bolt", "Core", "Dyn", "Nobody"];
    const out: Row[] = [];
    let i = 0;
    for (const d of facts) for (const r of facts) for (const c of levels) for (const m of models) out.push({ inputs: { drawingsComplete: d, hasRequirements: r, complexity: c, chosenModel: m }, supplier: suppliers[i++ % suppliers.length] });
    return out;
  }

  test("every cell of every computed column equals the core judging by the same rulebook", () => {
    const all = rows();
    compareRows(all, LIST, rules);
    // The rulebook's own words are reached: its fourth stage, model and level, its marker and gaps.
    const shown = expected(all, LIST, rules);
    expect(shown.filter((r) => r[1] === "CM").length).toBeGreaterThan(0);
    expect([...new Set(shown.map((r) => r[0] ?? "").filter((stage) => !stage.startsWith("⚠")))].sort()).toEqual(["", "Complex", "Defined", "Early", "Extreme", "Ready"]);
    expect(shown.some((r) => (r[0] ?? "").startsWith("⚠ Check "))).toBe(true);
    expect(shown.some((r) => r[4] === "Does not offer CM (chosen), JDM (recommended)" || r[4] === "Does not offer CM (chosen)")).toBe(true);
    expect(shown.some((r) => r[5] === "F|T|E|CM")).toBe(true);
    expect(expected([{ inputs: { drawingsComplete: "maybe", hasRequirements: "no", complexity: "huge", chosenModel: "EMS" }, supplier: "" }], [], rules)[0]?.[0]).toBe(
      "⚠ Check Drawings complete: use Yes, No; Complexity: use Low, Medium, High, Extreme, X; Chosen model: use OEM, ODM, JDM, CM, Contract",
    );
  });
});

describe("for any valid rulebook (fast-check), the formulas read from its sheet agree with the core", () => {
  /** Every fact known or not × every level or none × every model or none. */
  const ROWS: Row[] = [];
  for (const d of ["Yes", "No", ""]) for (const r of ["Yes", "No", ""]) for (const c of ["Low", "Medium", "High", ""]) for (const m of ["", "OEM", "ODM", "JDM"]) ROWS.push(unlisted({ drawingsComplete: d, hasRequirements: r, complexity: c, chosenModel: m }));

  test("every row's Stage, Recommended model, Fit, Why and key, cell for cell", () => {
    fc.assert(
      fc.property(arbitraryRulebook(), (data) => {
        const rules = compiled(data);
        return JSON.stringify(evaluate(ROWS, [], rules)) === JSON.stringify(expected(ROWS, [], rules));
      }),
      { numRuns: 12 },
    );
  });
});

test("spellings a team adds reach the formulas: its words are read as the values they mean", () => {
  const added = <T>(groups: readonly (readonly [T, readonly string[]])[], value: T, word: string) => groups.map(([v, w]) => [v, v === value ? [...w, word] : w] as const);
  const s = BUILT_IN_RULEBOOK.spellings;
  const rules = compiled({ ...BUILT_IN_RULEBOOK, name: "Team", spellings: { ...s, boolean: added(s.boolean, true, "Ja bitte"), complexity: added(s.complexity, "Medium", "mittelschwer"), model: added(s.model, "ODM", "Auftragsentwicklung") } });
  const rows = [
    { drawingsComplete: "Ja bitte", hasRequirements: "No", complexity: "mittelschwer", chosenModel: "Auftragsentwicklung" },
    { drawingsComplete: "nein", hasRequirements: "JA BITTE", complexity: "MITTELSCHWER", chosenModel: "auftragsentwicklung" },
  ].map(unlisted);
  compareRows(rows, [], rules);
  expect(evaluate(rows, [], rules)[1]?.slice(0, 3)).toEqual(["Requirements defined", "ODM", "Fit"]);
});
