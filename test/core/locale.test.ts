import { EN } from "../../src/core";

describe("EN.issueMessage", () => {
  test.each([
    [{ code: "empty", arguments: ["complexity"] }, "complexity is empty (not known yet), so there is no answer yet."],
    [
      { code: "empty", arguments: ["drawingsComplete", "hasRequirements", "complexity"] },
      "drawingsComplete, hasRequirements and complexity are empty (not known yet), so there is no answer yet.",
    ],
    [
      { code: "invalid_value", argument: "complexity", value: "Huge", accepted: ["Low", "Medium", "High"] },
      'complexity: "Huge" is not accepted; use Low, Medium or High (any case).',
    ],
    [
      { code: "invalid_value", argument: "chosenModel", value: "x".repeat(60), accepted: ["OEM"] },
      `chosenModel: "${"x".repeat(40)}…" is not accepted; use OEM (any case).`,
    ],
  ] as const)("%o", (issue, text) => {
    expect(EN.issueMessage(issue)).toBe(text);
  });
});
