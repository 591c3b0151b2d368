import {
  BOOLEAN_VOCABULARY,
  cellParser,
  COMPLEXITY_VOCABULARY,
  displayValue,
  EMPTY,
  isEmptyCell,
  MODEL_VOCABULARY,
} from "../../src/core";
import { BAD_BOOLEANS, BAD_COMPLEXITIES, BAD_MODELS, EMPTIES, SPELLINGS } from "../support/cases";

describe("cellParser", () => {
  const drawings = cellParser(BOOLEAN_VOCABULARY, "drawingsComplete");
  const complexity = cellParser(COMPLEXITY_VOCABULARY, "complexity");
  const model = cellParser(MODEL_VOCABULARY, "chosenModel");

  test.each([
    ...SPELLINGS.true.map((v) => [v, true] as const),
    ...SPELLINGS.false.map((v) => [v, false] as const),
  ])("boolean %p → %p", (raw, expected) => {
    expect(drawings(raw)).toEqual({ ok: true, value: expected });
  });

  test.each(
    (["Low", "Medium", "High"] as const).flatMap((level) => SPELLINGS[level].map((v) => [v, level] as const)),
  )("complexity %p → %p", (raw, expected) => {
    expect(complexity(raw)).toEqual({ ok: true, value: expected });
  });

  test.each((["OEM", "ODM", "JDM"] as const).flatMap((m) => SPELLINGS[m].map((v) => [v, m] as const)))(
    "model %p → %p",
    (raw, expected) => {
      expect(model(raw)).toEqual({ ok: true, value: expected });
    },
  );

  test.each(EMPTIES)("%p is empty, not bad", (raw) => {
    expect(drawings(raw)).toBe(EMPTY);
    expect(complexity(raw)).toBe(EMPTY);
    expect(model(raw)).toBe(EMPTY);
  });

  test.each(BAD_BOOLEANS)("boolean %p is an invalid_value naming the argument and the spellings", (raw) => {
    expect(drawings(raw)).toEqual({
      ok: false,
      issue: {
        code: "invalid_value",
        argument: "drawingsComplete",
        value: displayValue(raw),
        accepted: ["TRUE", "FALSE", "Yes", "No", "Y", "N", "1", "0"],
      },
    });
  });

  test.each(BAD_COMPLEXITIES)("complexity %p is an invalid_value", (raw) => {
    expect(complexity(raw)).toEqual({
      ok: false,
      issue: {
        code: "invalid_value",
        argument: "complexity",
        value: displayValue(raw),
        accepted: ["Low", "Medium", "High", "L", "M", "H", "1", "2", "3", "Med", "Mid"],
      },
    });
  });

  test.each(BAD_MODELS)("model %p is an invalid_value", (raw) => {
    expect(model(raw)).toEqual({
      ok: false,
      issue: { code: "invalid_value", argument: "chosenModel", value: displayValue(raw), accepted: ["OEM", "ODM", "JDM"] },
    });
  });

  test.each([[{ a: 1 }], [[["TRUE"]]], [Symbol("x")], [() => 1], [Number.NaN], [new Date(0)]])(
    "a non-cell value %p is invalid, never a throw",
    (raw) => {
      const result = drawings(raw);
      expect(result).not.toBe(EMPTY);
      expect(result !== EMPTY && result.ok).toBe(false);
    },
  );

  test("the cache gives the same answer on the first and the thousandth call", () => {
    const first = complexity(" h ");
    for (let i = 0; i < 1000; i++) complexity(`value ${i}`);
    expect(complexity(" h ")).toEqual(first);
  });
});

describe("isEmptyCell", () => {
  test.each([
    [null, true],
    [undefined, true],
    ["", true],
    ["  ", true],
    [" TBD ", true],
    ["n/a", true],
    ["–", true],
    ["TBD later", false],
    [0, false],
    [false, false],
    ["x", false],
  ])("%p → %p", (raw, expected) => {
    expect(isEmptyCell(raw)).toBe(expected);
  });
});

describe("displayValue", () => {
  test.each([
    [true, "TRUE"],
    [false, "FALSE"],
    [2, "2"],
    ["Maybe ", "Maybe "],
    [null, ""],
    [[[1]], "a range"],
    [{}, "an object"],
  ])("%p → %p", (raw, expected) => {
    expect(displayValue(raw)).toBe(expected);
  });
});
