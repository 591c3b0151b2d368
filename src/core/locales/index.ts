// Every language the product speaks, by its tag: a rulebook names one, and its words come from it.

import type { Locale } from "../locale";
import { EN } from "./en";

export { EN };
export const LOCALES: Readonly<Record<string, Locale>> = { en: EN };
