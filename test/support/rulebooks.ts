// Test-only rulebooks: data nothing in src/ knows, to prove the product judges with the rulebook
// it is given (models, levels, spellings and words all from the data).

import fc from "fast-check";
import { BUILT_IN_RULEBOOK, compileRules } from "../../src/core";
import type { DecisionRow, FitSymbol, RulebookData, Rules } from "../../src/core";

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

/**
 * Any valid rulebook of the built-in shape (its models, levels and spellings): for every fact,
 * one row for all of its values or a row for each, each model's fit and note drawn at random.
 */
export function arbitraryRulebook(): fc.Arbitrary<RulebookData> {
  const models = BUILT_IN_RULEBOOK.models;
  const levels = BUILT_IN_RULEBOOK.complexities;
  const row = (drawingsComplete: boolean | "any", hasRequirements: boolean | "any", complexity: string): fc.Arbitrary<DecisionRow> =>
    fc
      .record({
        recommended: fc.constantFrom(...models),
        others: fc.array(fc.constantFrom<FitSymbol>("✓", "△", "—"), { minLength: models.length, maxLength: models.length }),
        stage: fc.constantFrom("Ready", "Defined", "Complex", "Early", "Joint development"),
        why: fc.constantFrom("Because.", "The team decided so.", "Drawings exist: OEM."),
        note: fc.constantFrom("Not here.", "Only with care.", "Our packs needed rework."),
      })
      .map(({ recommended, others, stage, why, note }) => {
        const fit: Record<string, FitSymbol> = {};
        const notes: Record<string, string> = {};
        models.forEach((m, i) => {
          fit[m] = m === recommended ? "✓" : (others[i] as FitSymbol);
          if (fit[m] !== "✓") notes[m] = `${m}: ${note}`;
        });
        return { drawingsComplete, hasRequirements, complexity, stage, fit, recommended, why, notes };
      });
  const perLevel = (d: boolean, r: boolean) => fc.tuple(...levels.map((c) => row(d, r, c)));
  const group = (d: boolean, r: boolean | "any") =>
    fc.oneof(
      row(d, r, "any").map((x) => [x]),
      r === "any" ? fc.tuple(perLevel(d, true), perLevel(d, false)).map(([a, b]) => [...a, ...b]) : perLevel(d, r),
    );
  return fc
    .tuple(group(true, "any"), perLevel(false, true), group(false, false))
    .map(([ready, defined, early]) => ({ ...BUILT_IN_RULEBOOK, name: "Random team", version: "1", rows: [...ready, ...defined, ...early] }));
}
