// The register's native formulas: INDEX/MATCH over the rules sheet, nothing newer than Excel
// 2016 and nothing LibreOffice 7.4 or HyperFormula lacks (no XLOOKUP, LET, LAMBDA, tables'
// structured references, dynamic arrays).

import { sameRow } from "./references";
import type { Notation } from "./references";
import { BAD, SPELLING_KIND, UNKNOWN } from "./rules";
import { badValuePart, MARKER_SEPARATOR, MARKER_START } from "./registerRow";
import { factOf, REGISTER_INPUTS } from "./inputs";
import type { RegisterInput } from "./inputs";
import type { RulesLayout } from "./layout";

/** Where the formulas find a row's cells (sheet column numbers, 1-based). */
export interface RowColumns {
  readonly inputs: Readonly<Record<RegisterInput, number>>;
  readonly key: number;
}

const str = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The normalised code of one input: TRIM(CLEAN()) like the core, upper case, and wildcard
 * characters neutralised so MATCH compares exactly. Booleans are refused where no boolean
 * is accepted (LibreOffice would otherwise read TRUE as 1).
 */
function code(input: RegisterInput, columns: RowColumns, rules: RulesLayout, n: Notation): string {
  const ref = sameRow(columns.inputs[input], n);
  const text = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(UPPER(TRIM(CLEAN(${ref}))),"~","#"),"?","#"),"*","#")`;
  const kind = factOf(input).kind;
  const lookup = `IFERROR(INDEX(${rules.spellingCodes(n)},MATCH(${str(`${SPELLING_KIND[kind]}|`)}&${text},${rules.spellingKeys(n)},0)),${str(BAD)})`;
  return kind === "boolean" ? lookup : `IF(ISLOGICAL(${ref}),${str(BAD)},${lookup})`;
}

/** "F|T|H|ODM": the rule key of a row, with "_" for not known yet and "?" for a bad value. */
export function keyFormula(columns: RowColumns, rules: RulesLayout, n: Notation): string {
  return `=${REGISTER_INPUTS.map((input) => code(input, columns, rules, n)).join(`&"|"&`)}`;
}

/**
 * The marker naming every bad value of the key (positions 1, 3, 5, 7 hold the four codes): each
 * bad column's part, separated, after the marker's start — the core's badValueMarker, cell for cell.
 */
function marker(key: string): string {
  const parts = REGISTER_INPUTS.map((input, i) => `IF(MID(${key},${2 * i + 1},1)=${str(BAD)},${str(MARKER_SEPARATOR + badValuePart(input))},"")`).join("&");
  return `${str(MARKER_START)}&MID(${parts},${MARKER_SEPARATOR.length + 1},1000)`;
}

const hasBad = (text: string) => `ISNUMBER(FIND(${str(BAD)},${text}))`;

/** Stage or Recommended model: the facts part of the key, looked up with no chosen model. */
function factsLookup(values: string, columns: RowColumns, rules: RulesLayout, n: Notation): string {
  const key = sameRow(columns.key, n);
  const factsKey = `LEFT(${key},6)&${str(UNKNOWN)}`;
  return `=IF(${hasBad(`LEFT(${key},5)`)},${marker(key)},IFERROR(INDEX(${values},MATCH(${factsKey},${rules.keys(n)},0))&"",""))`;
}

export function stageFormula(columns: RowColumns, rules: RulesLayout, n: Notation): string {
  return factsLookup(rules.column("Stage", n), columns, rules, n);
}

export function recommendedFormula(columns: RowColumns, rules: RulesLayout, n: Notation): string {
  return factsLookup(rules.column("Recommended model", n), columns, rules, n);
}

export function fitFormula(columns: RowColumns, rules: RulesLayout, n: Notation): string {
  const key = sameRow(columns.key, n);
  const lookup = `IFERROR(INDEX(${rules.column("Fit", n)},MATCH(${key},${rules.keys(n)},0))&"","")`;
  return `=IF(${hasBad(key)},${marker(key)},IF(RIGHT(${key},1)=${str(UNKNOWN)},"",${lookup}))`;
}

export function whyFormula(columns: RowColumns, rules: RulesLayout, n: Notation): string {
  const key = sameRow(columns.key, n);
  return `=IF(${hasBad(key)},${marker(key)},IFERROR(INDEX(${rules.column("Why", n)},MATCH(${key},${rules.keys(n)},0))&"",""))`;
}
