import { escapeCellText, headerProblemMessage, matchHeaders, planComputedColumns } from "../../src/workbook";
import { cleanText } from "../../src/core";

describe("matchHeaders", () => {
  test("recognises synonyms in any case and punctuation", () => {
    expect(matchHeaders(["Program", "VENDOR", "Drawings?", "reqs defined", "Complexity level", "Model", "Notes"])).toEqual({
      ok: true,
      columns: { project: 0, supplier: 1, drawingsComplete: 2, hasRequirements: 3, complexity: 4, chosenModel: 5 },
    });
  });

  test("project and supplier are optional", () => {
    expect(matchHeaders(["Specs frozen", "Requirements", "Complexity", "Chosen model"])).toEqual({
      ok: true,
      columns: { project: undefined, supplier: undefined, drawingsComplete: 0, hasRequirements: 1, complexity: 2, chosenModel: 3 },
    });
  });

  test("an explicit mapping wins and takes the header out of the synonyms' reach", () => {
    const result = matchHeaders(["Model", "Drw", "Req", "Cx", "Current model"], { drawingsComplete: "drw", hasRequirements: "REQ", complexity: "cx", chosenModel: "Current model" });
    expect(result).toEqual({ ok: true, columns: { project: undefined, supplier: undefined, drawingsComplete: 1, hasRequirements: 2, complexity: 3, chosenModel: 4 } });
  });

  test.each([
    [["Drawings", "Requirements"], {}, "No column found for Complexity, Chosen model. Name the headers (e.g. \"Complexity\", \"Chosen model\") or map the columns."],
    [["Model", "Chosen model", "Drawings", "Requirements", "Complexity"], {}, 'Several columns could be Chosen model: "Model", "Chosen model". Map the column explicitly.'],
    [["A"], { complexity: "Cx" }, 'The column "Cx" mapped to Complexity is not in the header row.'],
  ])("%p %p → a problem with a message", (headers, mapping, message) => {
    const result = matchHeaders(headers, mapping);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(headerProblemMessage(result.problem)).toBe(message);
  });
});

describe("escapeCellText", () => {
  test.each([
    ["=1+1", "'=1+1"],
    ["+SUM(A1)", "'+SUM(A1)"],
    ["-2", "'-2"],
    ["@x", "'@x"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["'quoted", "''quoted"],
    ["Alpha", "Alpha"],
    [42, 42],
    [true, true],
  ])("%p → %p", (value, escaped) => {
    expect(escapeCellText(value)).toBe(escaped);
  });
});

describe("cleanText", () => {
  test.each([
    ["  Yes  ", "Yes"],
    ["\tYes\r\n", "Yes"],
    ["Y\tes", "Yes"],
    ["\u00a0Yes", "\u00a0Yes"],
    ["Very  high", "Very  high"],
  ])("%p → %p (as TRIM(CLEAN()) leaves a word)", (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });
});

describe("planComputedColumns", () => {
  // An analyst's table: the computed columns carry "MFG " (planComputedColumns' own = false).
  const own = (headers: string[]) => ["Project", "Supplier", "Drawings complete", "Requirements defined", "Complexity", "Chosen model", ...headers.map((h) => `MFG ${h}`)];

  test("a register an earlier version checked (no Supplier offers) keeps its columns where they are", () => {
    const plan = planComputedColumns(own(["Stage", "Recommended model", "Fit", "Why", "Rule key"]), false);
    expect(plan.kind === "found" && plan.columns.map((f) => [f.column.role, f.index])).toEqual([["stage", 6], ["recommended", 7], ["fit", 8], ["why", 9], ["key", 10]]);
  });

  test("today's columns are found; some of them missing is a partial set naming the required ones", () => {
    const plan = planComputedColumns(own(["Stage", "Recommended model", "Fit", "Why", "Supplier offers", "Rule key"]), false);
    expect(plan.kind === "found" && plan.columns.map((f) => f.index)).toEqual([6, 7, 8, 9, 10, 11]);
    expect(planComputedColumns(own(["Stage", "Supplier offers"]), false)).toEqual({ kind: "partial", headers: ["MFG Stage", "MFG Recommended model", "MFG Fit", "MFG Why", "MFG Rule key"] });
    expect(planComputedColumns(own([]), false)).toEqual({ kind: "append" });
  });
});
