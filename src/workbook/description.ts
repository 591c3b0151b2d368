// What a workbook should contain, as plain data: sheets, blocks of cells, tables, styles,
// validation lists and conditional formats. Rendered by Office.js (src/excel) and by the package
// writer (src/files/newWorkbook.ts).

import type { PrintSetup } from "./print";

export type CellValue = string | number | boolean;

/** Named styles, so renderers map each once and tests read names instead of colours. */
export const STYLES = {
  title: { bold: true, fontSize: 14 },
  note: { italic: true, fontColor: "#595959" },
  // Headers do not wrap: a wrapped header in a one-line row spills over the first data row in
  // print; the columns are wide enough for their headers instead.
  header: { bold: true, fill: "#1F4E79", fontColor: "#FFFFFF" },
  section: { bold: true, fill: "#D9E1F2", fontColor: "#1F1F1F" },
  text: { wrap: true },
  primary: { fill: "#C6EFCE", fontColor: "#006100", bold: true, horizontal: "Center" },
  conditional: { fill: "#FFEB9C", fontColor: "#9C5700", bold: true, horizontal: "Center" },
  notApplicable: { fill: "#EDEDED", fontColor: "#595959", horizontal: "Center" },
  centered: { horizontal: "Center" },
  mismatchRow: { fill: "#FFC7CE", fontColor: "#9C0006" },
  conditionalRow: { fill: "#FFEB9C", fontColor: "#9C5700" },
} as const satisfies Record<string, CellStyle>;

export type StyleName = keyof typeof STYLES;

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  readonly fill?: string;
  readonly fontColor?: string;
  readonly wrap?: boolean;
  readonly horizontal?: "Left" | "Center" | "Right";
}

export interface Position {
  readonly row: number;
  readonly column: number;
}

/** A rectangle of values written at a position; styles per cell (or none). */
export interface Block {
  readonly at: Position;
  readonly values: readonly (readonly CellValue[])[];
  /**
   * When given, every cell of the block is a formula (A1, English, "=" first) and `values` holds
   * what each gives (a file's cached values).
   */
  readonly formulas?: readonly (readonly string[])[];
  readonly styles?: readonly (readonly (StyleName | null)[])[];
}

export interface TableDescription {
  readonly name: string;
  readonly at: Position;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** Data rows a file's writer streams in after `rows` (then empty): a portfolio's problem rows, any number of them. */
  readonly streamedRows?: number;
  readonly style: string;
}

export interface SheetDescription {
  readonly name: string;
  readonly blocks: readonly Block[];
  readonly tables: readonly TableDescription[];
  /** Widths in characters of the default font, from column 1. */
  readonly columnWidths: readonly number[];
  readonly freezeRows: number;
  readonly freezeColumns: number;
  /** How the sheet prints; none leaves Excel's defaults. */
  readonly print?: PrintSetup;
}

export interface ValidationList {
  readonly values: readonly string[];
  readonly prompt: string;
}

export interface ConditionalFormat {
  /** A formula relative to the top-left cell of the range it is applied to (A1, English). */
  readonly formula: string;
  readonly style: StyleName;
}
