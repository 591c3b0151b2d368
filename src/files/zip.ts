// The zip container of an .xlsx, read and written with Node's zlib only. Parts the audit does not
// edit are copied as their compressed bytes (never inflated, never re-deflated), so their content
// is byte-identical by construction; edited parts are deflated once, large ones as a stream.

import { Readable } from "stream";
import * as zlib from "zlib";
import type { ZipProblem } from "./fileProblems";
import { zipProblemText } from "./fileWords";

/** A zip archive the audit refuses: its problem, and a sentence to follow the file's name. */
export class ZipError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(zipProblemText(problem));
  }
}

/**
 * Limits on what an archive may make the audit hold: a part inflates to at most 1 GiB and to at
 * most 200 times its compressed size (past 1 MiB; XML compresses 5 to 50 times, a zip bomb a
 * thousand times), and all parts together declare at most 2 GiB. A part inflates to exactly its
 * declared size and CRC, or is refused.
 */
export const ZIP_LIMITS = { partBytes: 1 << 30, ratio: 200, smallBytes: 1 << 20, totalBytes: 2 ** 31 } as const;

const allowedSize = (compressed: number) => Math.min(ZIP_LIMITS.partBytes, Math.max(ZIP_LIMITS.smallBytes, compressed * ZIP_LIMITS.ratio));

/** A part's name that points outside the package: a .. segment, a leading slash, a drive, a NUL. */
// eslint-disable-next-line no-control-regex -- a NUL in a name is what it looks for
const UNSAFE_NAME = /(^|[\\/])\.\.([\\/]|$)|^[\\/]|^[a-z]:|\u0000/i;

const CORRUPT: ZipProblem = { code: "corrupt" };

export interface ZipEntry {
  /** The item name as stored (UTF-8). */
  readonly name: string;
  readonly method: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly dosTime: number;
  readonly dosDate: number;
  /** The compressed bytes, a view into the file. */
  readonly raw: Buffer;
}

/** The record signatures of the zip format (APPNOTE 4.3), for the reader and the writer. */
export const SIGNATURE = { eocd: 0x06054b50, zip64Eocd: 0x06064b50, zip64Locator: 0x07064b50, central: 0x02014b50, local: 0x04034b50 } as const;
export const MAX32 = 0xffffffff;
const { eocd: EOCD, zip64Eocd: ZIP64_EOCD, zip64Locator: ZIP64_LOCATOR, central: CENTRAL, local: LOCAL } = SIGNATURE;

function findEocd(data: Buffer): number {
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) if (data.readUInt32LE(i) === EOCD) return i;
  throw new ZipError(CORRUPT);
}

/**
 * The entries of a zip archive, in the order of its central directory. Refused, with a sentence:
 * encryption, compression other than deflate, names outside the package, a name given twice
 * (letter case aside), entries that overlap or run past the archive, sizes past the limits.
 */
export function readZip(data: Buffer): ZipEntry[] {
  let entries: (ZipEntry & { readonly local: number })[];
  try {
    entries = readEntries(data);
  } catch (error) {
    // A read past the end of the buffer: a count, an offset or a length that lies.
    if (error instanceof RangeError) throw new ZipError(CORRUPT);
    throw error;
  }
  checkEntries(entries, data);
  return entries;
}

function checkEntries(entries: readonly (ZipEntry & { readonly local: number })[], data: Buffer): void {
  const names = new Map<string, string>();
  let total = 0;
  for (const e of entries) {
    if (e.name === "" || UNSAFE_NAME.test(e.name)) throw new ZipError({ code: "unsafe_name", name: e.name });
    const folded = e.name.toLowerCase();
    const twin = names.get(folded);
    if (twin !== undefined) throw new ZipError({ code: "duplicate_name", name: twin, other: e.name });
    names.set(folded, e.name);
    if (e.size > allowedSize(e.compressedSize)) throw new ZipError({ code: "inflates_too_far", part: e.name, size: e.size, compressed: e.compressedSize });
    total += e.size;
  }
  if (total > ZIP_LIMITS.totalBytes) throw new ZipError({ code: "total_too_large", size: total });
  // Each entry's bytes belong to it alone: no two local entries overlap.
  const spans = entries.map((e) => ({ name: e.name, from: e.local, to: e.raw.byteOffset - data.byteOffset + e.compressedSize })).sort((a, b) => a.from - b.from);
  spans.forEach((span, i) => {
    const next = spans[i + 1];
    if (next !== undefined && next.from < span.to) throw new ZipError({ code: "overlap", part: span.name, other: next.name });
  });
}

function readEntries(data: Buffer): (ZipEntry & { readonly local: number })[] {
  const eocd = findEocd(data);
  let count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  if ((offset === MAX32 || count === 0xffff) && eocd >= 20 && data.readUInt32LE(eocd - 20) === ZIP64_LOCATOR) {
    const at = Number(data.readBigUInt64LE(eocd - 20 + 8));
    if (data.readUInt32LE(at) !== ZIP64_EOCD) throw new ZipError(CORRUPT);
    count = Number(data.readBigUInt64LE(at + 32));
    offset = Number(data.readBigUInt64LE(at + 48));
  }
  const entries: (ZipEntry & { readonly local: number })[] = [];
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(offset) !== CENTRAL) throw new ZipError(CORRUPT);
    const flags = data.readUInt16LE(offset + 8);
    const method = data.readUInt16LE(offset + 10);
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    let compressedSize = data.readUInt32LE(offset + 20);
    let size = data.readUInt32LE(offset + 24);
    let local = data.readUInt32LE(offset + 42);
    const name = data.toString("utf8", offset + 46, offset + 46 + nameLength);
    // Zip64: the sizes and offset that overflow 32 bits follow in the extra field, in this order.
    for (let e = offset + 46 + nameLength; e < offset + 46 + nameLength + extraLength; ) {
      const id = data.readUInt16LE(e);
      const length = data.readUInt16LE(e + 2);
      if (id === 0x0001) {
        let at = e + 4;
        if (size === MAX32) {
          size = Number(data.readBigUInt64LE(at));
          at += 8;
        }
        if (compressedSize === MAX32) {
          compressedSize = Number(data.readBigUInt64LE(at));
          at += 8;
        }
        if (local === MAX32) local = Number(data.readBigUInt64LE(at));
      }
      e += 4 + length;
    }
    if (flags & 1) throw new ZipError({ code: "encrypted" });
    if (method !== 0 && method !== 8) throw new ZipError({ code: "method", part: name, method });
    if (data.readUInt32LE(local) !== LOCAL) throw new ZipError(CORRUPT);
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    if (start + compressedSize > data.length) throw new ZipError({ code: "truncated_part", part: name });
    entries.push({
      local, name, method, compressedSize, size,
      crc: data.readUInt32LE(offset + 16), dosTime: data.readUInt16LE(offset + 12), dosDate: data.readUInt16LE(offset + 14),
      raw: data.subarray(start, start + compressedSize),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}


/** Entries whose whole content has been inflated and matched its declared size and CRC. */
const CHECKED = new WeakSet<ZipEntry>();

/** Checks inflated content against the entry's declared size and CRC. */
function verified(entry: ZipEntry, bytes: Buffer): Buffer {
  if (bytes.length !== entry.size) throw new ZipError({ code: "size_mismatch", part: entry.name, declared: entry.size, actual: bytes.length });
  if (zlib.crc32(bytes) >>> 0 !== entry.crc >>> 0) throw new ZipError({ code: "crc", part: entry.name });
  CHECKED.add(entry);
  return bytes;
}

/**
 * Checks a part the audit copies without reading it: its content inflates to its declared size
 * and CRC, or the file is refused (a corrupt part is never passed on as if it were sound). Read
 * as a stream past 48 MB; a part checked before (read by the audit) is not inflated again.
 */
export async function checkEntry(entry: ZipEntry): Promise<void> {
  if (CHECKED.has(entry)) return;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- read to the end: the stream checks size and CRC
  for await (const _ of inflateStream(entry));
}

/** A part's content, whole: for the small parts (workbook, relationships, styles, tables…); never past its declared size. */
export function inflate(entry: ZipEntry): Buffer {
  if (entry.method === 0) return verified(entry, entry.raw);
  let bytes: Buffer;
  try {
    // Output buffers of the declared size, up to 8 MB (a part declaring more than it holds gets no
    // more memory than that before it is refused): a small part inflates into one, no chunks to join.
    bytes = zlib.inflateRawSync(entry.raw, { maxOutputLength: Math.max(1, entry.size + 1), chunkSize: Math.min(Math.max(64, entry.size + 1), KEPT_BYTES) });
  } catch (error) {
    // Past the declared size (ERR_BUFFER_TOO_LARGE), or not deflate data at all.
    throw new ZipError((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE" ? { code: "larger_than_declared", part: entry.name, declared: entry.size } : { code: "not_deflate", part: entry.name });
  }
  return verified(entry, bytes);
}

/** Below this size a part is inflated in one call: faster than a stream, and small enough to hold. */
const WHOLE_BYTES = 48 << 20;

/**
 * A part's content as a stream of chunks: for worksheets, which can be hundreds of MB inflated.
 * Stopped as soon as it passes its declared size; its size and CRC checked at the end.
 */
export function inflateStream(entry: ZipEntry): Readable {
  if (entry.method !== 0 && entry.size > WHOLE_BYTES) return Readable.from(checkedChunks(entry));
  // A worksheet is often read twice in a row (the view's scan, then the edit or the judging):
  // the last small part inflated is kept for the next read of it.
  if (lastInflated?.entry !== entry) lastInflated = entry.size <= KEPT_BYTES ? { entry, bytes: inflate(entry) } : null;
  return Readable.from([lastInflated?.bytes ?? inflate(entry)]);
}

const KEPT_BYTES = 8 << 20;
let lastInflated: { readonly entry: ZipEntry; readonly bytes: Buffer } | null = null;

async function* checkedChunks(entry: ZipEntry): AsyncGenerator<Buffer> {
  const inflater = Readable.from([entry.raw]).pipe(zlib.createInflateRaw({ chunkSize: 1 << 20 }));
  let size = 0;
  let crc = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > entry.size) throw new ZipError({ code: "larger_than_declared", part: entry.name, declared: entry.size });
      crc = zlib.crc32(chunk, crc);
      yield chunk;
    }
  } catch (error) {
    inflater.destroy();
    if (error instanceof ZipError) throw error;
    throw new ZipError({ code: "not_deflate", part: entry.name });
  }
  if (size !== entry.size) throw new ZipError({ code: "size_mismatch", part: entry.name, declared: entry.size, actual: size });
  if (crc >>> 0 !== entry.crc >>> 0) throw new ZipError({ code: "crc", part: entry.name });
  CHECKED.add(entry);
}
