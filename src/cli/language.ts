// The language mfgmodel writes new workbooks and portfolios in: --lang, else the environment's
// locale (LC_ALL, LC_MESSAGES, LANG, as POSIX orders them), else English.

import { isLanguage, LANGUAGES, languageOf } from "../core";
import type { Language } from "../core";
import { UsageError } from "./args";

export function cliLanguage(option: unknown, env: NodeJS.ProcessEnv = process.env): Language {
  if (typeof option === "string") {
    const tag = option.trim().toLowerCase().split(/[-_]/)[0] ?? "";
    if (isLanguage(tag)) return tag;
    const list = LANGUAGES.join(", ");
    throw new UsageError(`--lang "${option}" is not a language mfgmodel writes; use ${list}.`, { de: `--lang "${option}" ist keine Sprache, die mfgmodel schreibt; verwenden Sie ${list}.`, zh: `--lang "${option}" 不是 mfgmodel 支持的语言；请使用 ${list}。`, ja: `--lang "${option}" は mfgmodel が書ける言語ではありません。${list} を使ってください。` });
  }
  return languageOf(env.LC_ALL || env.LC_MESSAGES || env.LANG);
}

/** The language a command was asked to speak (--lang or the locale), English when --lang is not one: for its help and usage errors. */
export function languageOfArgs(argv: readonly string[]): Language {
  const at = argv.indexOf("--lang");
  try {
    return cliLanguage(at >= 0 ? argv[at + 1] : undefined);
  } catch {
    return "en";
  }
}
