// Every language the product speaks, by its tag: a rulebook names one, and its words come from it.

import type { Language, Locale } from "../locale";
import { DE } from "./de";
import { EN } from "./en";
import { JA } from "./ja";
import { ZH } from "./zh";

export { EN };
export const LOCALES: Readonly<Record<Language, Locale>> = { en: EN, de: DE, zh: ZH, ja: JA };
