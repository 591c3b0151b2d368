// The decision table of docs/domain.md: the single source of truth that classify, fit and explain read.

import { COMPLEXITIES, MODELS } from "./model";
import type { Complexity, FitSymbol, Model, Stage } from "./model";

export type Any = "any";

export interface DecisionRow {
  readonly drawingsComplete: boolean | Any;
  readonly hasRequirements: boolean | Any;
  readonly complexity: Complexity | Any;
  readonly stage: Stage;
  readonly fit: Readonly<Record<Model, FitSymbol>>;
  readonly recommended: Model;
  /** Why the recommended model fits this stage (one sentence, for analysts). */
  readonly why: string;
  /** Why each model that is not a primary fit is conditional or a mismatch here. */
  readonly notes: Readonly<Partial<Record<Model, string>>>;
}

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

/**
 * Checked once when the module loads: a malformed rule is a programming error, not user data,
 * so it throws here rather than surfacing later as a wrong answer. (The rows' shape is checked
 * by the compiler and, value by value, by a zod schema in test/core/decisionTable.test.ts;
 * no schema library ships in Excel's ES2016 custom-functions runtime.)
 */
export const DECISION_TABLE: readonly DecisionRow[] = Object.freeze(checkCoverage(ROWS.map(checkRow)));

function checkRow(row: DecisionRow, index: number): DecisionRow {
  const fail = (what: string) => {
    throw new Error(`decision table row ${index + 1}: ${what}`);
  };
  if (row.fit[row.recommended] !== "✓") fail("the recommended model must be the row's primary fit");
  for (const model of MODELS) {
    if ((row.fit[model] === "✓") !== (row.notes[model] === undefined)) {
      fail("every model that is not a primary fit needs a note, and only those");
    }
  }
  if (row.why.length === 0) fail("a row needs its reason");
  return row;
}

/** Every concrete project (2 × 2 × 3 facts) must match exactly one row. */
function checkCoverage(rows: readonly DecisionRow[]): DecisionRow[] {
  for (const d of [true, false]) {
    for (const r of [true, false]) {
      for (const c of COMPLEXITIES) {
        const matches = rows.filter(
          (row) =>
            conditionHolds(row.drawingsComplete, d) &&
            conditionHolds(row.hasRequirements, r) &&
            conditionHolds(row.complexity, c),
        );
        if (matches.length !== 1) {
          throw new Error(`decision table: ${matches.length} rows match drawings=${d} requirements=${r} complexity=${c}`);
        }
      }
    }
  }
  return [...rows];
}

/** True when a row's condition holds for a concrete value. */
export function conditionHolds<T>(condition: T | Any, value: T): boolean {
  return condition === "any" || condition === value;
}
