// The help of a command in the language it was asked in (--lang, else the locale, else English;
// an unknown --lang gives English help rather than an error).

import type { Language } from "../core";
import { HELP } from "./help";
import type { Command, HelpTexts } from "./help";
import { helpDe } from "./helpDe";
import { helpJa } from "./helpJa";
import { helpZh } from "./helpZh";
import { languageOfArgs } from "./language";

const IN_LANGUAGE: Readonly<Record<Exclude<Language, "en">, () => HelpTexts>> = { de: helpDe, zh: helpZh, ja: helpJa };

export const helpIn = (command: Command, language: Language): string => (language === "en" ? HELP[command] : IN_LANGUAGE[language]()[command]);

/** What `mfgmodel <command> --help` prints. */
export const helpFor = (command: Command, argv: readonly string[]): string => helpIn(command, languageOfArgs(argv));
