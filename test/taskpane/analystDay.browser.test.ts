// An analyst's day, end to end: the built task pane in headless Chromium, on its production path
// (Office.onReady, the Office theme, Excel.run through src/excel), against the strict Excel
// stand-in served in place of office.js (test/support/officeStandIn.ts). Every step is asserted
// on what Excel would show — computed values and the colours the conditional formats give —
// never on formula text; at the end no cell of the analyst's changed.

import * as path from "path";
import type { Page } from "playwright-core";
import { browserSuite, offlinePage } from "../support/browser";
import { BUILD_DIR, STAND_IN_DIR } from "../support/build";
import type { StandInSetup } from "../support/officeStandIn";

const suite = browserSuite(BUILD_DIR);

/** A workbook the add-in never touched: an analyst's table beside other notes, and a notes sheet. */
const ANALYST_WORKBOOK: StandInSetup = {
  cells: [
    ["Sheet1", "A1", [["Suppliers 2026, team B"]]],
    ["Sheet1", "B3", [
      ["Program", "Vendor", "Specs frozen", "Reqs defined", "Complexity level", "Model"],
      ["Alpha", "Acme", "Y", "Y", "Low", "ODM"],
      ["Beta", "Bolt", "n", "yes", "H", "JDM"],
      ["Gamma", "Core", "no", "yes", "M", "JDM"],
    ]],
    ["Sheet1", "A10", [["Call Acme about the gate-3 review"]]],
    ["Notes", "A1", [["Open points"], ["00123 is the old project code"]]],
  ],
  tables: [["Suppliers", "Sheet1", "B3:G6", false]],
};

/** The pane as Excel opens it, on the given workbook; CSP violations are recorded. */
async function paneInExcel(setup: StandInSetup, colorScheme: "light" | "dark" = "light"): Promise<Page> {
  const page = await offlinePage(suite.browser(), { officeJs: path.join(STAND_IN_DIR, "office.js"), colorScheme });
  await page.addInitScript((s: StandInSetup) => {
    const w = window as any;
    w.__standInSetup = s;
    w.__csp = [];
    document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  }, setup);
  await page.goto(`${suite.url()}taskpane.html`);
  await page.waitForSelector("body[data-ready=true]");
  return page;
}

const shown = (page: Page, sheet: string, cells: string[]) =>
  page.evaluate(([s, list]) => (list as string[]).map((a) => (window as any).__excel.shown(s, a)), [sheet, cells] as const);

/** Every cell of the workbook with what it holds, as the analyst would see it typed. */
const allCells = (page: Page) =>
  page.evaluate(() => {
    const excel = (window as any).__excel;
    const out: Record<string, unknown> = {};
    for (const sheet of excel.sheets.values()) for (const [k, v] of sheet.values) out[`${sheet.name}!${k}`] = v;
    return out;
  });

/** Whether the custom conditional format whose formula mentions `word` colours the cell. */
const coloured = (page: Page, sheet: string, cell: string, word: string) =>
  page.evaluate(([s, a, w]) => {
    const excel = (window as any).__excel;
    const rule = excel.sheets.get(s).conditionalFormats.find((f: { formula?: string }) => f.formula?.includes(`"${w}"`));
    return rule !== undefined && excel.formatHolds(s, a, rule.formula);
  }, [sheet, cell, word] as const);

/** Clicks a button and waits for the pane to finish (a message, or a new report). */
async function press(page: Page, selector: string): Promise<string> {
  await page.click(selector);
  await page.waitForFunction(() => !document.body.hasAttribute("aria-busy"));
  return (await page.textContent("#message")) ?? "";
}

async function choose(page: Page, name: string, value: string): Promise<void> {
  await page.check(`input[name=${name}][value="${value}"]`);
}

async function addProject(page: Page, p: { project: string; supplier: string; drawings: string; requirements: string; complexity: string; chosen: string }): Promise<string> {
  await choose(page, "drawings", p.drawings);
  await choose(page, "requirements", p.requirements);
  await choose(page, "complexity", p.complexity);
  if (!(await page.isVisible("#project"))) await page.click("summary");
  await page.fill("#project", p.project);
  await page.fill("#supplier", p.supplier);
  await page.selectOption("#chosen", p.chosen);
  await page.evaluate(() => ((document.querySelector("#message") as HTMLElement).textContent = ""));
  await page.click("#add");
  await page.waitForFunction(() => document.querySelector("#message")?.textContent !== "");
  return (await page.textContent("#message")) ?? "";
}

const counts = (page: Page) => page.$$eval("#summary li", (lis) => lis.map((li) => li.textContent));

describe("an analyst's day in Excel, through the task pane", () => {
  test("matrix, register, three projects, check, an edit, check again, then the analyst's own table", async () => {
    const page = await paneInExcel(ANALYST_WORKBOOK);
    const before = await allCells(page);

    // Build the comparison matrix: the rules read back equal, so no notice.
    expect(await press(page, "#build")).toBe("The comparison matrix and the rules are on the MFG Matrix and MFG Rules sheets.");
    expect(await page.isHidden("#rules-notice")).toBe(true);

    // Three projects through the guided classification; the first one sets the register up.
    expect(await addProject(page, { project: "Cell pack", supplier: "Acme", drawings: "Yes", requirements: "Yes", complexity: "Low", chosen: "OEM" })).toBe("Added to the MFG Register sheet, row 2.");
    expect(await addProject(page, { project: "AGV pack", supplier: "Heliox", drawings: "No", requirements: "Yes", complexity: "High", chosen: "ODM" })).toBe("Added to the MFG Register sheet, row 3.");
    expect(await addProject(page, { project: "00123", supplier: "Medi", drawings: "No", requirements: "No", complexity: "Medium", chosen: "OEM" })).toBe("Added to the MFG Register sheet, row 4.");
    expect(await shown(page, "MFG Register", ["A4", "H2", "H3", "H4", "I2", "I3", "I4"])).toEqual(["00123", "OEM", "JDM", "JDM", "Fit", "Conditional", "Mismatch"]);

    // The analyst opens the register sheet and checks it.
    await page.evaluate(() => (window as any).__excel.select("MFG Register", "A2"));
    await press(page, "#check");
    expect(await page.textContent("#summary p")).toBe("3 rows checked on “MFG Register”.");
    expect(await counts(page)).toEqual(["✓ Fit: 1", "△ Conditional: 1", "— Mismatch: 1", "Not known yet: 0", "Bad input: 0"]);
    expect(await coloured(page, "MFG Register", "I4", "Mismatch")).toBe(true);
    expect(await coloured(page, "MFG Register", "I3", "Conditional")).toBe(true);
    expect(await coloured(page, "MFG Register", "I2", "Mismatch")).toBe(false);

    // Choosing the mismatch row selects it in Excel.
    await page.click("#problems li button[data-row='4']");
    await page.waitForFunction(() => (window as any).__excel.selected !== null);
    expect(await page.evaluate(() => (window as any).__excel.selected)).toBe("MFG Register!A4:XFD4");

    // The analyst types JDM over the chosen model of row 4; the formulas follow, and so does the check.
    await page.evaluate(() => (window as any).__excel.setCells("MFG Register", "F4", [["JDM"]]));
    expect(await shown(page, "MFG Register", ["I4"])).toEqual(["Fit"]);
    expect(await coloured(page, "MFG Register", "I4", "Mismatch")).toBe(false);
    await press(page, "#check");
    expect(await counts(page)).toEqual(["✓ Fit: 2", "△ Conditional: 1", "— Mismatch: 0", "Not known yet: 0", "Bad input: 0"]);

    // The team's suppliers list, typed on the MFG Suppliers sheet the register set up: Medi offers
    // OEM and ODM, not the JDM row 4 now uses. The formula flags it at once; the check lists it.
    await page.evaluate(() => (window as any).__excel.setCells("MFG Suppliers", "A4", [["Acme", "OEM"], ["medi", "OEM, ODM"]]));
    expect(await shown(page, "MFG Register", ["K2", "K3", "K4"])).toEqual(["Yes", "", "Does not offer JDM (chosen, recommended)"]);
    expect(await coloured(page, "MFG Register", "K4", " (chosen, recommended)")).toBe(true);
    await press(page, "#check");
    expect(await counts(page)).toEqual(["✓ Fit: 2", "△ Conditional: 1", "— Mismatch: 0", "Not known yet: 0", "Bad input: 0", "Supplier does not offer the chosen or the recommended model: 1"]);
    expect(await page.textContent("#problems li button[data-row='4']")).toContain("Supplier: Does not offer JDM (chosen, recommended)");

    // Then a cell of the analyst's own table: that table is checked, its computed columns compute.
    await page.evaluate(() => (window as any).__excel.select("Sheet1", "C4"));
    await press(page, "#check");
    expect(await page.textContent("#summary p")).toBe("3 rows checked on “Sheet1”.");
    // The workbook's one suppliers list judges this table too: Acme offers OEM, not Alpha's chosen ODM.
    expect(await counts(page)).toEqual(["✓ Fit: 1", "△ Conditional: 1", "— Mismatch: 1", "Not known yet: 0", "Bad input: 0", "Supplier does not offer the chosen or the recommended model: 1"]);
    expect(await shown(page, "Sheet1", ["H4", "I4", "J4", "H5", "I5", "J5", "H6", "I6", "J6", "L4"])).toEqual([
      "Ready for production", "OEM", "Mismatch", "Complex system", "JDM", "Fit", "Requirements defined", "ODM", "Conditional", "Does not offer ODM (chosen)",
    ]);
    expect(await coloured(page, "Sheet1", "J4", "Mismatch")).toBe(true);

    // Nothing the analyst wrote changed; the only new cells on their sheet are the computed columns.
    const after = await allCells(page);
    for (const [cell, value] of Object.entries(before)) expect([cell, after[cell]]).toEqual([cell, value]);
    const added = Object.keys(after).filter((cell) => cell.startsWith("Sheet1!") && !(cell in before));
    expect(added.every((cell) => /^Sheet1!3,(8|9|10|11|12|13)$/.test(cell))).toBe(true);

    // At the end of the day, the portfolio of both registers, with its chart.
    // Four problem rows: Sheet1's mismatch and conditional rows, the register's conditional row and its supplier row.
    expect(await press(page, "#portfolio")).toBe("Portfolio of 2 registers on the MFG Portfolio sheet, with 4 problem rows listed and a chart by stage and model.");
    // Sheet order: the analyst's table on Sheet1 first, then the MFG Register.
    expect(await shown(page, "MFG Portfolio", ["D4", "E4", "G4", "J4", "D5", "E5", "G5", "J5"])).toEqual([3, 1, 1, 1, 3, 2, 0, 1]);
    expect(await shown(page, "MFG Problem rows", ["F7", "G7"])).toEqual(["Supplier", "Does not offer JDM (chosen, recommended)"]);
    expect(await page.evaluate(() => (window as any).__excel.sheets.get("MFG By stage").charts.map((c: { type: string }) => c.type))).toEqual(["ColumnClustered"]);
    const final = await allCells(page);
    for (const [cell, value] of Object.entries(before)) expect([cell, final[cell]]).toEqual([cell, value]);
    expect(await page.evaluate(() => (window as any).__csp)).toEqual([]);
    await page.close();
  });
});

describe("the pane's Content-Security-Policy", () => {
  test("blocks a <style> element that is not the pane's own, and says so (the listener above can fail)", async () => {
    const page = await paneInExcel({});
    await page.evaluate(() => document.head.insertAdjacentHTML("beforeend", "<style>body { color: red }</style>"));
    await page.waitForFunction(() => (window as any).__csp.length > 0);
    expect(await page.evaluate(() => (window as any).__csp)).toEqual(["style-src-elem inline"]);
    await page.close();
  });

  test("lets scripts come only from the pane's origin and Microsoft's, never inline or eval", async () => {
    const page = await paneInExcel({});
    const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
    const directives = new Map((policy ?? "").split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get("script-src")).not.toContain("'unsafe-inline'");
    expect(directives.get("script-src")).not.toContain("'unsafe-eval'");
    expect(directives.get("style-src-elem")).not.toContain("'unsafe-inline'");
    expect(directives.get("style-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    await page.close();
  });
});

/** WCAG contrast of two computed CSS colours ("rgb(r, g, b)"). */
function contrast(a: string, b: string): number {
  const lum = (css: string) => {
    const [r, g, bl] = (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((n) => {
      const c = Number(n) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE = { bodyBackgroundColor: "#ffffff", bodyForegroundColor: "#000000", controlBackgroundColor: "#ffffff", controlForegroundColor: "#000000" };
const DARK_GREY = { bodyBackgroundColor: "#262626", bodyForegroundColor: "#ffffff", controlBackgroundColor: "#3b3b3b", controlForegroundColor: "#ffffff" };

describe("the pane's colours follow one theme", () => {
  test.each([
    ["Office White theme on a dark system", WHITE, "dark", "light"],
    ["Office dark grey theme on a light system", DARK_GREY, "light", "dark"],
    ["no Office theme on a dark system", undefined, "dark", "dark"],
  ] as const)("%s: every text stays readable", async (_, theme, system, palette) => {
    const page = await paneInExcel({ theme }, system);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(palette);
    const [help, legend, background] = await page.evaluate(() => [
      getComputedStyle(document.querySelector(".help") as Element).color,
      getComputedStyle(document.querySelector("legend") as Element).color,
      getComputedStyle(document.body).backgroundColor,
    ]);
    expect(contrast(help as string, background as string)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(legend as string, background as string)).toBeGreaterThanOrEqual(4.5);
    await page.close();
  });
});

describe("a team's rules in Excel, through the task pane", () => {
  test("edited on the rules sheet, judged by in the check and every formula, kept by the matrix, restored only when confirmed", async () => {
    const page = await paneInExcel({});
    await press(page, "#build");
    expect(await addProject(page, { project: "Pack M", supplier: "Acme", drawings: "No", requirements: "Yes", complexity: "Medium", chosen: "ODM" })).toBe("Added to the MFG Register sheet, row 2.");
    expect(await shown(page, "MFG Register", ["G2", "H2", "I2"])).toEqual(["Requirements defined", "ODM", "Fit"]);
    expect(await page.isHidden("#rules-notice")).toBe(true);

    // The battery team edits its decision table (MFG Rules, from N4): medium complexity goes JDM.
    const edit = ([sheet, cell, values]: [string, string, unknown[][]]) => page.evaluate(([s, c, v]) => (window as any).__excel.setCells(s, c, v), [sheet, cell, values] as const);
    expect(await shown(page, "MFG Rules", ["N7", "O7", "P7", "R7"])).toEqual([false, true, "Medium", "ODM"]);
    await edit(["MFG Rules", "Q7", [["Joint development", "JDM", "Mismatch", "Conditional", "Fit"]]]);
    await edit(["MFG Rules", "X7", [["ODM is conditional: our battery packs needed rework.", ""]]]);
    await edit(["MFG Rules", "O2", [["Battery team"], ["3"]]]);
    // Until applied, the register's formulas show a marker instead of the old rules' verdict.
    const edited = "⚠ Rules edited but not applied yet: Check register in the add-in, or mfgmodel audit, applies them";
    expect(await shown(page, "MFG Register", ["G2", "H2", "I2"])).toEqual([edited, edited, edited]);

    // The check judges by the team's rules; the lookup the formulas read is generated again from them.
    await press(page, "#check");
    expect(await counts(page)).toEqual(["✓ Fit: 0", "△ Conditional: 1", "— Mismatch: 0", "Not known yet: 0", "Bad input: 0"]);
    expect(await shown(page, "MFG Register", ["G2", "H2", "I2"])).toEqual(["Joint development", "JDM", "Conditional"]);
    await page.waitForSelector("#rules-notice:not([hidden])");
    expect(await page.textContent("#rules-notice p")).toBe("Rules: Battery team, version 3 — differs from the built-in rules in 1 row:");
    expect(await page.textContent("#rules-notice li")).toBe("FALSE, TRUE, Medium → JDM (OEM Mismatch, ODM Conditional, JDM Fit): Joint development");
    // The guided classification judges by them too.
    await choose(page, "drawings", "No");
    await choose(page, "requirements", "Yes");
    await choose(page, "complexity", "Medium");
    expect([await page.textContent("#recommended"), await page.textContent("#stage")]).toEqual(["JDM", "Stage: Joint development"]);

    // A word the team types, added to its spellings table (right of the decision table): accepted at once after a check.
    await edit(["MFG Rules", "AA5", [[true, "Ja bitte"]]]);
    await edit(["MFG Register", "C2", [["Ja bitte"]]]);
    await press(page, "#check");
    expect(await page.textContent("#rules-notice p")).toBe("Rules: Battery team, version 3 — differs from the built-in rules in 1 row and 1 added spelling:");
    expect(await shown(page, "MFG Register", ["G2", "H2", "I2"])).toEqual(["Ready for production", "OEM", "Mismatch"]);
    await edit(["MFG Register", "C2", [["No"]]]);

    // Building the matrix keeps them; so does adding a project, judged by them too.
    await press(page, "#build");
    expect(await shown(page, "MFG Rules", ["O2", "O3", "Q7", "R7"])).toEqual(["Battery team", "3", "Joint development", "JDM"]);
    expect(await addProject(page, { project: "Pack M2", supplier: "Bolt", drawings: "No", requirements: "Yes", complexity: "Medium", chosen: "JDM" })).toBe("Added to the MFG Register sheet, row 3.");
    expect(await shown(page, "MFG Register", ["I3"])).toEqual(["Fit"]);

    // A broken edit: the check stops and names the cell; nothing is judged.
    await edit(["MFG Rules", "S7", [["Maybe"]]]);
    expect(await press(page, "#check")).toContain(`'MFG Rules'!S7: the fit of OEM is "Maybe"; use "Fit", "Conditional", "Mismatch".`);
    expect(await shown(page, "MFG Register", ["I2", "I3"])).toEqual([edited, edited]);
    await edit(["MFG Rules", "S7", [["Mismatch"]]]);

    // Restoring asks first, then writes the built-in rules; the formulas follow.
    await press(page, "#check");
    await page.click("#restore-rules");
    expect(await page.textContent("#rules-notice .confirm p")).toBe("This replaces 1 row above, and the name and version, with the built-in rules; the register's results follow them.");
    expect(await shown(page, "MFG Rules", ["O2"])).toEqual(["Battery team"]);
    await page.click("#restore-confirm");
    await page.waitForSelector("#rules-notice", { state: "hidden" });
    expect(await shown(page, "MFG Rules", ["O2", "Q7", "R7"])).toEqual(["Built-in rules", "Requirements defined", "ODM"]);
    expect(await shown(page, "MFG Register", ["H2", "I2", "I3"])).toEqual(["ODM", "Fit", "Conditional"]);
    expect([await page.textContent("#recommended"), await page.textContent("#stage")]).toEqual(["ODM", "Stage: Requirements defined"]);
    await page.close();
  });
});
