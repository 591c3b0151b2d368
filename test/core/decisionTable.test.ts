// The decision table's data, value by value, against a zod schema of what a rule row may hold.
// The schema lives here and not in src/core: the core ships in Excel's ES2016 custom-functions
// runtime, where zod v4 cannot load, and the table is constant data, so checking it on every
// test run proves what checking it at every load would.

import { z } from "zod";
import { COMPLEXITIES, DECISION_TABLE, FIT_SYMBOLS, MODELS, STAGES } from "../../src/core";

const rowSchema = z
  .strictObject({
    drawingsComplete: z.union([z.boolean(), z.literal("any")]),
    hasRequirements: z.union([z.boolean(), z.literal("any")]),
    complexity: z.union([z.enum(COMPLEXITIES), z.literal("any")]),
    stage: z.enum(STAGES),
    fit: z.strictObject({ OEM: z.enum(FIT_SYMBOLS), ODM: z.enum(FIT_SYMBOLS), JDM: z.enum(FIT_SYMBOLS) }),
    recommended: z.enum(MODELS),
    why: z.string().min(1),
    notes: z.partialRecord(z.enum(MODELS), z.string().min(1)),
  })
  .refine((row) => row.fit[row.recommended] === "✓", "the recommended model must be the row's primary fit")
  .refine(
    (row) => MODELS.every((m) => (row.fit[m] === "✓") === (row.notes[m] === undefined)),
    "every model that is not a primary fit needs a note, and only those",
  );

describe("DECISION_TABLE", () => {
  test("every row matches the rule-row schema", () => {
    const result = z.array(rowSchema).safeParse(DECISION_TABLE);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  test("the schema rejects a row whose recommended model is not its primary fit", () => {
    const broken = { ...DECISION_TABLE[0], recommended: "JDM" };
    expect(rowSchema.safeParse(broken).success).toBe(false);
  });

  test("has the five rows of the domain, in order", () => {
    expect(DECISION_TABLE.map((r) => [r.drawingsComplete, r.hasRequirements, r.complexity, r.recommended])).toEqual([
      [true, "any", "any", "OEM"],
      [false, true, "Low", "ODM"],
      [false, true, "Medium", "ODM"],
      [false, true, "High", "JDM"],
      [false, false, "any", "JDM"],
    ]);
  });
});
