// Where the mfgmodel command writes: stdout, stderr, and a status line when stderr is a terminal.

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** Rewrites stderr's current line: given when stderr is a terminal, for a progress bar. */
  status?(text: string): void;
}
