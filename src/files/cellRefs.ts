// A1 references in part XML: "B3", "A3:L6", "$A$1:$C$9", and sqref lists ("A1:A9 C1:C9").

import { columnLetters, columnNumber } from "../workbook";
import type { Rect } from "../workbook";

export function parseRect(ref: string): Rect | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const a = { column: columnNumber((m[1] as string).toUpperCase()), row: Number(m[2]) };
  const b = { column: columnNumber((m[3] ?? m[1] as string).toUpperCase()), row: Number(m[4] ?? m[2]) };
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
}

export const rectText = (r: Rect): string =>
  r.top === r.bottom && r.left === r.right ? `${columnLetters(r.left)}${r.top}` : `${columnLetters(r.left)}${r.top}:${columnLetters(r.right)}${r.bottom}`;

export const sqrefRects = (sqref: string): Rect[] => sqref.split(/\s+/).flatMap((s) => parseRect(s) ?? []);

export const intersects = (a: Rect, b: Rect): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
