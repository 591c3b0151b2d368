// The portfolio description follows the rulebook its registers were judged by: its stages are
// the grid's rows and its models the grid's columns and the chart's series.

import { BUILT_IN_RULES } from "../../src/core";
import { portfolioChart, portfolioSheets, STAGES_SHEET } from "../../src/workbook";
import { compiled, FOUR_BY_FOUR } from "../support/rulebooks";

describe("portfolioSheets", () => {
  test("the built-in rulebook's four stages and three models", () => {
    const grid = portfolioSheets([], BUILT_IN_RULES).find((s) => s.name === STAGES_SHEET)?.blocks[1]?.values ?? [];
    expect(grid[0]).toEqual(["Stage", "OEM", "ODM", "JDM", "No model chosen", "Model not accepted", "Total"]);
    expect(grid.slice(1).map((r) => r[0])).toEqual(["Ready for production", "Requirements defined", "Complex system", "Early-stage R&D", "Not known yet"]);
  });

  test("a rulebook's own stages and models, the chart's series with them", () => {
    const rules = compiled(FOUR_BY_FOUR);
    const grid = portfolioSheets([], rules).find((s) => s.name === STAGES_SHEET)?.blocks[1]?.values ?? [];
    expect(grid[0]).toEqual(["Stage", "OEM", "ODM", "JDM", "CM", "No model chosen", "Model not accepted", "Total"]);
    expect(grid.slice(1).map((r) => r[0])).toEqual(["Ready", "Defined", "Complex", "Extreme", "Early", "Not known yet"]);
    expect(portfolioChart(rules).series.map((s) => s.name)).toEqual(["OEM", "ODM", "JDM", "CM", "No model chosen", "Model not accepted"]);
  });
});
