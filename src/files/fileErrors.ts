// Operating-system errors on the files a command reads or writes, as a file problem whose words
// name the file and say what to do (fileWords.ts) — never ENOENT, EISDIR or EACCES on their own.

import { UnusableFileError } from "./inspect";

/** The error as an UnusableFileError with its system code; errors that are not the system's pass through. */
export function fileProblem(error: unknown, file: string, doing: "read" | "write"): Error {
  const e = error as NodeJS.ErrnoException | undefined;
  if (e?.code === undefined) return error instanceof Error ? error : new Error(String(error));
  return new UnusableFileError(file, { code: "system", errno: e.code, doing, ...(e.syscall === undefined ? {} : { syscall: e.syscall }) });
}
