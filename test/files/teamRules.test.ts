// A team's rulebook through the file layer: a register whose decision table a team edited (in a
// colleague's tool, here ExcelJS) is audited by those rules, recalculated by LibreOffice to the
// same verdicts, and keeps the edit; a broken edit stops the audit; --rules and --restore-rules
// replace it and say so.

import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as fs from "fs";
import * as path from "path";
import { BUILT_IN_RULES } from "../../src/core";
import type { Rules } from "../../src/core";
import { main } from "../../src/cli/mfgmodel";
import { auditFile, rulesOfFile } from "../../src/files/audit";
import { UnusableFileError } from "../../src/files/inspect";
import { writeTemplate } from "../../src/files/template";
import { DECISIONS_TABLE, readRulebook, REGISTER_SHEET, registerVerdict, RULES_SHEET, ruleKeyOf } from "../../src/workbook";
import type { RegisterInputs } from "../../src/workbook";
import { hasLibreOffice, recalculatedSheets } from "../support/libreoffice";

const DIR = path.resolve(__dirname, "..", "..", ".tmp", "team-rules");
const file = (name: string) => path.join(DIR, name);

/** Every fact known or not × every level or none × every model or none. */
const ROWS: RegisterInputs[] = [];
for (const d of ["Yes", "No", ""]) for (const r of ["Yes", "No", ""]) for (const c of ["Low", "Medium", "High", ""]) for (const m of ["", "OEM", "ODM", "JDM"]) ROWS.push({ drawingsComplete: d, hasRequirements: r, complexity: c, chosenModel: m });

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

/** The template with ROWS typed into its register, audited: a register on the built-in rules. */
async function builtInRegister(): Promise<string> {
  await writeTemplate(file("template.xlsx"), true);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file("template.xlsx"));
  const ws = wb.getWorksheet(REGISTER_SHEET)!;
  // Cell by cell: the template's formulas right of the inputs stay.
  ROWS.forEach((r, i) => [`P${i}`, "Acme", r.drawingsComplete, r.hasRequirements, r.complexity, r.chosenModel].forEach((v, c) => (ws.getCell(i + 2, c + 1).value = v === "" ? null : (v as ExcelJS.CellValue))));
  const table = (ws as any).tables.MfgRegister.table;
  table.tableRef = `A1:L${ROWS.length + 1}`;
  table.autoFilterRef = table.tableRef;
  await wb.xlsx.writeFile(file("register.xlsx"));
  return (await auditFile(file("register.xlsx"), { output: file("register.audited.xlsx"), replace: true })).output;
}

/** The decision table's cells, by header, in a workbook ExcelJS opened. */
function decisionCells(wb: ExcelJS.Workbook) {
  const ws = wb.getWorksheet(RULES_SHEET)!;
  const ref = (ws as any).tables[DECISIONS_TABLE].table.tableRef as string;
  const top = Number(/\d+/.exec(ref)![0]);
  const left = Number(ws.getCell(ref.split(":")[0]!).col);
  const headers: string[] = [];
  for (let c = left; ws.getCell(top, c).value !== null; c++) headers.push(String(ws.getCell(top, c).value));
  const rowOf = (d: boolean, r: boolean, c: string) => {
    for (let row = top + 1; ; row++) if (ws.getCell(row, left).value === d && ws.getCell(row, left + 1).value === r && ws.getCell(row, left + 2).value === c) return row;
  };
  return { ws, at: (row: number, header: string) => ws.getCell(row, left + headers.indexOf(header)), rowOf };
}

/**
 * The team's note on ODM: longer than Excel takes as one text in a formula, with quotes, so the
 * rules sheet's comparison formulas must write it in pieces every engine reads.
 */
const ODM_NOTE = `ODM is conditional: our battery packs needed rework. ${"The \"thermal runaway\" tests of two ODM packs failed at the cell supplier's line; ".repeat(3)}Ask for test reports first.`;

/** The battery team's edit, made and saved by ExcelJS: medium complexity with requirements and no drawings goes JDM. */
async function teamEdit(input: string, output: string, extra?: (cells: ReturnType<typeof decisionCells>) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  const cells = decisionCells(wb);
  const row = cells.rowOf(false, true, "Medium");
  cells.at(row, "Stage").value = "Joint development";
  cells.at(row, "Recommended model").value = "JDM";
  cells.at(row, "ODM fit").value = "Conditional";
  cells.at(row, "JDM fit").value = "Fit";
  cells.at(row, "ODM note").value = ODM_NOTE;
  cells.at(row, "JDM note").value = null;
  cells.ws.getCell("O2").value = "Battery team";
  cells.ws.getCell("O3").value = "3";
  extra?.(cells);
  await wb.xlsx.writeFile(output);
}

/** The team's rulebook as the test expects it, read from the same edit of the built-in one. */
function teamRules(): Rules {
  const rows = BUILT_IN_RULES.rows.map((r) =>
    r.drawingsComplete === false && r.hasRequirements === true && r.complexity === "Medium"
      ? { ...r, stage: "Joint development", recommended: "JDM", fit: { ...r.fit, ODM: "△" as const, JDM: "✓" as const }, notes: { OEM: r.notes.OEM as string, ODM: ODM_NOTE } }
      : r,
  );
  const read = readRulebook({
    name: "Battery team",
    version: "3",
    levels: "",
    at: { row: 4, column: 14 },
    header: ["Drawings complete", "Requirements defined", "Complexity", "Stage", "Recommended model", "OEM fit", "ODM fit", "JDM fit", "Why", "OEM note", "ODM note", "JDM note"],
    rows: rows.map((r) => [
      r.drawingsComplete === "any" ? "Any" : r.drawingsComplete,
      r.hasRequirements === "any" ? "Any" : r.hasRequirements,
      r.complexity === "any" ? "Any" : r.complexity,
      r.stage,
      r.recommended,
      ...["OEM", "ODM", "JDM"].map((m) => r.fit[m]),
      r.why,
      ...["OEM", "ODM", "JDM"].map((m) => r.notes[m] ?? ""),
    ]),
  });
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  return read.rules;
}

const want = (rules: Rules) =>
  ROWS.map((inputs) => {
    const v = registerVerdict(rules, inputs);
    return [v.stage, v.recommended, v.fit, v.why, ruleKeyOf(rules, inputs)];
  });

/** The computed cells (Stage, Recommended model, Fit, Why; Rule key) the audit cached, as text. */
async function cached(output: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(output);
  const ws = wb.getWorksheet(REGISTER_SHEET)!;
  const result = (r: number, c: number) => String((ws.getCell(r, c).value as { result?: unknown } | null)?.result ?? "");
  return ROWS.map((_, i) => [7, 8, 9, 10, 12].map((c) => result(i + 2, c)));
}

const part = async (output: string, name: string) => (await JSZip.loadAsync(fs.readFileSync(output))).file(name)?.async("nodebuffer");

describe("a team's rulebook in the file layer", () => {
  let audited = "";
  beforeAll(async () => {
    if (!hasLibreOffice()) throw new Error("LibreOffice (soffice) is missing: run npm test, or apt-get install libreoffice-calc.");
    fs.rmSync(DIR, { recursive: true, force: true });
    fs.mkdirSync(DIR, { recursive: true });
    audited = await builtInRegister();
  });

  test("audited by the team's rules, recalculated by LibreOffice to the same verdicts, and the edit kept", async () => {
    await teamEdit(audited, file("team.xlsx"));
    const result = await auditFile(file("team.xlsx"), { output: file("team.audited.xlsx") });
    const team = teamRules();
    expect(result.rules).toEqual({ name: "Battery team", version: "3", fingerprint: team.fingerprint, language: "en", builtIn: false, rowsDiffering: 1, spellingsAdded: 0 });
    expect(result.replaced).toBeNull();
    // The team's row is really judged by: its stage reaches the register.
    const expected = want(team);
    expect(expected.some((w) => w[0] === "Joint development")).toBe(true);
    expect(expected).not.toEqual(want(BUILT_IN_RULES));

    const mismatches = (got: string[][]) => got.map((g, i) => ({ row: i + 2, got: g, want: expected[i] })).filter((m) => JSON.stringify(m.got) !== JSON.stringify(m.want));
    expect(mismatches(await cached(result.output)).slice(0, 5)).toEqual([]);

    // LibreOffice recalculates every formula from the rules sheet the audit wrote.
    const sheets = recalculatedSheets(result.output, file("csv"));
    const register = sheets[REGISTER_SHEET]!;
    expect(mismatches(ROWS.map((_, i) => [6, 7, 8, 9, 11].map((c) => register[i + 1]?.[c] ?? ""))).slice(0, 5)).toEqual([]);

    // The team's edit is still on its sheet, cell for cell.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(result.output);
    const cells = decisionCells(wb);
    const row = cells.rowOf(false, true, "Medium");
    expect(["Stage", "Recommended model", "ODM fit", "JDM fit", "ODM note"].map((h) => cells.at(row, h).value)).toEqual(["Joint development", "JDM", "Conditional", "Fit", ODM_NOTE]);
    expect([cells.ws.getCell("O2").value, cells.ws.getCell("O3").value]).toEqual(["Battery team", "3"]);
  });

  test("audited again, the rules sheet is left byte for byte and the verdicts are the same", async () => {
    const again = await auditFile(file("team.audited.xlsx"), { output: file("team.again.xlsx") });
    expect(again.rulesWritten).toBe(false);
    const sheetPart = "xl/worksheets/sheet4.xml";
    expect((await part(file("team.again.xlsx"), sheetPart))?.toString()).toContain("Battery team");
    expect(await part(file("team.again.xlsx"), sheetPart)).toEqual(await part(file("team.audited.xlsx"), sheetPart));
    expect(again.counts).toEqual((await auditFile(file("team.audited.xlsx"), { output: file("team.third.xlsx") })).counts);
  });

  test("edited and not applied yet, valid or broken: LibreOffice shows the marker in every computed cell, never the old rules' verdict", async () => {
    const words = BUILT_IN_RULES.locale.marker;
    await teamEdit(audited, file("unapplied.xlsx"));
    await teamEdit(audited, file("unapplied-broken.xlsx"), (cells) => (cells.at(cells.rowOf(true, "Any" as never, "Any"), "OEM fit").value = "Maybe"));
    const keys = want(BUILT_IN_RULES).map((w) => w[4]);
    for (const name of ["unapplied", "unapplied-broken"]) {
      const register = recalculatedSheets(file(`${name}.xlsx`), file(`csv-${name}`))[REGISTER_SHEET]!;
      const shown = ROWS.map((_, i) => [6, 7, 8, 9, 10, 11].map((c) => register[i + 1]?.[c] ?? ""));
      expect(shown).toEqual(keys.map((key) => [...Array(5).fill(words.symbol + words.rulesEdited), key]));
    }
    // Applied by the audit, the same edit gives the team's verdicts again (the first test's).
    const applied = recalculatedSheets((await auditFile(file("unapplied.xlsx"), { output: file("unapplied.audited.xlsx") })).output, file("csv-applied"))[REGISTER_SHEET]!;
    expect(ROWS.map((_, i) => [6, 7, 8, 9, 11].map((c) => applied[i + 1]?.[c] ?? ""))).toEqual(want(teamRules()));
  });

  test("a rules sheet written before it counted edits is written again once, then left byte for byte", async () => {
    // The sheet as the previous version wrote it: no count of edits in B3 (nor its grid).
    const zip = await JSZip.loadAsync(fs.readFileSync(file("team.audited.xlsx")));
    const sheetPart = "xl/worksheets/sheet4.xml";
    const xml = await zip.file(sheetPart)!.async("string");
    expect(xml).toMatch(/<c r="B3"[^>]*><f>/);
    zip.file(sheetPart, xml.replace(/<c r="B3"[^>]*>.*?<\/c>/, ""));
    fs.writeFileSync(file("older.xlsx"), await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    const upgraded = await auditFile(file("older.xlsx"), { output: file("older.audited.xlsx") });
    expect([upgraded.rulesWritten, upgraded.rules.name]).toEqual([true, "Battery team"]);
    expect((await part(file("older.audited.xlsx"), sheetPart))?.toString()).toMatch(/<c r="B3"[^>]*><f>/);
    expect((await auditFile(file("older.audited.xlsx"), { output: file("older.again.xlsx") })).rulesWritten).toBe(false);
  });

  test("a broken edit stops the audit: exit 2, the cell named, nothing written", async () => {
    await teamEdit(audited, file("broken.xlsx"), (cells) => (cells.at(cells.rowOf(true, "Any" as never, "Any"), "OEM fit").value = "Maybe"));
    await expect(auditFile(file("broken.xlsx"), { output: file("broken.audited.xlsx") })).rejects.toMatchObject({ problem: { code: "rulebook" } });
    const cli = await run("audit", file("broken.xlsx"), "--json");
    expect(cli.code).toBe(2);
    const [json] = JSON.parse(cli.out) as { error: string; errorCode: string; rules: unknown }[];
    expect(json?.errorCode).toBe("rulebook");
    expect(json?.error).toContain(`'MFG Rules'!S5: the fit of OEM is "Maybe"; use "Fit", "Conditional", "Mismatch".`);
    expect(fs.existsSync(file("broken.audited.xlsx"))).toBe(false);
  });

  test("--restore-rules and --rules replace the workbook's rulebook, and say which they replaced", async () => {
    const restored = await run("audit", file("team.audited.xlsx"), "-o", file("restored.xlsx"), "--restore-rules");
    expect(restored.code).toBe(1); // the rows include mismatches
    expect(restored.out).toContain("judged by rules: Built-in rules, version 1");
    expect(restored.out).toContain("replaced the workbook's rules: Battery team, version 3");
    expect(await cached(file("restored.xlsx"))).toEqual(want(BUILT_IN_RULES));

    // The organisation's rulebook (the team's workbook) applied to a register on the built-in rules.
    const applied = await run("audit", audited, "-o", file("applied.xlsx"), "--rules", file("team.audited.xlsx"), "--json");
    const [json] = JSON.parse(applied.out) as { rules: { name: string }; replacedRules: { name: string } | null }[];
    expect([json?.rules.name, json?.replacedRules?.name]).toEqual(["Battery team", "Built-in rules"]);
    expect(await cached(file("applied.xlsx"))).toEqual(want(teamRules()));

    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Notes").getCell("A1").value = "no rules here";
    await plain.xlsx.writeFile(file("plain.xlsx"));
    const none = await run("audit", audited, "-o", file("x.xlsx"), "--rules", file("plain.xlsx"));
    expect([none.code, none.err]).toEqual([2, `error: --rules: ${file("plain.xlsx")}: the workbook has no rules sheet ("MFG Rules"), so it carries no rulebook to apply. Name a register workbook with its rules, or one written by mfgmodel rules export.\n`]);
    expect((await run("audit", audited, "--rules", "a.xlsx", "--restore-rules")).code).toBe(2);
  });

  test("rules export: the team's rulebook as a workbook another audit applies, or as JSON", async () => {
    const exported = await run("rules", "export", "--from", file("team.audited.xlsx"), "-o", file("battery.xlsx"));
    expect([exported.code, exported.out]).toEqual([0, `wrote ${file("battery.xlsx")}: Battery team, version 3 (fingerprint ${teamRules().fingerprint}; differs from the built-in rules in 1 row)\n`]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("battery.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual([RULES_SHEET]);
    const applied = await auditFile(audited, { output: file("from-export.xlsx"), rules: await rulesOfFile(file("battery.xlsx")) });
    expect([applied.rules.fingerprint, applied.replaced?.name]).toEqual([teamRules().fingerprint, "Built-in rules"]);
    expect(await cached(applied.output)).toEqual(want(teamRules()));

    expect((await run("rules", "export", "--from", file("team.audited.xlsx"), "-o", file("battery.json"))).code).toBe(0);
    const json = JSON.parse(fs.readFileSync(file("battery.json"), "utf8")) as { name: string; version: string; rows: { stage: string }[] };
    expect([json.name, json.version, json.rows.map((r) => r.stage)]).toEqual(["Battery team", "3", teamRules().rows.map((r) => r.stage)]);

    // The JSON travels back: audit --rules battery.json judges by the team's rules.
    const fromJson = await run("audit", audited, "-o", file("from-json.xlsx"), "--rules", file("battery.json"), "--json");
    expect((JSON.parse(fromJson.out) as { rules: { fingerprint: string } }[])[0]?.rules.fingerprint).toBe(teamRules().fingerprint);
    expect(await cached(file("from-json.xlsx"))).toEqual(want(teamRules()));
    const broken = JSON.parse(fs.readFileSync(file("battery.json"), "utf8")) as { rows: { fit: Record<string, string>; notes: Record<string, string> }[] };
    broken.rows[1]!.fit.OEM = "X";
    fs.writeFileSync(file("broken.json"), JSON.stringify(broken));
    const shape = await run("audit", audited, "-o", file("no.xlsx"), "--rules", file("broken.json"));
    expect([shape.code, shape.err]).toEqual([2, `error: --rules: ${file("broken.json")}: not a rulebook that can be used: rulebook.rows[1].fit.OEM must be one of ✓ △ —. Write it with mfgmodel rules export, or correct it.\n`]);
    broken.rows[1]!.fit.OEM = "✓";
    fs.writeFileSync(file("broken.json"), JSON.stringify(broken));
    expect((await run("audit", audited, "-o", file("no.xlsx"), "--rules", file("broken.json"))).err).toContain("rows[1]: OEM is the primary fit of this row; leave its note empty.");
    fs.writeFileSync(file("not.json"), "{");
    expect((await run("audit", audited, "-o", file("no.xlsx"), "--rules", file("not.json"))).err).toMatch(/not\.json: not a rulebook that can be used: it is not JSON \(/);
    expect(fs.existsSync(file("no.xlsx"))).toBe(false);

    expect((await run("rules", "export", "-o", file("built-in.xlsx"))).out).toContain("Built-in rules, version 1");
    expect((await run("rules", "export", "--from", file("broken.xlsx"), "-o", file("nope.xlsx"))).code).toBe(2);
    expect(fs.existsSync(file("nope.xlsx"))).toBe(false);
    const usage = await run("rules", "import", "x.json");
    expect([usage.code, usage.err]).toEqual([2, 'error: rules takes one action, export (e.g. mfgmodel rules export -o rules.xlsx), not "import x.json". Run "mfgmodel rules --help" for usage.\n']);
    expect((await run("rules", "export", "-o", file("rules.csv"))).code).toBe(2);
  });

  test("rollup names the rules each register was judged by, and flags the ones not expected", async () => {
    const result = await run("rollup", audited, file("team.audited.xlsx"), "-o", file("portfolio.xlsx"), "--expect-rules", file("team.audited.xlsx"), "--json");
    expect(result.code).toBe(1);
    const json = JSON.parse(result.out) as { registers: { rules: { name: string }; rulesAsExpected: boolean | null }[] };
    expect(json.registers.map((r) => [r.rules.name, r.rulesAsExpected])).toEqual([["Built-in rules", false], ["Battery team", true]]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file("portfolio.xlsx"));
    const ws = wb.getWorksheet("Portfolio")!;
    expect(ws.getCell("L3").value).toBe("Rules");
    expect([ws.getCell("L4").value, ws.getCell("L5").value]).toEqual([
      `⚠ not the expected rules: Built-in rules, version 1 (${BUILT_IN_RULES.fingerprint})`,
      `Battery team, version 3 (${teamRules().fingerprint})`,
    ]);
    // The team's own stage is a row of the stage grid.
    const stages: unknown[] = [];
    wb.getWorksheet("By stage")!.getColumn(1).eachCell((c) => stages.push(c.value));
    expect(stages).toContain("Joint development");
    const plain = await run("rollup", audited, file("team.audited.xlsx"), "-o", file("portfolio2.xlsx"));
    expect(plain.out).toContain(`rules: Battery team, version 3 (fingerprint ${teamRules().fingerprint}; differs from the built-in rules in 1 row)`);
  });

  test("a workbook on another version's built-in rules is told of the update; a team's rulebook is not", async () => {
    // As an older add-in would have written its built-in rules: named so, version 0, one row other.
    await teamEdit(audited, file("old-built-in.xlsx"), (cells) => {
      cells.ws.getCell("O2").value = "Built-in rules";
      cells.ws.getCell("O3").value = "0";
    });
    const old = await run("audit", file("old-built-in.xlsx"), "-o", file("old-built-in.audited.xlsx"));
    expect(old.out).toContain("  note: these are the built-in rules of version 0; this version's are 1 (add --restore-rules to update them)\n");
    const team = await run("audit", file("team.audited.xlsx"), "-o", file("team.told.xlsx"));
    expect(team.out).not.toContain("note:");
  });

  test("a rules table edited by hand before rulebooks is refused, not overwritten", async () => {
    // An old rules sheet: the lookup table alone, one Fit cell changed by hand.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(audited);
    const ws = wb.getWorksheet(RULES_SHEET)!;
    delete (ws as any).tables[DECISIONS_TABLE];
    for (let r = 1; r <= 20; r++) for (let c = 13; c <= 26; c++) ws.getCell(r, c).value = null;
    for (let r = 5; ; r++) {
      if (ws.getCell(r, 1).value === "F|T|H|ODM") {
        ws.getCell(r, 8).value = "Fit";
        break;
      }
    }
    await wb.xlsx.writeFile(file("old.xlsx"));
    await expect(auditFile(file("old.xlsx"), { output: file("old.audited.xlsx") })).rejects.toThrow(UnusableFileError);
    await expect(auditFile(file("old.xlsx"), { output: file("old.audited.xlsx") })).rejects.toMatchObject({
      problem: { code: "rules_edited", differences: ['Rule F|T|H|ODM: Fit is "Fit" here, "Conditional" in the add-in.'] },
    });
    expect((await auditFile(file("old.xlsx"), { output: file("old.restored.xlsx"), rules: BUILT_IN_RULES })).rules.builtIn).toBe(true);
  });
});
