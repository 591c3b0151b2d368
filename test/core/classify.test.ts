import { BUILT_IN_RULES, classify, classifyCells } from "../../src/core";

const DECISION_TABLE = BUILT_IN_RULES.rows;
import type { Complexity } from "../../src/core";
import { BAD_BOOLEANS, BAD_COMPLEXITIES, everySpelling, EXPECTED_ROWS } from "../support/cases";

describe("classify", () => {
  test.each(EXPECTED_ROWS)(
    "drawings $drawingsComplete, requirements $hasRequirements, complexity $complexity → $stage / $recommended",
    (expected) => {
      const result = classify(BUILT_IN_RULES, expected);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.row.stage).toBe(expected.stage);
      expect(result.row.recommended).toBe(expected.recommended);
    },
  );

  test("frozen drawings decide alone: the other facts may be unknown", () => {
    const result = classify(BUILT_IN_RULES, { drawingsComplete: true, hasRequirements: undefined, complexity: undefined });
    expect(result.ok && result.row.recommended).toBe("OEM");
  });

  test("no drawings and no requirements decide without complexity", () => {
    const result = classify(BUILT_IN_RULES, { drawingsComplete: false, hasRequirements: false, complexity: undefined });
    expect(result.ok && result.row.stage).toBe("Early-stage R&D");
  });

  test.each<[boolean | undefined, boolean | undefined, Complexity | undefined, string[]]>([
    [undefined, undefined, undefined, ["drawingsComplete", "hasRequirements", "complexity"]],
    [undefined, true, "Low", ["drawingsComplete"]],
    [false, undefined, "High", ["hasRequirements"]],
    [false, true, undefined, ["complexity"]],
    [false, undefined, undefined, ["hasRequirements", "complexity"]],
    [undefined, false, "Low", ["drawingsComplete"]],
  ])("undecided (%p, %p, %p) names the empty facts %p", (d, r, c, names) => {
    expect(classify(BUILT_IN_RULES, { drawingsComplete: d, hasRequirements: r, complexity: c })).toEqual({
      ok: false,
      issue: { code: "empty", arguments: names },
    });
  });
});

describe("classifyCells", () => {
  test("every row × every accepted spelling of every fact", () => {
    const cases = everySpelling();
    expect(cases.length).toBeGreaterThan(5000);
    for (const { row, cells } of cases) {
      const result = classifyCells(BUILT_IN_RULES, ...cells);
      if (!result.ok) throw new Error(`not classified: ${JSON.stringify(cells)}`);
      expect([cells, result.row.stage, result.row.recommended]).toEqual([cells, row.stage, row.recommended]);
    }
  });

  test.each(BAD_BOOLEANS)("a bad drawingsComplete %p is reported before anything empty", (bad) => {
    const result = classifyCells(BUILT_IN_RULES, bad, "", "");
    expect(!result.ok && result.issue.code === "invalid_value" && result.issue.argument).toBe("drawingsComplete");
  });

  test.each(BAD_COMPLEXITIES)("a bad complexity %p is reported even when drawings decide alone", (bad) => {
    const result = classifyCells(BUILT_IN_RULES, true, "", bad);
    expect(!result.ok && result.issue.code === "invalid_value" && result.issue.argument).toBe("complexity");
  });

  test("the first bad argument in argument order is the one reported", () => {
    const result = classifyCells(BUILT_IN_RULES, "maybe", "perhaps", "huge");
    expect(!result.ok && result.issue.code === "invalid_value" && result.issue.argument).toBe("drawingsComplete");
  });
});

describe("BUILT_IN_RULES.rows", () => {
  test("holds docs/domain.md's five rows in order", () => {
    expect(DECISION_TABLE.map((r) => [r.drawingsComplete, r.hasRequirements, r.complexity, r.stage, r.recommended])).toEqual([
      [true, "any", "any", "Ready for production", "OEM"],
      [false, true, "Low", "Requirements defined", "ODM"],
      [false, true, "Medium", "Requirements defined", "ODM"],
      [false, true, "High", "Complex system", "JDM"],
      [false, false, "any", "Early-stage R&D", "JDM"],
    ]);
    expect(DECISION_TABLE.map((r) => [r.fit.OEM, r.fit.ODM, r.fit.JDM].join(""))).toEqual([
      "✓——",
      "—✓—",
      "—✓△",
      "—△✓",
      "——✓",
    ]);
  });
});
