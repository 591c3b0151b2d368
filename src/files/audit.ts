// `mfgmodel template` and `mfgmodel audit`: the add-in's workbook content as .xlsx files, and
// registers audited outside Excel. Never overwrites the input; refuses what a rewrite would lose.

import ExcelJS from "exceljs";
import { promises as fs } from "fs";
import * as path from "path";
import {
  matrixSheet,
  REGISTER_COLUMNS,
  REGISTER_SHEET,
  REGISTER_TABLE,
  RULES_SHEET,
  rulesSheet,
} from "../workbook";
import type { SheetDescription } from "../workbook";
import { inspectXlsx, UnusableFileError } from "./inspect";
import { findRegister, refreshRegister } from "./register";
import type { RegisterTarget } from "./register";
import { RegisterError } from "../workbook";
import type { RegisterLocation, RegisterReport } from "../workbook";
import { renderSheet } from "./xlsx";
import { saveWorkbook } from "./sheetXml";

/** Empty rows the template's register starts with, formulas and formats in place. */
const TEMPLATE_ROWS = 200;

function replaceSheet(wb: ExcelJS.Workbook, description: SheetDescription): void {
  const existing = wb.getWorksheet(description.name);
  if (existing) wb.removeWorksheet(existing.id);
  renderSheet(wb.addWorksheet(description.name), description);
}

export async function writeTemplate(output: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Procure MfgModel";
  const register = wb.addWorksheet(REGISTER_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  renderSheet(wb.addWorksheet(matrixSheet().name), matrixSheet());
  renderSheet(wb.addWorksheet(RULES_SHEET), rulesSheet());
  register.addTable({
    name: REGISTER_TABLE,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: REGISTER_COLUMNS.map((c) => ({ name: c.header, filterButton: true })),
    rows: Array.from({ length: TEMPLATE_ROWS }, () => REGISTER_COLUMNS.map(() => null)),
  });
  REGISTER_COLUMNS.forEach((c, i) => {
    register.getColumn(i + 1).width = c.width;
  });
  const { injection } = refreshRegister(wb, findRegister(wb, {}));
  wb.calcProperties.fullCalcOnLoad = true;
  await fs.writeFile(output, await saveWorkbook(wb, register.id, injection));
}

const LARGE_FILE_BYTES = 1_000_000;

export interface AuditOptions extends RegisterTarget {
  readonly output?: string;
  readonly outDir?: string;
  readonly force?: boolean;
  readonly progress?: (message: string) => void;
}

export interface AuditResult extends RegisterReport {
  readonly input: string;
  readonly output: string;
}

function outputPathFor(input: string, options: Pick<AuditOptions, "output" | "outDir">): string {
  if (options.output) return options.output;
  const base = `${path.basename(input, path.extname(input))}.audited.xlsx`;
  return path.join(options.outDir ?? path.dirname(input), base);
}

export async function auditFile(input: string, options: AuditOptions = {}): Promise<AuditResult> {
  const output = outputPathFor(input, options);
  if (path.resolve(output) === path.resolve(input)) {
    throw new UnusableFileError(`${input}: the output would overwrite the input; choose another -o or --out-dir.`);
  }
  let data: Buffer;
  try {
    data = await fs.readFile(input);
  } catch (error) {
    throw new UnusableFileError(`${input}: cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
  }
  const inspection = await inspectXlsx(data, input);
  if (inspection.lossy.length > 0 && !options.force) {
    throw new UnusableFileError(
      `${input} holds ${inspection.lossy.join(", ")}, which the rewritten file would lose. Nothing was written; use --force to write it anyway.`,
    );
  }
  // Progress goes to stderr for large files only, so small audits print just their summary.
  const progress = data.length > LARGE_FILE_BYTES ? options.progress : undefined;
  progress?.(`${input}: reading`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(data as unknown as ArrayBuffer);
  } catch (error) {
    throw new UnusableFileError(`${input}: the workbook cannot be read (${(error as Error).message}).`);
  }
  if (wb.worksheets.length === 0) throw new UnusableFileError(`${input}: the workbook has no sheets.`);
  let register: RegisterLocation;
  try {
    register = findRegister(wb, options);
  } catch (error) {
    throw error instanceof RegisterError ? new UnusableFileError(error.message) : error;
  }
  if (register.sheet === RULES_SHEET) throw new UnusableFileError(`${input}: the register cannot be on the "${RULES_SHEET}" sheet, which the audit rewrites.`);
  const ws = wb.getWorksheet(register.sheet) as ExcelJS.Worksheet;
  let refreshed: ReturnType<typeof refreshRegister>;
  try {
    refreshed = refreshRegister(wb, register, progress);
  } catch (error) {
    throw error instanceof RegisterError ? new UnusableFileError(error.message) : error;
  }
  replaceSheet(wb, rulesSheet());
  const { injection, ...audit } = refreshed;
  wb.calcProperties.fullCalcOnLoad = true;
  progress?.(`${input}: writing ${output}`);
  await fs.mkdir(path.dirname(path.resolve(output)), { recursive: true });
  const saved = await saveWorkbook(wb, ws.id, injection);
  await fs.writeFile(output, saved);
  return { ...audit, input, output };
}
