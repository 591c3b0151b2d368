import { mfgExplain, mfgFit, mfgInfo, mfgMatrix, mfgModel, mfgStage } from "../../src/functions/functions";
import { explain, issueMessage, matrixGrid, modelAttribute, ATTRIBUTES, DECISION_TABLE, displayValue } from "../../src/core";
import type { CellIssue, DecisionRow } from "../../src/core";
import {
  BAD_BOOLEANS,
  BAD_COMPLEXITIES,
  BAD_MODELS,
  everySpelling,
  EXPECTED_ROWS,
  MODEL_NAMES,
  label,
  SPELLINGS,
} from "../support/cases";

/** An Excel error as the cell shows it, with its message: `{ error: "#N/A", message }`. */
const excel = (code: string, issue: CellIssue) => ({ error: code, message: issueMessage(issue) });
const seen = (grid: unknown[][]) =>
  grid.map((row) =>
    row.map((v) =>
      v instanceof (CustomFunctions.Error as any) ? { error: (v as any).code, message: (v as any).message } : v,
    ),
  );
const column = (values: readonly unknown[]) => values.map((v) => [v]);
const cell = (v: unknown) => [[v]];

const BOOLEAN_ACCEPTED = ["TRUE", "FALSE", "Yes", "No", "Y", "N", "1", "0"];
const COMPLEXITY_ACCEPTED = ["Low", "Medium", "High", "L", "M", "H", "1", "2", "3"];

describe("mfgModel", () => {
  test("every decision-table row × every accepted spelling, as one range", () => {
    const cases = everySpelling();
    const result = mfgModel(
      column(cases.map((c) => c.cells[0])),
      column(cases.map((c) => c.cells[1])),
      column(cases.map((c) => c.cells[2])),
    );
    expect(result).toEqual(column(cases.map((c) => c.row.recommended)));
  });

  test.each(EXPECTED_ROWS)("1×1 in gives 1×1 out: $drawingsComplete $hasRequirements $complexity", (row) => {
    expect(mfgModel(cell(row.drawingsComplete), cell(row.hasRequirements), cell(row.complexity))).toEqual([
      [row.recommended],
    ]);
  });

  test.each(BAD_BOOLEANS)("a bad drawingsComplete %p → #VALUE! naming it and the spellings", (bad) => {
    expect(seen(mfgModel(cell(bad), cell(true), cell("Low")))).toEqual([
      [
        excel("#VALUE!", {
          code: "invalid_value",
          argument: "drawingsComplete",
          value: displayValue(bad),
          accepted: BOOLEAN_ACCEPTED,
        }),
      ],
    ]);
  });

  test.each(BAD_BOOLEANS)("a bad hasRequirements %p → #VALUE!", (bad) => {
    expect(seen(mfgModel(cell(false), cell(bad), cell("Low")))).toEqual([
      [excel("#VALUE!", { code: "invalid_value", argument: "hasRequirements", value: displayValue(bad), accepted: BOOLEAN_ACCEPTED })],
    ]);
  });

  test.each(BAD_COMPLEXITIES)("a bad complexity %p → #VALUE!", (bad) => {
    expect(seen(mfgModel(cell(false), cell(true), cell(bad)))).toEqual([
      [excel("#VALUE!", { code: "invalid_value", argument: "complexity", value: displayValue(bad), accepted: COMPLEXITY_ACCEPTED })],
    ]);
  });

  test.each([
    [["", true, "Low"], ["drawingsComplete"]],
    [[false, null, "High"], ["hasRequirements"]],
    [[false, true, "  "], ["complexity"]],
    [["", "", ""], ["drawingsComplete", "hasRequirements", "complexity"]],
  ])("empty inputs %p → #N/A naming %p", (cells, names) => {
    const [d, r, c] = cells as unknown[];
    expect(seen(mfgModel(cell(d), cell(r), cell(c)))).toEqual([[excel("#N/A", { code: "empty", arguments: names as any })]]);
  });

  test("frozen drawings decide even when the other inputs are still empty", () => {
    expect(mfgModel(cell("Yes"), cell(""), cell(""))).toEqual([["OEM"]]);
  });

  test("a bad cell fails only its own result; the rest of the range computes", () => {
    const result = seen(mfgModel(column([true, "maybe", false, ""]), column([true, true, true, true]), column(["Low", "Low", "High", "M"])));
    expect(result).toEqual([
      ["OEM"],
      [excel("#VALUE!", { code: "invalid_value", argument: "drawingsComplete", value: "maybe", accepted: BOOLEAN_ACCEPTED })],
      ["JDM"],
      [excel("#N/A", { code: "empty", arguments: ["drawingsComplete"] })],
    ]);
  });

  test("a single cell is broadcast against ranges, and the result keeps a 2-D range's shape", () => {
    expect(mfgModel([[false, false, true], [false, false, false]], cell(true), [["L", "H", "H"], ["M", "M", "M"]])).toEqual([
      ["ODM", "JDM", "OEM"],
      ["ODM", "ODM", "ODM"],
    ]);
  });

  test("ranges of different shapes → one #VALUE! naming both shapes", () => {
    expect(seen(mfgModel(column([true, false, true]), cell(true), column(["Low", "High"])))).toEqual([
      [{ error: "#VALUE!", message: "drawingsComplete is 3×1 but complexity is 2×1: give ranges of one shape, or single cells." }],
    ]);
  });

  test("a row against a column is a shape mismatch too", () => {
    const result = seen(mfgModel([[true, false]], column([true, false]), cell("Low")));
    expect(result).toEqual([
      [{ error: "#VALUE!", message: "drawingsComplete is 1×2 but hasRequirements is 2×1: give ranges of one shape, or single cells." }],
    ]);
  });

  test("plain values (as a script might pass) are treated as single cells", () => {
    expect(mfgModel(false as any, "yes" as any, 3 as any)).toEqual([["JDM"]]);
  });
});

describe("mfgStage", () => {
  test("every decision-table row × every accepted spelling", () => {
    const cases = everySpelling();
    const result = mfgStage(
      column(cases.map((c) => c.cells[0])),
      column(cases.map((c) => c.cells[1])),
      column(cases.map((c) => c.cells[2])),
    );
    expect(result).toEqual(column(cases.map((c) => c.row.stage)));
  });

  test("empty and bad inputs", () => {
    expect(seen(mfgStage(column(["", "x"]), column([true, true]), column(["Low", "Low"])))).toEqual([
      [excel("#N/A", { code: "empty", arguments: ["drawingsComplete"] })],
      [excel("#VALUE!", { code: "invalid_value", argument: "drawingsComplete", value: "x", accepted: BOOLEAN_ACCEPTED })],
    ]);
  });
});

describe("mfgFit", () => {
  test("every row × every spelling × every chosen model and its spellings", () => {
    const d: unknown[] = [];
    const r: unknown[] = [];
    const c: unknown[] = [];
    const m: unknown[] = [];
    const expected: string[] = [];
    for (const { row, cells } of everySpelling()) {
      for (const model of MODEL_NAMES) {
        for (const spelled of SPELLINGS[model]) {
          d.push(cells[0]);
          r.push(cells[1]);
          c.push(cells[2]);
          m.push(spelled);
          expected.push(row.fit[model]);
        }
      }
    }
    expect(mfgFit(column(d), column(r), column(c), column(m))).toEqual(column(expected));
  });

  test.each(BAD_MODELS)("a bad chosenModel %p → #VALUE!", (bad) => {
    expect(seen(mfgFit(cell(true), cell(true), cell("Low"), cell(bad)))).toEqual([
      [excel("#VALUE!", { code: "invalid_value", argument: "chosenModel", value: displayValue(bad), accepted: ["OEM", "ODM", "JDM"] })],
    ]);
  });

  test("an empty chosenModel → #N/A naming it", () => {
    expect(seen(mfgFit(cell(true), cell(true), cell("Low"), cell("")))).toEqual([
      [excel("#N/A", { code: "empty", arguments: ["chosenModel"] })],
    ]);
  });

  test("empty facts and an empty chosen model are named together", () => {
    expect(seen(mfgFit(cell(false), cell(""), cell("Low"), cell(null)))).toEqual([
      [excel("#N/A", { code: "empty", arguments: ["hasRequirements", "chosenModel"] })],
    ]);
  });

  test("a bad value wins over an empty one", () => {
    expect(seen(mfgFit(cell(""), cell(true), cell("Low"), cell("EMS")))).toEqual([
      [excel("#VALUE!", { code: "invalid_value", argument: "chosenModel", value: "EMS", accepted: ["OEM", "ODM", "JDM"] })],
    ]);
  });
});

describe("mfgExplain", () => {
  const rowFor = (e: (typeof EXPECTED_ROWS)[number]): DecisionRow =>
    DECISION_TABLE.find(
      (r) =>
        (r.drawingsComplete === "any" || r.drawingsComplete === e.drawingsComplete) &&
        (r.hasRequirements === "any" || r.hasRequirements === e.hasRequirements) &&
        (r.complexity === "any" || r.complexity === e.complexity),
    ) as DecisionRow;

  test.each(EXPECTED_ROWS)("without a chosen model: $stage", (e) => {
    const text = mfgExplain(cell(e.drawingsComplete), cell(e.hasRequirements), cell(e.complexity));
    expect(text).toEqual([[explain(rowFor(e))]]);
    expect(String(text[0]?.[0])).toMatch(new RegExp(`: ${e.recommended}\\.$`));
  });

  test.each(EXPECTED_ROWS.flatMap((e) => MODEL_NAMES.map((m) => [label(e), m, e] as const)))("%s, chosen %s", (_, model, e) => {
    expect(mfgExplain(cell(e.drawingsComplete), cell(e.hasRequirements), cell(e.complexity), cell(model.toLowerCase()))).toEqual([
      [explain(rowFor(e), model)],
    ]);
  });

  test("an omitted chosenModel (null) and an empty cell in a range both mean no chosen model", () => {
    const plain = explain(rowFor(EXPECTED_ROWS[0]!));
    expect(mfgExplain(cell(true), cell(true), cell("Low"), null as any)).toEqual([[plain]]);
    expect(mfgExplain(column([true, true]), cell(true), cell("Low"), column(["", "OEM"]))).toEqual([
      [plain],
      [explain(rowFor(EXPECTED_ROWS[0]!), "OEM")],
    ]);
  });

  test("a bad chosenModel is still an error", () => {
    expect(seen(mfgExplain(cell(true), cell(true), cell("Low"), cell("xyz")))).toEqual([
      [excel("#VALUE!", { code: "invalid_value", argument: "chosenModel", value: "xyz", accepted: ["OEM", "ODM", "JDM"] })],
    ]);
  });
});

describe("mfgMatrix", () => {
  test("spills the comparison matrix with its header row first", () => {
    const grid = mfgMatrix();
    expect(grid).toEqual(matrixGrid());
    expect(grid[0]).toEqual(["Criteria", "OEM", "ODM", "JDM"]);
    expect(grid.every((row) => row.length === 4)).toBe(true);
  });
});

describe("mfgInfo", () => {
  test("every model × every attribute, in any case and spacing", () => {
    for (const model of MODEL_NAMES) {
      for (const attribute of ATTRIBUTES) {
        const spaced = ` ${attribute.toUpperCase().replace(/ /g, "  ")} `;
        const underscored = attribute.replace(/ /g, "_");
        expect(mfgInfo(cell(model.toLowerCase()), column([attribute, spaced, underscored]))).toEqual(
          column([0, 1, 2].map(() => modelAttribute(model, attribute))),
        );
      }
    }
  });

  test("an unknown attribute → #VALUE! listing the attribute names", () => {
    expect(seen(mfgInfo(cell("OEM"), cell("price")))).toEqual([
      [excel("#VALUE!", { code: "invalid_value", argument: "attribute", value: "price", accepted: [...ATTRIBUTES] })],
    ]);
  });

  test("an unknown model → #VALUE!; an empty one → #N/A", () => {
    expect(seen(mfgInfo(column(["EMS", ""]), cell("development cycle")))).toEqual([
      [excel("#VALUE!", { code: "invalid_value", argument: "model", value: "EMS", accepted: ["OEM", "ODM", "JDM"] })],
      [excel("#N/A", { code: "empty", arguments: ["model"] })],
    ]);
  });

  test("a row of models against a row of attributes", () => {
    expect(mfgInfo([["OEM", "ODM", "JDM"]], cell("collaboration depth"))).toEqual([["Low", "Medium", "High"]]);
  });
});
