import { HyperFormula } from "hyperformula";
import { escapeCellText, HEADER_SYNONYMS, textLiteral, HEADER_WORDS, headerProblemMessage, matchHeaders, normalise, planComputedColumns, teamColumnIndex, TEAM_WORDS } from "../../src/workbook";
import { cleanText } from "../../src/core";

describe("matchHeaders", () => {
  test("recognises synonyms in any case and punctuation", () => {
    expect(matchHeaders(["Program", "VENDOR", "Drawings?", "reqs defined", "Complexity level", "Model", "Notes"])).toEqual({
      ok: true,
      columns: { project: 0, supplier: 1, drawingsComplete: 2, hasRequirements: 3, complexity: 4, chosenModel: 5 },
    });
  });

  test("project and supplier are optional", () => {
    expect(matchHeaders(["Specs frozen", "Requirements", "Complexity", "Chosen model"])).toEqual({
      ok: true,
      columns: { project: undefined, supplier: undefined, drawingsComplete: 0, hasRequirements: 1, complexity: 2, chosenModel: 3 },
    });
  });

  test("an explicit mapping wins and takes the header out of the synonyms' reach", () => {
    const result = matchHeaders(["Model", "Drw", "Req", "Cx", "Current model"], { drawingsComplete: "drw", hasRequirements: "REQ", complexity: "cx", chosenModel: "Current model" });
    expect(result).toEqual({ ok: true, columns: { project: undefined, supplier: undefined, drawingsComplete: 1, hasRequirements: 2, complexity: 3, chosenModel: 4 } });
  });

  test.each([
    [["Drawings", "Requirements"], {}, "No column found for Complexity, Chosen model. Name the headers (e.g. \"Complexity\", \"Chosen model\") or map the columns."],
    [["Model", "Chosen model", "Drawings", "Requirements", "Complexity"], {}, 'Several columns could be Chosen model: "Model", "Chosen model". Map the column explicitly.'],
    [["A"], { complexity: "Cx" }, 'The column "Cx" mapped to Complexity is not in the header row.'],
  ])("%p %p → a problem with a message", (headers, mapping, message) => {
    const result = matchHeaders(headers, mapping);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(headerProblemMessage(result.problem)).toBe(message);
  });
});

describe("an analyst's own headers in German, Chinese and Japanese (docs/glossary.md)", () => {
  const ALL = { project: 0, supplier: 1, drawingsComplete: 2, hasRequirements: 3, complexity: 4, chosenModel: 5 };
  test.each([
    ["de", ["Projekt", "Lieferant", "Zeichnungen fertig", "Anforderungen definiert", "Komplexität", "Gewähltes Modell", "Team"]],
    ["de, as typed", ["PROJEKT", "Zulieferer", "Zeichnungen?", "Anforderungen", "komplexität", "Modell", "Abteilung"]],
    ["zh", ["项目", "供应商", "图纸完成", "需求已定义", "复杂度", "所选模式", "采购团队"]],
    // A Chinese or Japanese input method: full-width letters and the ideographic space.
    ["zh, full-width", ["项目\u3000名称", "供应商", "图纸（完成）", "需求", "复杂 度", "模式", "部门"]],
    ["ja", ["プロジェクト", "サプライヤー", "図面完成", "要件定義済み", "複雑さ", "選択モデル", "購買チーム"]],
    ["ja, short", ["案件", "仕入先", "図面", "要件", "難易度", "モデル", "部署"]],
    ["en, full-width", ["Ｐｒｏｊｅｃｔ", "Ｓｕｐｐｌｉｅｒ", "Ｄｒａｗｉｎｇｓ　ｃｏｍｐｌｅｔｅ", "Requirements defined", "Complexity", "Chosen model", "Team"]],
  ])("%s: every column found, the team's too", (_, headers) => {
    expect(matchHeaders(headers)).toEqual({ ok: true, columns: ALL });
    expect(teamColumnIndex(headers)).toBe(6);
  });

  test("no header of any language names two columns, and none is empty once compared", () => {
    const owner = new Map<string, string>();
    for (const [role, words] of Object.entries(HEADER_SYNONYMS)) {
      for (const word of words) {
        const key = normalise(word);
        expect([word, key.length > 0]).toEqual([word, true]);
        expect([word, owner.get(key) ?? role]).toEqual([word, role]);
        owner.set(key, role);
      }
    }
    const team = Object.values(TEAM_WORDS).flat().map(normalise);
    expect(team.filter((t) => owner.has(t))).toEqual([]);
    expect(Object.keys(HEADER_WORDS)).toEqual(["de", "zh", "ja"]);
  });
});

describe("textLiteral", () => {
  test.each([
    ["", '""'],
    ["Mismatch", '"Mismatch"'],
    ['say "yes"', '"say "&CHAR(34)&"yes"&CHAR(34)'],
    ['"', "CHAR(34)"],
  ])("%j → %s", (text, literal) => expect(textLiteral(text)).toBe(literal));

  test("a long text in pieces of at most 255 characters, a two-unit character kept whole, read back as written", () => {
    const text = `${"a".repeat(254)}🔋${"b".repeat(300)}"${"c".repeat(10)}`;
    const literal = textLiteral(text);
    const pieces = [...literal.matchAll(/"([^"]*)"/g)].map((m) => m[1] as string);
    expect(pieces.map((p) => p.length)).toEqual([254, 255, 47, 10]);
    const hf = HyperFormula.buildFromArray([[`=${literal}`]], { licenseKey: "gpl-v3" });
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(text);
  });
});

describe("escapeCellText", () => {
  test.each([
    ["=1+1", "'=1+1"],
    ["+SUM(A1)", "'+SUM(A1)"],
    ["-2", "'-2"],
    ["@x", "'@x"],
    ["\t=1", "'\t=1"],
    ["\r=1", "'\r=1"],
    ["'quoted", "''quoted"],
    ["Alpha", "Alpha"],
    [42, 42],
    [true, true],
  ])("%p → %p", (value, escaped) => {
    expect(escapeCellText(value)).toBe(escaped);
  });
});

describe("cleanText", () => {
  test.each([
    ["  Yes  ", "Yes"],
    ["\tYes\r\n", "Yes"],
    ["Y\tes", "Yes"],
    ["\u00a0Yes", "\u00a0Yes"],
    ["Very  high", "Very  high"],
  ])("%p → %p (as TRIM(CLEAN()) leaves a word)", (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });
});

describe("planComputedColumns", () => {
  // An analyst's table: the computed columns carry "MFG " (planComputedColumns' own = false).
  const own = (headers: string[]) => ["Project", "Supplier", "Drawings complete", "Requirements defined", "Complexity", "Chosen model", ...headers.map((h) => `MFG ${h}`)];

  test("a register an earlier version checked (no Supplier offers) keeps its columns where they are", () => {
    const plan = planComputedColumns(own(["Stage", "Recommended model", "Fit", "Why", "Rule key"]), false);
    expect(plan.kind === "found" && plan.columns.map((f) => [f.column.role, f.index])).toEqual([["stage", 6], ["recommended", 7], ["fit", 8], ["why", 9], ["key", 10]]);
  });

  test("today's columns are found; some of them missing is a partial set naming the required ones", () => {
    const plan = planComputedColumns(own(["Stage", "Recommended model", "Fit", "Why", "Supplier offers", "Rule key"]), false);
    expect(plan.kind === "found" && plan.columns.map((f) => f.index)).toEqual([6, 7, 8, 9, 10, 11]);
    expect(planComputedColumns(own(["Stage", "Supplier offers"]), false)).toEqual({ kind: "partial", headers: ["MFG Stage", "MFG Recommended model", "MFG Fit", "MFG Why", "MFG Rule key"] });
    expect(planComputedColumns(own([]), false)).toEqual({ kind: "append" });
  });
});
