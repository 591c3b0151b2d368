import { BUILT_IN_RULES } from "../../src/core";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { auditFile } from "../../src/files/audit";
import { writeTemplate } from "../../src/files/template";
import { offeredBy, supplierIndex } from "../../src/core";
import { REGISTER_SHEET, registerVerdict, rowSupplierFit, ruleKeyOf, SUPPLIER_ROWS, SUPPLIERS_SHEET } from "../../src/workbook";
import type { RegisterInputs } from "../../src/workbook";
import { eachSpelling, EMPTIES, SPELLINGS, BAD_BOOLEANS, BAD_COMPLEXITIES, BAD_MODELS, SUPPLIER_CELLS, SUPPLIER_LIST } from "../support/cases";
import { hasLibreOffice, recalculatedSheets } from "../support/libreoffice";

const DIR = path.resolve(__dirname, "..", "..", ".tmp", "libreoffice");
const MODELS = ["", ...SPELLINGS.OEM, ...SPELLINGS.ODM, ...SPELLINGS.JDM];

/** Every row × spelling × chosen model, plus empty and bad values. */
function allRows(): RegisterInputs[] {
  const rows: RegisterInputs[] = [];
  for (const { cells } of eachSpelling()) for (const m of MODELS) rows.push({ drawingsComplete: cells[0], hasRequirements: cells[1], complexity: cells[2], chosenModel: m });
  for (const e of EMPTIES.filter((v) => v !== undefined)) rows.push({ drawingsComplete: e, hasRequirements: true, complexity: "H", chosenModel: "ODM" }, { drawingsComplete: true, hasRequirements: e, complexity: e, chosenModel: "OEM" });
  for (const b of BAD_BOOLEANS) rows.push({ drawingsComplete: b, hasRequirements: true, complexity: "L", chosenModel: "ODM" });
  for (const b of BAD_COMPLEXITIES) rows.push({ drawingsComplete: false, hasRequirements: true, complexity: b, chosenModel: "ODM" });
  for (const b of BAD_MODELS) rows.push({ drawingsComplete: false, hasRequirements: false, complexity: "", chosenModel: b });
  // Several bad values in one row: the marker names every one.
  rows.push({ drawingsComplete: "maybe", hasRequirements: "n/a", complexity: "huge", chosenModel: "EMS" }, { drawingsComplete: "TBD", hasRequirements: "perhaps", complexity: "Mid", chosenModel: "OBM" });
  return rows;
}

describe("an audited register recalculated by LibreOffice", () => {
  beforeAll(() => {
    // A test that cannot run must fail, not skip: npm test installs LibreOffice when it is missing.
    if (!hasLibreOffice()) throw new Error("LibreOffice (soffice) is missing: run npm test, or apt-get install libreoffice-calc.");
  });

  test("Stage, Recommended model, Fit, Why, Supplier offers and Rule key equal the core's, cell for cell", async () => {
    fs.rmSync(DIR, { recursive: true, force: true });
    fs.mkdirSync(DIR, { recursive: true });
    const rows = allRows();
    const template = path.join(DIR, "template.xlsx");
    await writeTemplate(template);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const ws = wb.getWorksheet(REGISTER_SHEET)!;
    // Each row's supplier is one of the cells analysts write, against their suppliers list.
    const supplierOf = (i: number) => SUPPLIER_CELLS[i % SUPPLIER_CELLS.length];
    rows.forEach((r, i) => {
      ws.getRow(i + 2).values = [`P${i}`, supplierOf(i), r.drawingsComplete, r.hasRequirements, r.complexity, r.chosenModel] as ExcelJS.CellValue[];
    });
    const table = (ws as any).tables.MfgRegister.table;
    table.tableRef = `A1:L${rows.length + 1}`;
    table.autoFilterRef = table.tableRef;
    const suppliers = wb.getWorksheet(SUPPLIERS_SHEET)!;
    SUPPLIER_LIST.forEach(([name, offered], i) => {
      suppliers.getRow(SUPPLIER_ROWS.first + i).values = [name === "" ? null : name, offered === "" ? null : offered] as ExcelJS.CellValue[];
    });
    const list = (suppliers as any).tables.MfgSuppliers.table;
    list.tableRef = `A${SUPPLIER_ROWS.first - 1}:C${SUPPLIER_ROWS.first - 1 + SUPPLIER_LIST.length}`;
    list.autoFilterRef = list.tableRef;
    // The cached results of the template's formulas are wrong for these rows; LibreOffice recomputes.
    const input = path.join(DIR, "register.xlsx");
    await wb.xlsx.writeFile(input);
    const audited = await auditFile(input, { output: path.join(DIR, "register.audited.xlsx") });
    expect(audited.rows).toBe(rows.filter((r) => Object.values(r).some((v) => v !== "" && v !== null && !(typeof v === "string" && v.trim() === ""))).length);

    // A copy whose cached results are blanked proves LibreOffice computed every value itself.
    const blank = new ExcelJS.Workbook();
    await blank.xlsx.readFile(audited.output);
    const bws = blank.getWorksheet(REGISTER_SHEET)!;
    for (let r = 2; r <= rows.length + 1; r++) {
      for (let c = 7; c <= 12; c++) {
        const v = bws.getCell(r, c).value as any;
        bws.getCell(r, c).value = { ...v, result: "stale" };
      }
    }
    const stale = path.join(DIR, "stale.xlsx");
    await blank.xlsx.writeFile(stale);

    const sheets = recalculatedSheets(stale, path.join(DIR, "csv"));
    const register = sheets[REGISTER_SHEET]!;
    expect(register[0]?.slice(6, 12)).toEqual(["Stage", "Recommended model", "Fit", "Why", "Supplier offers", "Rule key"]);
    const index = supplierIndex(SUPPLIER_LIST);
    const mismatches: unknown[] = [];
    const shown = new Set<string>();
    rows.forEach((inputs, i) => {
      const v = registerVerdict(BUILT_IN_RULES, inputs);
      const want = [v.stage, v.recommended, v.fit, v.why, rowSupplierFit(BUILT_IN_RULES, v, inputs, offeredBy(index, supplierOf(i))), ruleKeyOf(BUILT_IN_RULES, inputs)];
      shown.add(want[4] as string);
      const got = register[i + 1]?.slice(6, 12);
      if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push({ row: i + 2, inputs, got, want });
    });
    expect(mismatches.slice(0, 5)).toEqual([]);
    expect(rows.length).toBeGreaterThan(3000);
    // The suppliers reached every outcome: offered, each gap of the chosen and of the recommended model, not listed.
    expect(shown.size).toBeGreaterThanOrEqual(15);
    // The audit left the analysts' list as they wrote it.
    expect(sheets[SUPPLIERS_SHEET]?.slice(SUPPLIER_ROWS.first - 1, SUPPLIER_ROWS.first + 1).map((r) => r.slice(0, 2))).toEqual([["Acme", "OEM"], ["Bolt Industries", "OEM, ODM"]]);
  });
});
