import { matrixGrid, modelAttribute, nextSteps, ATTRIBUTES, displayValue, NEXT_TOPIC_TITLES, NEXT_TOPICS } from "../../src/core";
import type { CellIssue } from "../../src/core";
import {
  BAD_BOOLEANS,
  BAD_COMPLEXITIES,
  BAD_MODELS,
  everySpelling,
  EXPECTED_ROWS,
  expectedExplanation,
  expectedMessage,
  FUNCTION_SPELLINGS,
  MODEL_NAMES,
  label,
} from "../support/cases";
import { IMPLEMENTATIONS } from "../support/functionsUnderTest";

/** An Excel error as the cell shows it, with its message: `{ error: "#N/A", message }`. */
const excel = (code: string, issue: CellIssue) => ({ error: code, message: expectedMessage(issue as Parameters<typeof expectedMessage>[0]) });
const seen = (grid: unknown[][]) =>
  grid.map((row) =>
    row.map((v) =>
      v instanceof (CustomFunctions.Error as any) ? { error: (v as any).code, message: (v as any).message } : v,
    ),
  );
const column = (values: readonly unknown[]) => values.map((v) => [v]);
/** The three fact columns of the given cases, as range arguments. */
const factColumns = (cases: readonly { cells: readonly unknown[] }[]) => [0, 1, 2].map((i) => column(cases.map((c) => c.cells[i]))) as [unknown[][], unknown[][], unknown[][]];
const cell = (v: unknown) => [[v]];

const BOOLEAN_ACCEPTED = ["TRUE", "FALSE", "Yes", "No", "Y", "N", "1", "0"];
const COMPLEXITY_ACCEPTED = ["Low", "Medium", "High", "L", "M", "H", "1", "2", "3", "Med", "Mid"];

describe.each(IMPLEMENTATIONS)("%s", (_implementation, load) => {
  const { mfgExplain, mfgFit, mfgInfo, mfgMatrix, mfgModel, mfgNext, mfgStage } = load();

  describe("mfgNext", () => {
    const checklist = (model: "OEM" | "ODM" | "JDM", topic?: (typeof NEXT_TOPICS)[number]) => [
      ["Topic", "Next step", "Source"],
      ...nextSteps(model, topic).map((s) => [NEXT_TOPIC_TITLES[s.topic], s.text, s.source]),
    ];

    test("spills every topic's steps for a model, header row first, in any case", () => {
      for (const model of MODEL_NAMES) expect(mfgNext(cell(` ${model.toLowerCase()} `))).toEqual(checklist(model));
      expect(mfgNext(cell("ODM"), cell(null))).toEqual(checklist("ODM"));
      expect(mfgNext(cell("ODM"), cell(""))).toEqual(checklist("ODM"));
    });

    test("a topic, by its name or a buyer's word for it, keeps that topic's steps", () => {
      for (const [word, topic] of [["rfq", "rfq"], ["Sample agreement", "samples"], ["IP", "design ownership"], ["shipping", "transport"], ["buyer_provides", "buyer provides"]] as const) {
        expect(mfgNext(cell("JDM"), cell(word))).toEqual(checklist("JDM", topic));
      }
    });

    test("bad or missing arguments: one error naming the argument", () => {
      expect(seen(mfgNext(cell("EMS")))).toEqual([[excel("#VALUE!", { code: "invalid_value", argument: "model", value: "EMS", accepted: ["OEM", "ODM", "JDM"] })]]);
      expect(seen(mfgNext(cell("TBD")))).toEqual([[excel("#N/A", { code: "empty", arguments: ["model"] })]]);
      expect(seen(mfgNext(cell("OEM"), cell("price")))).toEqual([
        [excel("#VALUE!", { code: "invalid_value", argument: "topic", value: "price", accepted: ["buyer provides", "rfq", "samples", "design ownership", "transport", "buyer", "quote", "sample agreement", "ip", "shipping"] })],
      ]);
      expect(seen(mfgNext(column(["OEM", "ODM"])))).toEqual([[{ error: "#VALUE!", message: "model: one cell, OEM, ODM or JDM; a range was given." }]]);
    });
  });

  describe("mfgModel", () => {
    test("every decision-table row × every accepted spelling, as one range", () => {
      const cases = everySpelling(FUNCTION_SPELLINGS);
      const result = mfgModel(...factColumns(cases));
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

    // The number 0 is "not known yet" in the functions (see "inputs as the runtime passes them").
    test.each(BAD_COMPLEXITIES.filter((v) => v !== 0))("a bad complexity %p → #VALUE!", (bad) => {
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
      const cases = everySpelling(FUNCTION_SPELLINGS);
      const result = mfgStage(...factColumns(cases));
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
      for (const { row, cells } of everySpelling(FUNCTION_SPELLINGS)) {
        for (const model of MODEL_NAMES) {
          for (const spelled of FUNCTION_SPELLINGS[model]) {
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
    test.each(EXPECTED_ROWS)("without a chosen model: $stage", (e) => {
      const text = mfgExplain(cell(e.drawingsComplete), cell(e.hasRequirements), cell(e.complexity));
      expect(text).toEqual([[expectedExplanation(e)]]);
      expect(String(text[0]?.[0])).toMatch(new RegExp(`: ${e.recommended}\\.$`));
    });

    test.each(EXPECTED_ROWS.flatMap((e) => MODEL_NAMES.map((m) => [label(e), m, e] as const)))("%s, chosen %s", (_, model, e) => {
      expect(mfgExplain(cell(e.drawingsComplete), cell(e.hasRequirements), cell(e.complexity), cell(model.toLowerCase()))).toEqual([
        [expectedExplanation(e, model)],
      ]);
    });

    test("an omitted chosenModel (null) and an empty cell in a range both mean no chosen model", () => {
      const plain = expectedExplanation(EXPECTED_ROWS[0]!);
      expect(mfgExplain(cell(true), cell(true), cell("Low"), null as any)).toEqual([[plain]]);
      expect(mfgExplain(column([true, true]), cell(true), cell("Low"), column(["", "OEM"]))).toEqual([
        [plain],
        [expectedExplanation(EXPECTED_ROWS[0]!, "OEM")],
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

  describe("inputs as the runtime passes them", () => {
    // An error cell arrives as a CustomFunctions.Error-like object, or as an ErrorCellValue when
    // data types are on (src/functions/cellsIn.ts cites the docs). Excel's own functions
    // propagate an input's error; #NAME? and #REF! cannot be returned, so they become #VALUE!.
    const RETURNED_AS_IS = ["#N/A", "#VALUE!", "#DIV/0!", "#NUM!", "#NULL!"];
    const NOT_RETURNABLE = ["#NAME?", "#REF!", "#SPILL!", "#CALC!", "#BUSY!"];
    const holds = (argument: string, code: string) => `${argument} holds ${code}, an error in the cell it reads: fix that cell first.`;
    const speaks = (code: string) => code === "#N/A" || code === "#VALUE!";

    test.each(RETURNED_AS_IS)("an input cell holding %s gives its own row %s; the other rows compute", (code) => {
      const error = new (CustomFunctions.Error as any)(code);
      const result = seen(mfgModel(column([true, error, false]), column([true, true, true]), column(["Low", "Low", "High"])));
      expect(result).toEqual([
        ["OEM"],
        [{ error: code, message: speaks(code) ? holds("drawingsComplete", code) : undefined }],
        ["JDM"],
      ]);
    });

    test.each(NOT_RETURNABLE)("an input cell holding %s gives #VALUE! naming it", (code) => {
      const result = seen(mfgFit(cell(false), cell(true), cell("High"), cell({ type: "Error", basicValue: code, errorType: "Other" })));
      expect(result).toEqual([[{ error: "#VALUE!", message: holds("chosenModel", code) }]]);
    });

    test("an ErrorCellValue ({ type: \"Error\" }) is read like the runtime's error object", () => {
      expect(seen(mfgStage(cell(false), cell({ type: "Error", basicValue: "#N/A", errorType: "NotAvailable" }), cell("L")))).toEqual([
        [{ error: "#N/A", message: holds("hasRequirements", "#N/A") }],
      ]);
    });

    test("the first error in argument order wins, before bad values", () => {
      const na = new (CustomFunctions.Error as any)("#N/A");
      const div = new (CustomFunctions.Error as any)("#DIV/0!");
      expect(seen(mfgModel(cell("maybe"), cell(div), cell(na)))).toEqual([[{ error: "#DIV/0!", message: undefined }]]);
    });

    test("errors in MFGINFO's and MFGEXPLAIN's arguments are propagated too", () => {
      const na = new (CustomFunctions.Error as any)("#N/A");
      expect(seen(mfgInfo(cell(na), cell("development cycle")))).toEqual([[{ error: "#N/A", message: holds("model", "#N/A") }]]);
      expect(seen(mfgExplain(cell(true), cell(true), cell("Low"), cell(na)))).toEqual([
        [{ error: "#N/A", message: holds("chosenModel", "#N/A") }],
      ]);
    });

    test.each([
      ["Entity", { type: "Entity", text: "Contoso", properties: {} }],
      ["LinkedEntity", { type: "LinkedEntity", text: "Microsoft", id: { domainId: "Stocks" } }],
      ["WebImage", { type: "WebImage", address: "https://example.test/a.png" }],
    ])("a %s data-type cell gives #VALUE! saying a linked data type is not accepted", (type, value) => {
      expect(seen(mfgModel(cell(value), cell(true), cell("Low")))).toEqual([
        [{ error: "#VALUE!", message: `drawingsComplete: a linked data type (${type}) is not accepted; use TRUE, FALSE, Yes, No, Y, N, 1 or 0 (any case).` }],
      ]);
    });

    test("data types that only wrap a plain value are read as that value", () => {
      const wrapped = [
        { type: "Boolean", basicValue: false },
        { type: "String", basicValue: "yes" },
        { type: "Double", basicValue: 3 },
      ];
      expect(mfgModel(cell(wrapped[0]), cell(wrapped[1]), cell(wrapped[2]))).toEqual([["JDM"]]);
      expect(mfgModel(cell(true), cell(true), cell({ type: "FormattedNumber", basicValue: 1, numberFormat: "0" }))).toEqual([["OEM"]]);
    });

    // Empty cells have arrived as null (Excel on the web), undefined, "" and, on Windows
    // desktop, 0 (office-js #4702, #5262, #1951): all of them are "not known yet".
    test.each([
      ["null", null],
      ["undefined", undefined],
      ['""', ""],
      ["an Empty data type", { type: "Empty", basicValue: "" }],
    ])("an empty cell passed as %s is not known yet", (_, empty) => {
      expect(seen(mfgModel(column([empty, true]), column([true, empty]), column(["Low", "Low"])))).toEqual([
        [excel("#N/A", { code: "empty", arguments: ["drawingsComplete"] })],
        ["OEM"],
      ]);
      expect(mfgModel(cell(true), cell(empty), cell(empty))).toEqual([["OEM"]]);
      expect(mfgExplain(cell(true), cell(true), cell("Low"), cell(empty))).toEqual(mfgExplain(cell(true), cell(true), cell("Low")));
    });

    test("0, as Windows desktop passes an empty cell, is not known yet, and the message says why", () => {
      expect(seen(mfgModel(cell(0), cell(true), cell("Low")))).toEqual([
        [
          {
            error: "#N/A",
            message:
              "drawingsComplete is empty (not known yet), so there is no answer yet. (drawingsComplete is 0, which Excel can pass for an empty cell, so 0 counts as not known yet here: type No or FALSE to say no.)",
          },
        ],
      ]);
      expect(seen(mfgFit(cell(false), cell(0), cell(0), cell("ODM")))).toEqual([
        [
          {
            error: "#N/A",
            message:
              "hasRequirements and complexity are empty (not known yet), so there is no answer yet. (hasRequirements and complexity are 0, which Excel can pass for an empty cell, so 0 counts as not known yet here: type No or FALSE to say no.)",
          },
        ],
      ]);
    });

    test("0 does not stop an answer that does not depend on it; text \"0\" and FALSE still mean No", () => {
      expect(mfgModel(cell(true), cell(0), cell(0))).toEqual([["OEM"]]);
      expect(mfgModel(column(["0", false]), column(["0", false]), cell(0))).toEqual([["JDM"], ["JDM"]]);
      expect(mfgExplain(cell(true), cell(true), cell("Low"), cell(0))).toEqual(mfgExplain(cell(true), cell(true), cell("Low")));
    });
  });
});
