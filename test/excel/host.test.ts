import { rulesDifferences } from "../../src/excel";
import { BUILT_IN_RULES } from "../../src/core";
import { ruleTables } from "../../src/workbook";

const RULE_ROWS = ruleTables(BUILT_IN_RULES).rules;

describe("rulesDifferences", () => {
  test("none when the workbook holds the add-in's rules", () => {
    expect(rulesDifferences(RULE_ROWS.map((r) => [...r]))).toEqual([]);
  });

  test("names each edited cell, each missing rule and extra rows", () => {
    const rows = RULE_ROWS.map((r) => [...r]);
    const edited = rows.findIndex((r) => r[0] === "F|T|H|ODM");
    (rows[edited] as string[])[7] = "Fit";
    const removed = rows.splice(0, 1)[0] as string[];
    rows.push(["X|X|X|X", "", "", "", "", "", "", "", ""], ["Y|Y|Y|Y", "", "", "", "", "", "", "", ""]);
    expect(rulesDifferences(rows)).toEqual([
      `Rule ${removed[0]} is missing.`,
      'Rule F|T|H|ODM: Fit is "Fit" here, "Conditional" in the add-in.',
      "The workbook has 1 extra rule.",
    ]);
  });
});
