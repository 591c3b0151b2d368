// Splitting large writes and reads so that no request or response nears Excel on the web's
// 5 MB limit: each chunk is sized by the bytes it carries, not by a fixed row count.

export const MAX_REQUEST_BYTES = 3_500_000;

/** Bytes a 2-D array costs on the wire (its JSON). */
export function payloadBytes(values: unknown): number {
  return utf8Length(JSON.stringify(values));
}

function utf8Length(text: string): number {
  // UTF-8 length without Node's Buffer (this runs in the browser too).
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? (i++, 4) : 3;
  }
  return bytes;
}

/** Consecutive row slices [start, end) whose JSON each stays under the limit. */
export function rowChunks(rows: readonly unknown[][], limit = MAX_REQUEST_BYTES): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let size = 2;
  for (let i = 0; i < rows.length; i++) {
    const bytes = payloadBytes(rows[i]) + 1;
    if (i > start && size + bytes > limit) {
      chunks.push([start, i]);
      start = i;
      size = 2;
    }
    size += bytes;
  }
  if (start < rows.length) chunks.push([start, rows.length]);
  return chunks;
}

/** Whether Office.js refused a sync because its request or response was over the limit. */
export function isPayloadLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}
