// `mfgmodel audit`: a surgical edit of the workbook package. Only the register's worksheet, its
// table, the rules sheet and the minimum entries in the workbook, its relationships, the content
// types and styles (appended to) are written; every other part is copied as its original
// compressed bytes. Nothing in the file is refused for being there: charts, pivots, macros,
// notes, links… are never opened. The input is never overwritten.

import * as path from "path";
import { builtInRules } from "../core";
import type { Language } from "../core";
import type { Rules } from "../core";
import { appendRefusal, judgesSuppliers, locateRegister, planColumns, planDrawing, RegisterError, reportOf, RULES_SHEET, rulesIdentity, STYLES, workbookRules } from "../workbook";
import type { RegisterColumn, RegisterLocation, RegisterReport, RegisterTarget, RulesIdentity, StageCounts, WorkbookRules, WorkbookView } from "../workbook";
import { intersects } from "./cellRefs";
import { inspectXlsx, UnusableFileError } from "./inspect";
import { Package } from "./opc";
import { editRegisterSheet } from "./registerEdit";
import { rulesOfJson } from "./rulesJson";
import { rulesSheetCells, writeRulesSheet } from "./rulesPart";
import { addSuppliersSheet, readSuppliers } from "./suppliersPart";
import { growTable } from "./sheetWriter";
import { StyleBook } from "./styles";
import { readView } from "./view";
import { checkOutput, writeOutput } from "./safeOutput";
import { readInput } from "./inputFile";
import { SheetError } from "./sheetStream";
import { readSharedStrings, readWorkbook, recalculateOnOpen, saveStyles, setPrintRange } from "./workbookPart";
import { ZipError } from "./zip";

export interface AuditOptions extends RegisterTarget {
  readonly output?: string;
  readonly outDir?: string;
  /** The computed columns (tests add one); the add-in's by default. */
  readonly columns?: readonly RegisterColumn[];
  /** Write over an existing output (never over the input): --replace. */
  readonly replace?: boolean;
  /**
   * A rulebook that replaces the workbook's own (--rules, --restore-rules). Without it the register
   * is judged by the workbook's rulebook, or the built-in one when it has none.
   */
  readonly rules?: Rules;
  /** The language of the built-in rulebook a workbook without one gets (--lang; English by default). */
  readonly language?: Language;
  /** Judge by the built-in rules in the language of the workbook's own (--restore-rules), and write them there. */
  readonly restoreRules?: boolean;
  /** Rows judged so far, for a progress display. */
  readonly progress?: (done: number, total: number) => void;
  /** Rows between progress reports (20,000 unless given). */
  readonly progressEvery?: number;
  /** Judge the register only: nothing is written, no package is made (readPackage). */
  readonly readOnly?: boolean;
}

/** The rulebook a register was judged by, and the one it replaced (--rules), if any. */
export interface JudgedBy {
  readonly rules: RulesIdentity;
  /** The workbook's own rulebook, when a given one replaced a different one. */
  readonly replaced: RulesIdentity | null;
  /** Whether the rules sheet was written (false: it was current and left byte for byte). */
  readonly rulesWritten: boolean;
}

export interface AuditResult extends RegisterReport, JudgedBy {
  readonly input: string;
  readonly output: string;
}

/** A register as the audit judges it: its report, the rules it was judged by, its stages and teams. */
export interface RegisterRead extends RegisterReport, JudgedBy {
  readonly stages: StageCounts;
  readonly teams: readonly string[];
}

export interface AuditedPackage extends RegisterRead {
  readonly data: Buffer;
  /** The parts written (edited or added); every other part is the input's, byte for byte. */
  readonly changedParts: readonly string[];
}

const EXTENSIONS = [".xlsx", ".xlsm", ".xltx", ".xltm"];

function outputPathFor(input: string, options: Pick<AuditOptions, "output" | "outDir">): string {
  if (options.output) return options.output;
  const extension = EXTENSIONS.includes(path.extname(input).toLowerCase()) ? path.extname(input) : ".xlsx";
  const base = `${path.basename(input, path.extname(input))}.audited${extension}`;
  return path.join(options.outDir ?? path.dirname(input), base);
}

const within = (error: unknown, file: string): never => {
  if (error instanceof RegisterError) throw new UnusableFileError(file, { code: "register", register: error.problem });
  throw error;
};

function openPackage(data: Buffer, file: string): Package {
  try {
    return new Package(data);
  } catch (error) {
    // A zip refusal is a sentence already: auditPackage names the file.
    if (error instanceof ZipError) throw error;
    throw new UnusableFileError(file, { code: "zip", zip: { code: "corrupt" } });
  }
}

/** Runs work on a file's package: a part that breaks the zip or sheet limits while it is read is a refusal naming the file. */
async function refusing<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ZipError) throw new UnusableFileError(file, { code: "zip", zip: error.problem });
    if (error instanceof SheetError) throw new UnusableFileError(file, { code: "sheet", sheet: error.problem });
    throw error;
  }
}

/** Audits a workbook held in memory; `file` names it in messages. */
export const auditPackage = (data: Buffer, file: string, options: AuditOptions = {}): Promise<AuditedPackage> => refusing(file, () => auditParts(data, file, options));

/** Judges a workbook's register as the audit does (the same verdicts and refusals) and writes nothing: a roll-up's reading. */
export async function readPackage(data: Buffer, file: string, target: RegisterTarget = {}): Promise<RegisterRead> {
  const read = await refusing(file, () => auditParts(data, file, { ...target, readOnly: true }));
  return { ...reportOf(read), rules: read.rules, replaced: read.replaced, rulesWritten: read.rulesWritten, stages: read.stages, teams: read.teams };
}

/**
 * The rulebook to judge by: the one given, else the workbook's own, else the built-in one. A
 * workbook rulebook with problems, or a hand-edited lookup table, is refused unless replaced.
 */
function rulesToUse(found: WorkbookRules, file: string, given: Rules | undefined, language: Language = "en", restore = false): Rules {
  if (given !== undefined) return given;
  if (restore) return builtInRules(found.kind === "rulebook" ? found.rules.locale.tag : language);
  if (found.kind === "problems") throw new UnusableFileError(file, { code: "rulebook", problems: found.problems });
  if (found.kind === "edited_lookup") throw new UnusableFileError(file, { code: "rules_edited", differences: found.differences });
  return found.kind === "rulebook" ? found.rules : builtInRules(language);
}

/** The sheet of the register a view finds, if it finds one. */
function registerSheet(view: WorkbookView, target: RegisterTarget): string | undefined {
  try {
    return locateRegister(view, target).sheet;
  } catch {
    return undefined;
  }
}

async function auditParts(data: Buffer, file: string, options: AuditOptions): Promise<AuditedPackage> {
  inspectXlsx(data, file);
  const pkg = openPackage(data, file);
  const info = readWorkbook(pkg, file);
  if (!info.sheets.some((s) => s.part !== undefined)) throw new UnusableFileError(file, { code: "no_worksheets" });
  const sharedStrings = readSharedStrings(pkg, info.sharedStrings);
  // Read only, the register's sheet is scanned only as far as finding the register needs: its
  // rows are read once, by the judging pass (registerEdit.ts).
  const { view, scans } = await readView(pkg, info, sharedStrings, options.readOnly ? (partial) => registerSheet(partial, options) : undefined);
  const suppliers = await readSuppliers(pkg, info, sharedStrings);
  const found = workbookRules(rulesSheetCells(info, scans));
  const rules = rulesToUse(found, file, options.rules, options.language, options.restoreRules);
  const own = found.kind === "rulebook" ? found.rules : null;
  let loc: RegisterLocation;
  try {
    loc = locateRegister(view, options);
  } catch (error) {
    return within(error, file);
  }
  if (loc.sheet.toLowerCase() === RULES_SHEET.toLowerCase()) throw new UnusableFileError(file, { code: "register_on_rules_sheet", sheet: RULES_SHEET });
  const sheet = info.sheets.find((s) => s.name === loc.sheet);
  const part = sheet?.part as string;
  const styles = new StyleBook(info.styles === undefined ? undefined : pkg.text(info.styles));
  let edited: Awaited<ReturnType<typeof editRegisterSheet>>;
  let readsSuppliers = false;
  try {
    const columns = planColumns(loc, options.columns);
    const block = columns.appendBlock;
    // Another table in the cells the columns would take: Excel refuses overlapping tables. (A
    // partial scan reads every table's header row, so a table is seen as the audit sees it.)
    if (block !== null && info.tables.some((t) => t.sheet === loc.sheet && t.name !== loc.table && intersects(t.rect, block))) throw appendRefusal(loc, block);
    const drawing = planDrawing(loc, columns, rules, loc.lastRow, options.readOnly ? "extent" : "all");
    readsSuppliers = judgesSuppliers(columns);
    edited = await editRegisterSheet(pkg, part, {
      loc, columns, drawing, sharedStrings, suppliers, rules,
      scan: scans.get(loc.sheet) as NonNullable<ReturnType<typeof scans.get>>,
      headerStyle: drawing.headers === null || options.readOnly ? 0 : styles.xf(STYLES.header),
      wrapStyle: options.readOnly ? 0 : styles.xf(STYLES.text),
      dxfIds: options.readOnly ? [] : drawing.conditionalFormats.rules.map((r) => styles.dxf(r.style)),
      readOnly: options.readOnly === true,
      ...(options.progress ? { progress: options.progress, progressEvery: options.progressEvery } : {}),
    });
    if (options.readOnly) return { ...reportOf(edited), rules: rulesIdentity(rules), replaced: null, rulesWritten: false, stages: edited.stages, teams: edited.teams, data: Buffer.alloc(0), changedParts: [] };
    if (edited.part !== null) pkg.replace(part, edited.part);
    setPrintRange(pkg, info, loc.sheet, drawing.print, edited.lastRow);
    const table = info.tables.find((t) => t.sheet === loc.sheet && t.name === loc.table);
    if (drawing.tableRect !== null && table !== undefined && drawing.headers !== null) {
      pkg.replace(table.part, Buffer.from(growTable(pkg.text(table.part) as string, drawing.tableRect, table.totalsRows, drawing.headers.values), "utf8"));
    }
  } catch (error) {
    return within(error, file);
  }
  // A rules sheet already holding this rulebook, its lookup current, is left as it is.
  const rulesWritten = !(found.kind === "rulebook" && found.current && found.rules === rules);
  const withRules = rulesWritten ? writeRulesSheet(pkg, info, styles, file, rules) : info;
  // The supplier-fit formulas read it: an empty one when the workbook has none.
  if (readsSuppliers) addSuppliersSheet(pkg, withRules, styles, rules.locale.tag);
  saveStyles(pkg, info, styles);
  recalculateOnOpen(pkg, info);
  await pkg.checkCopies();
  const replaced = own !== null && own !== rules && own.fingerprint !== rules.fingerprint ? rulesIdentity(own) : null;
  return {
    ...reportOf(edited),
    rules: rulesIdentity(rules),
    replaced,
    rulesWritten,
    stages: edited.stages,
    teams: edited.teams,
    data: pkg.save(),
    changedParts: pkg.changedParts(),
  };
}

/** The rulebook a file carries (--rules FILE): a workbook's own (the built-in one's on an old rules sheet), or a JSON rulebook's. */
export async function rulesOfFile(file: string): Promise<Rules> {
  const data = await readInput(file);
  if (path.extname(file).toLowerCase() === ".json") return rulesOfJson(data.toString("utf8"), file);
  return refusing(file, async () => {
    inspectXlsx(data, file);
    const pkg = openPackage(data, file);
    const info = readWorkbook(pkg, file);
    const { scans } = await readView(pkg, info, readSharedStrings(pkg, info.sharedStrings));
    const found = workbookRules(rulesSheetCells(info, scans));
    if (found.kind === "none") throw new UnusableFileError(file, { code: "no_rulebook" });
    return rulesToUse(found, file, undefined);
  });
}

export async function auditFile(input: string, options: AuditOptions = {}): Promise<AuditResult> {
  const output = outputPathFor(input, options);
  await checkOutput(output, [input], options.replace === true);
  if (/\.xl[st]m$/i.test(input) && !/\.xl[st]m$/i.test(output)) {
    throw new UnusableFileError(input, { code: "macros_need_xlsm" });
  }
  const audited = await auditPackage(await readInput(input), input, options);
  await writeOutput(output, audited.data, options.replace === true);
  const { rules, replaced, rulesWritten } = audited;
  return { ...reportOf(audited), rules, replaced, rulesWritten, input, output };
}
