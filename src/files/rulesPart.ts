// The rules sheet the register's formulas read: read for the rulebook it holds, added after the
// last sheet, or written again in its own parts when an earlier audit (or the add-in) put it
// there. Its tables keep their part names and ids when they exist; table names stay unique.

import type { Rules } from "../core";
import { ALSO_ACCEPTED_TABLE, DECISIONS_TABLE, EDITS_CELL, RULEBOOK_LANGUAGE_CELL, RULEBOOK_LEVELS_CELL, RULEBOOK_NAME_CELL, RULEBOOK_VERSION_CELL, RULES_SHEET, RULES_TABLE, RULES_VERSION_CELL, rulesSheet } from "../workbook";
import type { RulesSheetCells } from "../workbook";
import { UnusableFileError } from "./inspect";
import { newWorkbook, writeSheet } from "./newWorkbook";
import type { Package } from "./opc";
import type { StyleBook } from "./styles";
import { line } from "./view";
import type { SheetScan } from "./view";
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

/** What the rules sheet holds, from the view's scan (which keeps its tables' rows); null without the sheet. */
export function rulesSheetCells(info: WorkbookInfo, scans: ReadonlyMap<string, SheetScan>): RulesSheetCells | null {
  const sheet = info.sheets.find((s) => same(s.name, RULES_SHEET));
  const scan = sheet === undefined ? undefined : scans.get(sheet.name);
  if (sheet === undefined || scan === undefined) return null;
  const cell = (p: { row: number; column: number }) => scan.rows.get(p.row)?.get(p.column) ?? "";
  const table = (name: string) => info.tables.find((t) => same(t.sheet, sheet.name) && same(t.name, name));
  const body = (t: NonNullable<ReturnType<typeof table>>) => {
    const rows: unknown[][] = [];
    for (let row = t.rect.top + t.headerRows; row <= t.rect.bottom - t.totalsRows; row++) rows.push(line(scan, row, t.rect.left, t.rect.right));
    return rows;
  };
  const decisions = table(DECISIONS_TABLE);
  const also = table(ALSO_ACCEPTED_TABLE);
  const lookup = table(RULES_TABLE);
  return {
    decisions:
      decisions === undefined
        ? null
        : {
            name: cell(RULEBOOK_NAME_CELL),
            version: cell(RULEBOOK_VERSION_CELL),
            levels: cell(RULEBOOK_LEVELS_CELL),
            language: cell(RULEBOOK_LANGUAGE_CELL),
            at: { row: decisions.rect.top, column: decisions.rect.left },
            header: line(scan, decisions.rect.top, decisions.rect.left, decisions.rect.right),
            rows: body(decisions),
            ...(also === undefined ? {} : { spellings: { at: { row: also.rect.top, column: also.rect.left }, rows: body(also) } }),
          },
    stamp: cell(RULES_VERSION_CELL),
    edits: cell(EDITS_CELL),
    lookup: lookup === undefined ? null : body(lookup),
  };
}

/** A workbook holding only a rulebook's rules sheet: what `rules export` writes and `audit --rules` reads. */
export const rulesWorkbook = (rules: Rules): Buffer => newWorkbook([rulesSheet(rules)]).pkg.save();
