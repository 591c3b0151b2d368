// The sheets the add-in owns (comparison matrix, rules) and the register's columns, built from
// the core's data. Pure: no Office.js, no ExcelJS.

import { COMPARISON_MATRIX, EMPTY, FIT_LEGEND, FIT_SYMBOLS, MATRIX_HEADER, MODELS, NEXT_TOPIC_TITLES, nextSteps, parseChosenModel, SUPPLIER_GAP, supplierFit } from "../core";
import type { FitSymbol, Rules } from "../core";
import type { Block, CellValue, SheetDescription, StyleName, ValidationList } from "./description";
import { fitFormula, keyFormula, recommendedFormula, stageFormula, supplierFitFormula, whyFormula } from "./formulas";
import type { RowColumns, SuppliersLayout } from "./formulas";
import { absoluteRange } from "./references";
import type { Notation } from "./references";
import { headerOf, INPUTS, REGISTER_INPUTS } from "./inputs";
import type { FactSpec, InputSpec, RegisterInput } from "./inputs";
import type { RegisterInputs, RegisterVerdict } from "./registerRow";
import { ruleKeyOf, RULES_HEADERS, ruleTables, SPELLINGS_HEADERS } from "./rules";

export const MATRIX_SHEET = "MFG Matrix";
export const NEXT_STEPS_SHEET = "MFG Next Steps";
export const RULES_SHEET = "MFG Rules";
export const REGISTER_SHEET = "MFG Register";
export const RULES_TABLE = "MfgRules";
export const SPELLINGS_TABLE = "MfgSpellings";
export const REGISTER_TABLE = "MfgRegister";

const SYMBOL_STYLE: Readonly<Record<FitSymbol, StyleName>> = { "✓": "primary", "△": "conditional", "—": "notApplicable" };
const styleOfValue = (v: string): StyleName | null => (FIT_SYMBOLS as readonly string[]).includes(v) ? SYMBOL_STYLE[v as FitSymbol] : null;

function matrixBlock(at: number): Block {
  const values: CellValue[][] = [[...MATRIX_HEADER]];
  const styles: (StyleName | null)[][] = [["header", "header", "header", "header"]];
  for (const section of COMPARISON_MATRIX) {
    values.push([section.title, "", "", ""]);
    styles.push(["section", "section", "section", "section"]);
    for (const c of section.criteria) {
      const cells = MODELS.map((m) => c.values[m]);
      values.push([c.criterion, ...cells]);
      styles.push(["text", ...cells.map((v) => styleOfValue(v) ?? "centered")]);
    }
  }
  return { at: { row: at, column: 1 }, values, styles };
}

const show = (v: boolean | string) => (v === "any" ? "any" : typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : v);

/** A rulebook's decision table, for people to read: one row per rule, one column per model. */
function decisionBlock(rules: Rules, at: number): Block {
  const headers = [...REGISTER_INPUTS.filter((r) => r !== "chosenModel").map(headerOf), "Stage", ...rules.models, "Recommended model"];
  const values: CellValue[][] = [headers];
  const styles: (StyleName | null)[][] = [headers.map(() => "header")];
  for (const row of rules.rows) {
    const fits = rules.models.map((m) => row.fit[m] ?? "—");
    values.push([show(row.drawingsComplete), show(row.hasRequirements), show(row.complexity), row.stage, ...fits, row.recommended]);
    styles.push(["centered", "centered", "centered", "text", ...fits.map((f) => SYMBOL_STYLE[f]), "centered"]);
  }
  return { at: { row: at, column: 1 }, values, styles };
}

const legend = FIT_SYMBOLS.map((s) => `${s} ${FIT_LEGEND[s]}`).join(" · ");
const MATRIX_TOP = 4;
const MATRIX_ROWS = 1 + COMPARISON_MATRIX.reduce((n, s) => n + 1 + s.criteria.length, 0);
const DECISION_TOP = MATRIX_TOP + MATRIX_ROWS + 3;

/** The comparison matrix sheet, with a rulebook's decision table below it for people to read. */
export function matrixSheet(rules: Rules): SheetDescription {
  return {
    name: MATRIX_SHEET,
    blocks: [
      { at: { row: 1, column: 1 }, values: [["Manufacturing model comparison: OEM · ODM · JDM"]], styles: [["title"]] },
      { at: { row: 2, column: 1 }, values: [[`Legend: ${legend}`]], styles: [["note"]] },
      matrixBlock(MATRIX_TOP),
      {
        at: { row: DECISION_TOP - 1, column: 1 },
        values: [["Decision table: which model fits a project's stage (a chosen model's symbol on its row: ✓ fits, △ conditional, — mismatch)"]],
        styles: [["title"]],
      },
      decisionBlock(rules, DECISION_TOP),
    ],
    tables: [],
    columnWidths: [36, 21, 20, 22, 8, 8, 8, 20],
    freezeRows: MATRIX_TOP,
    freezeColumns: 1,
    // The decision table is eight columns wide: landscape, one page wide, the matrix's header
    // row repeated should it run onto a second page.
    print: { orientation: "landscape", titleRows: { first: MATRIX_TOP, last: MATRIX_TOP } },
  };
}

const NEXT_TOP = 4;

/** What each model changes downstream (the core's next steps), for people to read and send. */
export function nextStepsSheet(): SheetDescription {
  const header = ["Model", "Topic", "Next step", "Source"];
  const values: CellValue[][] = [header];
  const styles: (StyleName | null)[][] = [header.map(() => "header")];
  for (const model of MODELS) {
    values.push([model, "", "", ""]);
    styles.push(["section", "section", "section", "section"]);
    for (const s of nextSteps(model)) {
      values.push([model, NEXT_TOPIC_TITLES[s.topic], s.text, s.source]);
      styles.push(["centered", "text", "text", "note"]);
    }
  }
  return {
    name: NEXT_STEPS_SHEET,
    blocks: [
      { at: { row: 1, column: 1 }, values: [["Next steps once the model is chosen: what to send suppliers"]], styles: [["title"]] },
      { at: { row: 2, column: 1 }, values: [["Choose the model before you evaluate suppliers: it sets the RFQ scope and the sample agreement. Filter the Model column for one model."]], styles: [["note"]] },
      { at: { row: NEXT_TOP, column: 1 }, values, styles },
    ],
    tables: [],
    columnWidths: [8, 26, 70, 34],
    freezeRows: NEXT_TOP,
    freezeColumns: 0,
    print: { orientation: "landscape", titleRows: { first: NEXT_TOP, last: NEXT_TOP } },
  };
}

const RULES_TOP = 4;
const SPELLINGS_COLUMN = RULES_HEADERS.length + 2;

/** Where the formulas find the rules (absolute ranges on the rules sheet). */
export interface RulesLayout {
  keys(n: Notation): string;
  column(header: (typeof RULES_HEADERS)[number], n: Notation): string;
  spellingKeys(n: Notation): string;
  spellingCodes(n: Notation): string;
}

const dataRows = (count: number) => ({ top: RULES_TOP + 1, bottom: RULES_TOP + count });

/** Where the formulas find a rulebook's tables on the rules sheet. */
export function rulesLayout(rules: Rules): RulesLayout {
  const tables = ruleTables(rules);
  const layout: RulesLayout = {
    keys: (n) => layout.column("Key", n),
    column: (header, n) => {
      const column = RULES_HEADERS.indexOf(header) + 1;
      const { top, bottom } = dataRows(tables.rules.length);
      return absoluteRange(RULES_SHEET, { row: top, column }, { row: bottom, column }, n);
    },
    spellingKeys: (n) => {
      const { top, bottom } = dataRows(tables.spellings.length);
      return absoluteRange(RULES_SHEET, { row: top, column: SPELLINGS_COLUMN }, { row: bottom, column: SPELLINGS_COLUMN }, n);
    },
    spellingCodes: (n) => {
      const { top, bottom } = dataRows(tables.spellings.length);
      const column = SPELLINGS_COLUMN + 1;
      return absoluteRange(RULES_SHEET, { row: top, column }, { row: bottom, column }, n);
    },
  };
  return layout;
}

export const RULES_VERSION_CELL = { row: 2, column: 2 } as const;

/** The rules sheet: a rulebook's expanded decision table and accepted spellings, as Excel tables. */
export function rulesSheet(rules: Rules): SheetDescription {
  const tables = ruleTables(rules);
  return {
    name: RULES_SHEET,
    blocks: [
      {
        at: { row: 1, column: 1 },
        values: [["Rules read by the MFG Register formulas (generated by the add-in; edits change every register's results)"]],
        styles: [["title"]],
      },
      { at: { row: 2, column: 1 }, values: [["Rules version", tables.version]], styles: [["note", "note"]] },
    ],
    tables: [
      { name: RULES_TABLE, at: { row: RULES_TOP, column: 1 }, headers: RULES_HEADERS, rows: tables.rules, style: "TableStyleLight9" },
      {
        name: SPELLINGS_TABLE,
        at: { row: RULES_TOP, column: SPELLINGS_COLUMN },
        headers: SPELLINGS_HEADERS,
        rows: tables.spellings,
        style: "TableStyleLight9",
      },
    ],
    columnWidths: [12, 18, 21, 12, 14, 22, 19, 13, 80, 3, 14, 8],
    freezeRows: RULES_TOP,
    freezeColumns: 0,
  };
}

/** The register's columns; inputs first (the analyst's), then those the add-in computes. */
export type RegisterColumnRole = "project" | "supplier" | RegisterInput | "stage" | "recommended" | "fit" | "why" | "supplierFit" | "key";

/** What a row's supplier-fit cell is judged from: the models its supplier offers ("" when not listed). */
export interface SupplierContext {
  readonly offered: string;
}

export interface RegisterColumn {
  readonly role: RegisterColumnRole;
  readonly header: string;
  readonly width: number;
  readonly validation?: ValidationList;
  /** For computed columns: the formula of a row, in a notation, reading the rules sheet as laid out. */
  readonly formula?: (columns: RowColumns, n: Notation, rules: RulesLayout) => string;
  /** For computed columns: what the formula shows for a row, from the core and the same rulebook (cached in files). */
  readonly result?: (verdict: RegisterVerdict, inputs: RegisterInputs, supplier: SupplierContext, rules: Rules) => string;
  /** A column an older register may lack: its absence is not a partial set (supplier fit came later). */
  readonly optional?: true;
}

/** The dropdown of a fact: its list, and a prompt with every accepted spelling (from the core). */
const dropdown = (fact: FactSpec): ValidationList => ({ values: [...fact.dropdown], prompt: `Accepted: ${fact.vocabulary.display}. Not known yet: leave empty or write TBD.` });

export const INPUT_COLUMNS: readonly RegisterColumn[] = (INPUTS as readonly InputSpec[]).map((i) => ({
  role: i.role as RegisterColumnRole,
  header: i.header,
  width: i.width,
  ...(i.fact ? { validation: dropdown(i.fact) } : {}),
}));

export const COMPUTED_COLUMNS: readonly RegisterColumn[] = [
  { role: "stage", header: "Stage", width: 22, formula: (c, n, r) => stageFormula(c, r, n), result: (v) => v.stage },
  { role: "recommended", header: "Recommended model", width: 23, formula: (c, n, r) => recommendedFormula(c, r, n), result: (v) => v.recommended },
  { role: "fit", header: "Fit", width: 13, formula: (c, n, r) => fitFormula(c, r, n), result: (v) => v.fit },
  { role: "why", header: "Why", width: 60, formula: (c, n, r) => whyFormula(c, r, n), result: (v) => v.why },
  {
    role: "supplierFit", header: "Supplier offers", width: 46, optional: true,
    formula: (c, n) => supplierFitFormula(c, SUPPLIERS_LAYOUT, n),
    result: (v, inputs, supplier, rules) => rowSupplierFit(rules, v, inputs, supplier.offered),
  },
  { role: "key", header: "Rule key", width: 14, formula: (c, n, r) => keyFormula(c, r, n), result: (_, inputs, _supplier, rules) => ruleKeyOf(rules, inputs) },
];

export const REGISTER_COLUMNS: readonly RegisterColumn[] = [...INPUT_COLUMNS, ...COMPUTED_COLUMNS];

/**
 * Conditional formats of the computed columns, relative to their top-left cell: the Fit cell
 * drives the colour of the row's computed cells; then a supplier that does not offer the chosen
 * model is red, one that does not offer the recommended model amber (when the register has the
 * supplier-fit column).
 */
export function registerConditionalFormats(fitColumnLetter: string, firstDataRow: number, supplierFitLetter?: string): { formula: string; style: StyleName }[] {
  const fit = `$${fitColumnLetter}${firstDataRow}`;
  const rules: { formula: string; style: StyleName }[] = [
    { formula: `=${fit}="Mismatch"`, style: "mismatchRow" },
    { formula: `=${fit}="Conditional"`, style: "conditionalRow" },
    { formula: `=LEFT(${fit},1)="⚠"`, style: "mismatchRow" },
  ];
  if (supplierFitLetter === undefined) return rules;
  const supplier = `$${supplierFitLetter}${firstDataRow}`;
  return [
    ...rules,
    { formula: `=ISNUMBER(SEARCH("(chosen",${supplier}))`, style: "mismatchRow" },
    { formula: `=LEFT(${supplier},${SUPPLIER_GAP.length})="${SUPPLIER_GAP}"`, style: "conditionalRow" },
  ];
}

/** The core's supplier fit of a register row: its chosen model if accepted, its recommended model if known. */
export function rowSupplierFit(rules: Rules, verdict: RegisterVerdict, inputs: RegisterInputs, offered: string): string {
  const chosen = parseChosenModel(rules, inputs.chosenModel);
  const recommended = rules.models.indexOf(verdict.recommended) >= 0 ? verdict.recommended : undefined;
  return supplierFit(chosen !== EMPTY && chosen.ok ? chosen.value : undefined, recommended, offered);
}

export const SUPPLIERS_SHEET = "MFG Suppliers";
export const SUPPLIERS_TABLE = "MfgSuppliers";
export const SUPPLIERS_HEADERS = ["Supplier", "Models offered", "Notes"] as const;
const SUPPLIERS_TOP = 3;
/** The suppliers the formulas look up: the table's rows, up to this many. */
export const MAX_SUPPLIERS = 2000;

const SUPPLIERS_LAYOUT: SuppliersLayout = {
  names: (n) => absoluteRange(SUPPLIERS_SHEET, { row: SUPPLIERS_TOP + 1, column: 1 }, { row: SUPPLIERS_TOP + MAX_SUPPLIERS, column: 1 }, n),
  offered: (n) => absoluteRange(SUPPLIERS_SHEET, { row: SUPPLIERS_TOP + 1, column: 2 }, { row: SUPPLIERS_TOP + MAX_SUPPLIERS, column: 2 }, n),
};

/** Where the suppliers table's rows are read from (sheet rows, 1-based, inclusive; columns A and B). */
export const SUPPLIER_ROWS = { first: SUPPLIERS_TOP + 1, last: SUPPLIERS_TOP + MAX_SUPPLIERS } as const;

/**
 * The suppliers sheet the supplier-fit formulas read, added empty when a workbook has none: the
 * analysts' own list (supplier, the models it offers, notes). The add-in never rewrites it.
 * Without `table` (another sheet's table has the name: table names are unique in a workbook) its
 * headers are plain header cells; the formulas read the cells, not the table.
 */
export function suppliersSheet(table = true): SheetDescription {
  const at = { row: SUPPLIERS_TOP, column: 1 };
  return {
    name: SUPPLIERS_SHEET,
    blocks: [
      { at: { row: 1, column: 1 }, values: [["Suppliers and the models they offer (read by the registers' Supplier offers column)"]], styles: [["title"]] },
      { at: { row: 2, column: 1 }, values: [[`One supplier a row, named as in the registers; Models offered: any of OEM, ODM, JDM (e.g. "OEM, ODM"). Up to ${MAX_SUPPLIERS} suppliers.`]], styles: [["note"]] },
      ...(table ? [] : [{ at, values: [[...SUPPLIERS_HEADERS]], styles: [SUPPLIERS_HEADERS.map(() => "header" as const)] }]),
    ],
    tables: table ? [{ name: SUPPLIERS_TABLE, at, headers: SUPPLIERS_HEADERS, rows: [["", "", ""]], style: "TableStyleMedium2" }] : [],
    columnWidths: [28, 18, 60],
    freezeRows: SUPPLIERS_TOP,
    freezeColumns: 0,
  };
}
