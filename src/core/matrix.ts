// The comparison matrix of docs/domain.md (seed 003's table plus seed 000's ownership row) and the
// per-model attributes read from it.

import type { Attribute } from "./vocabulary";
import type { FitSymbol, Model } from "./model";

export interface MatrixCriterion {
  readonly criterion: string;
  readonly values: Readonly<Record<Model, FitSymbol | string>>;
}

export interface MatrixSection {
  readonly title: string;
  readonly criteria: readonly MatrixCriterion[];
}

const row = (criterion: string, OEM: string, ODM: string, JDM: string): MatrixCriterion => ({
  criterion,
  values: { OEM, ODM, JDM },
});

export const COMPARISON_MATRIX: readonly MatrixSection[] = [
  {
    title: "Project entry point",
    criteria: [
      row("Complete drawings provided", "✓", "—", "—"),
      row("Application requirements only", "—", "✓", "△"),
      row("Early-stage R&D collaboration", "—", "—", "✓"),
    ],
  },
  {
    title: "Engineering responsibility",
    criteria: [
      row("Customer owns full design", "✓", "—", "—"),
      row("Manufacturer leads design", "—", "✓", "△"),
      row("Jointly defined solution", "—", "—", "✓"),
    ],
  },
  {
    title: "Typical use cases",
    criteria: [
      row("Mass production of proven design", "✓", "—", "—"),
      row("Medical / industrial / robotics", "—", "✓", "△"),
      row("High-voltage / complex systems", "—", "△", "✓"),
    ],
  },
  {
    title: "Process",
    criteria: [
      row("Development cycle", "Short", "Medium", "Long"),
      row("Engineering collaboration depth", "Low", "Medium", "High"),
      row("Private label / branded output", "✓", "✓", "✓"),
    ],
  },
  {
    title: "Ownership",
    criteria: [row("Design intellectual property", "Brand (customer)", "Manufacturer", "Joint, by agreement")],
  },
];

export const MATRIX_HEADER = ["Criteria", "OEM", "ODM", "JDM"] as const;

/** The matrix as a grid, header row first; a section heading is a row with empty model cells. */
export function matrixGrid(): string[][] {
  const grid: string[][] = [[...MATRIX_HEADER]];
  for (const section of COMPARISON_MATRIX) {
    grid.push([section.title, "", "", ""]);
    for (const c of section.criteria) grid.push([c.criterion, c.values.OEM, c.values.ODM, c.values.JDM]);
  }
  return grid;
}

/** What the manufacturer does in each model (seed 003). */
const MANUFACTURER_SCOPE: Readonly<Record<Model, string>> = {
  OEM: "Cell sourcing, pack assembly, BMS integration, testing, certification, private label",
  ODM: "Cell selection, BMS design, pack structure, prototype validation, then production",
  JDM: "Joint definition, testing and refinement throughout, then production",
};

function section(title: string): MatrixSection {
  const found = COMPARISON_MATRIX.find((s) => s.title === title);
  if (found === undefined) throw new Error(`comparison matrix has no section "${title}"`);
  return found;
}

/** The criterion of a section on which the model is the primary fit (✓). */
function primaryCriterion(title: string, model: Model): string {
  const found = section(title).criteria.find((c) => c.values[model] === "✓");
  if (found === undefined) throw new Error(`comparison matrix: ${model} has no ✓ in "${title}"`);
  return found.criterion;
}

function valueOf(title: string, criterion: string, model: Model): string {
  const found = section(title).criteria.find((c) => c.criterion === criterion);
  if (found === undefined) throw new Error(`comparison matrix has no criterion "${criterion}"`);
  return found.values[model];
}

const ATTRIBUTE_READERS: Readonly<Record<Attribute, (model: Model) => string>> = {
  "entry point": (m) => primaryCriterion("Project entry point", m),
  "engineering responsibility": (m) => primaryCriterion("Engineering responsibility", m),
  "typical use": (m) => primaryCriterion("Typical use cases", m),
  "development cycle": (m) => valueOf("Process", "Development cycle", m),
  "collaboration depth": (m) => valueOf("Process", "Engineering collaboration depth", m),
  "design ip owner": (m) => valueOf("Ownership", "Design intellectual property", m),
  "manufacturer scope": (m) => MANUFACTURER_SCOPE[m],
};

/** One attribute of a model, read from the matrix (so the two can never disagree). */
export function modelAttribute(model: Model, attribute: Attribute): string {
  return ATTRIBUTE_READERS[attribute](model);
}
