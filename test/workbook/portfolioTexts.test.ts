// The portfolio's shared texts are found before any register is read, by judging every kind of
// value each input can hold: whatever an analyst typed, a built-in rulebook's reason is among them.

import { builtInRules, LANGUAGES } from "../../src/core";
import { judgeRow, portfolioTexts, REGISTER_SHEET, rulebookReasons } from "../../src/workbook";

/** Raw cell values as registers hold them, in every language's spellings, and some no rulebook accepts. */
const TYPED: readonly unknown[] = [true, false, "", " ", "no", "Y", "ja", "是", "TBD", "?", 0, 1, 2, 7, "L", "Medium", "Hoch", "高", "OEM", "odm", "JDM", "ＯＥＭ", "xyz"];

test.each(LANGUAGES)("every reason the built-in rulebook (%s) gives a typed row is among the reasons found", (language) => {
  const rules = builtInRules(language);
  const found = new Set(rulebookReasons(rules));
  const missing = new Set<string>();
  let reasons = 0;
  for (const drawingsComplete of TYPED)
    for (const hasRequirements of TYPED)
      for (const complexity of TYPED)
        for (const chosenModel of TYPED) {
          const reason = judgeRow(rules, { drawingsComplete, hasRequirements, complexity, chosenModel }).reason;
          if (reason === "") continue;
          reasons++;
          if (!found.has(reason)) missing.add(reason);
        }
  expect([...missing]).toEqual([]);
  // Mismatches, conditional fits, facts not known yet and bad values: many kinds of reason were met.
  expect([reasons > 100_000, found.size > 20]).toEqual([true, true]);
});

test("the files, the template's sheet and the statuses come first, each once, the same for the same files and language", () => {
  const texts = portfolioTexts(["a.xlsx", "b.xlsx", "a.xlsx"], "de");
  expect(texts.slice(0, 3)).toEqual(["a.xlsx", "b.xlsx", REGISTER_SHEET]);
  expect(texts).toContain("Passt nicht");
  expect(new Set(texts).size).toBe(texts.length);
  expect(portfolioTexts(["a.xlsx", "b.xlsx", "a.xlsx"], "de")).toEqual(texts);
});
