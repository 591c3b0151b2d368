// What Excel makes of a string written through Range.values: what a person typing it would get
// (office-js #229: "TRUE" becomes a boolean, "00123" the number 123, "3-4" a date, "50%" 0.5),
// unless the cell is formatted as text ("@") or the string starts with an apostrophe. The
// en-US reading; the stand-in returns what `values` then reads back (dates as serial numbers).

export type Stored = { readonly value: string | number | boolean } | { readonly formula: string };

const NUMBER = /^([+-])?\(?\$?((?:\d{1,3}(?:,\d{3})+|\d*)(?:\.\d*)?)(?:e([+-]?\d+))?\)?(%)?$/i;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
/** The year Excel assumes for a typed date without one; fixed so tests are repeatable. */
export const TYPED_DATE_YEAR = 2026;

/** Excel's serial number of a date (1900 system, with its phantom 29 February 1900). */
function serial(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = Date.UTC(year, month - 1, day);
  if (new Date(date).getUTCDate() !== day) return undefined;
  return Math.round((date - Date.UTC(1899, 11, 30)) / 86_400_000);
}

function typedNumber(text: string): number | undefined {
  const m = NUMBER.exec(text);
  if (!m || !/\d/.test(m[2] ?? "")) return undefined;
  const negative = m[1] === "-" || (text.includes("(") && text.includes(")"));
  if (text.includes("(") !== text.includes(")")) return undefined;
  let n = Number((m[2] as string).replace(/,/g, "")) * 10 ** Number(m[3] ?? 0);
  if (m[4]) n /= 100;
  return negative ? -n : n;
}

function typedDate(text: string): number | undefined {
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (m) return serial(Number(m[1]), Number(m[2]), Number(m[3]));
  // month-day or month/day, with an optional year: "3-4", "3/4/2024" (en-US order).
  m = /^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{2}|\d{4}))?$/.exec(text);
  if (m) {
    const year = m[3] === undefined ? TYPED_DATE_YEAR : m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    return serial(year, Number(m[1]), Number(m[2]));
  }
  m = /^(\d{1,2})[- ]([a-z]{3})[a-z]*(?:[- ](\d{4}))?$/i.exec(text);
  if (m) {
    const month = MONTHS.indexOf((m[2] as string).toLowerCase()) + 1;
    return month === 0 ? undefined : serial(m[3] === undefined ? TYPED_DATE_YEAR : Number(m[3]), month, Number(m[1]));
  }
  m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/.exec(text);
  if (m && Number(m[1]) < 24 && Number(m[2]) < 60) return (Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3] ?? 0)) / 86_400;
  return undefined;
}

/** How Excel stores a value written to a cell with the given number format. */
export function typedInput(value: unknown, numberFormat: string | undefined): Stored | null {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value !== "string") return { value: value as number | boolean };
  // A leading apostrophe makes the rest text and is not part of the value (in any format).
  if (value.startsWith("'")) return { value: value.slice(1) };
  if (numberFormat === "@") return { value };
  if (value.startsWith("=")) return { formula: value };
  const text = value.trim();
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { value: upper === "TRUE" };
  const number = typedNumber(text);
  if (number !== undefined) return { value: number };
  const date = typedDate(text);
  if (date !== undefined) return { value: date };
  // "+x", "-x" and "@x" are read as formulas (PLATFORM.md: the writer must escape them).
  if (/^[+\-@]/.test(value)) return { formula: `=${value.slice(1)}` };
  return { value };
}
