// What a language must say: every code the product renders, as a typed record, so a locale that
// lacks a word does not compile (zod's locales/ and HyperFormula's language packs are the model).
// English is locales/en.ts; a language is one more such module. Nothing compares or parses these
// words back: results, statuses and problems travel as codes.

import type { ArgumentName, CellIssue } from "./cellValue";
import type { FitSymbol } from "./model";

/** How a chosen model fits its row: the code of ✓ △ —. */
export type FitCode = "fit" | "conditional" | "mismatch";
export const FIT_CODE: Readonly<Record<FitSymbol, FitCode>> = { "✓": "fit", "△": "conditional", "—": "mismatch" };

/** A register row's outcome, as the report counts it. */
export type RowStatus = "fit" | "conditional" | "mismatch" | "incomplete" | "bad input";

/** The words of the Supplier offers column; the text is composed by supplierFitText, in the core and the formula alike. */
export interface SupplierWords {
  /** The supplier offers every model the row is judged on. */
  readonly offered: string;
  /** Starts a gap: "Does not offer ". */
  readonly gapStart: string;
  /** After the chosen model: " (chosen)". */
  readonly chosen: string;
  /** After the recommended model: " (recommended)". */
  readonly recommended: string;
  /** After a model both chosen and recommended: " (chosen, recommended)". */
  readonly both: string;
  /** Between the two models of a gap: ", ". */
  readonly separator: string;
}

/** The marker a computed cell shows for values that are not accepted: symbol, start, then the parts. */
export interface MarkerWords {
  /** "⚠ ": the cell's marker starts with it; a report's reason does not. */
  readonly symbol: string;
  /** "Check " */
  readonly start: string;
  /** Between two bad columns: "; " */
  readonly separator: string;
  /** One bad column: its header and the spellings it accepts. */
  part(header: string, accepted: readonly string[]): string;
  /** After the symbol, in every computed cell while the rules sheet holds edits its formulas do not apply yet. */
  readonly rulesEdited: string;
}

/** The statuses a report counts, in its columns' order. */
export const ROW_STATUSES: readonly RowStatus[] = ["fit", "conditional", "mismatch", "incomplete", "bad input"];

/** How a listed problem row's status reads: a fit row is listed for its supplier alone. */
export const problemLabel = (locale: Locale, status: RowStatus): string => (status === "fit" ? locale.status.supplier : locale.status[status]);

/** The languages the product speaks: a rulebook's, a workbook's, the pane's and the command line's. */
export const LANGUAGES = ["en", "de", "zh", "ja"] as const;
export type Language = (typeof LANGUAGES)[number];
export const isLanguage = (tag: string): tag is Language => (LANGUAGES as readonly string[]).indexOf(tag) >= 0;

/**
 * The language of a BCP 47 tag or a POSIX locale ("de-DE", "zh-Hans-CN", "ja_JP.UTF-8"), English
 * when it is none of ours: Office.context.displayLanguage for the pane, LANG for the command line.
 */
export function languageOf(tag: string | undefined): Language {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_.@]/)[0] ?? "";
  return isLanguage(primary) ? primary : "en";
}

export interface Locale {
  /** One of LANGUAGES. */
  readonly tag: Language;
  /** The language's own name ("Deutsch"), for a choice of languages. */
  readonly name: string;
  /** Between a label and its value (": ", or the full-width "：" of Chinese and Japanese text). */
  readonly colon: string;
  /** Between the names of a list (", ", or "、"). */
  readonly listSeparator: string;
  /** The yes/no a register's dropdown offers for the two questions (accepted spellings of every built-in rulebook). */
  readonly yesNo: readonly [string, string];
  /** A register dropdown's prompt: the spellings accepted, and the first word for not known yet (none: leave empty). */
  dropdownPrompt(accepted: string, notKnown: string | undefined): string;
  readonly fit: Readonly<Record<FitCode, string>>;
  readonly fitLegend: Readonly<Record<FitSymbol, string>>;
  readonly status: Readonly<Record<RowStatus | "supplier", string>>;
  readonly supplier: SupplierWords;
  readonly marker: MarkerWords;
  /** After the why-text when the chosen model is the row's primary fit: "The chosen OEM fits this stage." */
  chosenFits(model: string): string;
  /** A report's reason for a row whose inputs are not all known: the empty inputs' headers. */
  notKnownReason(headers: readonly string[]): string;
  /** A cell issue as a sentence; `names` renames arguments for a surface (the CLI's --drawings, the pane's labels). */
  issueMessage(issue: CellIssue, names?: Partial<Record<ArgumentName, string>>): string;
  /** Added to a "not known yet" message when the runtime passed those arguments as the number 0. */
  zeroNote(names: readonly string[]): string;
}
