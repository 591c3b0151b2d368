// The rules sheet the register's formulas read: added after the last sheet, or written again in
// its own parts when an earlier audit (or the add-in) put it there. Its two tables keep their
// part names and ids when they exist; table names stay unique in the workbook.

import type { Rules } from "../core";
import { RULES_SHEET, rulesSheet } from "../workbook";
import { UnusableFileError } from "./inspect";
import { writeSheet } from "./newWorkbook";
import type { Package } from "./opc";
import type { StyleBook } from "./styles";
import { sameName as same } from "./workbookPart";
import type { WorkbookInfo } from "./workbookPart";

/** Writes the rules sheet; returns the workbook's info with it (a sheet added later takes the next ids). */
export function writeRulesSheet(pkg: Package, info: WorkbookInfo, styles: StyleBook, file: string, rules: Rules): WorkbookInfo {
  const description = rulesSheet(rules);
  const existing = info.sheets.find((s) => same(s.name, RULES_SHEET));
  if (existing !== undefined && existing.part === undefined) {
    throw new UnusableFileError(file, { code: "rules_sheet_not_worksheet", sheet: existing.name });
  }
  for (const t of description.tables) {
    const clash = info.tables.find((x) => same(x.name, t.name) && !same(x.sheet, RULES_SHEET));
    if (clash) throw new UnusableFileError(file, { code: "rules_table_taken", table: clash.name, sheet: clash.sheet });
  }
  const replacing = existing?.part === undefined ? undefined : { part: existing.part, tables: info.tables.filter((t) => t.sheet === existing.name) };
  return writeSheet(pkg, info, styles, description, replacing);
}
