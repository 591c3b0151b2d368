// The rules sheet the register's formulas read: a rulebook's expanded decision table and its
// spellings as two Excel tables, and where on the sheet the formulas find them.

import type { Rules } from "../core";
import type { SheetDescription } from "./description";
import { absoluteRange } from "./references";
import { appliedBlocks, editsCell } from "./rulesApplied";
import type { Notation } from "./references";
import { decisionTable, identityBlocks, spellingsTable } from "./rulebookLayout";
import { RULES_HEADERS, ruleTables, SPELLINGS_HEADERS } from "./rules";
import { RULES_SHEET, RULES_TABLE, SPELLINGS_TABLE } from "./sheetNames";
import { sheetWords } from "./sheetWords";

const RULES_TOP = 4;
const SPELLINGS_COLUMN = RULES_HEADERS.length + 2;

/** Where the formulas find a rulebook's tables (absolute ranges on the rules sheet), and the rulebook. */
export interface RulesLayout {
  readonly rules: Rules;
  keys(n: Notation): string;
  column(header: (typeof RULES_HEADERS)[number], n: Notation): string;
  spellingKeys(n: Notation): string;
  spellingCodes(n: Notation): string;
  /** The count of edits to the team's tables not applied yet (0: the formulas apply them). */
  edits(n: Notation): string;
}

const dataRows = (count: number) => ({ top: RULES_TOP + 1, bottom: RULES_TOP + count });

/** Where the formulas find a rulebook's tables on the rules sheet. */
export function rulesLayout(rules: Rules): RulesLayout {
  const tables = ruleTables(rules);
  const layout: RulesLayout = {
    rules,
    keys: (n) => layout.column("Key", n),
    column: (header, n) => {
      const column = RULES_HEADERS.indexOf(header) + 1;
      const { top, bottom } = dataRows(tables.rules.length);
      return absoluteRange(RULES_SHEET, { row: top, column }, { row: bottom, column }, n);
    },
    spellingKeys: (n) => {
      const { top, bottom } = dataRows(tables.spellings.length);
      return absoluteRange(RULES_SHEET, { row: top, column: SPELLINGS_COLUMN }, { row: bottom, column: SPELLINGS_COLUMN }, n);
    },
    spellingCodes: (n) => {
      const { top, bottom } = dataRows(tables.spellings.length);
      const column = SPELLINGS_COLUMN + 1;
      return absoluteRange(RULES_SHEET, { row: top, column }, { row: bottom, column }, n);
    },
    edits: editsCell,
  };
  return layout;
}

export const RULES_VERSION_CELL = { row: 2, column: 2 } as const;

/**
 * The rules sheet: the rulebook's name, version and decision table (the team's to edit), and the
 * lookup and spellings tables generated from it, which the register's formulas read.
 */
export function rulesSheet(rules: Rules): SheetDescription {
  const tables = ruleTables(rules);
  const applied = appliedBlocks(rules);
  const grid = applied[applied.length - 1]?.values[0]?.length ?? 0;
  const words = sheetWords(rules.locale.tag);
  return {
    name: RULES_SHEET,
    blocks: [
      {
        at: { row: 1, column: 1 },
        values: [[words.rulesNote]],
        styles: [["title"]],
      },
      { at: { row: 2, column: 1 }, values: [[words.rulesLabels.stamp, tables.version]], styles: [["note", "note"]] },
      ...identityBlocks(rules),
      ...applied,
    ],
    tables: [
      { name: RULES_TABLE, at: { row: RULES_TOP, column: 1 }, headers: RULES_HEADERS, rows: tables.rules, style: "TableStyleLight9" },
      {
        name: SPELLINGS_TABLE,
        at: { row: RULES_TOP, column: SPELLINGS_COLUMN },
        headers: SPELLINGS_HEADERS,
        rows: tables.spellings,
        style: "TableStyleLight9",
      },
      decisionTable(rules),
      spellingsTable(rules),
    ],
    columnWidths: [12, 18, 21, 12, 14, 22, 19, 13, 80, 3, 14, 8, 3, 18, 21, 12, 22, 19, ...rules.models.map(() => 10), 60, ...rules.models.map(() => 40), 3, 14, 22, 3, 3, ...Array.from({ length: grid }, () => 4)],
    freezeRows: RULES_TOP,
    freezeColumns: 0,
  };
}
