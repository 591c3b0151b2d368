// The files a rollup reads: each file named, and every workbook in each folder named (walked in
// name order, as a team share synced to disk holds them), less what --exclude matches. Files in
// a folder that are not workbooks (notes, PDFs, Excel's "~$" lock files) are skipped and
// counted; a file named on the command line is always read (a wrong one gets its sentence).

import { promises as fs } from "fs";
import * as path from "path";
import { fileProblem } from "./fileErrors";

const WORKBOOK = /\.(xlsx|xlsm)$/i;

export interface Inputs {
  readonly files: readonly string[];
  /** Files in the folders walked that are not workbooks, or Excel's lock files. */
  readonly skipped: number;
  /** Workbooks --exclude left out. */
  readonly excluded: number;
}

/** A glob as a test of a path with "/" separators: `*` within a name, `**` across folders, `?` one character. */
export function globTest(glob: string): (relative: string) => boolean {
  let source = "";
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === "*" && glob[i + 1] === "*") {
      source += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
      i += glob[i + 2] === "/" ? 2 : 1;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else source += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  const re = new RegExp(`^${source}$`, "i");
  // A pattern without a folder matches a name anywhere ("*draft*"); one with a folder, the path under the folder given.
  return glob.includes("/") ? (relative) => re.test(relative) : (relative) => re.test(relative.slice(relative.lastIndexOf("/") + 1));
}

async function walk(root: string, dir: string, found: string[], counts: { skipped: number; excluded: number }, excluded: (relative: string) => boolean): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch((error: unknown) => {
    throw fileProblem(error, dir, "read");
  });
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, e.name);
    const relative = path.relative(root, full).split(path.sep).join("/");
    // Symbolic links to folders are not followed (a link loop would never end); linked files are read.
    if (e.isDirectory()) {
      if (!excluded(relative)) await walk(root, full, found, counts, excluded);
      continue;
    }
    const isFile = e.isFile() || (e.isSymbolicLink() && (await fs.stat(full).then((s) => s.isFile(), () => false)));
    if (!isFile) continue;
    if (!WORKBOOK.test(e.name) || e.name.startsWith("~$")) counts.skipped++;
    else if (excluded(relative)) counts.excluded++;
    else found.push(full);
  }
}

/**
 * The files to read, in the order given (a folder's workbooks in name order where the folder is
 * named). `output`, the workbook the command writes, is never taken from a folder (a weekly
 * rollup into the same share must not read last week's portfolio).
 */
export async function expandInputs(paths: readonly string[], exclude: readonly string[] = [], output?: string): Promise<Inputs> {
  const tests = exclude.map(globTest);
  const excluded = (relative: string) => tests.some((t) => t(relative));
  const counts = { skipped: 0, excluded: 0 };
  const files: string[] = [];
  for (const p of paths) {
    const isFolder = await fs.stat(p).then((s) => s.isDirectory(), () => false);
    if (!isFolder) {
      files.push(p);
      continue;
    }
    const found: string[] = [];
    await walk(p, p, found, counts, excluded);
    files.push(...found.filter((f) => output === undefined || path.resolve(f) !== path.resolve(output)));
  }
  return { files, ...counts };
}
