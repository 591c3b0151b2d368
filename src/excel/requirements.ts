// Which Excel JavaScript API version each operation needs, checked before it starts, with words
// an analyst can act on instead of a failure halfway through.

import { WorkbookError } from "./workbookProblems";
import type { Operation } from "./workbookProblems";

export { WorkbookError } from "./workbookProblems";

/** ExcelApi 1.13 brings Table.resize (computed columns appended to a table; also covers Range.getTables 1.9, getActiveCell 1.7); 1.8 data validation. */
export const REGISTER_API = "1.13";
export const MATRIX_API = "1.8";
/** Worksheet.pageLayout (orientation, fit to pages, print area and titles). */
export const PAGE_LAYOUT_API = "1.9";

export const supportsExcelApi = (version: string): boolean =>
  typeof Office !== "undefined" && Office.context?.requirements?.isSetSupported("ExcelApi", version) === true;

export function requireExcelApi(version: string, operation: Operation): void {
  if (!supportsExcelApi(version)) throw new WorkbookError({ code: "api_unsupported", operation, version });
}
