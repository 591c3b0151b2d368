// The register's columns, each declared once: the analyst's inputs (header, width, dropdown) and
// the columns the add-in computes (header, width, native formula, the core's value for it), with
// the conditional formats that colour a row. Every renderer and the report iterate these.

import { EMPTY, parseChosenModel, supplierFit, supplierFitText } from "../core";
import type { Locale, Rules, SupplierFit } from "../core";
import type { StyleName, ValidationList } from "./description";
import { fitFormula, keyFormula, recommendedFormula, stageFormula, supplierFitFormula, whyFormula } from "./formulas";
import type { RowColumns } from "./formulas";
import type { Notation } from "./references";
import { factOf, INPUTS } from "./inputs";
import type { InputSpec, RegisterInput } from "./inputs";
import type { RegisterInputs, RegisterVerdict } from "./registerRow";
import { BAD, ruleKeyOf } from "./rules";
import type { RulesLayout } from "./rulesSheet";
import { SUPPLIERS_LAYOUT } from "./suppliersSheet";

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
  /** An input with a dropdown in the add-in's own register (its list from the rulebook: dropdownOf). */
  readonly dropdown?: true;
  /** For computed columns: the formula of a row, in a notation, reading the rules sheet as laid out. */
  readonly formula?: (columns: RowColumns, n: Notation, rules: RulesLayout) => string;
  /** For computed columns: what the formula shows for a row, from the core and the same rulebook (cached in files). */
  readonly result?: (verdict: RegisterVerdict, inputs: RegisterInputs, supplier: SupplierContext, rules: Rules) => string;
  /** A column an older register may lack: its absence is not a partial set (supplier fit came later). */
  readonly optional?: true;
}

/**
 * The dropdown of a fact, by a rulebook: Yes/No for the two questions, its levels and its models;
 * the prompt lists every spelling the rulebook accepts and its first word for not known yet.
 */
export function dropdownOf(rules: Rules, input: RegisterInput): ValidationList {
  const kind = factOf(input).kind;
  const values: string[] = kind === "boolean" ? [...factOf(input).dropdown] : kind === "complexity" ? [...rules.complexities] : [...rules.models];
  const notKnown = rules.notKnown[0] === undefined ? "leave empty" : `leave empty or write ${rules.notKnown[0]}`;
  return { values, prompt: `Accepted: ${(rules.vocabulary[kind] as { display: string }).display}. Not known yet: ${notKnown}.` };
}


export const INPUT_COLUMNS: readonly RegisterColumn[] = (INPUTS as readonly InputSpec[]).map((i) => ({
  role: i.role as RegisterColumnRole,
  header: i.header,
  width: i.width,
  ...(i.fact ? { dropdown: true as const } : {}),
}));

export const COMPUTED_COLUMNS: readonly RegisterColumn[] = [
  { role: "stage", header: "Stage", width: 22, formula: (c, n, r) => stageFormula(c, r, n), result: (v) => v.stage },
  { role: "recommended", header: "Recommended model", width: 23, formula: (c, n, r) => recommendedFormula(c, r, n), result: (v) => v.recommended },
  { role: "fit", header: "Fit", width: 13, formula: (c, n, r) => fitFormula(c, r, n), result: (v) => v.fit },
  { role: "why", header: "Why", width: 60, formula: (c, n, r) => whyFormula(c, r, n), result: (v) => v.why },
  {
    role: "supplierFit", header: "Supplier offers", width: 46, optional: true,
    formula: (c, n, r) => supplierFitFormula(c, SUPPLIERS_LAYOUT, r, n),
    result: (v, inputs, supplier, rules) => rowSupplierFitText(rules, v, inputs, supplier.offered),
  },
  { role: "key", header: "Rule key", width: 14, formula: (c, n, r) => keyFormula(c, r, n), result: (_, inputs, _supplier, rules) => ruleKeyOf(rules, inputs) },
];

export const REGISTER_COLUMNS: readonly RegisterColumn[] = [...INPUT_COLUMNS, ...COMPUTED_COLUMNS];

/** The columns the row's colours read, by letter. */
export interface FormatColumns {
  readonly fit: string;
  readonly key: string;
  readonly supplierFit?: string;
}

const quotedText = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * Conditional formats of the computed columns, relative to their top-left cell: the Fit cell
 * (in the words of the rules the formulas read) drives the colour of the row's computed cells,
 * and a bad value red, read from the rule key's "?" code; then a supplier that does not offer
 * the chosen model is red, one that does not offer the recommended model amber (when the
 * register has the supplier-fit column), in the words its formula writes.
 */
export function registerConditionalFormats(columns: FormatColumns, firstDataRow: number, locale: Locale): { formula: string; style: StyleName }[] {
  const fit = `$${columns.fit}${firstDataRow}`;
  const rules: { formula: string; style: StyleName }[] = [
    { formula: `=${fit}=${quotedText(locale.fit.mismatch)}`, style: "mismatchRow" },
    { formula: `=${fit}=${quotedText(locale.fit.conditional)}`, style: "conditionalRow" },
    { formula: `=ISNUMBER(FIND("${BAD}",$${columns.key}${firstDataRow}))`, style: "mismatchRow" },
  ];
  if (columns.supplierFit === undefined) return rules;
  const supplier = `$${columns.supplierFit}${firstDataRow}`;
  const words = locale.supplier;
  return [
    ...rules,
    { formula: `=OR(ISNUMBER(FIND(${quotedText(words.chosen)},${supplier})),ISNUMBER(FIND(${quotedText(words.both)},${supplier})))`, style: "mismatchRow" },
    { formula: `=LEFT(${supplier},${words.gapStart.length})=${quotedText(words.gapStart)}`, style: "conditionalRow" },
  ];
}

/** The core's supplier fit of a register row: its chosen model if accepted, its recommended model if known. */
export function rowSupplierFit(rules: Rules, verdict: RegisterVerdict, inputs: RegisterInputs, offered: string): SupplierFit {
  const chosen = parseChosenModel(rules, inputs.chosenModel);
  const recommended = rules.models.indexOf(verdict.recommended) >= 0 ? verdict.recommended : undefined;
  return supplierFit(chosen !== EMPTY && chosen.ok ? chosen.value : undefined, recommended, offered);
}

/** The Supplier offers cell of a register row, in the rulebook's words. */
export function rowSupplierFitText(rules: Rules, verdict: RegisterVerdict, inputs: RegisterInputs, offered: string): string {
  return supplierFitText(rowSupplierFit(rules, verdict, inputs, offered), rules.locale.supplier);
}
