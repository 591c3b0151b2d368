// Registers typed in German, Chinese and Japanese, under their own headers in that language,
// judged by the built-in rules: the words analysts of those languages type for yes/no, the
// complexity levels and not known yet are accepted by the core, written into the rules sheet's spellings, and the native formulas that
// LibreOffice recalculates give the core's verdicts, with no bad input. The English messages
// still list the English words only.

import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { BUILT_IN_RULES, cellParser } from "../../src/core";
import { auditFile } from "../../src/files/audit";
import { registerVerdict, ruleKeyOf } from "../../src/workbook";
import type { RegisterInputs } from "../../src/workbook";
import { recalculatedSheets } from "../support/libreoffice";

const DIR = path.resolve(__dirname, "..", "..", ".tmp", "languages");

/** What an analyst of each language types: yes, no, not known yet, and the three levels. */
const TYPED = {
  de: { yes: ["Ja", "ja", "WAHR"], no: ["Nein", "Falsch"], unknown: ["unbekannt", "offen", "k. A."], levels: ["Niedrig", "Mittel", "Hoch"], models: ["OEM", "ODM", "JDM"] },
  zh: { yes: ["是", "真", "Ｙｅｓ"], no: ["否", "假"], unknown: ["未知", "待定", "不详", "ＴＢＤ"], levels: ["低", "中", "高"], models: ["OEM", "ＯＤＭ", "JDM"] },
  // A Japanese input method in full-width mode: full-width letters and digits, the ideographic space.
  ja: { yes: ["はい", "○", "\u3000はい\u3000", "１"], no: ["いいえ", "×", "ｎｏ"], unknown: ["未定", "不明", "ｎ／ａ"], levels: ["低", "中", "高", "Ｈｉｇｈ"], models: ["ＯＥＭ", "ｏｄｍ", "JDM"] },
} as const;

/** The headers an analyst of each language gives the register's columns (docs/glossary.md). */
const HEADERS = {
  de: ["Projekt", "Lieferant", "Zeichnungen fertig", "Anforderungen definiert", "Komplexität", "Gewähltes Modell"],
  zh: ["项目", "供应商", "图纸完成", "需求已定义", "复杂度", "所选模式"],
  ja: ["プロジェクト", "サプライヤー", "図面完成", "要件定義済み", "複雑さ", "選択モデル"],
} as const;

function rows(words: (typeof TYPED)[keyof typeof TYPED]): RegisterInputs[] {
  const facts = [...words.yes, ...words.no, ...words.unknown];
  const out: RegisterInputs[] = [];
  for (const d of facts) for (const r of facts) for (const c of [...words.levels, words.unknown[0]]) for (const m of [...words.models, words.unknown[0]]) out.push({ drawingsComplete: d, hasRequirements: r, complexity: c, chosenModel: m });
  return out;
}

beforeAll(() => {
  fs.rmSync(DIR, { recursive: true, force: true });
  fs.mkdirSync(DIR, { recursive: true });
});

describe.each(Object.keys(TYPED) as (keyof typeof TYPED)[])("a register typed in %s", (language) => {
  const all = rows(TYPED[language]);

  test("the core reads every word: no bad input", () => {
    expect(all.filter((r) => registerVerdict(BUILT_IN_RULES, r).status === "bad input")).toEqual([]);
    // The English message still lists the English words.
    const refused = cellParser(BUILT_IN_RULES.vocabulary.boolean, "drawingsComplete")("vielleicht");
    expect(refused !== null && typeof refused === "object" && "issue" in refused ? refused.issue : null).toMatchObject({ code: "invalid_value", accepted: ["TRUE", "FALSE", "Yes", "No", "Y", "N", "1", "0"] });
  });

  test("audited, and recalculated by LibreOffice, every computed cell equals the core", async () => {
    const dir = path.join(DIR, language);
    fs.mkdirSync(dir, { recursive: true });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Register");
    // The analyst's own headers, in the analyst's language.
    ws.addRow([...HEADERS[language]]);
    all.forEach((r, i) => ws.addRow([`P${i}`, "", r.drawingsComplete, r.hasRequirements, r.complexity, r.chosenModel]));
    const input = path.join(dir, "register.xlsx");
    await wb.xlsx.writeFile(input);
    const audited = await auditFile(input, { output: path.join(dir, "audited.xlsx") });
    expect([audited.rows, audited.counts["bad input"]]).toEqual([all.length, 0]);

    const want = all.map((r) => {
      const v = registerVerdict(BUILT_IN_RULES, r);
      return [v.stage, v.recommended, v.fit, v.why, ruleKeyOf(BUILT_IN_RULES, r)];
    });
    const register = recalculatedSheets(audited.output, path.join(dir, "csv")).Register!;
    const got = all.map((_, i) => {
      const line = register[i + 1] ?? [];
      return [line[6], line[7], line[8], line[9], line[11]];
    });
    const differing = want.map((w, i) => ({ row: i + 2, got: got[i], want: w })).filter((m) => JSON.stringify(m.got) !== JSON.stringify(m.want));
    expect(differing.slice(0, 5)).toEqual([]);
  });
});
