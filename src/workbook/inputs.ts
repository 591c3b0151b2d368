// The register's inputs, as one table: everything else that lists them (header matching, the
// register's columns and dropdowns, the rules' spelling kinds and key letters, the formulas, the
// pane's mapping form and chosen-model list, the command line's flags) is derived from it. A new
// spelling goes in the core's vocabulary; a new input here.

import { BOOLEAN_VOCABULARY, COMPLEXITIES, COMPLEXITY_VOCABULARY, MODEL_VOCABULARY, MODELS } from "../core";
import type { ArgumentName, Vocabulary } from "../core";

/** How a fact's spellings are coded in MfgSpellings and in the rule key. */
export type SpellingKind = "boolean" | "complexity" | "model";

export interface FactSpec {
  readonly vocabulary: Vocabulary<unknown>;
  readonly kind: SpellingKind;
  /** What the register's dropdown offers (any accepted spelling may still be typed). */
  readonly dropdown: readonly string[];
}

export interface InputSpec {
  readonly role: string;
  /** The header the add-in writes, and the input's name in every message. */
  readonly header: string;
  /** Other headers an analyst's own table may use (compared without case or punctuation). */
  readonly synonyms: readonly string[];
  readonly width: number;
  /** The command line's option for the one-project `classify` command. */
  readonly flag?: string;
  /** The four facts the verdict reads; project and supplier only label a row. */
  readonly fact?: FactSpec;
}

export const INPUTS = [
  { role: "project", header: "Project", width: 24, synonyms: ["Project name", "Program", "Programme", "Product", "Part"] },
  { role: "supplier", header: "Supplier", width: 22, synonyms: ["Supplier name", "Vendor", "Manufacturer", "Partner", "Factory"] },
  {
    role: "drawingsComplete", header: "Drawings complete", width: 18, flag: "--drawings",
    synonyms: ["Drawings", "Drawings?", "Drawings frozen", "Drawings ready", "Complete drawings", "Specs frozen", "Spec frozen", "Frozen specs", "Specifications frozen", "Design frozen"],
    fact: { vocabulary: BOOLEAN_VOCABULARY, kind: "boolean", dropdown: ["Yes", "No"] },
  },
  {
    role: "hasRequirements", header: "Requirements defined", width: 21, flag: "--requirements",
    synonyms: ["Reqs defined", "Requirements", "Requirements?", "Has requirements", "Application requirements", "Reqs", "Requirements known"],
    fact: { vocabulary: BOOLEAN_VOCABULARY, kind: "boolean", dropdown: ["Yes", "No"] },
  },
  {
    role: "complexity", header: "Complexity", width: 13, flag: "--complexity",
    synonyms: ["Complexity level", "Technical complexity", "Complex"],
    fact: { vocabulary: COMPLEXITY_VOCABULARY, kind: "complexity", dropdown: COMPLEXITIES },
  },
  {
    role: "chosenModel", header: "Chosen model", width: 14, flag: "--chosen",
    synonyms: ["Model", "Mfg model", "Manufacturing model", "Current model", "Engagement model", "Chosen", "Model chosen", "OEM/ODM/JDM"],
    fact: { vocabulary: MODEL_VOCABULARY, kind: "model", dropdown: MODELS },
  },
] as const satisfies readonly InputSpec[];

export type InputRole = (typeof INPUTS)[number]["role"];
type FactInput = Extract<(typeof INPUTS)[number], { fact: FactSpec }>;
/** The four facts, in the rule key's order. */
export type RegisterInput = FactInput["role"];

export const INPUT_ROLES: readonly InputRole[] = INPUTS.map((i) => i.role);
export const REGISTER_INPUTS = INPUTS.filter((i): i is FactInput => "fact" in i).map((i) => i.role) as readonly RegisterInput[];
export const REQUIRED_ROLES: readonly InputRole[] = REGISTER_INPUTS;

const byRole = new Map<string, InputSpec>(INPUTS.map((i) => [i.role, i]));
export const inputSpec = (role: InputRole): InputSpec => byRole.get(role) as InputSpec;
export const factOf = (role: RegisterInput): FactSpec => (byRole.get(role) as InputSpec).fact as FactSpec;
/** The header of an input, e.g. "Drawings complete" (also for the core's argument names). */
export const headerOf = (role: InputRole | ArgumentName): string => byRole.get(role)?.header ?? role;

/** "TRUE/FALSE, Yes/No, Y/N, 1/0": an input's accepted spellings, grouped for people to read. */
export function acceptedText(role: RegisterInput): string {
  return factOf(role).vocabulary.display;
}
