// Cell references in the two notations the writers need: A1 for engines that evaluate one row
// (HyperFormula, files), R1C1 so Excel receives one identical formula for a whole column.

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

function quoteSheet(sheet: string): string {
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

/** "B3" for row 3, column 2. */
export function a1(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

export function rangeA1(top: number, left: number, bottom: number, right: number): string {
  return `${a1(top, left)}:${a1(bottom, right)}`;
}
