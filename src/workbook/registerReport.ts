// Counting a register's rows and listing its problem rows: one report for Excel and for files.

import { EMPTY, NOT_JUDGED, parseChosenModel, supplierFitText } from "../core";
import type { Rules, SupplierFit } from "../core";
import { COMPUTED_COLUMNS } from "./registerColumns";
import type { RegisterColumn, ReportCounter } from "./registerColumns";
import type { RowStatus } from "./registerRow";
import { registerVerdict } from "./registerRow";
import type { RegisterInputs, RegisterVerdict } from "./registerRow";

/** The problem rows a report lists; the counts always cover every row. */
export const MAX_PROBLEMS = 1000;

export interface ProblemRow {
  readonly sheet: string;
  readonly row: number;
  readonly project: string;
  readonly supplier: string;
  /** "fit" only when the row is listed for its supplier alone. */
  readonly status: RowStatus;
  readonly reason: string;
  /** "Does not offer …" when the supplier does not offer the chosen or the recommended model, else "". */
  readonly supplierFit: string;
}

export interface RegisterReport {
  readonly sheet: string;
  readonly rows: number;
  readonly counts: Readonly<Record<RowStatus, number>>;
  /** Rows whose supplier does not offer the chosen or the recommended model (the suppliers table). */
  readonly supplierGaps: number;
  /** Of those, the rows whose supplier does not offer the chosen model: the relationship cannot run as planned. */
  readonly chosenNotOffered: number;
  /** Every row the list would hold (a problem, or a supplier gap), listed or not. */
  readonly flagged: number;
  readonly problems: readonly ProblemRow[];
  /** True when more problems exist than the list holds. */
  readonly truncated: boolean;
}

const isBlank = (v: unknown) => v === "" || v === null || v === undefined;

/** Registers repeat a few input combinations many times: each distinct one is judged once per rulebook. */
const judgements = new WeakMap<Rules, Map<string, RegisterVerdict>>();
const CACHE_LIMIT = 10_000;

export function judgeRow(rules: Rules, inputs: RegisterInputs): RegisterVerdict {
  let cache = judgements.get(rules);
  if (cache === undefined) judgements.set(rules, (cache = new Map()));
  const id = Object.values(inputs).map((v) => `${typeof v}:${String(v)}`).join("\u0000");
  let verdict = cache.get(id);
  if (verdict === undefined) {
    verdict = registerVerdict(rules, inputs);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(id, verdict);
  }
  return verdict;
}

/** The portfolio's chart counts projects by stage and by the model they use. */
export const STAGE_NOT_KNOWN = "Not known yet";
export const NO_MODEL = "No model chosen";
export const BAD_MODEL = "Model not accepted";
/** A rulebook's model, NO_MODEL or BAD_MODEL. */
export type ModelUsed = string;
/** Stage (or "Not known yet") → model used → projects. */
export type StageCounts = Readonly<Record<string, Readonly<Partial<Record<ModelUsed, number>>>>>;

function modelUsed(rules: Rules, raw: unknown): ModelUsed {
  const parsed = parseChosenModel(rules, raw);
  return parsed === EMPTY ? NO_MODEL : parsed.ok ? parsed.value : BAD_MODEL;
}

/** Team names a register lists (a Team column), at most this many per register. */
const MAX_TEAMS = 20;

/** A report's own fields, out of a value that carries more (an edited sheet, an audited package). */
export function reportOf(r: RegisterReport): RegisterReport {
  const { sheet, rows, counts, supplierGaps, chosenNotOffered, flagged, problems, truncated } = r;
  return { sheet, rows, counts, supplierGaps, chosenNotOffered, flagged, problems, truncated };
}

/**
 * Rows go in one at a time; a row with no input at all is not counted. What is counted of a row
 * is what its computed columns declare (`counts`): Fit its status, Supplier offers its gaps.
 */
export class RegisterTally {
  private readonly counters: Record<ReportCounter, number> = { fit: 0, conditional: 0, mismatch: 0, incomplete: 0, "bad input": 0, supplierGap: 0, chosenNotOffered: 0 };
  private readonly counting: readonly RegisterColumn[];
  private readonly stages: Record<string, Partial<Record<ModelUsed, number>>> = {};
  private readonly teamNames = new Set<string>();
  private readonly found: { row: number; status: RowStatus; reason: string; supplierFit: string }[] = [];
  private flagged = 0;
  private rows = 0;
  /** The last row counted (0 before any): where the register's print area ends. */
  lastRow = 0;
  private truncated = false;

  constructor(
    private readonly sheet: string,
    private readonly rules: Rules,
    columns: readonly RegisterColumn[] = COMPUTED_COLUMNS,
  ) {
    this.counting = columns.filter((c) => c.counts !== undefined);
  }

  /**
   * Counts a row (judged here unless the caller already has its verdict); true when it is a
   * problem row the report lists (its names are then wanted).
   */
  add(row: number, inputs: RegisterInputs, judged?: RegisterVerdict, team?: unknown, supplierFit: SupplierFit = NOT_JUDGED): boolean {
    if (Object.values(inputs).every(isBlank)) return false;
    this.rows++;
    this.lastRow = Math.max(this.lastRow, row);
    const verdict = judged ?? judgeRow(this.rules, inputs);
    for (const column of this.counting) for (const counter of column.counts?.(verdict, supplierFit) ?? []) this.counters[counter]++;
    const stage = (this.stages[verdict.staged ? verdict.stage : STAGE_NOT_KNOWN] ??= {});
    const model = modelUsed(this.rules, inputs.chosenModel);
    stage[model] = (stage[model] ?? 0) + 1;
    if (!isBlank(team) && this.teamNames.size < MAX_TEAMS) this.teamNames.add(String(team).trim());
    const gap = supplierFit.code === "gap" ? supplierFitText(supplierFit, this.rules.locale.supplier) : "";
    if (verdict.status === "fit" && gap === "") return false;
    this.flagged++;
    if (this.found.length >= MAX_PROBLEMS) {
      this.truncated = true;
      return false;
    }
    this.found.push({ row, status: verdict.status, reason: verdict.status === "fit" ? gap : verdict.reason, supplierFit: gap });
    return true;
  }

  /** Projects by stage and model used, over every row counted. */
  stageCounts(): StageCounts {
    return JSON.parse(JSON.stringify(this.stages)) as StageCounts;
  }

  /** The distinct team names of the rows (a Team column), in the order met. */
  teams(): string[] {
    return [...this.teamNames];
  }

  /** The listed rows, in order, for fetching their project and supplier. */
  problemRows(): number[] {
    return this.found.map((f) => f.row);
  }

  report(names: (row: number) => { project: unknown; supplier: unknown } = () => ({ project: "", supplier: "" })): RegisterReport {
    const text = (v: unknown) => (isBlank(v) ? "" : String(v));
    const problems = this.found.map((f) => {
      const n = names(f.row);
      return { sheet: this.sheet, row: f.row, project: text(n.project), supplier: text(n.supplier), status: f.status, reason: f.reason, supplierFit: f.supplierFit };
    });
    const { supplierGap, chosenNotOffered, ...counts } = this.counters;
    return { sheet: this.sheet, rows: this.rows, counts, supplierGaps: supplierGap, chosenNotOffered, flagged: this.flagged, problems, truncated: this.truncated };
  }
}
