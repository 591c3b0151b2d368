// Core issues as Excel errors: empty → #N/A, bad value or shape → #VALUE!, each with a message.

import { EN } from "../core";
import type { CellIssue } from "../core";

/** Issues are shared immutable objects, so each one's Excel error is built once. */
const errors = new WeakMap<CellIssue, CustomFunctions.Error>();

/** `zeros`: the empty arguments that arrived as the number 0 (see cellsIn.ts); the message says so. */
export function excelError(issue: CellIssue, zeros: readonly string[] = []): CustomFunctions.Error {
  if (zeros.length > 0) {
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, `${EN.issueMessage(issue)} ${EN.zeroNote(zeros)}`);
  }
  let error = errors.get(issue);
  if (error === undefined) {
    const code = issue.code === "empty" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    error = new CustomFunctions.Error(code, EN.issueMessage(issue));
    errors.set(issue, error);
  }
  return error;
}

export function invalidValue(message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}
