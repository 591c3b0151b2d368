// The task pane in Office's display language (issue 26, part 4): the built pane in headless
// Chromium on its production path, against the strict Excel stand-in whose Office.context says
// de-DE, zh-CN or ja-JP. Every text the pane shows — its page, the guided answer and next steps,
// the register it sets up, the check report, the messages — is in that language (a walk over the
// page fails on any English sentence left), and the register it builds is in the workbook's
// language with the same verdicts and colours. Screenshots for docs/ with UPDATE_DOCS=1.

import * as path from "path";
import type { Page } from "playwright-core";
import { builtInRules, LOCALES } from "../../src/core";
import type { Language } from "../../src/core";
import { EN_PACK } from "../../src/taskpane/words/pack";
import { DE_PACK } from "../../src/taskpane/words/packDe";
import { JA_PACK } from "../../src/taskpane/words/packJa";
import { ZH_PACK } from "../../src/taskpane/words/packZh";
import { sheetWords } from "../../src/workbook";
import { browserSuite, offlinePage } from "../support/browser";
import { englishProse } from "../support/english";
import { BUILD_DIR, STAND_IN_DIR } from "../support/build";
import type { StandInSetup } from "../support/officeStandIn";

const suite = browserSuite(BUILD_DIR);
const PANE_WORDS = { en: EN_PACK.words, de: DE_PACK.words, zh: ZH_PACK.words, ja: JA_PACK.words };
const ROOT = path.resolve(__dirname, "..", "..");

async function paneIn(displayLanguage: string, blockLanguageChunks = false): Promise<Page> {
  const page = await offlinePage(suite.browser(), { officeJs: path.join(STAND_IN_DIR, "office.js") });
  if (blockLanguageChunks) await page.route(/\/pane-[a-z]+\.[0-9a-f]+\.js$/, (route) => route.abort());
  await page.addInitScript((s: StandInSetup) => void ((window as any).__standInSetup = s), { displayLanguage });
  await page.goto(`${suite.url()}taskpane.html`);
  await page.waitForSelector("body[data-ready=true]");
  return page;
}


/** Every text the page shows or announces: its text nodes (hidden ones too), aria-labels, the title. */
const pageTexts = (page: Page) =>
  page.evaluate(() => {
    const texts: string[] = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) if ((n.textContent ?? "").trim() !== "") texts.push((n.textContent ?? "").trim());
    for (const e of document.querySelectorAll("[aria-label]")) texts.push(e.getAttribute("aria-label") ?? "");
    return texts;
  });

const shown = (page: Page, sheet: string, cells: string[]) =>
  page.evaluate(([s, list]) => (list as string[]).map((a) => (window as any).__excel.shown(s, a)), [sheet, cells] as const);

async function press(page: Page, selector: string): Promise<string> {
  await page.evaluate(() => ((document.querySelector("#message") as HTMLElement).textContent = ""));
  await page.click(selector);
  await page.waitForFunction(() => !document.body.hasAttribute("aria-busy"));
  return (await page.textContent("#message")) ?? "";
}

const DISPLAY: readonly [string, Language][] = [["de-DE", "de"], ["zh-CN", "zh"], ["ja-JP", "ja"]];

describe.each(DISPLAY)("the pane in %s", (displayLanguage, language) => {
  const w = PANE_WORDS[language];
  const rules = builtInRules(language);
  const [yes, no] = LOCALES[language].yesNo;

  test("its page, the guided answer, the register it builds and the check, all in the language", async () => {
    const page = await paneIn(displayLanguage);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    expect(await page.textContent("#classify-title")).toBe(w.page.classifyTitle);
    expect((await pageTexts(page)).filter(englishProse)).toEqual([]);
    // An error is said in the language too: checking a workbook that has no register yet.
    const error = await press(page, "#check");
    expect([error !== "", englishProse(error)]).toEqual([true, false]);

    // No drawings, requirements defined, high complexity: a complex system, JDM.
    await page.check(`input[name=drawings][value="${no}"]`);
    await page.check(`input[name=requirements][value="${yes}"]`);
    await page.check(`input[name=complexity][value="${rules.complexities[2]}"]`);
    expect([await page.textContent("#recommended"), await page.textContent("#stage")]).toEqual(["JDM", w.stage(rules.rows[3]?.stage ?? "")]);
    expect(await page.textContent("#why")).toBe(rules.rows[3]?.why);

    // Added to a new register: the workbook is built in the pane's language.
    await page.click("summary");
    await page.fill("#project", "AGV");
    await page.selectOption("#chosen", "ODM");
    expect(await press(page, "#add")).toBe(w.added(2));
    expect(await shown(page, "MFG Register", ["C2", "G1", "H2", "I2"])).toEqual([no, sheetWords(language).computed.stage, "JDM", LOCALES[language].fit.conditional]);
    expect(await shown(page, "MFG Rules", ["U2"])).toEqual([language]);

    await page.evaluate(() => (window as any).__excel.select("MFG Register", "A2"));
    await press(page, "#check");
    expect(await page.textContent("#summary p")).toBe(w.rowsChecked(1, "MFG Register"));
    expect((await pageTexts(page)).filter(englishProse)).toEqual([]);
    if (process.env.UPDATE_DOCS === "1") await page.screenshot({ path: path.join(ROOT, "docs", `pane-${language}.png`), fullPage: true });
    await page.close();
  });
});

test("a pane whose language cannot be loaded (its chunk blocked) speaks English and works", async () => {
  const page = await paneIn("de-DE", true);
  expect([await page.evaluate(() => document.documentElement.lang), await page.textContent("#classify-title")]).toEqual(["en", PANE_WORDS.en.page.classifyTitle]);
  expect(englishProse(await press(page, "#check"))).toBe(true);
  await page.close();
});

test("every language has every word the English pane has, and none left English", () => {
  const flat = (v: unknown): string[] => (typeof v === "string" ? [v] : typeof v === "function" ? [String((v as (...a: unknown[]) => unknown)("X", "Y", 2, 3))] : Object.values(v as object).flatMap(flat));
  const english = flat(PANE_WORDS.en);
  for (const language of ["de", "zh", "ja"] as const) {
    const theirs = flat(PANE_WORDS[language]);
    expect(theirs.length).toBe(english.length);
    expect(theirs.filter((t, i) => t === english[i] && englishProse(t))).toEqual([]);
  }
});
