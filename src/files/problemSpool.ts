// The problem rows of a rollup, kept on disk while the registers are read. Each reader (a worker
// thread, or the main thread reading in turn) appends the rows it rendered (problemLines.ts, a
// line each) to a file of its own and says where they are; the main thread keeps only those
// places, by team in the order the registers arrive (the files' order), and reads the rows back
// team by team in the portfolio's order as bytes, never as text, while the sheet is streamed.
// Memory holds one read buffer and a few numbers per register, whatever the number of rows.

import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { threadId } from "worker_threads";
import { compareTeams } from "../workbook";

/** Where one register's rows are: `bytes` bytes at `at` in `file`, `count` lines each ending "\n". */
export interface SpooledRows {
  readonly file: string;
  readonly at: number;
  readonly bytes: number;
  readonly count: number;
}

/** This thread's file in each spool it appends to, and its length. */
const appended = new Map<string, { file: string; size: number }>();

/** Appends a register's rendered rows (`count` lines) to this thread's file in the spool `dir`: null when there are none. */
export function appendRows(dir: string, data: Buffer, count: number): SpooledRows | null {
  if (count === 0) return null;
  let mine = appended.get(dir);
  if (mine === undefined) appended.set(dir, (mine = { file: path.join(dir, `${threadId}.rows`), size: 0 }));
  fs.appendFileSync(mine.file, data);
  const at = mine.size;
  mine.size += data.length;
  return { file: mine.file, at, bytes: data.length, count };
}

/** Bytes read from the spool at a time. */
const CHUNK = 1 << 20;

/** The spooled rows in order, the whole lines of a read at a time, read synchronously (the readers are done). */
export class SpoolLines {
  private buffer = Buffer.alloc(0);
  private pos = 0;
  private end = 0;
  private piece = 0;
  private readFrom = 0;

  constructor(private readonly pieces: readonly SpooledRows[]) {}

  /**
   * The next whole lines read, one or more, each ending "\n" (a view into the read buffer: used
   * before the next call). Hundreds of thousands of rows are walked a read at a time, not a call each.
   */
  nextLines(): Buffer {
    for (;;) {
      // Searched back from the last byte read: the buffer's end holds whatever it held.
      const last = this.pos < this.end ? this.buffer.lastIndexOf(10, this.end - 1) : -1;
      if (last >= this.pos) {
        const lines = this.buffer.subarray(this.pos, last + 1);
        this.pos = last + 1;
        return lines;
      }
      if (!this.fill()) throw new Error("the problem rows ended before their count");
    }
  }

  /** Gives back the last `bytes` of what nextLines gave (whole lines its reader did not take), before any other call. */
  unread(bytes: number): void {
    this.pos -= bytes;
  }

  /** Reads on from the current piece, keeping the unfinished line; false when every piece is read. */
  private fill(): boolean {
    let piece = this.pieces[this.piece];
    while (piece !== undefined && this.readFrom >= piece.bytes) {
      piece = this.pieces[++this.piece];
      this.readFrom = 0;
    }
    if (piece === undefined) return false;
    const carry = this.end - this.pos;
    const size = Math.min(CHUNK, piece.bytes - this.readFrom);
    // The line last returned is used by now: the unfinished one moves to the front, the buffer is reused.
    const next = carry + size > this.buffer.length ? Buffer.allocUnsafe(Math.max(CHUNK, carry + size)) : this.buffer;
    this.buffer.copy(next, 0, this.pos, this.end);
    const fd = fs.openSync(piece.file, "r");
    try {
      for (let got = 0; got < size; ) got += fs.readSync(fd, next, carry + got, size - got, piece.at + this.readFrom + got);
    } finally {
      fs.closeSync(fd);
    }
    this.buffer = next;
    this.pos = 0;
    this.end = carry + size;
    this.readFrom += size;
    return true;
  }
}

export class ProblemSpool {
  /** Where the readers append their rows. */
  readonly dir = fs.mkdtempSync(path.join(os.tmpdir(), "mfgmodel-rollup-"));
  private readonly teams = new Map<string, SpooledRows[]>();
  /** Rows spooled. */
  count = 0;

  /** A register's rows (as a reader appended them), under its team ("" for none). */
  add(team: string, rows: SpooledRows | null): void {
    if (rows === null || rows.count === 0) return;
    const pieces = this.teams.get(team);
    if (pieces === undefined) this.teams.set(team, [rows]);
    else pieces.push(rows);
    this.count += rows.count;
  }

  /** Every row, team by team in the portfolio's order (compareTeams), each team's in the order added. */
  lines(): SpoolLines {
    return new SpoolLines([...this.teams.keys()].sort(compareTeams).flatMap((team) => this.teams.get(team) as SpooledRows[]));
  }

  /** Removes the files. */
  close(): void {
    fs.rmSync(this.dir, { recursive: true, force: true });
  }
}
