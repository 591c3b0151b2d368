// Reading a workbook a command was given: only a regular file, and only up to a size, so a
// device (/dev/zero), a pipe or a runaway file is refused with a sentence instead of read forever.
// Read synchronously: a rollup's reader reads one file at a time and has nothing else to do while
// it waits, and each asynchronous step (stat, open, fstat, read, close) is a round trip through
// the thread pool that costs a register of a few rows more than reading it does.

import * as fs from "fs";
import { fileProblem } from "./fileErrors";
import { UnusableFileError } from "./inspect";

/** The largest workbook read: a 1,000,000-row register is 37 MB, so this is headroom, not a limit analysts meet. */
export const MAX_INPUT_BYTES = 512 * 1024 * 1024;

export async function readInput(file: string): Promise<Buffer> {
  let stats: fs.Stats;
  try {
    // Looked at before it is opened: opening a named pipe would wait for a writer.
    stats = fs.statSync(file);
  } catch (error) {
    throw fileProblem(error, file, "read");
  }
  // A folder reads as the system's EISDIR sentence below.
  if (!stats.isFile() && !stats.isDirectory()) throw new UnusableFileError(file, { code: "not_regular_file" });
  if (stats.size > MAX_INPUT_BYTES) throw new UnusableFileError(file, { code: "too_large", bytes: stats.size, limit: MAX_INPUT_BYTES });
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw fileProblem(error, file, "read");
  }
}
