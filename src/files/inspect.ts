// Is a file an .xlsx at all? Refuses, with a sentence, what is not a zip package: an empty file,
// text, an encrypted (password-protected) workbook or an old binary .xls.

import type { RegisterProblem } from "../workbook";

export class UnusableFileError extends Error {
  /** `problem`: the register problem behind it, when a register was not found or not checkable. */
  constructor(
    message: string,
    readonly problem?: RegisterProblem,
  ) {
    super(message);
    this.name = "UnusableFileError";
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (data: Uint8Array, signature: number[]) => signature.every((b, i) => data[i] === b);

export function inspectXlsx(data: Uint8Array, name: string): void {
  if (data.length === 0) throw new UnusableFileError(`${name}: the file is empty.`);
  // Excel stores a password-protected workbook as an OLE compound file holding the encrypted package.
  if (startsWith(data, OLE_SIGNATURE)) {
    throw new UnusableFileError(`${name}: the file is password-protected (encrypted) or an old .xls workbook; save it from Excel as an unprotected .xlsx.`);
  }
  if (!startsWith(data, ZIP_SIGNATURE)) throw new UnusableFileError(`${name}: not an .xlsx workbook (an .xlsx is a zip archive; this file is not).`);
}
