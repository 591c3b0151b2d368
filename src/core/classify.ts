// Classification: which row of a rulebook's decision table a project is on, including what "not
// known yet" allows. The tables are the rulebook's own, built when it was compiled (judging.ts).

import { EMPTY } from "./cellValue";
import type { CellResult } from "./cellValue";
import { judgingKey } from "./judging";
import type { Classification, InputParsers, ProjectFacts } from "./judging";
import type { Rules } from "./rulebook";

export type { Classification, InputParsers, ProjectFacts } from "./judging";

/** The parser of each of a project's four inputs, by a rulebook's spellings. */
export const inputParsers = (rules: Rules): InputParsers => rules.judging.parsers;

/** Classifies parsed facts by a rulebook; `undefined` facts are "not known yet". */
export function classify(rules: Rules, facts: ProjectFacts): Classification {
  const judging = rules.judging;
  return judging.resolved[judgingKey(judging, facts.drawingsComplete, facts.hasRequirements, facts.complexity)] as Classification;
}

function known<T>(result: CellResult<T>): T | undefined {
  return result === EMPTY || !result.ok ? undefined : result.value;
}

/**
 * Classifies three raw cells by a rulebook. A bad value is reported before an empty one (the
 * first bad argument, in argument order): it is something the person typed and can fix now.
 */
export function classifyCells(rules: Rules, drawingsComplete: unknown, hasRequirements: unknown, complexity: unknown): Classification {
  const judging = rules.judging;
  const d = judging.parsers.drawingsComplete(drawingsComplete);
  if (d !== EMPTY && !d.ok) return d;
  const r = judging.parsers.hasRequirements(hasRequirements);
  if (r !== EMPTY && !r.ok) return r;
  const c = judging.parsers.complexity(complexity);
  if (c !== EMPTY && !c.ok) return c;
  return judging.resolved[judgingKey(judging, known(d), known(r), known(c))] as Classification;
}
