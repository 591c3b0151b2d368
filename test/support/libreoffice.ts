// LibreOffice headless as a second, independent spreadsheet engine: it opens an .xlsx,
// recalculates every formula (a profile sets OOXMLRecalcMode to "always"), and exports what it
// computed as CSV (one file per sheet) or PDF.

import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..", "..");
const PROFILE = path.join(ROOT, ".tmp", "lo-profile");

function profile(): string {
  const file = path.join(PROFILE, "user", "registrymodifications.xcu");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
    );
  }
  return `file://${PROFILE}`;
}

export const hasLibreOffice = (): boolean => fs.existsSync("/usr/bin/soffice") || fs.existsSync("/usr/bin/libreoffice");

function convert(file: string, outDir: string, filter: string): void {
  fs.mkdirSync(outDir, { recursive: true });
  execFileSync("soffice", [`-env:UserInstallation=${profile()}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, file], {
    stdio: "pipe",
    timeout: 240_000,
  });
}

/** Every sheet as CSV rows (UTF-8, comma-separated), keyed by sheet name. */
export function recalculatedSheets(file: string, outDir: string): Record<string, string[][]> {
  // Filter options: comma, double quote, UTF-8, from line 1, …, and -1 = one file per sheet.
  convert(file, outDir, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1");
  const base = path.basename(file, path.extname(file));
  const sheets: Record<string, string[][]> = {};
  for (const f of fs.readdirSync(outDir)) {
    if (!f.startsWith(`${base}-`) || !f.endsWith(".csv")) continue;
    sheets[f.slice(base.length + 1, -4)] = parseCsv(fs.readFileSync(path.join(outDir, f), "utf8"));
  }
  return sheets;
}

/** The file saved again by LibreOffice as .xlsx (LibreOffice's own package, as colleagues send it). */
export function resaveAsXlsx(file: string, outDir: string): string {
  convert(file, outDir, "xlsx:Calc Office Open XML");
  return path.join(outDir, `${path.basename(file, path.extname(file))}.xlsx`);
}

export function renderPdf(file: string, outDir: string): string {
  convert(file, outDir, "pdf");
  return path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}
