// Classification: which decision-table row a project is on, including what "not known yet" allows.

import { BOOLEAN_VOCABULARY, COMPLEXITY_VOCABULARY } from "./vocabulary";
import { cellParser, EMPTY } from "./cellValue";
import type { ArgumentName, CellIssue, CellResult } from "./cellValue";
import { conditionHolds, DECISION_TABLE } from "./decisionTable";
import type { DecisionRow } from "./decisionTable";
import { COMPLEXITIES } from "./model";
import type { Complexity, ProjectFacts } from "./model";

export type Classification =
  | { readonly ok: true; readonly row: DecisionRow }
  | { readonly ok: false; readonly issue: CellIssue };

const FACT_NAMES = ["drawingsComplete", "hasRequirements", "complexity"] as const satisfies readonly ArgumentName[];

const BOOLEAN_STATES = [undefined, true, false] as const;
const COMPLEXITY_STATES = [undefined, ...COMPLEXITIES] as const;

/**
 * A project is classified when every way of filling in its unknown facts lands on the same row:
 * with frozen drawings the other two facts do not matter, so leaving them empty is fine.
 */
function resolve(facts: ProjectFacts): Classification {
  const rows = new Set<DecisionRow>();
  for (const d of facts.drawingsComplete === undefined ? [true, false] : [facts.drawingsComplete]) {
    for (const r of facts.hasRequirements === undefined ? [true, false] : [facts.hasRequirements]) {
      for (const c of facts.complexity === undefined ? COMPLEXITIES : [facts.complexity]) {
        for (const row of DECISION_TABLE) {
          if (
            conditionHolds(row.drawingsComplete, d) &&
            conditionHolds(row.hasRequirements, r) &&
            conditionHolds(row.complexity, c)
          ) {
            rows.add(row);
          }
        }
      }
    }
  }
  if (rows.size === 1) return Object.freeze({ ok: true as const, row: [...rows][0] as DecisionRow });
  const unknown = FACT_NAMES.filter((name) => facts[name] === undefined);
  return Object.freeze({ ok: false as const, issue: Object.freeze({ code: "empty" as const, arguments: unknown }) });
}

const complexityCode = (c: Complexity | undefined): number =>
  c === undefined ? 0 : c === "Low" ? 1 : c === "Medium" ? 2 : 3;

const key = (d: boolean | undefined, r: boolean | undefined, c: number): number =>
  (d === undefined ? 0 : d ? 1 : 2) * 12 + (r === undefined ? 0 : r ? 1 : 2) * 4 + c;

/** All 3 × 3 × 4 combinations of known and unknown facts, resolved once at load. */
const RESOLVED: readonly Classification[] = (() => {
  const table: Classification[] = [];
  for (const d of BOOLEAN_STATES) {
    for (const r of BOOLEAN_STATES) {
      for (const c of COMPLEXITY_STATES) {
        table[key(d, r, complexityCode(c))] = resolve({
          drawingsComplete: d,
          hasRequirements: r,
          complexity: c,
        });
      }
    }
  }
  return table;
})();

/** Classifies parsed facts; `undefined` facts are "not known yet". */
export function classify(facts: ProjectFacts): Classification {
  return RESOLVED[key(facts.drawingsComplete, facts.hasRequirements, complexityCode(facts.complexity))] as Classification;
}

const parseDrawings = cellParser(BOOLEAN_VOCABULARY, "drawingsComplete");
const parseRequirements = cellParser(BOOLEAN_VOCABULARY, "hasRequirements");
const parseComplexity = cellParser(COMPLEXITY_VOCABULARY, "complexity");

function known<T>(result: CellResult<T>): T | undefined {
  return result === EMPTY || !result.ok ? undefined : result.value;
}

/**
 * Classifies three raw cells. A bad value is reported before an empty one (the first bad
 * argument, in argument order): it is something the person typed and can fix now.
 */
export function classifyCells(drawingsComplete: unknown, hasRequirements: unknown, complexity: unknown): Classification {
  const d = parseDrawings(drawingsComplete);
  if (d !== EMPTY && !d.ok) return d;
  const r = parseRequirements(hasRequirements);
  if (r !== EMPTY && !r.ok) return r;
  const c = parseComplexity(complexity);
  if (c !== EMPTY && !c.ok) return c;
  return RESOLVED[key(known(d), known(r), complexityCode(known(c)))] as Classification;
}
