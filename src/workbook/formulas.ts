// The register's native formulas: INDEX/MATCH over the rules sheet, nothing newer than Excel
// 2016 and nothing LibreOffice 7.4 or HyperFormula lacks (no XLOOKUP, LET, LAMBDA, tables'
// structured references, dynamic arrays).

import { textLiteral } from "./escape";
import { sameRow } from "./references";
import type { Notation } from "./references";
import { BAD, BOOLEAN_CODE, KEY_MODEL_START, SPELLING_KIND, UNKNOWN } from "./rules";
import type { Rules } from "../core";
import { badValuePart } from "./registerRow";
import { factOf, REGISTER_INPUTS } from "./inputs";
import type { RegisterInput } from "./inputs";
import type { RulesLayout } from "./rulesSheet";

/** Where the formulas find a row's cells (sheet column numbers, 1-based). */
export interface RowColumns {
  readonly inputs: Readonly<Record<RegisterInput, number>>;
  readonly key: number;
  /** The Recommended model column, and the register's Supplier column when it has one (supplier fit). */
  readonly recommended?: number;
  readonly supplier?: number;
}

/** Where the supplier-fit formula finds the suppliers table: its names and the models each offers. */
export interface SuppliersLayout {
  names(n: Notation): string;
  offered(n: Notation): string;
}

export { textLiteral };

/**
 * The normalised code of one input: TRIM(CLEAN()) like the core (the ideographic space a space), upper case, and wildcard
 * characters neutralised so MATCH compares exactly. A boolean cell is never turned into text:
 * inside a formula that text is the display language's word (WAHR in German Excel, PLATFORM.md),
 * so a yes/no fact takes its code from the boolean itself, and a boolean is refused where no
 * boolean is accepted (LibreOffice would otherwise read TRUE as 1).
 */
function code(input: RegisterInput, columns: RowColumns, rules: RulesLayout, n: Notation): string {
  const ref = sameRow(columns.inputs[input], n);
  // The ideographic space read as a space first, as the core's cleanText does.
  const text = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(UPPER(TRIM(CLEAN(SUBSTITUTE(${ref},"\u3000"," ")))),"~","#"),"?","#"),"*","#")`;
  const kind = factOf(input).kind;
  const lookup = `IFERROR(INDEX(${rules.spellingCodes(n)},MATCH(${textLiteral(`${SPELLING_KIND[kind]}|`)}&${text},${rules.spellingKeys(n)},0)),${textLiteral(BAD)})`;
  const asBoolean = kind === "boolean" ? `IF(${ref},${textLiteral(BOOLEAN_CODE.true)},${textLiteral(BOOLEAN_CODE.false)})` : textLiteral(BAD);
  return `IF(ISLOGICAL(${ref}),${asBoolean},${lookup})`;
}

/** "F|T|H|ODM": the rule key of a row, with "_" for not known yet and "?" for a bad value. */
export function keyFormula(columns: RowColumns, rules: RulesLayout, n: Notation): string {
  return `=${REGISTER_INPUTS.map((input) => code(input, columns, rules, n)).join(`&"|"&`)}`;
}

/**
 * The marker naming every bad value of the key (positions 1, 3, 5, 7 start the four codes; a
 * bad model is "?" alone, and no model's name holds a "?"): each bad column's part, separated,
 * after the marker's start — the core's badValueMarker, cell for cell.
 */
function marker(key: string, rules: Rules): string {
  const words = rules.locale.marker;
  const parts = REGISTER_INPUTS.map((input, i) => `IF(MID(${key},${2 * i + 1},1)=${textLiteral(BAD)},${textLiteral(words.separator + badValuePart(rules, input))},"")`).join("&");
  return `${textLiteral(words.symbol + words.start)}&MID(${parts},${words.separator.length + 1},1000)`;
}

const hasBad = (text: string) => `ISNUMBER(FIND(${textLiteral(BAD)},${text}))`;

/** The chosen model's part of the key: whatever follows the facts, as long as the model's name. */
const chosenOf = (key: string) => `MID(${key},${KEY_MODEL_START},1000)`;

/** Stage or Recommended model: the facts part of the key, looked up with no chosen model. */
function factsLookup(values: string, columns: RowColumns, rules: RulesLayout, n: Notation): string {
  const key = sameRow(columns.key, n);
  const factsKey = `LEFT(${key},6)&${textLiteral(UNKNOWN)}`;
  return `=IF(${hasBad(`LEFT(${key},5)`)},${marker(key, rules.rules)},IFERROR(INDEX(${values},MATCH(${factsKey},${rules.keys(n)},0))&"",""))`;
}

/**
 * A computed cell's formula, or the rules-edited marker while the rules sheet holds edits to the
 * team's tables that the lookup does not apply yet (or that are broken): never a verdict of rules
 * that are no longer the team's.
 */
function unlessEdited(formula: string, rules: RulesLayout, n: Notation): string {
  const words = rules.rules.locale.marker;
  return `=IF(${rules.edits(n)}<>0,${textLiteral(words.symbol + words.rulesEdited)},${formula.slice(1)})`;
}

export function stageFormula(columns: RowColumns, rules: RulesLayout, n: Notation): string {
  return unlessEdited(factsLookup(rules.column("Stage", n), columns, rules, n), rules, n);
}

export function recommendedFormula(columns: RowColumns, rules: RulesLayout, n: Notation): string {
  return unlessEdited(factsLookup(rules.column("Recommended model", n), columns, rules, n), rules, n);
}

export function fitFormula(columns: RowColumns, rules: RulesLayout, n: Notation): string {
  const key = sameRow(columns.key, n);
  const lookup = `IFERROR(INDEX(${rules.column("Fit", n)},MATCH(${key},${rules.keys(n)},0))&"","")`;
  return unlessEdited(`=IF(${hasBad(key)},${marker(key, rules.rules)},IF(${chosenOf(key)}=${textLiteral(UNKNOWN)},"",${lookup}))`, rules, n);
}

export function whyFormula(columns: RowColumns, rules: RulesLayout, n: Notation): string {
  const key = sameRow(columns.key, n);
  return unlessEdited(`=IF(${hasBad(key)},${marker(key, rules.rules)},IFERROR(INDEX(${rules.column("Why", n)},MATCH(${key},${rules.keys(n)},0))&"",""))`, rules, n);
}

/**
 * Supplier fit, the core's supplierFit cell for cell. The row's supplier is looked up as
 * TRIM(CLEAN()) text, without case, as MATCH compares; then, not found, as a number (`--name`:
 * supplier numbers typed in both sheets are numbers, and Excel's MATCH of a text never finds a
 * number, where LibreOffice's does); a boolean, an error, an empty name or one with the
 * wildcards * ? ~ is not looked up. Then whether its "Models offered" text holds the
 * chosen model (the key's last code) and the recommended one (the Recommended model cell, when
 * it holds a model): CHOOSE on the two gaps, so the 2,000-row lookup runs three times a row,
 * not once per place a gap is named.
 */
export function supplierFitFormula(columns: RowColumns, suppliers: SuppliersLayout, rules: RulesLayout, n: Notation): string {
  if (columns.supplier === undefined || columns.recommended === undefined) return `=""`;
  const cell = sameRow(columns.supplier, n);
  const name = `TRIM(CLEAN(IFERROR(${cell}&"","")))`;
  const wild = ["*", "?", "~"].map((w) => `ISNUMBER(FIND(${textLiteral(w)},${name}))`).join(",");
  const offered = `IF(OR(ISLOGICAL(${cell}),${name}="",${wild}),"",IFERROR(INDEX(${suppliers.offered(n)},IFERROR(MATCH(${name},${suppliers.names(n)},0),MATCH(--${name},${suppliers.names(n)},0)))&"",""))`;
  const key = sameRow(columns.key, n);
  const chosen = chosenOf(key);
  const recommended = sameRow(columns.recommended, n);
  // A model, not "_" or "?"; the Recommended cell holds one when it is not empty and the facts
  // hold no bad value (it shows the marker then).
  const noChosen = `OR(${chosen}=${textLiteral(UNKNOWN)},${chosen}=${textLiteral(BAD)})`;
  const noRecommended = `OR(${recommended}="",${hasBad(`LEFT(${key},5)`)})`;
  const gap = (model: string) => `AND(NOT(${model === chosen ? noChosen : noRecommended}),ISERROR(SEARCH(${model},${offered})))`;
  const words = rules.rules.locale.supplier;
  const says = (text: string) => textLiteral(words.gapStart) + "&" + text;
  const both = `IF(${chosen}=${recommended},${chosen}&${textLiteral(words.both)},${chosen}&${textLiteral(words.chosen + words.separator)}&${recommended}&${textLiteral(words.recommended)})`;
  const choice = `CHOOSE(1+${gap(chosen)}+2*${gap(recommended)},${textLiteral(words.offered)},${says(`${chosen}&${textLiteral(words.chosen)}`)},${says(`${recommended}&${textLiteral(words.recommended)}`)},${says(both)})`;
  return unlessEdited(`=IF(OR(AND(${noChosen},${noRecommended}),${offered}=""),"",${choice})`, rules, n);
}
