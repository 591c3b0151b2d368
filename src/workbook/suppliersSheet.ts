// The suppliers sheet: the analysts' own list (supplier, the models it offers, notes) that the
// Supplier offers column looks a row's supplier up in, and where the formulas find it.

import type { SheetDescription } from "./description";
import type { SuppliersLayout } from "./formulas";
import { absoluteRange } from "./references";
import { SUPPLIERS_SHEET, SUPPLIERS_TABLE } from "./sheetNames";
import { sheetWords } from "./sheetWords";
import type { Language } from "../core";

const SUPPLIERS_TOP = 3;
/** The suppliers the formulas look up: the table's rows, up to this many. */
export const MAX_SUPPLIERS = 2000;

export const SUPPLIERS_LAYOUT: SuppliersLayout = {
  names: (n) => absoluteRange(SUPPLIERS_SHEET, { row: SUPPLIERS_TOP + 1, column: 1 }, { row: SUPPLIERS_TOP + MAX_SUPPLIERS, column: 1 }, n),
  offered: (n) => absoluteRange(SUPPLIERS_SHEET, { row: SUPPLIERS_TOP + 1, column: 2 }, { row: SUPPLIERS_TOP + MAX_SUPPLIERS, column: 2 }, n),
};

/** Where the suppliers table's rows are read from (sheet rows, 1-based, inclusive; columns A and B). */
export const SUPPLIER_ROWS = { first: SUPPLIERS_TOP + 1, last: SUPPLIERS_TOP + MAX_SUPPLIERS } as const;

/**
 * The suppliers sheet the supplier-fit formulas read, added empty when a workbook has none: the
 * analysts' own list (supplier, the models it offers, notes). The add-in never rewrites it.
 * Without `table` (another sheet's table has the name: table names are unique in a workbook) its
 * headers are plain header cells; the formulas read the cells, not the table.
 */
export function suppliersSheet(table = true, language: Language = "en"): SheetDescription {
  const at = { row: SUPPLIERS_TOP, column: 1 };
  const words = sheetWords(language).suppliers;
  const headers = [...words.headers];
  return {
    name: SUPPLIERS_SHEET,
    blocks: [
      { at: { row: 1, column: 1 }, values: [[words.title]], styles: [["title"]] },
      { at: { row: 2, column: 1 }, values: [[words.note(MAX_SUPPLIERS)]], styles: [["note"]] },
      ...(table ? [] : [{ at, values: [headers], styles: [headers.map(() => "header" as const)] }]),
    ],
    tables: table ? [{ name: SUPPLIERS_TABLE, at, headers, rows: [["", "", ""]], style: "TableStyleMedium2" }] : [],
    columnWidths: [28, 18, 60],
    freezeRows: SUPPLIERS_TOP,
    freezeColumns: 0,
  };
}
