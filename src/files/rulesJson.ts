// A rulebook file (.json) given to --rules: read by the workbook layer (rulebookJson.ts), a
// refusal naming the file and the first problems otherwise.

import type { Rules } from "../core";
import { readRulebookJson } from "../workbook";
import { UnusableFileError } from "./inspect";

export function rulesOfJson(json: string, file: string): Rules {
  const read = readRulebookJson(json);
  if (!read.ok) throw new UnusableFileError(file, { code: "rules_json", problems: read.problems });
  return read.rules;
}
