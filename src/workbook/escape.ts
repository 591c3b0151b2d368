// Text written as a cell value must stay text: a leading =, +, -, @, tab or carriage return would
// make Excel read it as a formula (or a spreadsheet-injection payload).

const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** Numbers and booleans pass; text that would start a formula gets Excel's text prefix ('). */
export function escapeCellText<T>(value: T): T | string {
  if (typeof value !== "string") return value;
  return FORMULA_TRIGGER.test(value) || value.startsWith("'") ? `'${value}` : value;
}

/** Excel refuses a formula holding a text value longer than this ("Text values in formulas are limited to 255 characters"). */
export const MAX_FORMULA_TEXT = 255;

/**
 * A text as a formula expression every engine reads alike: in double quotes, each double quote in
 * it as CHAR(34) (HyperFormula does not read Excel's doubled quote), and a run longer than Excel
 * takes in one literal joined from pieces of at most 255 characters ("…"&"…"), never splitting a
 * character of two UTF-16 units (a team's long why-text, a long spellings list).
 */
export function textLiteral(text: string): string {
  const parts: string[] = [];
  text.split('"').forEach((run, i) => {
    if (i > 0) parts.push("CHAR(34)");
    for (let at = 0; at < run.length; ) {
      let end = Math.min(at + MAX_FORMULA_TEXT, run.length);
      const last = run.charCodeAt(end - 1);
      if (end < run.length && last >= 0xd800 && last <= 0xdbff) end--;
      parts.push(`"${run.slice(at, end)}"`);
      at = end;
    }
  });
  return parts.length === 0 ? '""' : parts.join("&");
}
