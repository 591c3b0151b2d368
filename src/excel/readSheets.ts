// The sheets a register's formulas read, the rules and the suppliers list: looked up with the
// register, and added when the workbook lacks them. An existing one is never written here.

import type { Language, Rules } from "../core";
import { RULES_SHEET, rulesSheet, SUPPLIERS_SHEET, SUPPLIERS_TABLE, suppliersSheet } from "../workbook";
import { queueSheet } from "./render";

/** Queues the rules sheet the register formulas read when the workbook lacks it; true if it did. */
export function queueRulesIfMissing(context: Excel.RequestContext, sheet: Excel.Worksheet, rules: Rules): boolean {
  if (!sheet.isNullObject) return false;
  queueSheet(context.workbook.worksheets.add(RULES_SHEET), rulesSheet(rules));
  return true;
}

/** The suppliers sheet and whether its table's name is taken (read in the plan's first syncs). */
export interface SuppliersLookup {
  readonly sheet: Excel.Worksheet;
  readonly table: Excel.Table;
}

export const lookupSuppliers = (context: Excel.RequestContext): SuppliersLookup => ({
  sheet: context.workbook.worksheets.getItemOrNullObject(SUPPLIERS_SHEET),
  table: context.workbook.tables.getItemOrNullObject(SUPPLIERS_TABLE),
});

/**
 * Queues the empty suppliers sheet the supplier-fit formulas read when the workbook has none
 * (its table left out when another sheet's table has the name); an existing one is the
 * analysts' and is never written. True if it did.
 */
export function queueSuppliersIfMissing(context: Excel.RequestContext, suppliers: SuppliersLookup, language: Language = "en"): boolean {
  if (!suppliers.sheet.isNullObject) return false;
  queueSheet(context.workbook.worksheets.add(SUPPLIERS_SHEET), suppliersSheet(suppliers.table.isNullObject, language));
  return true;
}
