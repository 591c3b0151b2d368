// A worksheet's values by cell, read by the product's own cell reader (cells.ts): cells without a
// reference take the next column, as Excel reads them. For comparing sheets that differ only in
// how their XML is written.

import { cellValue, parseCells } from "../../src/files/cells";

/** Every non-empty cell's value, keyed "row:column" (shared strings from `sharedStrings`). */
export function sheetValues(xml: string, sharedStrings: readonly string[] = []): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const match of xml.matchAll(/<row\b[^>]*?\br="(\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g)) {
    for (const cell of parseCells(match[0], "")) {
      const value = cellValue(cell, sharedStrings);
      if (value !== "") values.set(`${match[1]}:${cell.column}`, value);
    }
  }
  return values;
}
