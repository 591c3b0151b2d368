// The judging functions' optional last argument: a team's rulebook, its decision table with the
// header row as the rules sheet holds it (MfgDecisions[#All]). A function beside a register then
// agrees with the register, whatever the rulebook; a broken one is one #VALUE! naming its cell.

import fc from "fast-check";
import { BUILT_IN_RULES, explain } from "../../src/core";
import type { Rules } from "../../src/core";
import { decisionTable, registerVerdict } from "../../src/workbook";
import type { RegisterInputs } from "../../src/workbook";
import { IMPLEMENTATIONS } from "../support/functionsUnderTest";
import { arbitraryRulebook, compiled } from "../support/rulebooks";

/** The decision table as Excel passes MfgDecisions[#All]: the header row, then the rows. */
const rulesRange = (rules: Rules): unknown[][] => {
  const table = decisionTable(rules);
  return [[...table.headers], ...table.rows.map((r) => [...r])];
};

const INPUTS: RegisterInputs[] = [];
for (const d of ["Yes", "No", ""]) for (const r of ["Yes", "No", ""]) for (const c of ["Low", "Medium", "High", ""]) for (const m of ["OEM", "ODM", "JDM"]) INPUTS.push({ drawingsComplete: d, hasRequirements: r, complexity: c, chosenModel: m });
const column = (pick: (i: RegisterInputs) => unknown) => INPUTS.map((i) => [pick(i)]);
const [D, R, C, M] = [column((i) => i.drawingsComplete), column((i) => i.hasRequirements), column((i) => i.complexity), column((i) => i.chosenModel)];

/** Each row's text, or the error's code, as a cell shows it. */
const shown = (grid: unknown[][]) => grid.map((row) => (row[0] instanceof (CustomFunctions.Error as any) ? (row[0] as any).code : row[0]));

describe.each(IMPLEMENTATIONS)("%s", (_implementation, load) => {
  const { mfgExplain, mfgFit, mfgModel, mfgStage } = load();

  /** What the core says for every row, by the given rules: the register's own verdicts. */
  const expected = (rules: Rules) =>
    INPUTS.map((inputs) => {
      const v = registerVerdict(rules, inputs);
      const known = v.recommended !== "";
      return { model: known ? v.recommended : "#N/A", stage: known ? v.stage : "#N/A", fit: v.fit === "" ? "#N/A" : v.fit, why: v.why === "" ? "#N/A" : v.why };
    });
  const actual = (range: unknown[][]) => {
    const [model, stage, fit, why] = [shown(mfgModel(D, R, C, range)), shown(mfgStage(D, R, C, range)), shown(mfgFit(D, R, C, M, range)), shown(mfgExplain(D, R, C, M, range))];
    return INPUTS.map((_, i) => ({ model: model[i], stage: stage[i], fit: fit[i], why: why[i] }));
  };

  test("for any valid rulebook (fast-check), MFGMODEL, MFGSTAGE, MFGFIT and MFGEXPLAIN give the register's verdict for every row", () => {
    fc.assert(
      fc.property(arbitraryRulebook(), (data) => {
        const rules = compiled(data);
        return JSON.stringify(actual(rulesRange(rules))) === JSON.stringify(expected(rules));
      }),
      { numRuns: 30 },
    );
  });

  test("the built-in rules when the argument is omitted or empty, and the same when it holds them", () => {
    const builtIn = expected(BUILT_IN_RULES);
    expect(actual(rulesRange(BUILT_IN_RULES))).toEqual(builtIn);
    expect(shown(mfgModel(D, R, C))).toEqual(builtIn.map((b) => b.model));
    expect(shown(mfgModel(D, R, C, [[null]]))).toEqual(builtIn.map((b) => b.model));
    expect(shown(mfgExplain([[false]], [[true]], [["Medium"]], [["JDM"]]))).toEqual([explain(BUILT_IN_RULES.rows[2]!, "JDM")]);
  });

  test("a broken rulebook is one #VALUE! naming the row and column of the range and what is accepted", () => {
    const range = rulesRange(BUILT_IN_RULES);
    (range[3] as unknown[])[5] = "Maybe";
    const result = mfgModel(D, R, C, range) as unknown[][];
    expect(result).toHaveLength(1);
    const error = result[0]?.[0] as { code: string; message: string };
    expect([error.code, error.message]).toEqual([
      "#VALUE!",
      'rules (row 4, column 6 of the range): the fit of OEM is "Maybe"; use "Fit", "Conditional", "Mismatch". Pass the decision table with its header row, e.g. MfgDecisions[#All].',
    ]);
    // Without its header row, the range is not a decision table: says which column is missing.
    const headless = mfgFit(D, R, C, M, rulesRange(BUILT_IN_RULES).slice(1)) as unknown[][];
    expect((headless[0]?.[0] as { message: string }).message).toMatch(/^rules \(row 1, column 1 of the range\): the decision table has no column "Drawings complete"/);
  });
});
