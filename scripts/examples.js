// `node scripts/examples.js`: writes the sample registers in examples/ that the README's
// command-line examples run against (test/cli/readme.test.ts runs every one of them).

const ExcelJS = require("exceljs");
const path = require("path");

const DIR = path.join(__dirname, "..", "examples");

const ROWS = [
  ["Compact charger", "Acme Power", "Yes", "Yes", "Low", "OEM", "drawings frozen in March"],
  ["E-bike battery pack", "Volta Cells", "No", "Yes", "High", "ODM", "supplier proposes the BMS"],
  ["Desk lamp", "Lumen Works", "No", "Yes", "Low", "ODM", ""],
  ["Infusion pump housing", "MediForm", "Yes", "Yes", "Med", "ODM", "quote received"],
  ["Robot arm joint", "Kinetix", "No", "No", "High", "JDM", "joint development agreed"],
  ["Solar inverter", "SunGrid", "TBD", "Yes", "Medium", "", "waiting for the spec review"],
  ["Smart plug", "Plugwise", "maybe", "Yes", "L", "OEM", "ask engineering"],
];

async function register(file, sheet, drawingsHeader, title) {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Procure MfgModel examples";
  const ws = wb.addWorksheet(sheet);
  ws.getCell("A1").value = title;
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.addTable({
    name: "Review",
    ref: "A3",
    headerRow: true,
    style: { theme: "TableStyleMedium9", showRowStripes: true },
    columns: ["Project", "Supplier", drawingsHeader, "Requirements defined", "Complexity", "Chosen model", "Notes"].map((name) => ({ name, filterButton: true })),
    rows: ROWS,
  });
  [26, 16, 20, 21, 12, 14, 30].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  await wb.xlsx.writeFile(path.join(DIR, file));
}

(async () => {
  await register("supplier-review.xlsx", "Q3 review", "Drawings complete", "Supplier review, Q3 (sample)");
  await register("team-b-register.xlsx", "Team B", "Released to vendor", "Team B register (sample: its drawings column needs --map)");
})();
