// Text written as a cell value must stay text: a leading =, +, -, @, tab or carriage return would
// make Excel read it as a formula (or a spreadsheet-injection payload).

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** Numbers and booleans pass; text that would start a formula gets Excel's text prefix ('). */
export function escapeCellText<T>(value: T): T | string {
  if (typeof value !== "string") return value;
  return FORMULA_TRIGGER.test(value) || value.startsWith("'") ? `'${value}` : value;
}

/** A text as a formula literal: in double quotes, a double quote in it doubled. */
export const textLiteral = (text: string): string => `"${text.replace(/"/g, '""')}"`;
