// The rules sheet the register's formulas read: added after the last sheet, or written again in
// its own parts when an earlier audit (or the add-in) put it there. Its two tables keep their
// part names and ids when they exist; table names stay unique in the workbook.

import type { Rules } from "../core";
import { RULES_SHEET, rulesSheet } from "../workbook";
import { UnusableFileError } from "./inspect";
import { REL } from "./opc";
import type { Package } from "./opc";
import { sheetXml, tableRect } from "./sheetWriter";
import type { StyleBook } from "./styles";
import { addWorksheet, nextTableId, putTablePart, sameName as same } from "./workbookPart";
import type { TablePart, WorkbookInfo } from "./workbookPart";

/** Writes the rules sheet; returns the workbook's info with it (a sheet added later takes the next ids). */
export function writeRulesSheet(pkg: Package, info: WorkbookInfo, styles: StyleBook, file: string, rules: Rules): WorkbookInfo {
  const description = rulesSheet(rules);
  const existing = info.sheets.find((s) => same(s.name, RULES_SHEET));
  if (existing !== undefined && existing.part === undefined) {
    throw new UnusableFileError(`${file}: the sheet "${existing.name}" is not a worksheet; the audit writes its rules there. Rename that sheet, then audit again.`);
  }
  for (const t of description.tables) {
    const clash = info.tables.find((x) => same(x.name, t.name) && !same(x.sheet, RULES_SHEET));
    if (clash) throw new UnusableFileError(`${file}: a table named "${clash.name}" is on sheet "${clash.sheet}"; the audit's rules table has that name. Rename that table, then audit again.`);
  }
  const part = existing?.part ?? addWorksheet(pkg, info, RULES_SHEET);
  const old = info.tables.filter((t) => existing !== undefined && t.sheet === existing.name);
  let nextId = nextTableId(info);
  const added: TablePart[] = [];
  const rels = description.tables.map((t, i) => {
    const reused = old.find((x) => same(x.name, t.name));
    const id = reused?.id ?? nextId++;
    const tablePart = putTablePart(pkg, part, t, id, reused?.part);
    if (reused === undefined) added.push({ part: tablePart, sheet: RULES_SHEET, id, name: t.name, rect: tableRect(t), headerRows: 1, totalsRows: 0 });
    return { id: `rId${i + 1}`, type: REL.table, part: tablePart };
  });
  pkg.setRelationships(part, rels);
  pkg.put(part, Buffer.from(sheetXml(description, styles, rels.map((r) => r.id)), "utf8"));
  const sheets = existing !== undefined ? info.sheets : [...info.sheets, { name: RULES_SHEET, sheetId: Math.max(0, ...info.sheets.map((s) => s.sheetId).filter(Number.isFinite)) + 1, relId: "", part }];
  return { ...info, sheets, tables: [...info.tables, ...added] };
}
