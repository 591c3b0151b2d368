// The portfolio description follows the rulebook its registers were judged by: its stages are
// the grid's rows and its models the grid's columns and the chart's series.

import { BUILT_IN_RULES } from "../../src/core";
import { portfolioChart, portfolioSheets, PROBLEM_ROWS_PER_SHEET, STAGES_SHEET } from "../../src/workbook";
import type { PortfolioEntry } from "../../src/workbook";
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

describe("problem rows past one sheet", () => {
  const problem = (row: number) => ({ sheet: "Register", row, project: `P${row}`, supplier: "S", status: "mismatch" as const, reason: "r", supplierFit: "" });
  const register = (file: string, rows: number[]): PortfolioEntry => ({
    file,
    error: null,
    register: {
      sheet: "Register", rows: rows.length, counts: { fit: 0, conditional: 0, mismatch: rows.length, incomplete: 0, "bad input": 0 },
      supplierGaps: 0, chosenNotOffered: 0, flagged: rows.length, problems: rows.map(problem), truncated: false, stages: {}, teams: [],
    },
  });

  test("spill over into further sheets, in order, each saying where the list goes on", () => {
    const sheets = portfolioSheets([register("a.xlsx", [2, 3, 4]), register("b.xlsx", [5, 6])], BUILT_IN_RULES, "", 2);
    expect(sheets.map((s) => s.name)).toEqual(["Portfolio", "Problem rows", "Problem rows 2", "Problem rows 3", "By stage"]);
    const lists = sheets.filter((s) => s.name.startsWith("Problem rows"));
    expect(lists.map((s) => s.tables[0]?.name)).toEqual(["MfgProblems", "MfgProblems2", "MfgProblems3"]);
    expect(lists.map((s) => s.tables[0]?.rows.map((r) => `${r[0]}:${r[2]}`))).toEqual([["a.xlsx:2", "a.xlsx:3"], ["a.xlsx:4", "b.xlsx:5"], ["b.xlsx:6"]]);
    expect(lists[0]?.blocks[0]?.values[0]?.[0]).toMatch(/\(part 1 of 3; Excel's sheets hold 1,048,576 rows: continued on "Problem rows 2"\)$/);
    expect(lists[2]?.blocks[0]?.values[0]?.[0]).toMatch(/\(part 3 of 3; Excel's sheets hold 1,048,576 rows\)$/);
  });

  test("sorted by team, then in the files' order; registers without a team last; the team in its own column", () => {
    const team = (e: PortfolioEntry, teams: string[]): PortfolioEntry => ({ ...e, register: { ...(e.register as NonNullable<PortfolioEntry["register"]>), teams } });
    const entries = [register("a.xlsx", [2]), team(register("b.xlsx", [3]), ["Pumps"]), team(register("c.xlsx", [4]), ["Batteries"]), team(register("d.xlsx", [5]), ["Pumps"])];
    const list = portfolioSheets(entries, BUILT_IN_RULES).find((s) => s.name === "Problem rows")?.tables[0];
    expect(list?.headers).toEqual(["File", "Sheet", "Row", "Project", "Supplier", "Status", "Reason", "Team"]);
    expect(list?.rows.map((r) => `${r[7]}:${r[0]}`)).toEqual(["Batteries:c.xlsx", "Pumps:b.xlsx", "Pumps:d.xlsx", ":a.xlsx"]);
    // The summary keeps the files' order.
    expect(portfolioSheets(entries, BUILT_IN_RULES)[0]?.tables[0]?.rows.map((r) => r[0])).toEqual(["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"]);
  });

  test("one sheet holds Excel's rows less its title and header rows; within it, no note", () => {
    expect(PROBLEM_ROWS_PER_SHEET + 3).toBe(1_048_576);
    const sheets = portfolioSheets([register("a.xlsx", [2, 3])], BUILT_IN_RULES, "", 2);
    expect(sheets.filter((s) => s.name.startsWith("Problem rows")).map((s) => s.blocks[0]?.values[0]?.[0])).toEqual(["Every problem row: mismatches, conditional fits, facts not known yet, bad values"]);
  });
});
