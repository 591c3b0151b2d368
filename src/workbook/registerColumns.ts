// The register's columns, each declared once: the analyst's inputs (header, width, dropdown) and
// the columns the add-in computes (header, width, native formula, the core's value for it), with
// the conditional formats that colour a row. Every renderer and the report iterate these.

import { chosenNotOffered, EMPTY, parseChosenModel, supplierFit, supplierFitText } from "../core";
import type { Locale, Rules, SupplierFit } from "../core";
import type { StyleName, ValidationList } from "./description";
import { fitFormula, keyFormula, recommendedFormula, stageFormula, supplierFitFormula, textLiteral, whyFormula } from "./formulas";
import type { RowColumns } from "./formulas";
import type { Notation } from "./references";
import { factOf, INPUTS } from "./inputs";
import type { InputSpec, RegisterInput } from "./inputs";
import type { RegisterInputs, RegisterVerdict, RowStatus } from "./registerRow";
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
  /**
   * The row colours this column's cell drives (`cell`: its first data row's cell, column
   * absolute), over the row's computed cells. Rank orders the rules across columns: the lower
   * one wins where two colour a cell, so the row's own verdict comes before its supplier's.
   */
  readonly formats?: (cell: string, locale: Locale) => readonly RowFormat[];
  /** What the report counts of a row by this column: the counters its judgement of the row adds to. */
  readonly counts?: (verdict: RegisterVerdict, supplierFit: SupplierFit) => readonly ReportCounter[];
}

/** A counter of the register report: rows by status, rows with a supplier gap, and of those the rows whose chosen model is not offered. */
export type ReportCounter = RowStatus | "supplierGap" | "chosenNotOffered";

/** One conditional format a column drives. */
export interface RowFormat {
  readonly formula: string;
  readonly style: StyleName;
  readonly rank: number;
}

/**
 * The dropdown of a fact, by a rulebook: Yes/No for the two questions, its levels and its models;
 * the prompt lists every spelling the rulebook accepts and its first word for not known yet.
 */
export function dropdownOf(rules: Rules, input: RegisterInput): ValidationList {
  const kind = factOf(input).kind;
  const values: string[] = kind === "boolean" ? [...rules.locale.yesNo] : kind === "complexity" ? [...rules.complexities] : [...rules.models];
  return { values, prompt: rules.locale.dropdownPrompt(rules.vocabulary[kind].display, rules.notKnown[0]) };
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
  {
    role: "fit", header: "Fit", width: 13, formula: (c, n, r) => fitFormula(c, r, n), result: (v) => v.fit,
    counts: (v) => [v.status],
    // In the words of the rules the formulas read: the rules sheet's Fit column holds the same.
    formats: (cell, locale) => [
      { formula: `=${cell}=${textLiteral(locale.fit.mismatch)}`, style: "mismatchRow", rank: 1 },
      { formula: `=${cell}=${textLiteral(locale.fit.conditional)}`, style: "conditionalRow", rank: 2 },
    ],
  },
  { role: "why", header: "Why", width: 60, formula: (c, n, r) => whyFormula(c, r, n), result: (v) => v.why },
  {
    role: "supplierFit", header: "Supplier offers", width: 46, optional: true,
    formula: (c, n, r) => supplierFitFormula(c, SUPPLIERS_LAYOUT, r, n),
    result: (v, inputs, supplier, rules) => rowSupplierFitText(rules, v, inputs, supplier.offered),
    counts: (_, fit) => (fit.code !== "gap" ? [] : chosenNotOffered(fit) ? ["supplierGap", "chosenNotOffered"] : ["supplierGap"]),
    // In the words its formula writes: red when the chosen model is not offered, amber when only the recommended one.
    formats: (cell, { supplier: words }) => [
      { formula: `=OR(ISNUMBER(FIND(${textLiteral(words.chosen)},${cell})),ISNUMBER(FIND(${textLiteral(words.both)},${cell})))`, style: "mismatchRow", rank: 4 },
      { formula: `=LEFT(${cell},${words.gapStart.length})=${textLiteral(words.gapStart)}`, style: "conditionalRow", rank: 5 },
    ],
  },
  {
    role: "key", header: "Rule key", width: 14, formula: (c, n, r) => keyFormula(c, r, n), result: (_, inputs, _supplier, rules) => ruleKeyOf(rules, inputs),
    // A value not accepted: the key's "?" code, whatever language the marker is in.
    formats: (cell) => [{ formula: `=ISNUMBER(FIND("${BAD}",${cell}))`, style: "mismatchRow", rank: 3 }],
  },
];

export const REGISTER_COLUMNS: readonly RegisterColumn[] = [...INPUT_COLUMNS, ...COMPUTED_COLUMNS];

/**
 * The conditional formats of a register's computed columns (each with its letter), relative to
 * their top-left cell: every column that drives row colours declares them (`formats`). In rank order.
 */
export function rowFormats(placed: readonly { readonly column: RegisterColumn; readonly letter: string }[], firstDataRow: number, locale: Locale): { formula: string; style: StyleName }[] {
  const rules: RowFormat[] = [];
  for (const { column, letter } of placed) if (column.formats !== undefined) rules.push(...column.formats(`$${letter}${firstDataRow}`, locale));
  return rules.sort((a, b) => a.rank - b.rank).map(({ formula, style }) => ({ formula, style }));
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
