// The suppliers sheet in a file: read for the supplier-fit column's cached values, and added empty
// when the workbook has none (the formulas read it). It is the analysts' own list: once there, the
// audit never writes it again.

import { NO_SUPPLIERS, supplierIndex } from "../core";
import type { Language, SupplierIndex } from "../core";
import { SUPPLIER_ROWS, SUPPLIERS_SHEET, SUPPLIERS_TABLE, suppliersSheet } from "../workbook";
import { cellValue, parseCells } from "./cells";
import { writeSheet } from "./newWorkbook";
import type { Package } from "./opc";
import { scanSheet } from "./sheetStream";
import type { StyleBook } from "./styles";
import { sameName as same } from "./workbookPart";
import type { WorkbookInfo } from "./workbookPart";

/** The suppliers the formulas find; none when the workbook has no suppliers sheet. */
export async function readSuppliers(pkg: Package, info: WorkbookInfo, sharedStrings: readonly string[]): Promise<SupplierIndex> {
  const part = info.sheets.find((s) => same(s.name, SUPPLIERS_SHEET))?.part;
  const entry = part === undefined ? undefined : pkg.entry(part);
  if (entry === undefined) return NO_SUPPLIERS;
  const rows: [unknown, unknown][] = [];
  let prefix = "";
  await scanSheet(entry, {
    head: (_, p) => {
      prefix = p;
    },
    row: (row, text) => {
      if (row < SUPPLIER_ROWS.first || row > SUPPLIER_ROWS.last) return;
      const pair: [unknown, unknown] = ["", ""];
      for (const cell of parseCells(text, prefix)) {
        if (cell.column > 2) continue;
        pair[cell.column - 1] = cellValue(cell, sharedStrings);
      }
      rows.push(pair);
    },
  });
  return supplierIndex(rows);
}

/**
 * Adds the empty suppliers sheet after the last sheet, when no sheet has its name; without its
 * table when another sheet's table has the table's name (suppliersSheet).
 */
export function addSuppliersSheet(pkg: Package, info: WorkbookInfo, styles: StyleBook, language: Language = "en"): void {
  if (info.sheets.some((s) => same(s.name, SUPPLIERS_SHEET))) return;
  const description = suppliersSheet(!info.tables.some((x) => same(x.name, SUPPLIERS_TABLE)), language);
  writeSheet(pkg, info, styles, description);
}
