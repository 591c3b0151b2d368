// A1 references in part XML: "B3", "A3:L6", "$A$1:$C$9", and sqref lists ("A1:A9 C1:C9").

import { columnLetters, rectOfA1 } from "../workbook";
import type { Rect } from "../workbook";

export const parseRect = rectOfA1;

export const rectText = (r: Rect): string =>
  r.top === r.bottom && r.left === r.right ? `${columnLetters(r.left)}${r.top}` : `${columnLetters(r.left)}${r.top}:${columnLetters(r.right)}${r.bottom}`;

export const sqrefRects = (sqref: string): Rect[] => sqref.split(/\s+/).flatMap((s) => parseRect(s) ?? []);

export const intersects = (a: Rect, b: Rect): boolean => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
