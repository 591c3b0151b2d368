// The built-in rulebook: the decision table of docs/domain.md and the accepted spellings, as
// data, and the Rules value compiled from it. A team's rulebook is another value of the same kind.

import { compileRules } from "./rulebook";
import type { DecisionRow, RulebookData, Rules } from "./rulebook";
import { COMPLEXITIES, MODELS } from "./model";
import { BOOLEAN_SPELLINGS, COMPLEXITY_SPELLINGS, MODEL_SPELLINGS, NOT_KNOWN_WORDS, OTHER_LANGUAGE_SPELLINGS } from "./vocabulary";

const OEM_WITHOUT_DRAWINGS =
  "OEM needs frozen drawings to produce from; without them every discussion circles back to parameters that have not been defined and the project loops instead of advancing.";
const ENGINEERING_NOT_NEEDED =
  "with complete, frozen drawings the project gets engineering proposals it never needed: approval cycles extend, costs increase and the timeline slides.";

const ROWS: readonly DecisionRow[] = [
  {
    drawingsComplete: true,
    hasRequirements: "any",
    complexity: "any",
    stage: "Ready for production",
    fit: { OEM: "✓", ODM: "—", JDM: "—" },
    recommended: "OEM",
    why: "Complete, frozen drawings and specifications exist, so the manufacturer only has to produce to them: OEM.",
    notes: {
      ODM: `ODM is a mismatch: ${ENGINEERING_NOT_NEEDED}`,
      JDM: `JDM is a mismatch: ${ENGINEERING_NOT_NEEDED}`,
    },
  },
  {
    drawingsComplete: false,
    hasRequirements: true,
    complexity: "Low",
    stage: "Requirements defined",
    fit: { OEM: "—", ODM: "✓", JDM: "—" },
    recommended: "ODM",
    why: "The application requirements are defined but there is no design yet, so the manufacturer designs and produces around them: ODM.",
    notes: {
      OEM: `OEM is a mismatch: ${OEM_WITHOUT_DRAWINGS}`,
      JDM: "JDM is a mismatch: for a low-complexity project with defined requirements the overhead of joint development is not justified.",
    },
  },
  {
    drawingsComplete: false,
    hasRequirements: true,
    complexity: "Medium",
    stage: "Requirements defined",
    fit: { OEM: "—", ODM: "✓", JDM: "△" },
    recommended: "ODM",
    why: "The application requirements are defined but there is no design yet, and an application-specific product (medical, industrial, robotics) is designed around them by the manufacturer: ODM.",
    notes: {
      OEM: `OEM is a mismatch: ${OEM_WITHOUT_DRAWINGS}`,
      JDM: "JDM is conditional: it can work for a medium-complexity project, but the overhead is real; check that ODM would need too many compromises.",
    },
  },
  {
    drawingsComplete: false,
    hasRequirements: true,
    complexity: "High",
    stage: "Complex system",
    fit: { OEM: "—", ODM: "△", JDM: "✓" },
    recommended: "JDM",
    why: "A high-voltage, multi-module, proprietary or still-evolving system needs both sides to define, test and refine the design together: JDM.",
    notes: {
      OEM: `OEM is a mismatch: ${OEM_WITHOUT_DRAWINGS}`,
      ODM: "ODM is conditional: for a complex system a standard ODM approach may need too many compromises.",
    },
  },
  {
    drawingsComplete: false,
    hasRequirements: false,
    complexity: "any",
    stage: "Early-stage R&D",
    fit: { OEM: "—", ODM: "—", JDM: "✓" },
    recommended: "JDM",
    why: "There are neither drawings nor defined requirements, so the solution has to be defined jointly from the start: JDM.",
    notes: {
      OEM: `OEM is a mismatch: ${OEM_WITHOUT_DRAWINGS}`,
      ODM: "ODM is a mismatch: ODM starts from a defined use case; define voltage, runtime, operating environment and form factor first, or develop jointly.",
    },
  },
];

export const BUILT_IN_RULEBOOK: RulebookData = {
  name: "Built-in rules",
  version: "1",
  language: "en",
  models: MODELS,
  complexities: COMPLEXITIES,
  rows: ROWS,
  spellings: { boolean: BOOLEAN_SPELLINGS, complexity: COMPLEXITY_SPELLINGS, model: MODEL_SPELLINGS, notKnown: NOT_KNOWN_WORDS, alsoAccepted: OTHER_LANGUAGE_SPELLINGS },
};

/**
 * The built-in rules, compiled once: constant data, so an issue here is a programming error
 * (test/core/rulebook.test.ts checks it on every run), not something an analyst could cause.
 */
export const BUILT_IN_RULES: Rules = (() => {
  const compiled = compileRules(BUILT_IN_RULEBOOK);
  if (!compiled.ok) throw new Error(`the built-in rulebook is invalid: ${JSON.stringify(compiled.issues)}`);
  return compiled.rules;
})();
