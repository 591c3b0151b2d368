// How the add-in's sheets print, decided once for Excel (Office.js pageLayout) and for files
// (pageSetup and the _xlnm print names): landscape or portrait, one page wide and as many pages
// tall as it takes, the header rows repeated, and a register's print area its rows in use.

import { rectOfA1 } from "./references";
import type { Rect } from "./references";

export interface PrintSetup {
  readonly orientation: "landscape" | "portrait";
  /** Rows repeated at the top of every page (first..last), or none. */
  readonly titleRows: { readonly first: number; readonly last: number } | null;
}

/** Where a register's print area starts and which columns it covers (the rule key left out). */
export interface RegisterPrint {
  readonly titleRow: number;
  readonly left: number;
  readonly right: number;
}

/** A register prints landscape (its columns are many and wide), its header row on every page. */
export const registerPageSetup = (print: RegisterPrint): PrintSetup => ({ orientation: "landscape", titleRows: { first: print.titleRow, last: print.titleRow } });

/**
 * The print area to set on a register's sheet, or null to leave the sheet's as it is: none while
 * no row below the header is in use (it would stop at the header row); none over an area the
 * analyst set (another start or other columns: theirs); else the header row to the last row in
 * use, so an area an earlier check set grows with the register.
 */
export function registerPrintArea(print: RegisterPrint, lastRowInUse: number, existing: Rect | null): Rect | null {
  if (lastRowInUse <= print.titleRow) return null;
  if (existing !== null && (existing.top !== print.titleRow || existing.left !== print.left || existing.right !== print.right)) return null;
  return { top: print.titleRow, left: print.left, bottom: lastRowInUse, right: print.right };
}

/**
 * A print area's one rectangle, from Excel's address ("Sheet1!A3:K13", "'Q3 review'!$A$3:$K$13")
 * or a file's defined name; null when it has several areas, or is not a block of cells. Areas
 * are separated by `,`, or by the display language's list separator in some API paths (`;` in
 * German Excel: office-js #1167, #1985); neither can stand in an unquoted sheet name.
 */
export function singleArea(address: string): Rect | null {
  const unquoted = address.replace(/'(?:[^']|'')*'/g, "S");
  if (/[,;]/.test(unquoted)) return null;
  return rectOfA1(unquoted.slice(unquoted.lastIndexOf("!") + 1));
}

/** The rectangle an existing print area is compared as: an unreadable one is the analyst's. */
export const existingArea = (address: string | null): Rect | null =>
  address === null ? null : singleArea(address) ?? { top: 0, left: 0, bottom: 0, right: 0 };
