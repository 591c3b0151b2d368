// The decision table of docs/domain.md written out independently of src/, every concrete project,
// and every accepted spelling: what the tests hold the code to.

export type ModelName = "OEM" | "ODM" | "JDM";

export interface ExpectedRow {
  drawingsComplete: boolean;
  hasRequirements: boolean;
  complexity: "Low" | "Medium" | "High";
  stage: string;
  recommended: ModelName;
  fit: Record<ModelName, "Fit" | "Conditional" | "Mismatch">;
}

const READY = { stage: "Ready for production", recommended: "OEM", fit: { OEM: "Fit", ODM: "Mismatch", JDM: "Mismatch" } } as const;
const EARLY = { stage: "Early-stage R&D", recommended: "JDM", fit: { OEM: "Mismatch", ODM: "Mismatch", JDM: "Fit" } } as const;

/** docs/domain.md's five rows, expanded to all 2 × 2 × 3 concrete projects. */
export const EXPECTED_ROWS: ExpectedRow[] = [];
for (const complexity of ["Low", "Medium", "High"] as const) {
  for (const hasRequirements of [true, false]) {
    EXPECTED_ROWS.push({ drawingsComplete: true, hasRequirements, complexity, ...READY, fit: { ...READY.fit } });
  }
  EXPECTED_ROWS.push({ drawingsComplete: false, hasRequirements: false, complexity, ...EARLY, fit: { ...EARLY.fit } });
}
EXPECTED_ROWS.push(
  {
    drawingsComplete: false,
    hasRequirements: true,
    complexity: "Low",
    stage: "Requirements defined",
    recommended: "ODM",
    fit: { OEM: "Mismatch", ODM: "Fit", JDM: "Mismatch" },
  },
  {
    drawingsComplete: false,
    hasRequirements: true,
    complexity: "Medium",
    stage: "Requirements defined",
    recommended: "ODM",
    fit: { OEM: "Mismatch", ODM: "Fit", JDM: "Conditional" },
  },
  {
    drawingsComplete: false,
    hasRequirements: true,
    complexity: "High",
    stage: "Complex system",
    recommended: "JDM",
    fit: { OEM: "Mismatch", ODM: "Conditional", JDM: "Fit" },
  },
);

/** Every accepted way to write each value, as Excel hands it over (booleans, numbers, text). */
export const SPELLINGS = {
  true: [true, "TRUE", "true", " True ", "Yes", "YES", "yes", "Y", "y", 1, "1", " 1 "],
  false: [false, "FALSE", "false", "False ", "No", "NO", "no", "N", "n", 0, "0"],
  Low: ["Low", "LOW", "low", " Low ", "L", "l", 1, "1"],
  Medium: ["Medium", "MEDIUM", "medium", "M", "m", 2, "2", "Med", "med", " MID "],
  High: ["High", "HIGH", "high", "H", "h", 3, "3 "],
  OEM: ["OEM", "oem", " Oem "],
  ODM: ["ODM", "odm", "Odm"],
  JDM: ["JDM", "jdm", " jdm"],
} as const;

export type Spellings = { readonly [K in keyof typeof SPELLINGS]: readonly unknown[] };

/**
 * The spellings as the custom functions take them: the number 0 is left out, because Excel for
 * Windows passes an empty cell as 0 and the functions read 0 as "not known yet" (README).
 */
export const FUNCTION_SPELLINGS: Spellings = Object.fromEntries(
  Object.entries(SPELLINGS).map(([key, values]) => [key, values.filter((v) => v !== 0)]),
) as unknown as Spellings;

export const spellingsOf = (value: boolean | string, spellings: Spellings = SPELLINGS): readonly unknown[] =>
  spellings[String(value) as keyof Spellings];

export interface SpelledCase {
  row: ExpectedRow;
  cells: [unknown, unknown, unknown];
}

/** Every row × every spelling of every fact (the full cross product). */
export function everySpelling(spellings: Spellings = SPELLINGS): SpelledCase[] {
  const cases: SpelledCase[] = [];
  for (const row of EXPECTED_ROWS) {
    for (const d of spellingsOf(row.drawingsComplete, spellings)) {
      for (const r of spellingsOf(row.hasRequirements, spellings)) {
        for (const c of spellingsOf(row.complexity, spellings)) cases.push({ row, cells: [d, r, c] });
      }
    }
  }
  return cases;
}

export const BAD_BOOLEANS = ["maybe", "T", "F", 2, -1, 0.5, "yes please", "TRUE!", "oui"];
export const BAD_COMPLEXITIES = ["Very high", "4", 0, 4, 1.5, "Lo", true, false, "LMH"];
export const BAD_MODELS = ["OBM", "EMS", "oem ltd", 1, true, "O E M"];
/** Empty cells, and the words analysts write for "not known yet": all mean the same. */
export const NOT_KNOWN = ["TBD", "tbd", " TBC ", "TBA", "n/a", "N/A", "NA", "na", "Unknown", "UNKNOWN", "not known", "Pending", "-", " – ", "—"];
export const EMPTIES = [null, undefined, "", "   ", "\t", ...NOT_KNOWN];

export const MODEL_NAMES: ModelName[] = ["OEM", "ODM", "JDM"];

/** A short test title for a row: "drawings=false requirements=true complexity=High". */
export const label = (row: ExpectedRow): string =>
  `drawings=${row.drawingsComplete} requirements=${row.hasRequirements} complexity=${row.complexity}`;

/** Every row × every spelling of each fact, varying one fact at a time (the others canonical). */
export function eachSpelling(): SpelledCase[] {
  const cases: SpelledCase[] = [];
  for (const row of EXPECTED_ROWS) {
    const canonical: [unknown, unknown, unknown] = [row.drawingsComplete, row.hasRequirements, row.complexity];
    canonical.forEach((value, i) => {
      for (const spelled of spellingsOf(value as boolean | string)) {
        const cells = [...canonical] as [unknown, unknown, unknown];
        cells[i] = spelled;
        cases.push({ row, cells });
      }
    });
  }
  return cases;
}

/**
 * An analysts' suppliers list (MFG Suppliers, columns A and B) with what real lists hold: models
 * in any case and separator, a listed supplier with no models, a name listed twice (the first row
 * wins), an untrimmed name (MATCH compares the list's cell as it is: never found), supplier
 * numbers (found by number, typed as number or text), a wildcard in a name, a number as the models.
 */
export const SUPPLIER_LIST: readonly (readonly [unknown, unknown])[] = [
  ["Acme", "OEM"],
  ["Bolt Industries", "OEM, ODM"],
  ["Core Works", "odm/jdm"],
  ["Dyna", "OEM, ODM, JDM"],
  ["Evo", ""],
  ["Acme", "JDM"],
  [" Flux ", "JDM"],
  [123, "OEM"],
  [100234, "ODM, JDM"],
  ["100235", "JDM"],
  ["Gamma*", "OEM"],
  ["Hexa", 5],
  ["", "ODM"],
  ["Jade", "JDM"],
];

/**
 * What analysts write in a register's Supplier column: the listed names in other cases and
 * spacing (TRIM collapses inner runs; CLEAN drops tabs and line breaks), unlisted names, blanks,
 * booleans, a number, wildcards (never looked up), an error's text.
 */
export const SUPPLIER_CELLS: readonly unknown[] = [
  "Acme", "ACME", "  acme ", "Bolt  Industries", "bolt industries", "Core Works", "Dyna", "Dyna\n", "\tJade", "Evo",
  "Flux", " Flux ", 123, 100234, " 100234", 100235, "Unlisted Ltd", "", null, true, false, "Gamma*", "Ac?e", "A*", "~Acme", "Hexa", "#N/A",
];

const OEM_WITHOUT_DRAWINGS =
  "OEM is a mismatch: OEM needs frozen drawings to produce from; without them every discussion circles back to parameters that have not been defined and the project loops instead of advancing.";
const NOT_NEEDED = "with complete, frozen drawings the project gets engineering proposals it never needed: approval cycles extend, costs increase and the timeline slides.";

/** docs/domain.md's reasons, written out: each stage's why, and each model's note where it is not a primary fit. */
export const REASONS: Readonly<Record<string, { why: string; notes: Partial<Record<ModelName, string>> }>> = {
  "Ready for production": {
    why: "Complete, frozen drawings and specifications exist, so the manufacturer only has to produce to them: OEM.",
    notes: { ODM: `ODM is a mismatch: ${NOT_NEEDED}`, JDM: `JDM is a mismatch: ${NOT_NEEDED}` },
  },
  "Requirements defined/Low": {
    why: "The application requirements are defined but there is no design yet, so the manufacturer designs and produces around them: ODM.",
    notes: { OEM: OEM_WITHOUT_DRAWINGS, JDM: "JDM is a mismatch: for a low-complexity project with defined requirements the overhead of joint development is not justified." },
  },
  "Requirements defined/Medium": {
    why: "The application requirements are defined but there is no design yet, and an application-specific product (medical, industrial, robotics) is designed around them by the manufacturer: ODM.",
    notes: { OEM: OEM_WITHOUT_DRAWINGS, JDM: "JDM is conditional: it can work for a medium-complexity project, but the overhead is real; check that ODM would need too many compromises." },
  },
  "Complex system": {
    why: "A high-voltage, multi-module, proprietary or still-evolving system needs both sides to define, test and refine the design together: JDM.",
    notes: { OEM: OEM_WITHOUT_DRAWINGS, ODM: "ODM is conditional: for a complex system a standard ODM approach may need too many compromises." },
  },
  "Early-stage R&D": {
    why: "There are neither drawings nor defined requirements, so the solution has to be defined jointly from the start: JDM.",
    notes: { OEM: OEM_WITHOUT_DRAWINGS, ODM: "ODM is a mismatch: ODM starts from a defined use case; define voltage, runtime, operating environment and form factor first, or develop jointly." },
  },
};

/** The explanation MFGEXPLAIN gives for an expected row, with or without a chosen model, from REASONS. */
export function expectedExplanation(e: ExpectedRow, chosen?: ModelName): string {
  const reasons = REASONS[e.stage === "Requirements defined" ? `${e.stage}/${e.complexity}` : e.stage];
  if (reasons === undefined) throw new Error(`no reasons for ${e.stage}`);
  if (chosen === undefined) return reasons.why;
  const note = reasons.notes[chosen];
  return note === undefined ? `${reasons.why} The chosen ${chosen} fits this stage.` : `${reasons.why} ${note}`;
}

/** A cell issue as the English sentence docs/functions.md shows, written out apart from src/. */
export function expectedMessage(issue: { code: "empty"; arguments: readonly string[] } | { code: "invalid_value"; argument: string; value: string; accepted: readonly string[] }): string {
  const list = (names: readonly string[], word: string) => (names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} ${word} ${names[names.length - 1]}`);
  if (issue.code === "empty") return `${list(issue.arguments, "and")} ${issue.arguments.length === 1 ? "is" : "are"} empty (not known yet), so there is no answer yet.`;
  const shown = issue.value.length > 40 ? `${issue.value.slice(0, 40)}…` : issue.value;
  return `${issue.argument}: "${shown}" is not accepted; use ${list(issue.accepted, "or")} (any case).`;
}
