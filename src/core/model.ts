// The vocabulary of the domain: models, complexity levels, fit levels, stages.

export const MODELS = ["OEM", "ODM", "JDM"] as const;
export type Model = (typeof MODELS)[number];

/** Whether a rulebook's model is one of the three the comparison matrix and the next steps describe. */
export const isBuiltInModel = (model: string): model is Model => (MODELS as readonly string[]).indexOf(model) >= 0;

export const COMPLEXITIES = ["Low", "Medium", "High"] as const;
export type Complexity = (typeof COMPLEXITIES)[number];

/** The seed's own legend: ✓ primary fit, △ conditional, — not applicable. */
export const FIT_SYMBOLS = ["✓", "△", "—"] as const;
export type FitSymbol = (typeof FIT_SYMBOLS)[number];

export const STAGES = [
  "Ready for production",
  "Requirements defined",
  "Complex system",
  "Early-stage R&D",
] as const;
export type Stage = (typeof STAGES)[number];
