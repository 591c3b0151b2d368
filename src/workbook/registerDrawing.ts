// What a register plan draws on the register's sheet (appended headers, the table's new extent,
// one formula per computed column, conditional formats, dropdowns), in sheet coordinates. Pure.

import { columnLetters } from "./references";
import type { CellStyle, StyleName, ValidationList } from "./description";
import { STYLES } from "./description";
import { computedHeader } from "./headers";
import type { InputRole, RegisterInput } from "./inputs";
import { dropdownOf, INPUT_COLUMNS, rowFormats } from "./registerColumns";
import { rulesLayout } from "./rulesSheet";
import type { Rules } from "../core";
import type { RowColumns } from "./formulas";
import type { RegisterPrint } from "./print";
import type { ColumnsPlan, ComputedPosition, Rect, RegisterLocation } from "./registerPlan";
import { inputHeader } from "./sheetWords";

/** Everything drawn on the register's sheet, in sheet coordinates. */
export interface RegisterDrawing {
  /** Appended headers (none when the columns exist). */
  readonly headers: { readonly row: number; readonly left: number; readonly values: readonly string[]; readonly widths: readonly number[] } | null;
  /** The table's new extent when the appended columns join it. */
  readonly tableRect: Rect | null;
  readonly firstRow: number;
  readonly lastRow: number;
  /** One formula per computed column: R1C1 (the same text for every row) and A1 (the first row's). */
  readonly formulas: readonly { readonly role: string; readonly at: number; readonly r1c1: string; readonly a1: string }[];
  readonly conditionalFormats: { readonly rect: Rect; readonly rules: readonly { readonly formula: string; readonly style: CellStyle; readonly styleName: StyleName }[] };
  readonly validation: readonly { readonly rect: Rect; readonly list: ValidationList; readonly title: string }[];
  /**
   * How the register prints: landscape, one page wide, its header row repeated on every page, the
   * columns left..right (the rule key, a helper, stays out when it is the last column); the print
   * area's last row is the register's last row in use, which only the renderer knows.
   */
  readonly print: RegisterPrint;
  /** The computed column whose long text wraps (Why). */
  readonly wrapColumn: number | null;
}

function rowColumnsOf(loc: RegisterLocation, computed: readonly ComputedPosition[]): RowColumns {
  const inputs = loc.inputs;
  return {
    inputs: { drawingsComplete: inputs.drawingsComplete as number, hasRequirements: inputs.hasRequirements as number, complexity: inputs.complexity as number, chosenModel: inputs.chosenModel as number },
    key: computed.find((c) => c.column.role === "key")?.at as number,
    recommended: computed.find((c) => c.column.role === "recommended")?.at,
    supplier: inputs.supplier,
  };
}

/**
 * What to write for rows firstRow..lastRow of a located register with its computed columns, judged
 * by a rulebook. Drawing only the `extent` (a reading that writes nothing, a rollup's): the rows,
 * the headers and the table's extent, no formulas, formats or dropdowns.
 */
export function planDrawing(loc: RegisterLocation, columns: ColumnsPlan, rules: Rules, lastRow = loc.lastRow, draws: "all" | "extent" = "all"): RegisterDrawing {
  const firstRow = loc.headerRow + 1;
  const last = Math.max(lastRow, firstRow);
  const { computed } = columns;
  const rc = rowColumnsOf(loc, computed);
  const layout = rulesLayout(rules);
  const left = Math.min(...computed.map((c) => c.at));
  const right = Math.max(...computed.map((c) => c.at));
  const keyAt = computed.find((c) => c.column.role === "key")?.at ?? -1;
  const all = draws === "all";
  const placed = computed.map((c) => ({ column: c.column, letter: columnLetters(c.at) }));
  const styled = all ? rowFormats(placed, firstRow, rules.locale).map((f) => ({ formula: f.formula, style: STYLES[f.style], styleName: f.style })) : [];
  return {
    headers: columns.appendBlock === null ? null : { row: loc.headerRow, left, values: computed.map((c) => computedHeader(c.column, loc.own, rules.locale.tag)), widths: computed.map((c) => c.column.width) },
    tableRect: columns.appendBlock !== null && loc.table !== null ? { top: loc.headerRow, left: loc.left, bottom: loc.lastRow + loc.totalsRows, right } : null,
    firstRow,
    lastRow: last,
    formulas: !all ? [] : computed.map(({ column, at }) => ({
      role: column.role,
      at,
      r1c1: column.formula?.(rc, { kind: "R1C1" }, layout) as string,
      a1: column.formula?.(rc, { kind: "A1", row: firstRow }, layout) as string,
    })),
    conditionalFormats: { rect: { top: firstRow, left, bottom: last, right }, rules: styled },
    print: { titleRow: loc.headerRow, left: loc.left, right: keyAt === Math.max(loc.right, right) ? keyAt - 1 : Math.max(loc.right, right) },
    wrapColumn: computed.find((c) => c.column.role === "why")?.at ?? null,
    validation: all && loc.own
      ? INPUT_COLUMNS.flatMap((c) => {
          const at = loc.inputs[c.role as InputRole];
          return c.dropdown === undefined || at === undefined ? [] : [{ rect: { top: firstRow, left: at, bottom: last, right: at }, list: dropdownOf(rules, c.role as RegisterInput), title: inputHeader(c.role as InputRole, rules.locale.tag) }];
        })
      : [],
  };
}
