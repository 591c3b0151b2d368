// What an .xlsx holds before ExcelJS touches it: is it an xlsx at all, and which parts would a
// rewrite through ExcelJS lose (charts, pivot tables, macros, images, slicers…)?

import JSZip from "jszip";

export class UnusableFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UnusableFileError";
  }
}

/** Parts ExcelJS does not carry over when it rewrites a workbook, by path inside the zip. */
const LOSSY_PARTS: readonly [RegExp, string][] = [
  [/^xl\/charts\//, "charts"],
  [/^xl\/chartsheets\//, "chart sheets"],
  [/^xl\/pivotTables\//, "pivot tables"],
  [/^xl\/pivotCache\//, "pivot caches"],
  [/^xl\/vbaProject\.bin$/, "macros (VBA)"],
  [/^xl\/media\//, "images"],
  [/^xl\/drawings\/(?!_rels)/, "drawings and shapes"],
  [/^xl\/slicers\//, "slicers"],
  [/^xl\/slicerCaches\//, "slicer caches"],
  [/^xl\/timelines\//, "timelines"],
  [/^xl\/externalLinks\//, "links to other workbooks"],
  [/^xl\/threadedComments\//, "threaded comments"],
  [/^xl\/persons\//, "comment authors"],
  [/^xl\/model\//, "a data model (Power Pivot)"],
  [/^xl\/queryTables\//, "query tables"],
  [/^xl\/connections\.xml$/, "data connections"],
  [/^xl\/ctrlProps\//, "form controls"],
  [/^xl\/activeX\//, "ActiveX controls"],
  [/^xl\/embeddings\//, "embedded objects"],
  [/^customXml\//, "custom XML parts"],
];

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (data: Uint8Array, signature: number[]) => signature.every((b, i) => data[i] === b);

export interface Inspection {
  /** What a rewrite would lose, in words, one entry per kind. */
  readonly lossy: readonly string[];
}

/** Refuses what is not a readable .xlsx with a sentence naming the problem. */
export async function inspectXlsx(data: Uint8Array, name: string): Promise<Inspection> {
  if (data.length === 0) throw new UnusableFileError(`${name}: the file is empty.`);
  if (startsWith(data, OLE_SIGNATURE)) {
    throw new UnusableFileError(`${name}: the file is password-protected (encrypted) or an old .xls workbook; save it from Excel as an unprotected .xlsx.`);
  }
  if (!startsWith(data, ZIP_SIGNATURE)) throw new UnusableFileError(`${name}: not an .xlsx workbook (an .xlsx is a zip archive; this file is not).`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    throw new UnusableFileError(`${name}: the file is truncated or corrupt (its zip archive cannot be read).`);
  }
  if (zip.file("xl/workbook.xml") === null) throw new UnusableFileError(`${name}: a zip archive, but not an Excel workbook (no xl/workbook.xml).`);
  const paths = Object.keys(zip.files);
  const lossy = LOSSY_PARTS.filter(([pattern]) => paths.some((p) => pattern.test(p))).map(([, what]) => what);
  return { lossy: [...new Set(lossy)] };
}
