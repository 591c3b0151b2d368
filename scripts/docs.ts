// `npm run docs`: renders the pictures in docs/ that the README shows — the comparison matrix and
// an audited register with red and amber rows — through LibreOffice (PDF) and pdftoppm (PNG).

import ExcelJS from "exceljs";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { BUILT_IN_RULES } from "../src/core";
import { auditFile } from "../src/files/audit";
import { newWorkbook } from "../src/files/newWorkbook";
import { matrixSheet } from "../src/workbook";
import { renderPdf } from "../test/support/libreoffice";

const ROOT = path.resolve(__dirname, "..");
const WORK = path.join(ROOT, ".tmp", "docs");
const DOCS = path.join(ROOT, "docs");

/** The first page as a PNG; `crop` keeps only the used part of the page (x, y, width, height at the resolution). */
function png(pdf: string, name: string, resolution = 80, crop?: [number, number, number, number]): void {
  const region = crop ? ["-x", String(crop[0]), "-y", String(crop[1]), "-W", String(crop[2]), "-H", String(crop[3])] : [];
  execFileSync("pdftoppm", ["-png", "-r", String(resolution), "-f", "1", "-l", "1", ...region, "-singlefile", pdf, path.join(DOCS, name)]);
  console.log(`docs/${name}.png`);
}

/** The register's rows on the first page at 110 dpi (x, y, width, height), cut below the last row. */
const REGISTER_CROP: [number, number, number, number] = [60, 70, 1090, 390];

async function main(): Promise<void> {
  // LibreOffice, pdftoppm (poppler-utils) and chromium: installed as root, or named, like npm test.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require("./systemPackages").ensure();
  fs.rmSync(WORK, { recursive: true, force: true });
  fs.mkdirSync(WORK, { recursive: true });
  fs.mkdirSync(DOCS, { recursive: true });

  fs.writeFileSync(path.join(WORK, "matrix.xlsx"), newWorkbook([matrixSheet(BUILT_IN_RULES)]).pkg.save());
  png(renderPdf(path.join(WORK, "matrix.xlsx"), WORK), "matrix");

  const register = new ExcelJS.Workbook();
  const rs = register.addWorksheet("Register", { pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 1 } });
  rs.addRows([
    ["Project", "Supplier", "Drawings complete", "Requirements defined", "Complexity", "Chosen model"],
    ["E-bike pack v3", "Voltcell", "Yes", "Yes", "Medium", "OEM"],
    ["Infusion pump battery", "MediPower", "No", "Yes", "Medium", "ODM"],
    ["AGV 48 V system", "Heliox", "No", "Yes", "High", "ODM"],
    ["Handheld scanner", "PackTech", "No", "Yes", "Low", "OEM"],
    ["Robot arm module", "Kinetic", "No", "Yes", "Medium", "JDM"],
    ["Storage rack 400 V", "GridWorks", "No", "No", "High", "JDM"],
    ["Sensor tag", "Voltcell", "Yes", "No", "Low", "JDM"],
    ["Drone pack", "SkyCell", "maybe", "Yes", "High", "JDM"],
  ]);
  [24, 14, 11, 11, 10, 10].forEach((w, i) => (rs.getColumn(i + 1).width = w));
  await register.xlsx.writeFile(path.join(WORK, "register.xlsx"));
  const audited = await auditFile(path.join(WORK, "register.xlsx"), { output: path.join(WORK, "register-audited.xlsx"), replace: true });
  // The picture is the register as it prints (the audit's page set-up: landscape, one page
  // wide, the rule key out), narrowed to README width: headers wrap over two lines in the
  // picture's copy only, and the Why column wraps at 44 characters. The rules sheet is hidden.
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.readFile(audited.output);
  copy.worksheets.filter((w) => w.name !== "Register").forEach((w) => (w.state = "hidden"));
  const sheet = copy.getWorksheet("Register")!;
  [19, 10, 9, 12, 11, 8, 18, 15, 11, 46].forEach((w, i) => (sheet.getColumn(i + 1).width = w));
  sheet.getRow(1).eachCell((cell) => (cell.alignment = { ...cell.alignment, wrapText: true, vertical: "middle" }));
  // Three lines a row: LibreOffice does not grow a row for a formula's wrapped result.
  for (let r = 1; r <= sheet.rowCount; r++) sheet.getRow(r).height = 42;
  // ExcelJS drops the audit's print area on the way through: the rule key is hidden instead.
  sheet.getColumn(11).hidden = true;
  await copy.xlsx.writeFile(path.join(WORK, "register-print.xlsx"));
  png(renderPdf(path.join(WORK, "register-print.xlsx"), WORK), "register", 110, REGISTER_CROP);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
