// Reading a workbook a command was given: only a regular file, and only up to a size, so a
// device (/dev/zero), a pipe or a runaway file is refused with a sentence instead of read forever.

import { promises as fs } from "fs";
import { fileProblem } from "./fileErrors";
import { UnusableFileError } from "./inspect";

/** The largest workbook read: a 1,000,000-row register is 37 MB, so this is headroom, not a limit analysts meet. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

export async function readInput(file: string): Promise<Buffer> {
  const stats = await fs.stat(file).catch((error: unknown) => {
    throw fileProblem(error, file, "read");
  });
  // A folder reads as the system's EISDIR sentence below.
  if (!stats.isFile() && !stats.isDirectory()) throw new UnusableFileError(file, { code: "not_regular_file" });
  if (stats.size > MAX_INPUT_BYTES) throw new UnusableFileError(file, { code: "too_large", bytes: stats.size, limit: MAX_INPUT_BYTES });
  return fs.readFile(file).catch((error: unknown) => {
    throw fileProblem(error, file, "read");
  });
}
