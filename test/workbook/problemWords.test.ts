// The register and rulebook problems in every language: each code has a sentence in German,
// Chinese and Japanese (a code without a sample here does not compile), none is the English one
// or English at all, and each names what the English one names (the sheet, table, cell, value).

import type { RulebookIssue } from "../../src/core";
import { PROBLEM_WORDS, rulebookProblemIn } from "../../src/workbook";
import type { HeaderProblem, RegisterProblem, SheetRulebookIssue } from "../../src/workbook";
import { englishProse } from "../support/english";

type Samples<T extends { code: string }> = { readonly [C in T["code"]]: Extract<T, { code: C }> };

const HEADER: Samples<HeaderProblem> = {
  missing: { code: "missing", roles: ["drawingsComplete", "complexity"] },
  ambiguous: { code: "ambiguous", role: "supplier", headers: ["Vendor", "Supplier name"] },
  unknown_header: { code: "unknown_header", role: "complexity", header: "Level X" },
};

const REGISTER: Samples<RegisterProblem> = {
  header: { code: "header", place: { sheet: "Q3 review", table: "Review" }, problem: HEADER.missing },
  no_table: { code: "no_table", table: "Review", sheet: "Q3 review" },
  no_sheet: { code: "no_sheet", sheet: "Q3 review" },
  empty_sheet: { code: "empty_sheet", sheet: "Q3 review" },
  several_on_sheet: { code: "several_on_sheet", sheet: "Q3 review", tables: ["Review", "Backup"] },
  several_registers: { code: "several_registers", registers: [{ sheet: "Q3 review", table: "Review" }, { sheet: "Q4 review" }], selectionUnread: true },
  no_register: { code: "no_register" },
  partial_columns: { code: "partial_columns", sheet: "Q3 review", headers: ["Stage", "Fit"] },
  cells_in_use: { code: "cells_in_use", sheet: "Q3 review", block: { top: 2, left: 7, bottom: 9, right: 12 } },
};

const facts = { drawingsComplete: false, hasRequirements: true, complexity: "Hoch" };
const ISSUES: Samples<RulebookIssue | SheetRulebookIssue> = {
  missing_column: { code: "missing_column", header: "OEM note" },
  no_rows: { code: "no_rows" },
  bad_condition: { code: "bad_condition", header: "Complexity", value: "Extrem", accepted: ["Low", "Any"] },
  bad_meaning: { code: "bad_meaning", value: "Maybe", accepted: ["TRUE", "FALSE"] },
  empty_spelling: { code: "empty_spelling" },
  bad_fit: { code: "bad_fit", model: "OEM", value: "Maybe", accepted: ["Fit", "Mismatch"] },
  empty_text: { code: "empty_text", field: "why", row: 3 },
  unknown_language: { code: "unknown_language", language: "fr", accepted: ["en", "de"] },
  no_values: { code: "no_values", list: "models" },
  duplicate_value: { code: "duplicate_value", list: "complexities", value: "Hoch" },
  too_many_values: { code: "too_many_values", list: "complexities", maximum: 9 },
  reserved_name: { code: "reserved_name", list: "models", value: "O*M" },
  unknown_complexity: { code: "unknown_complexity", row: 2, value: "Extrem" },
  unknown_model: { code: "unknown_model", row: 2, model: "CM" },
  invalid_fit: { code: "invalid_fit", row: 2, model: "CM", value: "" },
  recommended_not_primary: { code: "recommended_not_primary", row: 2 },
  missing_note: { code: "missing_note", row: 2, model: "ODM" },
  unexpected_note: { code: "unexpected_note", row: 2, model: "JDM" },
  uncovered: { code: "uncovered", facts },
  overlapping_rows: { code: "overlapping_rows", facts, rows: [2, 6] },
  missing_spelling: { code: "missing_spelling", kind: "complexity", value: "Hoch" },
  unknown_spelling_value: { code: "unknown_spelling_value", kind: "model", value: "CM" },
  ambiguous_spelling: { code: "ambiguous_spelling", spelling: "N" },
  reserved_spelling: { code: "reserved_spelling", spelling: "Y?" },
};

/** What a sentence names: the sheets, tables, headers, values, models and spellings it is about. */
const NAMES = ["sheet", "table", "tables", "header", "headers", "value", "model", "spelling", "language", "place", "registers", "problem"];
const named = (problem: object): string[] =>
  Object.entries(problem).flatMap(([k, v]): string[] =>
    !NAMES.includes(k) ? [] : typeof v === "string" ? [v] : Array.isArray(v) ? v.flatMap((x) => (typeof x === "object" ? named(x) : [String(x)])) : v !== null && typeof v === "object" ? named(v) : [],
  );
/** English prose once the quoted values (the analyst's own words) are taken out. */
const proseOutsideQuotes = (text: string) => englishProse(text.replace(/"[^"]*"|„[^“]*“|“[^”]*”|「[^」]*」/g, ""));

describe.each(["de", "zh", "ja"] as const)("problems in %s", (language) => {
  const words = PROBLEM_WORDS[language];
  const en = PROBLEM_WORDS.en;
  test.each(Object.values(REGISTER) as RegisterProblem[])("register problem %#", (problem) => {
    const text = words.register(problem);
    expect([proseOutsideQuotes(text), text === en.register(problem)]).toEqual([false, false]);
    for (const value of named(problem)) expect([problem.code, value, text.includes(value)]).toEqual([problem.code, value, true]);
  });
  test.each(Object.values(ISSUES) as (RulebookIssue | SheetRulebookIssue)[])("rulebook issue %#", (issue) => {
    const text = rulebookProblemIn({ cell: "'MFG Rules'!S7", issue }, language);
    expect([proseOutsideQuotes(text), text.startsWith("'MFG Rules'!S7")]).toEqual([false, true]);
    for (const value of named(issue)) expect([issue.code, value, text.includes(value)]).toEqual([issue.code, value, true]);
  });
});
