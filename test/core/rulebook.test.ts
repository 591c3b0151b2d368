// A rulebook is data: the checks give issues as data (code, row, what is wrong), compileRules
// never throws, the fingerprint follows the content, and a rulebook with other models and levels
// judges as its data says. Expectations are written out here, not built with the code under test.

import { assessCells, BUILT_IN_RULEBOOK, BUILT_IN_RULES, checkRulebook, classify, classifyCells, compileRules, fitOf } from "../../src/core";
import type { DecisionRow, RulebookData, RulebookIssue } from "../../src/core";
import { rulebookSchema } from "../../src/core/rulebookSchema";
import { FOUR_BY_FOUR } from "../support/rulebooks";

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends object ? Mutable<T[K]> : T[K] };
/** A deep copy of the built-in rulebook to break. */
const copy = (): Mutable<RulebookData> => JSON.parse(JSON.stringify(BUILT_IN_RULEBOOK));
const row = (data: Mutable<RulebookData>, n: number) => data.rows[n - 1] as Mutable<DecisionRow>;

describe("BUILT_IN_RULES", () => {
  test("the built-in rulebook passes the schema and every check", () => {
    expect(checkRulebook(BUILT_IN_RULEBOOK)).toEqual([]);
    const parsed = rulebookSchema.safeParse(BUILT_IN_RULEBOOK);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  test("holds docs/domain.md's five rows, in order, with its models and levels", () => {
    expect([BUILT_IN_RULES.models, BUILT_IN_RULES.complexities]).toEqual([["OEM", "ODM", "JDM"], ["Low", "Medium", "High"]]);
    expect(BUILT_IN_RULES.rows.map((r) => [r.drawingsComplete, r.hasRequirements, r.complexity, r.recommended, `${r.fit.OEM}${r.fit.ODM}${r.fit.JDM}`])).toEqual([
      [true, "any", "any", "OEM", "✓——"],
      [false, true, "Low", "ODM", "—✓—"],
      [false, true, "Medium", "ODM", "—✓△"],
      [false, true, "High", "JDM", "—△✓"],
      [false, false, "any", "JDM", "——✓"],
    ]);
  });
});

describe("checkRulebook", () => {
  const cases: [string, (d: Mutable<RulebookData>) => void, RulebookIssue[]][] = [
    ["a recommended model that is not the row's primary fit", (d) => void (row(d, 1).recommended = "JDM"), [{ code: "recommended_not_primary", row: 1 }]],
    ["a deleted row", (d) => void d.rows.splice(1, 1), [{ code: "uncovered", facts: { drawingsComplete: false, hasRequirements: true, complexity: "Low" } }]],
    [
      "a duplicated row",
      (d) => void d.rows.push(JSON.parse(JSON.stringify(row(d, 2)))),
      [{ code: "overlapping_rows", facts: { drawingsComplete: false, hasRequirements: true, complexity: "Low" }, rows: [2, 6] }],
    ],
    [
      "two rows that contradict each other",
      (d) => void (row(d, 5).hasRequirements = "any"),
      [
        { code: "overlapping_rows", facts: { drawingsComplete: false, hasRequirements: true, complexity: "Low" }, rows: [2, 5] },
        { code: "overlapping_rows", facts: { drawingsComplete: false, hasRequirements: true, complexity: "Medium" }, rows: [3, 5] },
        { code: "overlapping_rows", facts: { drawingsComplete: false, hasRequirements: true, complexity: "High" }, rows: [4, 5] },
      ],
    ],
    ["an unknown recommended model", (d) => void (row(d, 5).recommended = "EMS"), [{ code: "unknown_model", row: 5, model: "EMS" }]],
    ["a model's fit left out", (d) => void delete row(d, 1).fit.JDM, [{ code: "invalid_fit", row: 1, model: "JDM", value: "" }]],
    ["a fit that is not ✓ △ —", (d) => void (row(d, 1).fit.ODM = "x" as never), [{ code: "invalid_fit", row: 1, model: "ODM", value: "x" }]],
    ["a mismatch without its note", (d) => void delete row(d, 2).notes.OEM, [{ code: "missing_note", row: 2, model: "OEM" }]],
    ["a note on a primary fit", (d) => void (row(d, 1).notes.OEM = "Why not."), [{ code: "unexpected_note", row: 1, model: "OEM" }]],
    ["an empty why", (d) => void (row(d, 3).why = " "), [{ code: "empty_text", field: "why", row: 3 }]],
    [
      "an unknown complexity level",
      (d) => void (row(d, 2).complexity = "Tiny"),
      [
        { code: "unknown_complexity", row: 2, value: "Tiny" },
        { code: "uncovered", facts: { drawingsComplete: false, hasRequirements: true, complexity: "Low" } },
      ],
    ],
    ["no models", (d) => void (d.models = []), [{ code: "no_values", list: "models" }]],
    ["a model listed twice", (d) => void d.models.push("ODM"), [{ code: "duplicate_value", list: "models", value: "ODM" }]],
    ["a spelling with two meanings", (d) => void (d.spellings.complexity[2] as [string, string[]])[1].push("l"), [{ code: "ambiguous_spelling", spelling: "l" }]],
    ["a not-known word that is also a model", (d) => void (d.spellings.model[0] as [string, string[]])[1].push("TBD"), [{ code: "ambiguous_spelling", spelling: "TBD" }]],
    ["a not-known word the formulas would read as a wildcard", (d) => void d.spellings.notKnown.push("?"), [{ code: "reserved_spelling", spelling: "?" }]],
    ["a model nobody can type", (d) => void d.spellings.model.pop(), [{ code: "missing_spelling", kind: "model", value: "JDM" }]],
    ["an empty name", (d) => void (d.name = ""), [{ code: "empty_text", field: "name" }]],
    ["a language the product does not speak", (d) => void (d.language = "xx"), [{ code: "unknown_language", language: "xx", accepted: ["en", "de", "zh", "ja"] }]],
    ["a model listed twice in another case", (d) => void d.models.push("odm"), [{ code: "duplicate_value", list: "models", value: "odm" }]],
    ["a model the rule key cannot carry", (d) => void (d.models[2] = "J|DM"), [{ code: "reserved_name", list: "models", value: "J|DM" }]],
    ["a level named like not known yet", (d) => void (d.complexities[0] = "_"), [{ code: "reserved_name", list: "complexities", value: "_" }]],
    [
      "more levels than the rule key codes",
      (d) => void d.complexities.push(...Array.from({ length: 24 }, (_, i) => `Level ${i}`)),
      [{ code: "too_many_values", list: "complexities", maximum: 26 }],
    ],
  ];

  test.each(cases)("%s", (_, breakIt, issues) => {
    const data = copy();
    breakIt(data);
    expect(checkRulebook(data)).toEqual(issues);
    // compileRules gives the same issues as data, never a throw, and no Rules.
    expect(compileRules(data)).toEqual({ ok: false, issues });
  });

  test("the schema reports a rule issue at its row, carrying the issue", () => {
    const data = copy();
    row(data, 1).recommended = "JDM";
    const parsed = rulebookSchema.safeParse(data);
    expect(parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([{ path: ["rows", 0], message: "recommended_not_primary" }]);
  });

  test("the schema refuses a shape that is not a rulebook", () => {
    const parsed = rulebookSchema.safeParse({ ...copy(), rows: [{ stage: "x" }] });
    expect(parsed.success).toBe(false);
  });
});

describe("fingerprint", () => {
  const compiled = (data: RulebookData) => {
    const c = compileRules(data);
    if (!c.ok) throw new Error(JSON.stringify(c.issues));
    return c.rules;
  };

  test("names the content: another name or version keeps it, another word changes it", () => {
    const renamed = { ...copy(), name: "Battery team", version: "3" };
    const edited = copy();
    row(edited, 3).why = "The team's own reason: ODM.";
    expect(compiled(renamed).fingerprint).toBe(BUILT_IN_RULES.fingerprint);
    expect(compiled(edited).fingerprint).not.toBe(BUILT_IN_RULES.fingerprint);
    expect(BUILT_IN_RULES.fingerprint).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe("a rulebook with a fourth model and a fourth level", () => {
  const compiled = compileRules(FOUR_BY_FOUR);
  const rules = compiled.ok ? compiled.rules : BUILT_IN_RULES;

  test("compiles", () => {
    expect(compiled.ok ? [] : compiled.issues).toEqual([]);
  });

  test("classifies by its own levels and judges its own models", () => {
    const extreme = classify(rules, { drawingsComplete: false, hasRequirements: true, complexity: "Extreme" });
    expect(extreme.ok && [extreme.row.stage, extreme.row.recommended, fitOf(extreme.row, "JDM")]).toEqual(["Extreme", "CM", "conditional"]);
    const cells = assessCells(rules, "No", "Yes", "x", "contract", true);
    expect(cells.ok && [cells.row.recommended, cells.chosen]).toEqual(["CM", "CM"]);
    // Its not-known word is empty; the built-in ones are not its words.
    expect(classifyCells(rules, "No", "Yes", "unsure")).toEqual({ ok: false, issue: { code: "empty", arguments: ["complexity"] } });
    expect(classifyCells(rules, "No", "Yes", "TBD")).toEqual({ ok: false, issue: { code: "invalid_value", argument: "complexity", value: "TBD", accepted: ["Low", "Medium", "High", "Extreme", "X"] } });
  });

  test("the built-in rules are untouched by it", () => {
    expect(classifyCells(BUILT_IN_RULES, "No", "Yes", "x")).toEqual({ ok: false, issue: { code: "invalid_value", argument: "complexity", value: "x", accepted: ["Low", "Medium", "High", "L", "M", "H", "1", "2", "3", "Med", "Mid"] } });
  });
});
