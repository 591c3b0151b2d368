// Text from a file (names, sheet titles, cells, paths) as the terminal is shown it: control
// characters (ESC, CR, BEL, line breaks…) and the bidirectional overrides that reorder a line are
// written as escapes, so a name cannot move the cursor, clear the screen, ring, fake a line or
// reverse one. --json stays exact: JSON escapes what it must itself.

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string): string => {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
};

export const terminalText = (text: string): string => text.replace(UNSAFE, escape);

/** A progress bar of `width` characters for a share from 0 to 1: "[#####-----]". */
export const progressBar = (share: number, width: number): string => `[${"#".repeat(Math.round(Math.min(1, Math.max(0, share)) * width)).padEnd(width, "-")}]`;
