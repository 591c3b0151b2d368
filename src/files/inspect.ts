// Is a file an .xlsx at all? Refuses, with a sentence, what is not a zip package: an empty file,
// text, an encrypted (password-protected) workbook or an old binary .xls.

import type { FileProblem } from "./fileProblems";
import { fileProblemText } from "./fileWords";

/** A file a command cannot use: its problem as a code, its message the English sentence naming the file. */
export class UnusableFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: FileProblem,
  ) {
    super(fileProblemText(file, problem));
    this.name = "UnusableFileError";
  }
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (data: Uint8Array, signature: number[]) => signature.every((b, i) => data[i] === b);

export function inspectXlsx(data: Uint8Array, name: string): void {
  if (data.length === 0) throw new UnusableFileError(name, { code: "empty" });
  // Excel stores a password-protected workbook as an OLE compound file holding the encrypted package.
  if (startsWith(data, OLE_SIGNATURE)) {
    throw new UnusableFileError(name, { code: "encrypted_or_xls" });
  }
  if (!startsWith(data, ZIP_SIGNATURE)) throw new UnusableFileError(name, { code: "not_zip" });
}
