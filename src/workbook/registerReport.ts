// Counting a register's rows and listing its problem rows: one report for Excel and for files.

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
  readonly status: Exclude<RowStatus, "fit">;
  readonly reason: string;
}

export interface RegisterReport {
  readonly sheet: string;
  readonly rows: number;
  readonly counts: Readonly<Record<RowStatus, number>>;
  readonly problems: readonly ProblemRow[];
  /** True when more problems exist than the list holds. */
  readonly truncated: boolean;
}

const isBlank = (v: unknown) => v === "" || v === null || v === undefined;

/** Registers repeat a few input combinations many times: each distinct one is judged once. */
const judgements = new Map<string, RegisterVerdict>();
const CACHE_LIMIT = 10_000;

export function judgeRow(inputs: RegisterInputs): RegisterVerdict {
  const id = Object.values(inputs).map((v) => `${typeof v}:${String(v)}`).join("\u0000");
  let verdict = judgements.get(id);
  if (verdict === undefined) {
    verdict = registerVerdict(inputs);
    if (judgements.size >= CACHE_LIMIT) judgements.clear();
    judgements.set(id, verdict);
  }
  return verdict;
}

/** Rows go in one at a time; a row with no input at all is not counted. */
export class RegisterTally {
  private readonly counts: Record<RowStatus, number> = { fit: 0, conditional: 0, mismatch: 0, incomplete: 0, "bad input": 0 };
  private readonly found: { row: number; status: Exclude<RowStatus, "fit">; reason: string }[] = [];
  private rows = 0;
  /** The last row counted (0 before any): where the register's print area ends. */
  lastRow = 0;
  private truncated = false;

  constructor(private readonly sheet: string) {}

  /**
   * Counts a row (judged here unless the caller already has its verdict); true when it is a
   * problem row the report lists (its names are then wanted).
   */
  add(row: number, inputs: RegisterInputs, judged?: RegisterVerdict): boolean {
    if (Object.values(inputs).every(isBlank)) return false;
    this.rows++;
    this.lastRow = Math.max(this.lastRow, row);
    const verdict = judged ?? judgeRow(inputs);
    this.counts[verdict.status]++;
    if (verdict.status === "fit") return false;
    if (this.found.length >= MAX_PROBLEMS) {
      this.truncated = true;
      return false;
    }
    this.found.push({ row, status: verdict.status, reason: verdict.reason });
    return true;
  }

  /** The listed rows, in order, for fetching their project and supplier. */
  problemRows(): number[] {
    return this.found.map((f) => f.row);
  }

  report(names: (row: number) => { project: unknown; supplier: unknown } = () => ({ project: "", supplier: "" })): RegisterReport {
    const text = (v: unknown) => (isBlank(v) ? "" : String(v));
    const problems = this.found.map((f) => {
      const n = names(f.row);
      return { sheet: this.sheet, row: f.row, project: text(n.project), supplier: text(n.supplier), status: f.status, reason: f.reason };
    });
    return { sheet: this.sheet, rows: this.rows, counts: { ...this.counts }, problems, truncated: this.truncated };
  }
}
