import { BUILT_IN_RULES, classify, explain, fitOf } from "../../src/core";
import type { DecisionRow } from "../../src/core";
import { EXPECTED_ROWS, label, MODEL_NAMES } from "../support/cases";

const DECISION_TABLE = BUILT_IN_RULES.rows;

const rowOf = (e: (typeof EXPECTED_ROWS)[number]): DecisionRow => {
  const result = classify(BUILT_IN_RULES, e);
  if (!result.ok) throw new Error("unclassified");
  return result.row;
};

describe("fitOf", () => {
  test.each(EXPECTED_ROWS.flatMap((e) => MODEL_NAMES.map((m) => [label(e), m, e] as const)))("%s with %s", (_, model, e) => {
    expect(fitOf(rowOf(e), model)).toBe(e.fit[model].toLowerCase());
  });
});

describe("explain", () => {
  test("without a chosen model: the row's reason, naming the recommended model", () => {
    for (const row of DECISION_TABLE) {
      expect(explain(row)).toBe(row.why);
      expect(row.why.endsWith(`: ${row.recommended}.`)).toBe(true);
    }
  });

  test("a fitting choice says so", () => {
    const row = DECISION_TABLE[0] as DecisionRow;
    expect(explain(row, "OEM")).toBe(`${row.why} The chosen OEM fits this stage.`);
  });

  test.each([
    [0, "ODM", "ODM is a mismatch: with complete, frozen drawings the project gets engineering proposals it never needed: approval cycles extend, costs increase and the timeline slides."],
    [1, "OEM", "OEM is a mismatch: OEM needs frozen drawings to produce from; without them every discussion circles back to parameters that have not been defined and the project loops instead of advancing."],
    [1, "JDM", "JDM is a mismatch: for a low-complexity project with defined requirements the overhead of joint development is not justified."],
    [2, "JDM", "JDM is conditional: it can work for a medium-complexity project, but the overhead is real; check that ODM would need too many compromises."],
    [3, "ODM", "ODM is conditional: for a complex system a standard ODM approach may need too many compromises."],
    [4, "ODM", "ODM is a mismatch: ODM starts from a defined use case; define voltage, runtime, operating environment and form factor first, or develop jointly."],
  ] as const)("row %d with %s gives docs/domain.md's reason", (index, model, note) => {
    const row = DECISION_TABLE[index] as DecisionRow;
    expect(explain(row, model)).toBe(`${row.why} ${note}`);
  });
});
