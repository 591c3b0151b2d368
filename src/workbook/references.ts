// Cell references in the two notations the writers need: A1 for engines that evaluate one row
// (HyperFormula, files), R1C1 so Excel receives one identical formula for a whole column.

/** A block of cells, 1-based and inclusive. */
export interface Rect {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export type Notation = { readonly kind: "A1"; readonly row: number } | { readonly kind: "R1C1" };

export function columnLetters(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** The cell in the same row as the formula, in a fixed column. */
export function sameRow(column: number, notation: Notation): string {
  return notation.kind === "A1" ? `$${columnLetters(column)}${notation.row}` : `RC${column}`;
}

/** A sheet's name as a reference writes it: in quotes, a quote in it doubled ('Q3 review', 'Kim''s'). */
export function quoteSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** An absolute range on another sheet (1-based, inclusive). */
export function absoluteRange(
  sheet: string,
  from: { row: number; column: number },
  to: { row: number; column: number },
  notation: Notation,
): string {
  const body =
    notation.kind === "A1"
      ? `$${columnLetters(from.column)}$${from.row}:$${columnLetters(to.column)}$${to.row}`
      : `R${from.row}C${from.column}:R${to.row}C${to.column}`;
  return `${quoteSheet(sheet)}!${body}`;
}

/** An absolute cell on another sheet: 'MFG Rules'!$B$3, or R3C2. */
export function absoluteCell(sheet: string, at: { row: number; column: number }, notation: Notation): string {
  const body = notation.kind === "A1" ? `$${columnLetters(at.column)}$${at.row}` : `R${at.row}C${at.column}`;
  return `${quoteSheet(sheet)}!${body}`;
}

/** "B3" for row 3, column 2. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}

/** "B3", "A3:L6" or "$A$1:$C$9" (any case) as a rectangle; null for anything else. */
export function rectOfA1(ref: string): { top: number; left: number; bottom: number; right: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const a = { column: columnNumber(m[1] as string), row: Number(m[2]) };
  const b = { column: columnNumber((m[3] ?? m[1]) as string), row: Number(m[4] ?? m[2]) };
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}
