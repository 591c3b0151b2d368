// What a compiled rulebook judges with, built once when it is compiled: a parser for each of a
// project's four inputs, and the classification of every combination of known and "not known
// yet" facts (3 × 3 × (levels + 1)), so a row costs two parses and an array read.

import { cellParser } from "./cellValue";
import type { ArgumentName, CellIssue, CellParser } from "./cellValue";
import { conditionHolds } from "./rulebookData";
import type { DecisionRow } from "./rulebookData";
import type { Vocabularies } from "./vocabulary";

export type Classification =
  | { readonly ok: true; readonly row: DecisionRow }
  | { readonly ok: false; readonly issue: CellIssue };

/** The three facts that place a project; `undefined` means "not known yet". */
export interface ProjectFacts {
  drawingsComplete: boolean | undefined;
  hasRequirements: boolean | undefined;
  complexity: string | undefined;
}

export interface InputParsers {
  readonly drawingsComplete: CellParser<boolean>;
  readonly hasRequirements: CellParser<boolean>;
  readonly complexity: CellParser<string>;
  readonly chosenModel: CellParser<string>;
}

export interface Judging {
  readonly parsers: InputParsers;
  /** Each level's place in the rulebook's order, from 1 (0 is not known yet). */
  readonly levels: ReadonlyMap<string, number>;
  /** Indexed by judgingKey. */
  readonly resolved: readonly Classification[];
}

const FACT_NAMES = ["drawingsComplete", "hasRequirements", "complexity"] as const satisfies readonly ArgumentName[];

const stateOf = (b: boolean | undefined): number => (b === undefined ? 0 : b ? 1 : 2);

/** Where a combination of facts is in `resolved`. */
export function judgingKey(judging: Judging, d: boolean | undefined, r: boolean | undefined, c: string | undefined): number {
  const levels = judging.levels;
  return (stateOf(d) * 3 + stateOf(r)) * (levels.size + 1) + (c === undefined ? 0 : levels.get(c) ?? 0);
}

/**
 * A project is classified when every way of filling in its unknown facts lands on the same row:
 * with frozen drawings the other two facts do not matter, so leaving them empty is fine.
 */
function resolve(rows: readonly DecisionRow[], complexities: readonly string[], facts: ProjectFacts): Classification {
  const found: DecisionRow[] = [];
  for (const d of facts.drawingsComplete === undefined ? [true, false] : [facts.drawingsComplete]) {
    for (const r of facts.hasRequirements === undefined ? [true, false] : [facts.hasRequirements]) {
      for (const c of facts.complexity === undefined ? complexities : [facts.complexity]) {
        for (const row of rows) {
          const holds = conditionHolds(row.drawingsComplete, d) && conditionHolds(row.hasRequirements, r) && conditionHolds(row.complexity, c);
          if (holds && found.indexOf(row) < 0) found.push(row);
        }
      }
    }
  }
  if (found.length === 1) return Object.freeze({ ok: true as const, row: found[0] as DecisionRow });
  const unknown = FACT_NAMES.filter((name) => facts[name] === undefined);
  return Object.freeze({ ok: false as const, issue: Object.freeze({ code: "empty" as const, arguments: unknown }) });
}

export function judgingOf(
  rows: readonly DecisionRow[],
  complexities: readonly string[],
  vocabulary: Vocabularies,
  notKnown: readonly string[],
): Judging {
  const parsers: InputParsers = Object.freeze({
    drawingsComplete: cellParser(vocabulary.boolean, "drawingsComplete", notKnown),
    hasRequirements: cellParser(vocabulary.boolean, "hasRequirements", notKnown),
    complexity: cellParser(vocabulary.complexity, "complexity", notKnown),
    chosenModel: cellParser(vocabulary.model, "chosenModel", notKnown),
  });
  const judging = { parsers, levels: new Map(complexities.map((c, i) => [c, i + 1])), resolved: [] as Classification[] };
  for (const d of [undefined, true, false]) {
    for (const r of [undefined, true, false]) {
      for (const c of [undefined, ...complexities]) {
        judging.resolved[judgingKey(judging, d, r, c)] = resolve(rows, complexities, { drawingsComplete: d, hasRequirements: r, complexity: c });
      }
    }
  }
  return Object.freeze(judging);
}
