// Writing a command's output without ever destroying a file the user has: the output is refused
// when it is one of the inputs, by real path or by device and inode (a symbolic or hard link to
// it, another spelling of its path), and when it exists unless replacing was asked. The bytes go
// to a temporary file in the output's folder first and take the output's name in one step, so
// a failure midway leaves no half-written file and never a truncated input.

import { promises as fs } from "fs";
import type { Stats } from "fs";
import * as path from "path";
import { fileProblem } from "./fileErrors";
import { UnusableFileError } from "./inspect";

const statOrNull = (file: string): Promise<Stats | null> => fs.stat(file).catch(() => null);
const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

/** Refuses an output that is one of the inputs, or that exists when `replace` is not set. */
export async function checkOutput(output: string, inputs: readonly string[], replace: boolean): Promise<void> {
  const target = await statOrNull(output);
  const resolved = path.resolve(output);
  for (const input of inputs) {
    const source = await statOrNull(input);
    const same = path.resolve(input) === resolved || (source !== null && target !== null && sameFile(source, target));
    if (same) throw new UnusableFileError(output, { code: "output_is_input", input });
  }
  if (target !== null && target.isDirectory()) throw new UnusableFileError(output, { code: "output_is_folder" });
  if (target !== null && !replace) throw new UnusableFileError(output, { code: "output_exists" });
}

/**
 * Writes a temporary file beside the output (`write` is given its path; it creates it), then gives
 * it the output's name: a link when the output must not exist (the system refuses if it appeared
 * meanwhile), a rename when replacing was asked. Creates missing folders.
 */
export async function writeOutputWith(output: string, replace: boolean, write: (temp: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(path.resolve(output));
  const temp = path.join(dir, `.${path.basename(output)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await write(temp);
    if (replace) await fs.rename(temp, output);
    else await fs.link(temp, output);
  } catch (error) {
    throw fileProblem(error, output, "write");
  } finally {
    await fs.rm(temp, { force: true }).catch(() => undefined);
  }
}

/** Writes `data` as the output, through a temporary file beside it (writeOutputWith). */
export const writeOutput = (output: string, data: Uint8Array, replace: boolean): Promise<void> =>
  writeOutputWith(output, replace, (temp) => fs.writeFile(temp, data, { flag: "wx" }));
