// Operating-system errors on the files a command reads or writes, as sentences that name the file
// and say what to do — never ENOENT, EISDIR or EACCES on their own.

import { UnusableFileError } from "./inspect";

type Doing = "read" | "write";

const SENTENCES: Readonly<Record<string, (file: string, doing: Doing) => string>> = {
  ENOENT: (file, doing) => (doing === "read" ? `${file}: no such file. Check the name and the folder.` : `${file}: its folder cannot be created. Check the path.`),
  ENOTDIR: (file) => `${file}: part of the path is a file, not a folder. Check the path.`,
  EISDIR: (file) => `${file} is a folder, not a workbook. Name a file${file.endsWith("/") ? "" : " inside it"}.`,
  EACCES: (file, doing) => `${file}: permission denied. Check that you may ${doing} it.`,
  EPERM: (file, doing) => `${file}: permission denied. Check that you may ${doing} it.`,
  EBUSY: (file) => `${file} is in use by another program (open in Excel?). Close it, then try again.`,
  ENOSPC: (file) => `${file}: the disk is full. Free some space, then try again.`,
  EROFS: (file) => `${file}: the disk is read-only. Choose another folder.`,
  EEXIST: (file) => `${file} exists; nothing is overwritten unless you ask. Choose another name, or add --replace.`,
};

/** The error as an UnusableFileError with a sentence; errors that are not the system's pass through. */
export function fileProblem(error: unknown, file: string, doing: Doing): Error {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === undefined) return error instanceof Error ? error : new Error(String(error));
  // mkdir meets a file where a folder of the path should be.
  const sentence = code === "EEXIST" && (error as NodeJS.ErrnoException).syscall === "mkdir" ? SENTENCES.ENOTDIR : SENTENCES[code];
  return new UnusableFileError(sentence ? sentence(file, doing) : `${file}: cannot be ${doing === "read" ? "read" : "written"} (the system says ${code}).`);
}
