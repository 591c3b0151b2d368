import fc from "fast-check";
import { BUILT_IN_RULES, builtInRules, classify } from "../../src/core";
import type { Rules } from "../../src/core";
import {
  decisionTable,
  identityBlocks,
  readRulebook,
  RULEBOOK_LANGUAGE_CELL,
  RULEBOOK_LEVELS_CELL,
  RULEBOOK_NAME_CELL,
  RULEBOOK_VERSION_CELL,
  rulebookProblemMessage,
  rulesDifferences,
  rulesIdentity,
  ruleTables,
  spellingsTable,
  workbookRules,
} from "../../src/workbook";
import type { RulebookCells } from "../../src/workbook";
import { arbitraryRulebook, compiled, FOUR_BY_FOUR } from "../support/rulebooks";

/** The rules sheet's rulebook cells as a renderer reads them back from what rulesSheet wrote. */
function cellsOf(rules: Rules): {
  name: unknown;
  version: unknown;
  levels: unknown;
  language: unknown;
  at: { row: number; column: number };
  header: unknown[];
  rows: unknown[][];
  spellings: { at: { row: number; column: number }; rows: unknown[][] };
} {
  const table = decisionTable(rules);
  const blocks = identityBlocks(rules);
  const spellings = spellingsTable(rules);
  const at = (p: { row: number; column: number }) => blocks.find((b) => b.at.row === p.row && b.at.column === p.column - 1)?.values[0]?.[1];
  return {
    name: at(RULEBOOK_NAME_CELL),
    version: at(RULEBOOK_VERSION_CELL),
    levels: at(RULEBOOK_LEVELS_CELL),
    language: at(RULEBOOK_LANGUAGE_CELL),
    at: table.at,
    header: [...table.headers],
    rows: table.rows.map((r) => [...r]),
    spellings: { at: spellings.at, rows: spellings.rows.map((r) => [...r]) },
  };
}

const column = (cells: RulebookCells, header: string) => cells.header.indexOf(header);
const teamRow = (cells: ReturnType<typeof cellsOf>) => cells.rows.findIndex((r) => r[0] === false && r[1] === true && r[2] === "Medium");

/** The battery team's edit: medium complexity, requirements, no drawings → JDM. */
function batteryTeam(): ReturnType<typeof cellsOf> {
  const cells = cellsOf(BUILT_IN_RULES);
  const row = cells.rows[teamRow(cells)] as unknown[];
  const set = (header: string, value: unknown) => (row[column(cells, header)] = value);
  set("Stage", "Joint development");
  set("Recommended model", "JDM");
  set("ODM fit", "Conditional");
  set("JDM fit", "Fit");
  set("ODM note", "ODM is conditional: our packs needed rework.");
  set("JDM note", "");
  return { ...cells, name: "Battery team", version: "3" };
}

describe("a rulebook on the rules sheet", () => {
  test("the built-in rulebook reads back as itself: same fingerprint, same judgements", () => {
    const read = readRulebook(cellsOf(BUILT_IN_RULES));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.rules.fingerprint).toBe(BUILT_IN_RULES.fingerprint);
    expect(ruleTables(read.rules)).toEqual(ruleTables(BUILT_IN_RULES));
    expect(rulesIdentity(read.rules)).toEqual({ name: "Built-in rules", version: "1", fingerprint: BUILT_IN_RULES.fingerprint, language: "en", builtIn: true, rowsDiffering: 0, spellingsAdded: 0 });
  });

  test.each(["de", "zh", "ja"] as const)("the built-in rulebook in %s reads back as itself, by its language cell", (language) => {
    const rules = builtInRules(language);
    const read = readRulebook(cellsOf(rules));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect([read.rules.fingerprint, read.rules.locale.tag, rulesIdentity(read.rules).builtIn]).toEqual([rules.fingerprint, language, true]);
    // Its decision table passed to a function holds no language cell and no levels: the levels its rows name tell.
    const range = { ...cellsOf(rules), levels: "", name: "Rules from the range", language: undefined };
    const fromRange = readRulebook(range);
    expect(fromRange.ok && [fromRange.rules.complexities, fromRange.rules.locale.fit.fit]).toEqual([rules.complexities, language === "ja" ? "适合" : rules.locale.fit.fit]);
  });

  test("a language cell the add-in has no words for is named, with the languages it has", () => {
    const read = readRulebook({ ...cellsOf(BUILT_IN_RULES), language: "fr" });
    expect(read.ok ? [] : read.problems.map(rulebookProblemMessage)).toEqual([`'MFG Rules'!U2: the language "fr" is not one the add-in has words for; use "en", "de", "zh", "ja".`]);
    // A language's own name is read as its tag; a team may change the language and keep its table.
    const german = readRulebook({ ...cellsOf(BUILT_IN_RULES), language: "Deutsch" });
    expect(german.ok && [german.rules.locale.tag, german.rules.rows[0]?.stage, german.rules.complexities]).toEqual(["de", "Ready for production", ["Low", "Medium", "High"]]);
  });

  test("a fourth model and a fourth level read back from the sheet (its levels cell and fit columns)", () => {
    const rules = compiled({ ...FOUR_BY_FOUR, spellings: { ...FOUR_BY_FOUR.spellings, complexity: FOUR_BY_FOUR.complexities.map((c) => [c, [c]]), model: FOUR_BY_FOUR.models.map((m) => [m, [m]]) } });
    const read = readRulebook(cellsOf(rules));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.rules.models).toEqual(["OEM", "ODM", "JDM", "CM"]);
    expect(read.rules.complexities).toEqual(["Low", "Medium", "High", "Extreme"]);
    expect(read.rules.rows).toEqual(rules.rows);
  });

  test("a team's edit is its rulebook: named, versioned, one row from the built-in one, and judged by", () => {
    const read = readRulebook(batteryTeam());
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(rulesIdentity(read.rules)).toMatchObject({ name: "Battery team", version: "3", builtIn: false, rowsDiffering: 1, spellingsAdded: 0 });
    expect(read.rules.fingerprint).not.toBe(BUILT_IN_RULES.fingerprint);
    const verdict = classify(read.rules, { drawingsComplete: false, hasRequirements: true, complexity: "Medium" });
    expect(verdict.ok && [verdict.row.stage, verdict.row.recommended, verdict.row.fit.ODM]).toEqual(["Joint development", "JDM", "△"]);
  });

  test("for any valid rulebook, the sheet holds it exactly: written, read back, the same fingerprint", () => {
    fc.assert(
      fc.property(arbitraryRulebook(), (data) => {
        const rules = compiled(data);
        const read = readRulebook(cellsOf(rules));
        return read.ok && read.rules.fingerprint === rules.fingerprint && JSON.stringify(ruleTables(read.rules)) === JSON.stringify(ruleTables(rules));
      }),
      { numRuns: 200 },
    );
  });

  test("spellings a team adds (Means, Also accepted) are accepted by the core and the formulas' spellings table, and round-trip", () => {
    const cells = batteryTeam();
    cells.spellings.rows = [[true, "Ja bitte"], ["Medium", "mittelschwer"], ["odm", "Auftragsentwicklung"], ["", ""]];
    const read = readRulebook(cells);
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const parsers = read.rules.judging.parsers;
    expect([parsers.drawingsComplete("ja bitte"), parsers.complexity("MITTELSCHWER"), parsers.chosenModel("Auftragsentwicklung")]).toEqual([
      { ok: true, value: true },
      { ok: true, value: "Medium" },
      { ok: true, value: "ODM" },
    ]);
    expect(ruleTables(read.rules).spellings).toContainEqual(["B|JA BITTE", "T"]);
    expect(rulesIdentity(read.rules)).toMatchObject({ rowsDiffering: 1, spellingsAdded: 3 });
    const again = readRulebook(cellsOf(read.rules));
    expect(again.ok && again.rules.fingerprint).toBe(read.rules.fingerprint);
    // What a spelling means must be TRUE, FALSE, a level or a model; a spelling two meanings is named.
    const bad = batteryTeam();
    bad.spellings.rows = [["Perhaps", "vielleicht"], [false, ""]];
    const problems = readRulebook(bad);
    expect(!problems.ok && problems.problems.map(rulebookProblemMessage)).toEqual([
      `'MFG Rules'!AA5: "Perhaps" is not something a spelling can mean; use "TRUE", "FALSE", "Low", "Medium", "High", "OEM", "ODM", "JDM".`,
      "'MFG Rules'!AB6: the spelling is empty; write the word analysts type, or delete the row.",
    ]);
    const ambiguous = batteryTeam();
    ambiguous.spellings.rows = [[false, "Yes"]];
    const twice = readRulebook(ambiguous);
    expect(!twice.ok && twice.problems.map(rulebookProblemMessage)).toEqual([`'MFG Rules'!AA4: the spelling "Yes" means two different things.`]);
  });

  describe("an edit that is not a rulebook: a problem naming the cell, nothing judged", () => {
    const problems = (edit: (cells: ReturnType<typeof cellsOf>) => void) => {
      const cells = cellsOf(BUILT_IN_RULES);
      edit(cells);
      const read = readRulebook(cells);
      if (read.ok) throw new Error("read as a rulebook");
      return read.problems.map(rulebookProblemMessage);
    };
    // The decision table's header is row 4 from column N; its first data row is row 5.
    const row = (cells: ReturnType<typeof cellsOf>) => 5 + teamRow(cells);

    test("a fit that is not a fit word", () => {
      let at = 0;
      expect(problems((c) => ((c.rows[teamRow(c)] as unknown[])[column(c, "OEM fit")] = "Maybe", (at = row(c))))).toEqual([
        `'MFG Rules'!S${at}: the fit of OEM is "Maybe"; use "Fit", "Conditional", "Mismatch".`,
      ]);
    });

    test("a condition that is not TRUE, FALSE or Any, and an unknown level", () => {
      let at = 0;
      const said = problems((c) => {
        at = row(c);
        const edited = c.rows[teamRow(c)] as unknown[];
        edited[0] = "perhaps";
        edited[2] = "Huge";
      });
      expect(said).toEqual([
        `'MFG Rules'!N${at}: Drawings complete is "perhaps"; use "TRUE", "FALSE", "Any".`,
        `'MFG Rules'!P${at}: Complexity is "Huge"; use "Low", "Medium", "High", "Any".`,
      ]);
    });

    test("a deleted row leaves projects no row decides", () => {
      const said = problems((c) => c.rows.splice(teamRow(c), 1));
      expect(said).toEqual(["'MFG Rules'!N4: no row decides a project with drawings complete FALSE, requirements defined TRUE, complexity Medium; add one (a deleted row?)."]);
    });

    test("a duplicated row contradicts itself: the second copy is named", () => {
      const said = problems((c) => c.rows.push([...(c.rows[0] as unknown[])]));
      expect(said[0]).toMatch(/^'MFG Rules'!N10: rows 1 and 6 of the decision table both decide a project with drawings complete TRUE/);
    });

    test("a recommended model that is not a model, a missing note, an emptied name", () => {
      let at = 0;
      const said = problems((c) => {
        at = row(c);
        const edited = c.rows[teamRow(c)] as unknown[];
        edited[column(c, "Recommended model")] = "EMS";
        edited[column(c, "OEM note")] = "";
        c.name = " ";
      });
      expect(said).toEqual([
        "'MFG Rules'!O2: the rulebook has no name; give it one (e.g. your team's).",
        `'MFG Rules'!R${at}: "EMS" is not a model of this rulebook (each model has a fit column, "EMS fit").`,
        `'MFG Rules'!W${at}: OEM is not the primary fit of this row, so its note must say why.`,
      ]);
    });

    test("a deleted column", () => {
      expect(problems((c) => (c.header[column(c, "Why")] = "Reason"))).toEqual([`'MFG Rules'!N4: the decision table has no column "Why"; put it back (the add-in's own rulebook shows every column).`]);
    });
  });
});

describe("which rulebook a workbook carries", () => {
  const lookup = (rules: Rules) => ruleTables(rules).rules.map((r) => [...r]);

  test("none without a rules sheet; the built-in one on a rules sheet from before rulebooks, to be written again", () => {
    expect(workbookRules(null)).toEqual({ kind: "none" });
    expect(workbookRules({ decisions: null, stamp: "1.old", edits: "", lookup: lookup(BUILT_IN_RULES) })).toEqual({ kind: "rulebook", rules: BUILT_IN_RULES, current: false });
  });

  test("a lookup table edited by hand before rulebooks is kept and named, not judged by", () => {
    const rows = lookup(BUILT_IN_RULES);
    (rows.find((r) => r[0] === "F|T|H|ODM") as string[])[7] = "Fit";
    expect(workbookRules({ decisions: null, stamp: "", edits: "", lookup: rows })).toEqual({ kind: "edited_lookup", differences: ['Rule F|T|H|ODM: Fit is "Fit" here, "Conditional" in the add-in.'] });
    expect(rulesDifferences(rows)).toHaveLength(1);
  });

  test("the team's rulebook, current while its lookup table is the one it generates", () => {
    const team = readRulebook(batteryTeam());
    if (!team.ok) throw new Error("team rulebook");
    const current = workbookRules({ decisions: batteryTeam(), stamp: ruleTables(team.rules).version, edits: 0, lookup: lookup(team.rules) });
    expect(current.kind === "rulebook" && [current.rules.fingerprint, current.current]).toEqual([team.rules.fingerprint, true]);
    // A rules sheet written before it counted edits (no count in B3) is written again, once.
    // One written before it recorded its language is written again, once, too.
    const unnamed = workbookRules({ decisions: { ...batteryTeam(), language: undefined }, stamp: ruleTables(team.rules).version, edits: 0, lookup: lookup(team.rules) });
    expect(unnamed.kind === "rulebook" && [unnamed.rules.fingerprint, unnamed.current]).toEqual([team.rules.fingerprint, false]);
    const older = workbookRules({ decisions: batteryTeam(), stamp: ruleTables(team.rules).version, edits: "", lookup: lookup(team.rules) });
    expect(older.kind === "rulebook" && older.current).toBe(false);
    // Edited in Excel since the lookup was generated: the built-in lookup is still there.
    const stale = workbookRules({ decisions: batteryTeam(), stamp: ruleTables(BUILT_IN_RULES).version, edits: 0, lookup: lookup(BUILT_IN_RULES) });
    expect(stale.kind === "rulebook" && stale.current).toBe(false);
  });
});
