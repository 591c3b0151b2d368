// The problem rows of a rollup, kept on disk while the registers are read: one file per team (its
// rows in the order the registers arrive, which is the files' order), read back team by team in
// the portfolio's order as the problem-rows sheet is streamed. Memory holds a few megabytes of
// rows waiting to be appended, whatever the number of registers.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as readline from "readline";
import { compareTeams } from "../workbook";
import type { CellValue } from "../workbook";

/** Rows waiting in memory, in characters of JSON, before every team's are appended to its file. */
const FLUSH_AT = 4 << 20;

interface TeamFile {
  readonly file: string;
  waiting: string[];
}

export class ProblemSpool {
  private readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "mfgmodel-rollup-"));
  private readonly teams = new Map<string, TeamFile>();
  private waiting = 0;
  /** Rows spooled. */
  count = 0;

  /** `flushAt`: characters of rows held before they are appended to their files (tests make it small). */
  constructor(private readonly flushAt = FLUSH_AT) {}

  /** Characters of rows held in memory now: below `flushAt` after every add. */
  get held(): number {
    return this.waiting;
  }

  /** A register's problem rows, under its team ("" for none). */
  add(team: string, rows: readonly (readonly CellValue[])[]): void {
    if (rows.length === 0) return;
    let t = this.teams.get(team);
    if (t === undefined) {
      t = { file: path.join(this.dir, `${this.teams.size}.jsonl`), waiting: [] };
      this.teams.set(team, t);
    }
    for (const row of rows) {
      const line = JSON.stringify(row);
      t.waiting.push(line);
      this.waiting += line.length;
    }
    this.count += rows.length;
    if (this.waiting >= this.flushAt) this.flush();
  }

  private flush(): void {
    for (const t of this.teams.values()) {
      if (t.waiting.length > 0) fs.appendFileSync(t.file, `${t.waiting.join("\n")}\n`);
      t.waiting = [];
    }
    this.waiting = 0;
  }

  /** Every row, team by team in the portfolio's order (compareTeams), each team's in the order added. */
  async *rows(): AsyncGenerator<CellValue[]> {
    this.flush();
    for (const team of [...this.teams.keys()].sort(compareTeams)) {
      const lines = readline.createInterface({ input: fs.createReadStream((this.teams.get(team) as TeamFile).file), crlfDelay: Infinity });
      for await (const line of lines) if (line !== "") yield JSON.parse(line) as CellValue[];
    }
  }

  /** Removes the files. */
  close(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
