import fc from "fast-check";
import { ATTRIBUTES, matrixGrid } from "../../src/core";
import { FUNCTION_SPELLINGS } from "../support/cases";
import { IMPLEMENTATIONS } from "../support/functionsUnderTest";

const RUNS = 10_000;

/** Anything a cell can hold, weighted towards the spellings that matter and their near misses. */
const cellValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...Object.values(FUNCTION_SPELLINGS).flat(), ...ATTRIBUTES) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double()) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, "", "  ", "\t") },
  { weight: 1, arbitrary: fc.constantFrom("=1+1", "<script>", "TRUE ", "yes\n", "0x1", "1e0", "١") },
  // What Excel's runtime passes for error cells and data types (src/functions/cellsIn.ts).
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      ...["#N/A", "#VALUE!", "#DIV/0!", "#NUM!", "#NULL!", "#NAME?", "#REF!"].map((code) => new (CustomFunctions.Error as any)(code)),
      { type: "Error", basicValue: "#SPILL!", errorType: "Spill" },
      { type: "Entity", text: "Contoso", properties: {} },
      { type: "Double", basicValue: 2 },
      { type: "Empty", basicValue: "" },
      { code: 3 },
      {},
    ),
  },
);

/** A single cell, or a small range of one of a few shapes (so shapes both match and clash). */
const argument = fc.oneof(
  cellValue.map((v) => [[v]]),
  fc
    .record({ rows: fc.integer({ min: 1, max: 3 }), columns: fc.integer({ min: 1, max: 2 }) })
    .chain(({ rows, columns }) => fc.array(fc.array(cellValue, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows })),
);

/** An error a custom function may return: #VALUE! and #N/A with words, the others bare (Microsoft docs). */
function isExcelError(v: unknown): boolean {
  const e = v as { code?: unknown; message?: unknown };
  if (!(v instanceof (CustomFunctions.Error as any))) return false;
  if (e.code === "#VALUE!" || e.code === "#N/A") return typeof e.message === "string" && e.message.length > 0;
  return ["#DIV/0!", "#NUM!", "#NULL!"].includes(e.code as string);
}

function expectCells(result: unknown, valid: (v: unknown) => boolean): void {
  expect(Array.isArray(result)).toBe(true);
  for (const row of result as unknown[][]) {
    expect(Array.isArray(row)).toBe(true);
    for (const v of row) {
      if (!(valid(v) || isExcelError(v))) throw new Error(`not a valid output nor an Excel error: ${String(v)}`);
    }
  }
}

const oneOf = (values: readonly string[]) => (v: unknown) => values.includes(v as string);
const MODELS = oneOf(["OEM", "ODM", "JDM"]);
const STAGES = oneOf(["Ready for production", "Requirements defined", "Complex system", "Early-stage R&D"]);
const FITS = oneOf(["Fit", "Conditional", "Mismatch"]);
const SENTENCES = (v: unknown) => typeof v === "string" && /^[A-Z].*\.$/.test(v);
const INFO = oneOf(matrixGrid().flat().concat(["Cell sourcing, pack assembly, BMS integration, testing, certification, private label", "Cell selection, BMS design, pack structure, prototype validation, then production", "Joint definition, testing and refinement throughout, then production"]));

describe.each(IMPLEMENTATIONS)("%s", (_implementation, load) => {
  const { mfgExplain, mfgFit, mfgInfo, mfgModel, mfgStage } = load();

  describe("properties over random cells (never an untyped throw; a valid output or an Excel error with a message)", () => {
    test("mfgModel", () => {
      fc.assert(fc.property(argument, argument, argument, (d, r, c) => expectCells(mfgModel(d, r, c), MODELS)), { numRuns: RUNS });
    });

    test("mfgStage", () => {
      fc.assert(fc.property(argument, argument, argument, (d, r, c) => expectCells(mfgStage(d, r, c), STAGES)), { numRuns: RUNS });
    });

    test("mfgFit", () => {
      fc.assert(
        fc.property(argument, argument, argument, argument, (d, r, c, m) => expectCells(mfgFit(d, r, c, m), FITS)),
        { numRuns: RUNS },
      );
    });

    test("mfgExplain", () => {
      fc.assert(
        fc.property(argument, argument, argument, fc.option(argument), (d, r, c, m) =>
          expectCells(mfgExplain(d, r, c, m ?? undefined), SENTENCES),
        ),
        { numRuns: RUNS },
      );
    });

    test("mfgInfo", () => {
      fc.assert(fc.property(argument, argument, (m, a) => expectCells(mfgInfo(m, a), INFO)), { numRuns: RUNS });
    });

    test("a result has the shape of its non-single-cell arguments, or is 1×1", () => {
      fc.assert(
        fc.property(argument, argument, argument, (d, r, c) => {
          const result = mfgModel(d, r, c);
          const shapes = [d, r, c].map((g) => `${g.length}×${g[0]?.length}`).filter((s) => s !== "1×1");
          const shape = `${result.length}×${result[0]?.length}`;
          if (shapes.length > 0 && shapes.every((s) => s === shapes[0])) expect(shape).toBe(shapes[0]);
          else expect(shape).toBe("1×1");
        }),
        { numRuns: RUNS },
      );
    });
  });
});
