// The built-in content in every language but English (whose data is the source), by tag.

import type { Language } from "../locale";
import { DE_TEXTS } from "./de";
import { JA_TEXTS } from "./ja";
import type { Translation } from "./types";
import { ZH_TEXTS } from "./zh";

export type { Translation } from "./types";
export const TRANSLATIONS: Readonly<Record<Exclude<Language, "en">, Translation>> = { de: DE_TEXTS, zh: ZH_TEXTS, ja: JA_TEXTS };
