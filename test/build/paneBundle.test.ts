// The pane's bundle as built: English words in taskpane.js, each other language's words in a
// chunk of its own (src/taskpane/words/pack.ts), so a pane downloads only its language. Guards
// the split: an import that pulls a language's words back into the pane fails here (the
// bundle's size is the bench's `pane.bundleGzipBytes`; its target, docs/internals.md).

import * as fs from "fs";
import { BUILD_DIR, readBuilt } from "../support/build";
import { DE_PACK } from "../../src/taskpane/words/packDe";
import { JA_PACK } from "../../src/taskpane/words/packJa";
import { ZH_PACK } from "../../src/taskpane/words/packZh";
import { EN_PACK } from "../../src/taskpane/words/pack";

const chunks = () => fs.readdirSync(BUILD_DIR).filter((f) => /^pane-[a-z]+\.[0-9a-f]{8}\.js$/.test(f)).sort();
const chunkOf = (language: string) => chunks().find((f) => f.startsWith(`pane-${language}.`)) ?? "";

/** The longest stretch of a sentence between quoted names (a sentence filled in from a template is not in the bundle whole). */
const literal = (text: string) => [...text.split(/[„“"「」”]/)].sort((a, b) => b.length - a.length)[0]?.slice(2, -2) ?? "";
/** Texts only the pane says, one of each kind: a page text, a problem's sentence, an Excel refusal. */
const samples = (pack: typeof EN_PACK) => [pack.words.page.rulesFileLabel, pack.workbook.operation.setup, literal(pack.problems.register({ code: "no_register" }))];

describe("the pane's bundle", () => {
  test("one chunk per language but English, named by its content", () => {
    expect(chunks().map((f) => f.replace(/\.[0-9a-f]{8}\.js$/, ""))).toEqual(["pane-de", "pane-ja", "pane-zh"]);
  });

  test.each([
    ["de", DE_PACK],
    ["zh", ZH_PACK],
    ["ja", JA_PACK],
  ] as const)("%s: its words are in its chunk and nowhere else", (language, pack) => {
    const pane = readBuilt("taskpane.js");
    const others = chunks().filter((f) => f !== chunkOf(language)).map(readBuilt);
    for (const text of samples(pack)) {
      expect([text, readBuilt(chunkOf(language)).includes(text), pane.includes(text), others.some((c) => c.includes(text))]).toEqual([text, true, false, false]);
    }
  });

  test("English is the pane's own", () => {
    for (const text of samples(EN_PACK)) expect([text, readBuilt("taskpane.js").includes(text)]).toEqual([text, true]);
  });
});
