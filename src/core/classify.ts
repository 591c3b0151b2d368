// Classification: which row of a rulebook's decision table a project is on, including what "not
// known yet" allows.

import { cellParser, EMPTY } from "./cellValue";
import type { ArgumentName, CellIssue, CellParser, CellResult } from "./cellValue";
import { conditionHolds } from "./rulebook";
import type { DecisionRow, Rules } from "./rulebook";

export type Classification =
  | { readonly ok: true; readonly row: DecisionRow }
  | { readonly ok: false; readonly issue: CellIssue };

/** The three facts that place a project; `undefined` means "not known yet". */
export interface ProjectFacts {
  drawingsComplete: boolean | undefined;
  hasRequirements: boolean | undefined;
  complexity: string | undefined;
}

const FACT_NAMES = ["drawingsComplete", "hasRequirements", "complexity"] as const satisfies readonly ArgumentName[];

/**
 * A project is classified when every way of filling in its unknown facts lands on the same row:
 * with frozen drawings the other two facts do not matter, so leaving them empty is fine.
 */
function resolve(rules: Rules, facts: ProjectFacts): Classification {
  const rows: DecisionRow[] = [];
  for (const d of facts.drawingsComplete === undefined ? [true, false] : [facts.drawingsComplete]) {
    for (const r of facts.hasRequirements === undefined ? [true, false] : [facts.hasRequirements]) {
      for (const c of facts.complexity === undefined ? rules.complexities : [facts.complexity]) {
        for (const row of rules.rows) {
          const holds = conditionHolds(row.drawingsComplete, d) && conditionHolds(row.hasRequirements, r) && conditionHolds(row.complexity, c);
          if (holds && rows.indexOf(row) < 0) rows.push(row);
        }
      }
    }
  }
  if (rows.length === 1) return Object.freeze({ ok: true as const, row: rows[0] as DecisionRow });
  const unknown = FACT_NAMES.filter((name) => facts[name] === undefined);
  return Object.freeze({ ok: false as const, issue: Object.freeze({ code: "empty" as const, arguments: unknown }) });
}

/** What a Rules value's judgements need, built once per value: its parsers and every classification. */
interface Compiled {
  readonly drawings: CellParser<boolean>;
  readonly requirements: CellParser<boolean>;
  readonly complexity: CellParser<string>;
  readonly chosenModel: CellParser<string>;
  /** Every combination of known and unknown facts, resolved: 3 × 3 × (levels + 1). */
  readonly resolved: readonly Classification[];
}

const COMPILED = new WeakMap<Rules, Compiled>();

const stateOf = (b: boolean | undefined): number => (b === undefined ? 0 : b ? 1 : 2);

function keyOf(rules: Rules, d: boolean | undefined, r: boolean | undefined, c: string | undefined): number {
  const level = c === undefined ? 0 : rules.complexities.indexOf(c) + 1;
  return (stateOf(d) * 3 + stateOf(r)) * (rules.complexities.length + 1) + level;
}

function compiled(rules: Rules): Compiled {
  let found = COMPILED.get(rules);
  if (found !== undefined) return found;
  const resolved: Classification[] = [];
  for (const d of [undefined, true, false]) {
    for (const r of [undefined, true, false]) {
      for (const c of [undefined, ...rules.complexities]) {
        resolved[keyOf(rules, d, r, c)] = resolve(rules, { drawingsComplete: d, hasRequirements: r, complexity: c });
      }
    }
  }
  found = {
    drawings: cellParser(rules.vocabulary.boolean, "drawingsComplete", rules.notKnown),
    requirements: cellParser(rules.vocabulary.boolean, "hasRequirements", rules.notKnown),
    complexity: cellParser(rules.vocabulary.complexity, "complexity", rules.notKnown),
    chosenModel: cellParser(rules.vocabulary.model, "chosenModel", rules.notKnown),
    resolved,
  };
  COMPILED.set(rules, found);
  return found;
}

/** The parser of each of a project's four inputs, by a rulebook's spellings. */
export function inputParsers(rules: Rules): { readonly drawingsComplete: CellParser<boolean>; readonly hasRequirements: CellParser<boolean>; readonly complexity: CellParser<string>; readonly chosenModel: CellParser<string> } {
  const c = compiled(rules);
  return { drawingsComplete: c.drawings, hasRequirements: c.requirements, complexity: c.complexity, chosenModel: c.chosenModel };
}

/** Classifies parsed facts by a rulebook; `undefined` facts are "not known yet". */
export function classify(rules: Rules, facts: ProjectFacts): Classification {
  return compiled(rules).resolved[keyOf(rules, facts.drawingsComplete, facts.hasRequirements, facts.complexity)] as Classification;
}

function known<T>(result: CellResult<T>): T | undefined {
  return result === EMPTY || !result.ok ? undefined : result.value;
}

/**
 * Classifies three raw cells by a rulebook. A bad value is reported before an empty one (the
 * first bad argument, in argument order): it is something the person typed and can fix now.
 */
export function classifyCells(rules: Rules, drawingsComplete: unknown, hasRequirements: unknown, complexity: unknown): Classification {
  const parse = compiled(rules);
  const d = parse.drawings(drawingsComplete);
  if (d !== EMPTY && !d.ok) return d;
  const r = parse.requirements(hasRequirements);
  if (r !== EMPTY && !r.ok) return r;
  const c = parse.complexity(complexity);
  if (c !== EMPTY && !c.ok) return c;
  return parse.resolved[keyOf(rules, known(d), known(r), known(c))] as Classification;
}
