// Workbooks in the analyst's language (issue 26, parts 5 and 6): `template` and `rollup` write
// German, Chinese and Japanese words (headers, matrix, next steps, the rules' why-texts, the
// portfolio) chosen by --lang or the environment's locale, the rules sheet records the language,
// and a colleague whose tools are English gets the same verdicts, colours and counts: the audit
// keeps the workbook's language, LibreOffice recalculates its formulas to the core's values.
// A walk over every sheet checks that no English sentence is left where a language was asked for.

import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { builtInRules, LOCALES } from "../../src/core";
import type { Language } from "../../src/core";
import { main } from "../../src/cli/mfgmodel";
import { registerVerdict, sheetWords } from "../../src/workbook";
import type { RegisterInputs } from "../../src/workbook";
import { englishProse } from "../support/english";
import { recalculatedSheets } from "../support/libreoffice";
import { parts } from "../support/packages";

const DIR = path.resolve(__dirname, "..", "..", ".tmp", "cliLanguages");
const OTHERS = ["de", "zh", "ja"] as const;

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}

/** Every cell of every sheet as text, by sheet and address. */
async function texts(file: string): Promise<Map<string, string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const all = new Map<string, string>();
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    const v = cell.value as unknown;
    const text = typeof v === "string" ? v : v !== null && typeof v === "object" && "result" in (v as object) ? String((v as { result: unknown }).result ?? "") : "";
    if (text !== "") all.set(`${ws.name}!${cell.address}`, text);
  })));
  return all;
}


/** Typed by an analyst of each language: yes, no, not known yet, the levels, the models. */
const TYPED: Readonly<Record<Language, { yes: string; no: string; unknown: string; levels: readonly string[] }>> = {
  en: { yes: "Yes", no: "No", unknown: "TBD", levels: ["Low", "Medium", "High"] },
  de: { yes: "Ja", no: "Nein", unknown: "offen", levels: ["Niedrig", "Mittel", "Hoch"] },
  zh: { yes: "是", no: "否", unknown: "待定", levels: ["低", "中", "高"] },
  ja: { yes: "はい", no: "いいえ", unknown: "未定", levels: ["低", "中", "高"] },
};

function rows(language: Language): RegisterInputs[] {
  const t = TYPED[language];
  const out: RegisterInputs[] = [];
  for (const d of [t.yes, t.no, t.unknown]) for (const r of [t.yes, t.no, t.unknown]) for (const c of [...t.levels, t.unknown]) for (const m of ["OEM", "ODM", "JDM", ""]) out.push({ drawingsComplete: d, hasRequirements: r, complexity: c, chosenModel: m });
  return out;
}

/** A register in the add-in's own template of a language, filled by a colleague's tool (ExcelJS). */
async function filledTemplate(language: Language): Promise<string> {
  const dir = path.join(DIR, language);
  fs.mkdirSync(dir, { recursive: true });
  const template = path.join(dir, "template.xlsx");
  expect((await run("template", template, "--lang", language, "--replace")).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.getWorksheet("MFG Register") as ExcelJS.Worksheet;
  rows(language).forEach((r, i) => {
    const row = ws.getRow(i + 2);
    [`P${i}`, "", r.drawingsComplete, r.hasRequirements, r.complexity, r.chosenModel].forEach((v, c) => (row.getCell(c + 1).value = v as string));
  });
  const filled = path.join(dir, "filled.xlsx");
  await wb.xlsx.writeFile(filled);
  return filled;
}

beforeAll(async () => {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
  expect((await run("template", path.join(DIR, "en.xlsx"))).code).toBe(0);
});

describe.each(OTHERS)("a workbook in %s", (language) => {
  const rules = builtInRules(language);
  const words = sheetWords(language);

  test("template --lang: its headers, matrix, next steps, rules and dropdowns in the language, recorded on the rules sheet", async () => {
    const file = path.join(DIR, `${language}.xlsx`);
    expect((await run("template", file, "--lang", language)).code).toBe(0);
    const cells = await texts(file);
    expect(["A1", "C1", "E1", "H1", "J1"].map((a) => cells.get(`MFG Register!${a}`))).toEqual([
      ...(["project", "drawingsComplete", "complexity"] as const).map((r) => ({ de: { project: "Projekt", drawingsComplete: "Zeichnungen fertig", complexity: "Komplexität" }, zh: { project: "项目", drawingsComplete: "图纸完成", complexity: "复杂度" }, ja: { project: "プロジェクト", drawingsComplete: "図面完成", complexity: "複雑さ" } })[language][r]),
      words.computed.recommended,
      words.computed.why,
    ]);
    expect([cells.get("MFG Matrix!A1"), cells.get("MFG Rules!U2"), cells.get("MFG Rules!Q5")]).toEqual([words.matrixTitle, language, rules.rows[0]?.stage]);
    const sheet = [...(await parts(fs.readFileSync(file))).entries()].find(([name]) => name === "xl/worksheets/sheet1.xml")?.[1].toString("utf8") ?? "";
    // The dropdown offers the language's yes/no; the Fit column's colours key on the language's fit words.
    expect(sheet).toContain(`&quot;${LOCALES[language].yesNo.join(",")}&quot;`);
    expect(sheet).toContain(`=&quot;${LOCALES[language].fit.mismatch}&quot;`);

    // No English sentence where the English workbook has one: every cell, compared with the same cell of the English template.
    const english = await texts(path.join(DIR, "en.xlsx"));
    const left = [...english].filter(([at, text]) => englishProse(text) && cells.get(at) === text && !/^MFG Rules![A-Z]+4$/.test(at));
    expect(left).toEqual([]);
  });

  test("audited by a colleague whose locale is English: same verdicts and counts as in English, the workbook's words kept, LibreOffice agrees", async () => {
    const filled = await filledTemplate(language);
    const audited = path.join(DIR, language, "audited.xlsx");
    const result = await run("audit", filled, "-o", audited, "--json");
    const [json] = JSON.parse(result.out) as { counts: Record<string, number>; rules: { language: string; builtIn: boolean } }[];
    const english = rows("en").map((r) => registerVerdict(builtInRules("en"), r).status);
    const counted = (statuses: string[]) => Object.fromEntries((["fit", "conditional", "mismatch", "incomplete", "bad input"] as const).map((s) => [s === "bad input" ? "badInput" : s, statuses.filter((x) => x === s).length]));
    expect([json?.counts, json?.rules.language, json?.rules.builtIn]).toEqual([counted(english), language, true]);

    const all = rows(language);
    const want = all.map((r) => {
      const v = registerVerdict(rules, r);
      return [v.stage, v.recommended, v.fit, v.why];
    });
    const register = recalculatedSheets(audited, path.join(DIR, language, "csv"))["MFG Register"] ?? [];
    const got = all.map((_, i) => (register[i + 1] ?? []).slice(6, 10));
    const differing = want.map((w, i) => ({ row: i + 2, got: got[i], want: w })).filter((m) => JSON.stringify(m.got) !== JSON.stringify(m.want));
    expect(differing.slice(0, 3)).toEqual([]);
    // Every computed cell in the workbook's language: no English sentence (Stage, Recommended model, Fit, Why, Supplier offers).
    expect(register.slice(1).flatMap((line) => line.slice(6, 11)).filter(englishProse)).toEqual([]);
    expect(got.filter((g) => g[2] === LOCALES[language].fit.mismatch).length).toBe(all.filter((r) => registerVerdict(rules, r).status === "mismatch").length);
  });
});

describe("the language of the command line", () => {
  test("LANG chooses it when --lang is not given; an unknown --lang is refused naming the languages", async () => {
    const saved = process.env.LANG;
    process.env.LANG = "de_DE.UTF-8";
    try {
      expect((await run("template", path.join(DIR, "from-lang.xlsx"))).code).toBe(0);
    } finally {
      process.env.LANG = saved;
    }
    expect((await texts(path.join(DIR, "from-lang.xlsx"))).get("MFG Rules!U2")).toBe("de");
    const refused = await run("template", path.join(DIR, "fr.xlsx"), "--lang", "fr");
    expect([refused.code, refused.err.trim()]).toEqual([2, `error: --lang "fr" is not a language mfgmodel writes; use en, de, zh, ja. Run "mfgmodel template --help" for usage.`]);
  });

  test("rollup --lang de: a German portfolio counts English and German registers on the same stage rows", async () => {
    const en = await filledTemplate("en");
    const de = path.join(DIR, "de", "filled.xlsx");
    const portfolio = path.join(DIR, "portfolio-de.xlsx");
    const result = await run("rollup", en, de, "-o", portfolio, "--lang", "de", "--jobs", "1", "--replace");
    expect(result.code).toBe(1);
    const cells = await texts(portfolio);
    const stageRows = [...cells].filter(([at]) => /^By stage!A([3-9]|\d\d+)$/.test(at)).map(([, text]) => text);
    expect(stageRows).toEqual(["Phase", "Produktionsreif", "Anforderungen definiert", "Komplexes System", "Frühe Entwicklung (F&E)", "Noch nicht bekannt"]);
    expect(cells.get("Portfolio!A1")).toBe(sheetWords("de").portfolio.title);
    expect(cells.get("Portfolio!E3")).toBe("Passt");
  });
});

describe("the command line speaks the language", () => {
  test("classify --lang de answers in German, LANG=ja_JP in Japanese; --json stays English unless --lang asks", async () => {
    const de = await run("classify", "--drawings", "nein", "--requirements", "ja", "--complexity", "hoch", "--chosen", "ODM", "--lang", "de");
    expect([de.code, de.out.trim().split("\n").slice(0, 3)]).toEqual([0, ["Phase: Komplexes System", "Empfohlenes Modell: JDM", "Passung von ODM: Bedingt"]]);
    const saved = process.env.LANG;
    process.env.LANG = "ja_JP.UTF-8";
    try {
      const ja = await run("classify", "--drawings", "no", "--requirements", "yes", "--complexity", "high");
      expect(ja.out.trim().split("\n").slice(0, 2)).toEqual(["段階：複雑なシステム", "推奨モデル：JDM"]);
      expect(englishProse(ja.out)).toBe(false);
      const json = JSON.parse((await run("classify", "--drawings", "no", "--requirements", "yes", "--complexity", "high", "--json")).out) as { stage: string };
      expect(json.stage).toBe("Complex system");
      const asked = JSON.parse((await run("classify", "--drawings", "no", "--requirements", "yes", "--complexity", "high", "--json", "--lang", "ja")).out) as { stage: string };
      expect(asked.stage).toBe("複雑なシステム");
    } finally {
      process.env.LANG = saved;
    }
  });

  test.each(OTHERS)("audit and rollup --lang %s: the summary, the lines and a refusal in the language", async (language) => {
    const filled = await filledTemplate(language);
    const audited = await run("audit", filled, "-o", path.join(DIR, language, "said.xlsx"), "--replace", "--lang", language);
    const lines = audited.out.trim().split("\n").slice(1);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.filter(englishProse)).toEqual([]);
    const portfolio = await run("rollup", filled, "-o", path.join(DIR, language, "portfolio.xlsx"), "--replace", "--jobs", "1", "--lang", language);
    expect(portfolio.out.trim().split("\n").filter(englishProse)).toEqual([]);
    // A workbook with no register: the refusal names it in the language.
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Notes").addRow(["minutes of the gate review"]);
    const none = path.join(DIR, language, "none.xlsx");
    await empty.xlsx.writeFile(none);
    const refused = await run("audit", none, "-o", path.join(DIR, language, "none-out.xlsx"), "--replace", "--lang", language);
    expect([refused.code, englishProse(refused.err.replace(/^error: /, "").replace(/--map "[^"]*"/, ""))]).toEqual([2, false]);
    // Rolled up with a register, the file it could not read is said in the language, on its line and in the portfolio's Note.
    const withNone = await run("rollup", filled, none, "-o", path.join(DIR, language, "portfolio-none.xlsx"), "--replace", "--jobs", "1", "--lang", language);
    expect([withNone.code, withNone.out.trim().split("\n").filter(englishProse)]).toEqual([2, []]);
    const note = (await texts(path.join(DIR, language, "portfolio-none.xlsx"))).get("Portfolio!K5") ?? "";
    expect([note.includes("none.xlsx"), englishProse(note)]).toEqual([true, false]);
  });
});

describe("usage errors in the language", () => {
  test.each(OTHERS)("%s: a usage error and the pointer to --help, with no English sentence", async (language) => {
    for (const argv of [["audit"], ["rollup", "x.xlsx"], ["classify"], ["template", "a.txt"], ["rules", "import"], ["audit", "a.xlsx", "--bogus"]]) {
      const said = await run(...argv, "--lang", language);
      expect([argv.join(" "), said.code]).toEqual([argv.join(" "), 2]);
      expect([argv.join(" "), englishProse(said.err.replace(/^error: /, ""))]).toEqual([argv.join(" "), false]);
    }
  });

  test("every usage error the command line throws has its German, Chinese and Japanese", () => {
    const dir = path.resolve(__dirname, "..", "..", "src", "cli");
    const untranslated = fs.readdirSync(dir).flatMap((f) => {
      const source = fs.readFileSync(path.join(dir, f), "utf8");
      return [...source.matchAll(/new UsageError\(/g)].map((m) => source.slice(m.index, source.indexOf(");", m.index))).filter((call) => !/\bde: /.test(call) && call !== "new UsageError(message").map((call) => `${f}: ${call.slice(0, 60)}`);
    });
    expect(untranslated).toEqual([]);
  });
});

describe("--help in the language", () => {
  const COMMANDS = [[], ["template"], ["audit"], ["rollup"], ["rules"], ["classify"]] as const;
  /** A help line without what is typed as is: quoted names, options, placeholders, paths, globs and JSON keys. */
  const prose = (line: string) => line.replace(/"[^"]*"|„[^“]*“|「[^」]*」|\{[^}]*\}|<[^>]*>|\[[^\]]*\]|(^|\s)-{1,2}[a-z-]+|\S+\.(xlsx|xlsm|json|md)\b|mfgmodel \S+/g, " ");
  const options = (text: string) => [...new Set(text.match(/(?<![\w-])--?[a-z][a-z-]*/g))].sort();

  test.each(OTHERS)("%s: every command's help is in the language and names the same options as the English", async (language) => {
    for (const command of COMMANDS) {
      const english = await run(...command, "--help", "--lang", "en");
      const theirs = await run(...command, "--help", "--lang", language);
      const name = command.join(" ") || "mfgmodel";
      expect([name, theirs.code, theirs.out === english.out]).toEqual([name, 0, false]);
      expect([name, theirs.out.split("\n").filter((line) => englishProse(prose(line)))]).toEqual([name, []]);
      expect([name, options(theirs.out)]).toEqual([name, options(english.out)]);
    }
  });

  test.each(OTHERS)("%s: the help of the environment's language, and an unknown --lang gives the English", async (language) => {
    const before = process.env.LANG;
    process.env.LANG = `${language}_XX.UTF-8`;
    try {
      const byLocale = await run("audit", "--help");
      expect(byLocale.out).toBe((await run("audit", "--help", "--lang", language)).out);
      expect((await run("audit", "--help", "--lang", "fr")).out).toBe((await run("audit", "--help", "--lang", "en")).out);
    } finally {
      process.env.LANG = before;
    }
  });

  test.each(OTHERS)("%s: classify's help lists the words the language's rulebook lists", async (language) => {
    const said = (await run("classify", "--help", "--lang", language)).out;
    const rules = builtInRules(language);
    expect([rules.vocabulary.boolean.display, rules.vocabulary.complexity.display].map((words) => said.includes(words))).toEqual([true, true]);
  });
});

describe("rules export --lang", () => {
  test.each(OTHERS)("%s: the built-in rules of the language, said in the language", async (language) => {
    const out = path.join(DIR, language, "built-in.json");
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const said = await run("rules", "export", "-o", out, "--replace", "--lang", language);
    const data = JSON.parse(fs.readFileSync(out, "utf8")) as { name: string; language: string };
    expect([said.code, data.language, data.name, said.out.includes(builtInRules(language).name), englishProse(said.out.replace(out, ""))]).toEqual([0, language, builtInRules(language).name, true, false]);
  });
});
