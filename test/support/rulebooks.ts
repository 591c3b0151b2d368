// Test-only rulebooks: data nothing in src/ knows, to prove the product judges with the rulebook
// it is given (models, levels, spellings and words all from the data).

import { compileRules } from "../../src/core";
import type { RulebookData, Rules } from "../../src/core";

/** A fourth model (CM, contract manufacturing) and a fourth level (Extreme): nothing in src/ knows them. */
export const FOUR_BY_FOUR: RulebookData = {
  name: "Four by four",
  version: "1",
  language: "en",
  models: ["OEM", "ODM", "JDM", "CM"],
  complexities: ["Low", "Medium", "High", "Extreme"],
  rows: [
    { drawingsComplete: true, hasRequirements: "any", complexity: "any", stage: "Ready", fit: { OEM: "✓", ODM: "—", JDM: "—", CM: "△" }, recommended: "OEM", why: "Drawings: OEM.", notes: { ODM: "No.", JDM: "No.", CM: "Maybe." } },
    { drawingsComplete: false, hasRequirements: true, complexity: "Low", stage: "Defined", fit: { OEM: "—", ODM: "✓", JDM: "—", CM: "—" }, recommended: "ODM", why: "Requirements: ODM.", notes: { OEM: "No.", JDM: "No.", CM: "No." } },
    { drawingsComplete: false, hasRequirements: true, complexity: "Medium", stage: "Defined", fit: { OEM: "—", ODM: "✓", JDM: "△", CM: "—" }, recommended: "ODM", why: "Requirements: ODM.", notes: { OEM: "No.", JDM: "Maybe.", CM: "No." } },
    { drawingsComplete: false, hasRequirements: true, complexity: "High", stage: "Complex", fit: { OEM: "—", ODM: "△", JDM: "✓", CM: "—" }, recommended: "JDM", why: "Complex: JDM.", notes: { OEM: "No.", ODM: "Maybe.", CM: "No." } },
    { drawingsComplete: false, hasRequirements: true, complexity: "Extreme", stage: "Extreme", fit: { OEM: "—", ODM: "—", JDM: "△", CM: "✓" }, recommended: "CM", why: "Extreme: CM.", notes: { OEM: "No.", ODM: "No.", JDM: "Maybe." } },
    { drawingsComplete: false, hasRequirements: false, complexity: "any", stage: "Early", fit: { OEM: "—", ODM: "—", JDM: "✓", CM: "—" }, recommended: "JDM", why: "Early: JDM.", notes: { OEM: "No.", ODM: "No.", CM: "No." } },
  ],
  spellings: {
    boolean: [[true, ["Yes"]], [false, ["No"]]],
    complexity: [["Low", ["Low"]], ["Medium", ["Medium"]], ["High", ["High"]], ["Extreme", ["Extreme", "X"]]],
    model: [["OEM", ["OEM"]], ["ODM", ["ODM"]], ["JDM", ["JDM"]], ["CM", ["CM", "Contract"]]],
    notKnown: ["unsure"],
  },
};

/** A rulebook compiled, or the test fails with its issues. */
export function compiled(data: RulebookData): Rules {
  const result = compileRules(data);
  if (!result.ok) throw new Error(`test rulebook ${data.name}: ${JSON.stringify(result.issues)}`);
  return result.rules;
}
