import { BUILT_IN_RULES } from "../../src/core";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { auditFile } from "../../src/files/audit";
import { writeTemplate } from "../../src/files/template";
import { offeredBy, supplierIndex } from "../../src/core";
import { REGISTER_SHEET, registerVerdict, rowSupplierFitText, ruleKeyOf, SUPPLIER_ROWS, SUPPLIERS_SHEET } from "../../src/workbook";
import type { RegisterInputs } from "../../src/workbook";
import { eachSpelling, EMPTIES, SPELLINGS, BAD_BOOLEANS, BAD_COMPLEXITIES, BAD_MODELS, SUPPLIER_CELLS, SUPPLIER_LIST } from "../support/cases";
import { hasLibreOffice, recalculatedSheets } from "../support/libreoffice";
import { compiled, FOUR_BY_FOUR } from "../support/rulebooks";

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
      const want = [v.stage, v.recommended, v.fit, v.why, rowSupplierFitText(BUILT_IN_RULES, v, inputs, offeredBy(index, supplierOf(i))), ruleKeyOf(BUILT_IN_RULES, inputs)];
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

describe("a register audited with a test-only rulebook of four models and four levels", () => {
  const rules = compiled(FOUR_BY_FOUR);
  const LIST: [string, string][] = [["Acme", "OEM, CM"], ["Bolt", "JDM"], ["Core", "cm"], ["Dyn", "ODM, JDM"]];
  const SUPPLIERS = ["Acme", "Bolt", "Core", "Dyn", "Nobody"];

  function rows(): RegisterInputs[] {
    const facts = ["Yes", "no", "", "unsure", "maybe"];
    const levels = ["Low", "Medium", "High", "Extreme", "x", "", "huge"];
    const models = ["", "OEM", "odm", "JDM", "CM", "contract", "EMS"];
    const out: RegisterInputs[] = [];
    for (const d of facts) for (const r of facts) for (const c of levels) for (const m of models) out.push({ drawingsComplete: d, hasRequirements: r, complexity: c, chosenModel: m });
    return out;
  }

  test("the audit's cached values and LibreOffice's recalculation both equal the core judging by that rulebook", async () => {
    const dir = path.join(DIR, "four");
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const all = rows();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Register");
    ws.addRow(["Project", "Supplier", "Drawings complete", "Requirements defined", "Complexity", "Chosen model"]);
    all.forEach((r, i) => ws.addRow([`P${i}`, SUPPLIERS[i % SUPPLIERS.length], r.drawingsComplete, r.hasRequirements, r.complexity, r.chosenModel].map((v) => (v === "" ? null : v))));
    const list = wb.addWorksheet(SUPPLIERS_SHEET);
    list.getRow(SUPPLIER_ROWS.first - 1).values = ["Supplier", "Models offered", "Notes"];
    LIST.forEach(([name, offered], i) => (list.getRow(SUPPLIER_ROWS.first + i).values = [name, offered]));
    const input = path.join(dir, "register.xlsx");
    await wb.xlsx.writeFile(input);
    const audited = await auditFile(input, { output: path.join(dir, "audited.xlsx"), rules });

    const index = supplierIndex(LIST);
    const want = all.map((inputs, i) => {
      const v = registerVerdict(rules, inputs);
      return [v.stage, v.recommended, v.fit, v.why, rowSupplierFitText(rules, v, inputs, offeredBy(index, SUPPLIERS[i % SUPPLIERS.length])), ruleKeyOf(rules, inputs)];
    });
    const differing = (got: (i: number) => unknown[]) => want.map((w, i) => ({ row: i + 2, got: got(i), want: w })).filter((m) => JSON.stringify(m.got) !== JSON.stringify(m.want));

    // The file writer: the cached results the audit wrote.
    const cached = new ExcelJS.Workbook();
    await cached.xlsx.readFile(audited.output);
    const cws = cached.getWorksheet("Register")!;
    const resultOf = (r: number, c: number) => String((cws.getCell(r, c).value as { result?: unknown } | null)?.result ?? "");
    expect(differing((i) => [7, 8, 9, 10, 11, 12].map((c) => resultOf(i + 2, c))).slice(0, 5)).toEqual([]);
    for (let r = 2; r <= all.length + 1; r++) for (let c = 7; c <= 12; c++) cws.getCell(r, c).value = { ...(cws.getCell(r, c).value as object), result: "stale" } as ExcelJS.CellValue;
    const stale = path.join(dir, "stale.xlsx");
    await cached.xlsx.writeFile(stale);

    // The native formulas, recalculated by LibreOffice from the rules sheet the audit wrote.
    const register = recalculatedSheets(stale, path.join(dir, "csv")).Register!;
    expect(register[0]?.slice(6, 12)).toEqual(["MFG Stage", "MFG Recommended model", "MFG Fit", "MFG Why", "MFG Supplier offers", "MFG Rule key"]);
    expect(differing((i) => register[i + 1]?.slice(6, 12) ?? []).slice(0, 5)).toEqual([]);
    // Its fourth model and level were really judged.
    expect(want.some((w) => w[1] === "CM" && w[5] === "F|T|E|CM")).toBe(true);
  });
});
