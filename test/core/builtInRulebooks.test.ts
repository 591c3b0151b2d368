// The built-in rulebook in German, Chinese and Japanese: the same decisions as the English one on
// every project (known facts or not), its own words, the English and other languages' words still
// accepted; the translations aligned with the English data one for one.

import { BUILT_IN_RULES, builtInRules, classifyCells, COMPARISON_MATRIX, comparisonMatrix, isBuiltIn, languageOf, LANGUAGES, MODELS, nextSteps, nextStepsIn, nextStepsTextIn } from "../../src/core";
import type { Classification } from "../../src/core";
import { TRANSLATIONS } from "../../src/core/translations";

const OTHERS = ["de", "zh", "ja"] as const;
const decision = (c: Classification) => (c.ok ? [c.row.recommended, c.row.fit] : c.issue.code);

describe("builtInRules", () => {
  test.each(OTHERS)("%s decides every project as the English rulebook does, in its own words", (language) => {
    const rules = builtInRules(language);
    const levels = ["Low", "Medium", "High", ""];
    let compared = 0;
    for (const d of [true, false, ""]) {
      for (const r of [true, false, ""]) {
        for (const c of levels) {
          // The English level names are accepted by every language's rulebook.
          expect(decision(classifyCells(rules, d, r, c))).toEqual(decision(classifyCells(BUILT_IN_RULES, d, r, c)));
          compared++;
        }
      }
    }
    expect(compared).toBe(36);
    expect(rules.rows.map((row) => row.stage)).not.toContain("Ready for production");
    expect(rules.rows.every((row, i) => row.why !== BUILT_IN_RULES.rows[i]?.why)).toBe(true);
  });

  test("each language lists its own words and accepts the others quietly", () => {
    expect(builtInRules("de").vocabulary.boolean.display).toBe("Ja/Nein, Wahr/Falsch, 1/0");
    expect(builtInRules("de").complexities).toEqual(["Niedrig", "Mittel", "Hoch"]);
    expect(builtInRules("zh").complexities).toEqual(["低", "中", "高"]);
    expect(builtInRules("ja").vocabulary.boolean.display).toBe("はい/いいえ, ○/×, 1/0");
    for (const language of OTHERS) {
      const rules = builtInRules(language);
      for (const [word, expected] of [["TRUE", true], ["no", false], ["Ja", true], ["いいえ", false], ["ｙｅｓ", true]] as const) {
        expect([language, word, rules.judging.parsers.drawingsComplete(word)]).toEqual([language, word, { ok: true, value: expected }]);
      }
      expect(rules.judging.parsers.complexity("High")).toEqual({ ok: true, value: rules.complexities[2] });
      expect(rules.judging.parsers.complexity("Mittel")).toEqual({ ok: true, value: rules.complexities[1] });
    }
    expect(builtInRules("de").notKnown[0]).toBe("offen");
    expect(builtInRules("zh").notKnown).toContain("TBD");
  });

  test("every language's built-in rulebook is built in, each with its own fingerprint", () => {
    const prints = LANGUAGES.map((l) => builtInRules(l).fingerprint);
    expect(new Set(prints).size).toBe(4);
    expect(LANGUAGES.every((l) => isBuiltIn(builtInRules(l)))).toBe(true);
    expect(isBuiltIn({ fingerprint: "00000000" })).toBe(false);
    expect(builtInRules("en")).toBe(BUILT_IN_RULES);
  });
});

describe("translations are aligned with the English data", () => {
  test.each(OTHERS)("%s: a why and the same notes for every row, a title and criteria for every section", (language) => {
    const t = TRANSLATIONS[language];
    expect(t.rulebook.rows.map((r) => Object.keys(r.notes).sort())).toEqual(BUILT_IN_RULES.rows.map((r) => Object.keys(r.notes).sort()));
    expect(t.matrix.sections.map((s) => s.criteria.length)).toEqual(COMPARISON_MATRIX.map((s) => s.criteria.length));
    const worded = new Set(COMPARISON_MATRIX.flatMap((s) => s.criteria.flatMap((c) => MODELS.map((m) => c.values[m]))).filter((v) => !["✓", "△", "—"].includes(v)));
    expect([...worded].filter((v) => t.matrix.values[v] === undefined)).toEqual([]);
    const english = comparisonMatrix("en").flatMap((s) => [s.title, ...s.criteria.flatMap((c) => [c.criterion, ...MODELS.map((m) => c.values[m])])]);
    const theirs = comparisonMatrix(language).flatMap((s) => [s.title, ...s.criteria.flatMap((c) => [c.criterion, ...MODELS.map((m) => c.values[m])])]);
    expect(theirs.filter((v, i) => v === english[i] && /[a-z]{3}/.test(v))).toEqual([]);
    for (const model of MODELS) {
      expect(t.nextSteps.byModel[model].length).toBe(nextSteps(model).length - 3);
      const steps = nextStepsIn(model, language);
      expect(steps.map((s) => [s.topic, s.sourceKey])).toEqual(nextSteps(model).map((s) => [s.topic, s.sourceKey]));
      expect(steps.filter((s, i) => s.text === nextSteps(model)[i]?.text)).toEqual([]);
    }
    expect(t.nextSteps.transport.length).toBe(3);
  });

  test("the checklist a German analyst copies", () => {
    const text = nextStepsTextIn("OEM", "de");
    expect(text.split("\n").slice(0, 3)).toEqual(["Nächste Schritte für OEM:", "", "Sie liefern:"]);
    expect(nextStepsTextIn("JDM", "ja").split("\n")[0]).toBe("JDM の次のステップ：");
  });
});

describe("languageOf", () => {
  test.each([
    ["de-DE", "de"], ["de-AT", "de"], ["zh-CN", "zh"], ["zh-Hans-CN", "zh"], ["ja-JP", "ja"], ["ja_JP.UTF-8", "ja"], ["de_DE.UTF-8@euro", "de"],
    ["en-US", "en"], ["fr-FR", "en"], ["C.UTF-8", "en"], ["POSIX", "en"], ["", "en"], [undefined, "en"],
  ])("%s is %s", (tag, language) => expect(languageOf(tag)).toBe(language));
});
