import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { browserSuite, offlinePage } from "../support/browser";
import { BUILD_DIR, ROOT } from "../support/build";
import { EXPECTED_ROWS, label } from "../support/cases";
import { BUILT_IN_RULEBOOK, NEXT_TOPIC_TITLES, NEXT_TOPICS, nextSteps, nextStepsText } from "../../src/core";

const suite = browserSuite(BUILD_DIR);

interface StandInOptions {
  report?: unknown;
  rules?: unknown;
  /** The check fails as the host throws a RegisterError: its sentence and its problem's code. */
  failCheck?: { message: string; problem: unknown };
}

/** An Excel stand-in, installed before the pane's script runs; it records every call. */
async function paneWithStandIn(options: StandInOptions = {}): Promise<Page> {
  const page = await offlinePage(suite.browser());
  await page.addInitScript((o: StandInOptions) => {
    const w = window as any;
    w.__calls = [];
    const record = (name: string, ...args: unknown[]) => w.__calls.push([name, ...args]);
    w.__mfgExcelStandIn = {
      buildMatrix: async () => record("buildMatrix"),
      restoreRules: async () => record("restoreRules"),
      useRules: async (data: { name: string; version: string }) => record("useRules", `${data.name} ${data.version}`),
      addToRegister: async (row: unknown) => (record("addToRegister", row), { row: 7 }),
      checkRegister: async (target: unknown) => {
        record("checkRegister", target ?? null);
        if (o.failCheck && !target) throw Object.assign(new Error(o.failCheck.message), { problem: o.failCheck.problem });
        return o.report;
      },
      selectRange: async (address: string) => record("selectRange", address),
      buildPortfolio: async () => (record("buildPortfolio"), { registers: 2, problems: 3, sheet: "MFG Portfolio" }),
      rulesReport: async () => {
        const report = o.rules ?? { present: true, rulebook: null, changedRows: [], problems: [], differences: [], update: null };
        // After a restore, the workbook has the built-in rules.
        return w.__calls.some((c: unknown[]) => c[0] === "restoreRules") ? { ...report, rulebook: null, changedRows: [], problems: [], differences: [], update: null } : report;
      },
      autoOpen: () => false,
      setAutoOpen: async (on: boolean) => record("setAutoOpen", on),
    };
  }, options);
  await page.goto(`${suite.url()}taskpane.html`);
  await page.waitForSelector("body[data-ready=true]");
  return page;
}

const calls = (page: Page) => page.evaluate(() => (window as any).__calls as unknown[][]);

/** Answers a radio group with the keyboard only: focus the group, arrow to the choice. */
async function answer(page: Page, name: string, value: string): Promise<void> {
  const checked = () => page.$eval(`input[name=${name}]:checked`, (i) => (i as HTMLInputElement).value);
  await page.focus(`input[name=${name}]:checked`);
  for (let i = 0; i < 5 && (await checked()) !== value; i++) await page.keyboard.press("ArrowDown");
  expect(await checked()).toBe(value);
}

describe("the task pane in headless Chromium", () => {
  test("outside Office it says it must be opened in Excel", async () => {
    const page = await offlinePage(suite.browser());
    await page.goto(`${suite.url()}taskpane.html`);
    await page.waitForSelector("body[data-ready=true]", { timeout: 30_000 });
    expect(await page.textContent("#office-status")).toBe(
      "This pane works inside Excel. Open a workbook in Excel (desktop or on the web) and choose Home → Manufacturing model.",
    );
    expect(await page.isHidden("#app")).toBe(true);
    await page.close();
  });

  test.each(EXPECTED_ROWS)("keyboard only: $drawingsComplete / $hasRequirements / $complexity → $recommended", async (row) => {
    const page = await paneWithStandIn();
    await answer(page, "drawings", row.drawingsComplete ? "Yes" : "No");
    await answer(page, "requirements", row.hasRequirements ? "Yes" : "No");
    await answer(page, "complexity", row.complexity);
    expect(await page.textContent("#recommended")).toBe(row.recommended);
    expect(await page.textContent("#stage")).toBe(`Stage: ${row.stage}`);
    const fits = await page.$$eval("#result tbody tr", (trs) => trs.map((tr) => [tr.getAttribute("data-model"), tr.querySelector("td")?.textContent]));
    const words = { Fit: "✓ Fit", Conditional: "△ Conditional", Mismatch: "— Mismatch" };
    expect(fits).toEqual((["OEM", "ODM", "JDM"] as const).map((m) => [m, words[row.fit[m]]]));
    await page.close();
    void label;
  });

  test("under a recommendation: what to send suppliers, by topic with sources, copied as text", async () => {
    const page = await paneWithStandIn();
    expect(await page.isHidden("#next")).toBe(true);
    await answer(page, "drawings", "No");
    await answer(page, "requirements", "Yes");
    await answer(page, "complexity", "High");
    expect(await page.textContent("#next-title")).toBe("What to send suppliers (JDM)");
    await page.click("#next-title");
    expect(await page.$$eval("#next-list h3", (hs) => hs.map((h) => h.textContent))).toEqual(NEXT_TOPICS.map((t) => NEXT_TOPIC_TITLES[t]));
    expect(await page.$$eval("#next-list li", (lis) => lis.map((li) => li.textContent))).toEqual(nextSteps("JDM").map((s) => `${s.text} (${s.source})`));
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(suite.url()).origin });
    await page.click("#copy-next");
    await page.waitForFunction(() => document.querySelector("#copy-status")?.textContent !== "");
    expect(await page.textContent("#copy-status")).toBe("Copied: paste it into your e-mail or RFQ.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(nextStepsText("JDM"));
    // Where the clipboard is refused (some Office hosts), the list is selected for Ctrl+C.
    await page.evaluate(() => (navigator.clipboard.writeText = () => Promise.reject(new Error("denied"))));
    await page.click("#copy-next");
    await page.waitForFunction(() => document.querySelector("#copy-status")?.textContent?.startsWith("The clipboard"));
    expect(await page.evaluate(() => window.getSelection()?.toString().includes("A joint development plan"))).toBe(true);
    // Facts not known yet: no recommendation, no next steps.
    await answer(page, "requirements", "");
    expect(await page.isHidden("#next")).toBe(true);
    await page.close();
  });

  test("Add to register sends the answers, project, supplier and chosen model", async () => {
    const page = await paneWithStandIn();
    await answer(page, "drawings", "No");
    await answer(page, "requirements", "Yes");
    await answer(page, "complexity", "High");
    await page.click("#classify summary");
    await page.fill("#project", "AGV pack");
    await page.fill("#supplier", "Heliox");
    await page.selectOption("#chosen", "ODM");
    expect(await page.textContent("#why")).toContain("ODM is conditional");
    await page.focus("#add");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("#message")?.textContent !== "");
    expect(await calls(page)).toContainEqual(["addToRegister", { project: "AGV pack", supplier: "Heliox", drawingsComplete: "No", hasRequirements: "Yes", complexity: "High", chosenModel: "ODM" }]);
    expect(await page.textContent("#message")).toBe("Added to the MFG Register sheet, row 7.");
    await page.close();
  });

  const REPORT = {
    sheet: "MFG Register",
    rows: 4,
    counts: { fit: 1, conditional: 1, mismatch: 1, incomplete: 0, "bad input": 1 },
    problems: [
      { sheet: "MFG Register", row: 3, project: "Handheld scanner", supplier: "PackTech", status: "mismatch", reason: "OEM is a mismatch: OEM needs frozen drawings to produce from." },
      { sheet: "MFG Register", row: 4, project: "Infusion pump battery", supplier: "MediPower", status: "conditional", reason: "JDM is conditional: the overhead is real." },
      { sheet: "MFG Register", row: 5, project: "Sensor tag", supplier: "", status: "bad input", reason: "Check Complexity: use Low, Medium, High" },
    ],
    truncated: false,
  };
  /** Cell text an attacker could put in a shared register; never in a published picture. */
  const HOSTILE = { ...REPORT, problems: [{ ...REPORT.problems[0]!, project: "<img src=x onerror=window.__pwned=1>", supplier: "<script>window.__pwned=2</script>" }, ...REPORT.problems.slice(1)] };

  test("Build matrix and Check register call the Excel layer; choosing a problem row selects it", async () => {
    const page = await paneWithStandIn({ report: REPORT });
    await page.click("#build");
    await page.waitForFunction(() => (window as any).__calls.some((c: unknown[]) => c[0] === "buildMatrix"));
    await page.click("#check");
    await page.waitForSelector("#problems li");
    expect(await page.textContent("#summary")).toContain("4 rows checked on “MFG Register”.");
    expect(await page.$$eval("#summary li", (lis) => lis.map((li) => li.textContent))).toEqual(["✓ Fit: 1", "△ Conditional: 1", "— Mismatch: 1", "Not known yet: 0", "Bad input: 1"]);
    await page.focus("#problems li:nth-child(2) button");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => (window as any).__calls.some((c: unknown[]) => c[0] === "selectRange"));
    expect(await calls(page)).toContainEqual(["selectRange", "'MFG Register'!4:4"]);
    // This picture is published in the README: realistic names only, never a test payload.
    expect(JSON.stringify(REPORT)).not.toMatch(/[<>]|onerror|script/i);
    if (process.env.UPDATE_DOCS === "1") await page.screenshot({ path: path.join(ROOT, "docs", "pane-check.png"), fullPage: true });
    await page.close();
  });

  test("Portfolio of all registers calls the Excel layer and says where the portfolio is", async () => {
    const page = await paneWithStandIn();
    await page.click("#portfolio");
    await page.waitForFunction(() => document.querySelector("#message")?.textContent !== "");
    expect(await calls(page)).toContainEqual(["buildPortfolio"]);
    expect(await page.textContent("#message")).toBe("Portfolio of 2 registers on the MFG Portfolio sheet, with 3 problem rows listed and a chart by stage and model.");
    await page.close();
  });

  test("hostile cell text shows as text and runs nothing", async () => {
    const page = await paneWithStandIn({ report: HOSTILE });
    await page.click("#check");
    await page.waitForSelector("#problems li");
    const first = await page.textContent("#problems li:first-child button");
    expect(first).toContain("<img src=x onerror=window.__pwned=1> / <script>window.__pwned=2</script>");
    expect(await page.$$("#problems img, #problems script")).toEqual([]);
    expect(await page.evaluate(() => (window as any).__pwned)).toBeUndefined();
    await page.close();
  });

  test("unrecognised headers: the error is shown and the column mapping is offered", async () => {
    const failCheck = {
      message: 'Sheet "Sheet1": No column found for Drawings complete. Name the headers (e.g. "Drawings complete") or map the columns.',
      problem: { code: "header", place: { sheet: "Sheet1" }, problem: { code: "missing", roles: ["drawingsComplete"] } },
    };
    const page = await paneWithStandIn({ report: REPORT, failCheck });
    await page.click("#check");
    await page.waitForSelector("#mapping:not([hidden])");
    expect(await page.textContent("#message")).toContain("No column found for Drawings complete");
    await page.fill("#mapping input[name=drawingsComplete]", "Drw");
    await page.click("#mapping button");
    await page.waitForSelector("#problems li");
    expect(await calls(page)).toContainEqual(["checkRegister", { mapping: { drawingsComplete: "Drw" } }]);
    await page.close();
  });

  test("a hand-edited rules table from before rulebooks is listed, with a restore button that asks first", async () => {
    const page = await paneWithStandIn({ rules: { present: true, rulebook: null, changedRows: [], problems: [], update: null, differences: ['Rule F|T|H|ODM: Fit is "Fit" here, "Conditional" in the add-in.'] } });
    await page.waitForSelector("#rules-notice:not([hidden])");
    expect(await page.textContent("#rules-notice")).toContain('Rule F|T|H|ODM: Fit is "Fit" here, "Conditional" in the add-in.');
    await page.click("#restore-rules");
    expect(await page.textContent("#rules-notice .confirm")).toContain("This replaces the MFG Rules sheet with the built-in rules");
    expect(await calls(page)).not.toContainEqual(["restoreRules"]);
    await page.click("#restore-confirm");
    await page.waitForSelector("#rules-notice", { state: "hidden" });
    expect(await calls(page)).toContainEqual(["restoreRules"]);
    await page.close();
  });

  test("a team's rulebook is named with the rows it changes; Keep leaves it alone", async () => {
    const rulebook = { name: "Battery team", version: "3", fingerprint: "17aa6b6c", builtIn: false, rowsDiffering: 1, spellingsAdded: 0 };
    const changedRows = ["FALSE, TRUE, Medium → JDM (OEM Mismatch, ODM Conditional, JDM Fit): Joint development"];
    const page = await paneWithStandIn({ rules: { present: true, rulebook, changedRows, problems: [], differences: [], update: null } });
    await page.waitForSelector("#rules-notice:not([hidden])");
    expect(await page.textContent("#rules-notice p")).toBe("Rules: Battery team, version 3 — differs from the built-in rules in 1 row:");
    expect(await page.$$eval("#rules-notice li", (lis) => lis.map((li) => li.textContent))).toEqual(changedRows);
    await page.click("#restore-rules");
    expect(await page.textContent("#rules-notice .confirm p")).toBe("This replaces 1 row above, and the name and version, with the built-in rules; the register's results follow them.");
    if (process.env.UPDATE_DOCS === "1") await (await page.$("#rules-notice"))?.screenshot({ path: path.join(ROOT, "docs", "pane-rules.png") });
    await page.click("#restore-cancel");
    expect(await page.isVisible("#restore-rules")).toBe(true);
    expect((await calls(page)).filter((c) => c[0] === "restoreRules" || c[0] === "buildMatrix")).toEqual([]);
    await page.close();
  });

  test("a workbook on another version's built-in rules is offered the update", async () => {
    const rulebook = { name: "Built-in rules", version: "0", fingerprint: "0badc0de", builtIn: false, rowsDiffering: 1, spellingsAdded: 0 };
    const changedRows = ["FALSE, TRUE, High → ODM (OEM Mismatch, ODM Fit, JDM Conditional): Complex system"];
    const page = await paneWithStandIn({ rules: { present: true, rulebook, changedRows, problems: [], differences: [], update: { from: "0", to: "1" } } });
    await page.waitForSelector("#rules-notice:not([hidden])");
    expect(await page.textContent("#rules-notice p")).toBe("This workbook is on the built-in rules of version 0; this add-in's built-in rules are version 1 and differ in 1 row:");
    expect(await page.textContent("#restore-rules")).toBe("Update to the built-in rules of version 1…");
    await page.click("#restore-rules");
    await page.click("#restore-confirm");
    await page.waitForSelector("#rules-notice", { state: "hidden" });
    expect(await calls(page)).toContainEqual(["restoreRules"]);
    await page.close();
  });

  test("rules from a file: checked in the pane, named with what they replace, used only when confirmed", async () => {
    const page = await paneWithStandIn();
    const team = { ...BUILT_IN_RULEBOOK, name: "Battery team", version: "3", rows: BUILT_IN_RULEBOOK.rows.map((r, i) => (i === 2 ? { ...r, stage: "Joint development" } : r)) };
    await page.setInputFiles("#rules-file", { name: "battery.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(team)) });
    await page.waitForSelector("#rules-file-panel:not([hidden])");
    expect(await page.textContent("#rules-file-panel p")).toMatch(/^battery\.json: Battery team, version 3 \(fingerprint [0-9a-f]{8}; differs from the built-in rules in 1 row\)\.$/);
    expect(await calls(page)).not.toContainEqual(["useRules", "Battery team 3"]);
    await page.click("#rules-file-use");
    await page.waitForSelector("#rules-file-panel", { state: "hidden" });
    expect(await calls(page)).toContainEqual(["useRules", "Battery team 3"]);
    expect(await page.textContent("#message")).toBe("This workbook now judges by Battery team, version 3; the register formulas use them.");

    // A broken file: each problem listed, nothing sent to Excel.
    const broken = { ...team, rows: team.rows.map((r, i) => (i === 1 ? { ...r, fit: { ...r.fit, OEM: "X" } } : r)) };
    await page.setInputFiles("#rules-file", { name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
    await page.waitForFunction(() => document.querySelector("#rules-file-panel li") !== null);
    expect(await page.$$eval("#rules-file-panel li", (lis) => lis.map((li) => li.textContent))).toEqual(["rulebook.rows[1].fit.OEM must be one of ✓ △ —"]);
    expect((await calls(page)).filter((c) => c[0] === "useRules")).toHaveLength(1);
    await page.close();
  });

  test("a rulebook with problems names each cell", async () => {
    const problems = [{ cell: "'MFG Rules'!S8", issue: { code: "bad_fit", model: "OEM", value: "Maybe", accepted: ["Fit", "Conditional", "Mismatch"] } }];
    const page = await paneWithStandIn({ rules: { present: true, rulebook: null, changedRows: [], problems, differences: [], update: null } });
    await page.waitForSelector("#rules-notice:not([hidden])");
    expect(await page.$$eval("#rules-notice li", (lis) => lis.map((li) => li.textContent))).toEqual(["'MFG Rules'!S8: the fit of OEM is \"Maybe\"; use \"Fit\", \"Conditional\", \"Mismatch\"."]);
    await page.close();
  });

  test("the auto-open setting is saved through the Excel layer", async () => {
    const page = await paneWithStandIn();
    await page.check("#auto-open");
    await page.waitForFunction(() => (window as any).__calls.some((c: unknown[]) => c[0] === "setAutoOpen"));
    expect(await calls(page)).toContainEqual(["setAutoOpen", true]);
    await page.close();
  });

  test("every control has an accessible name, and the guided result at 320 px", async () => {
    const page = await paneWithStandIn();
    const unnamed = await page.$$eval("input, select, button", (nodes) =>
      nodes.filter((n) => !(n.closest("label") || n.getAttribute("aria-label") || n.textContent?.trim())).map((n) => n.outerHTML),
    );
    expect(unnamed).toEqual([]);
    await answer(page, "drawings", "No");
    await answer(page, "requirements", "Yes");
    await answer(page, "complexity", "Medium");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(overflow).toBe(false);
    if (process.env.UPDATE_DOCS === "1") {
      fs.mkdirSync(path.join(ROOT, "docs"), { recursive: true });
      await page.screenshot({ path: path.join(ROOT, "docs", "pane-guided.png"), fullPage: true });
    }
    await page.close();
  });
});

describe("the help page", () => {
  test("opened from a file, it says how to open it instead of failing on functions.json", async () => {
    const page = await offlinePage(suite.browser());
    await page.goto(`file://${path.join(BUILD_DIR, "help.html")}`);
    await page.waitForFunction(() => (document.getElementById("reference")?.textContent ?? "").length > 0);
    expect(await page.textContent("#reference")).toContain("run npm start and open help.html from the address it prints");
    await page.close();
  });
});
