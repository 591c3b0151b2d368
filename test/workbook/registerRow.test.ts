// The register verdict reads "not known yet" in the rulebook's own words, for the chosen model
// too: a row whose facts and chosen model are all unknown names every one of them.

import { BUILT_IN_RULES } from "../../src/core";
import { registerVerdict } from "../../src/workbook";
import { compiled, FOUR_BY_FOUR } from "../support/rulebooks";

describe("registerVerdict", () => {
  test("a chosen model written in the rulebook's not-known word is named with the empty facts", () => {
    const inputs = { drawingsComplete: "", hasRequirements: "", complexity: "", chosenModel: "unsure" };
    expect(registerVerdict(compiled(FOUR_BY_FOUR), inputs).reason).toBe("Not known yet: Drawings complete, Requirements defined, Complexity, Chosen model");
    // The built-in rules do not read "unsure" as not known: it is a bad chosen model there.
    expect(registerVerdict(BUILT_IN_RULES, inputs).status).toBe("bad input");
  });
});
