// Core issues as Excel errors: empty → #N/A, bad value or shape → #VALUE!, each with a message.

import { issueMessage } from "../core";
import type { CellIssue } from "../core";

/** Issues are shared immutable objects, so each one's Excel error is built once. */
const errors = new WeakMap<CellIssue, CustomFunctions.Error>();

export function excelError(issue: CellIssue): CustomFunctions.Error {
  let error = errors.get(issue);
  if (error === undefined) {
    const code = issue.code === "empty" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    error = new CustomFunctions.Error(code, issueMessage(issue));
    errors.set(issue, error);
  }
  return error;
}

export function invalidValue(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}
