// The zip container of an .xlsx, read and written with Node's zlib only. Parts the audit does not
// edit are copied as their compressed bytes (never inflated, never re-deflated), so their content
// is byte-identical by construction; edited parts are deflated once, large ones as a stream.

import { Readable } from "stream";
import * as zlib from "zlib";

export class ZipError extends Error {}

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

const EOCD = 0x06054b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

function findEocd(data: Buffer): number {
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 0xffff); i--) if (data.readUInt32LE(i) === EOCD) return i;
  throw new ZipError("no end of central directory");
}

/** The entries of a zip archive, in the order of its central directory. Encrypted entries are refused. */
export function readZip(data: Buffer): ZipEntry[] {
  const eocd = findEocd(data);
  let count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  if ((offset === MAX32 || count === 0xffff) && eocd >= 20 && data.readUInt32LE(eocd - 20) === 0x07064b50) {
    const at = Number(data.readBigUInt64LE(eocd - 20 + 8));
    if (data.readUInt32LE(at) !== ZIP64_EOCD) throw new ZipError("bad zip64 end record");
    count = Number(data.readBigUInt64LE(at + 32));
    offset = Number(data.readBigUInt64LE(at + 48));
  }
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (data.readUInt32LE(offset) !== CENTRAL) throw new ZipError("bad central directory");
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
    if (flags & 1) throw new ZipError(`the part ${name} is encrypted`);
    if (method !== 0 && method !== 8) throw new ZipError(`the part ${name} uses compression method ${method}`);
    if (data.readUInt32LE(local) !== LOCAL) throw new ZipError(`bad local header for ${name}`);
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    entries.push({
      name, method, compressedSize, size,
      crc: data.readUInt32LE(offset + 16), dosTime: data.readUInt16LE(offset + 12), dosDate: data.readUInt16LE(offset + 14),
      raw: data.subarray(start, start + compressedSize),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** A part's content, whole: for the small parts (workbook, relationships, styles, tables…). */
export function inflate(entry: ZipEntry): Buffer {
  return entry.method === 0 ? entry.raw : zlib.inflateRawSync(entry.raw);
}

/** Below this size a part is inflated in one call: faster than a stream, and small enough to hold. */
const WHOLE_BYTES = 48 << 20;

/** A part's content as a stream of chunks: for worksheets, which can be hundreds of MB inflated. */
export function inflateStream(entry: ZipEntry): Readable {
  if (entry.method === 0 || entry.size <= WHOLE_BYTES) return Readable.from([inflate(entry)]);
  return Readable.from([entry.raw]).pipe(zlib.createInflateRaw({ chunkSize: 1 << 20 }));
}

/** A part to write: copied as it was, or new content (whole, or deflated already by a stream). */
export type OutputPart =
  | { readonly kind: "copy"; readonly entry: ZipEntry }
  | { readonly kind: "data"; readonly name: string; readonly data: Buffer }
  | { readonly kind: "deflated"; readonly name: string; readonly chunks: readonly Buffer[]; readonly crc: number; readonly size: number };

const DOS_TIME = 0;
const BATCH = 1 << 20;
const DOS_DATE = (1 << 5) | 1; // 1980-01-01: fixed, so the same content gives the same bytes

/** Deflates a part's content as it is produced; `end()` gives the part to write. */
export class DeflatingPart {
  private readonly deflate = zlib.createDeflateRaw({ level: 1, chunkSize: 1 << 20 });
  private readonly chunks: Buffer[] = [];
  private crc = 0;
  private size = 0;
  private readonly done: Promise<void>;

  constructor(private readonly name: string) {
    this.deflate.on("data", (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve, reject) => {
      this.deflate.on("end", resolve);
      this.deflate.on("error", reject);
    });
  }

  /** Text waiting to be deflated: rows are small, zlib calls are not. */
  private pending: string[] = [];
  private pendingLength = 0;

  /** Queues text (UTF-8); deflates it in batches of about 1 MB, waiting when zlib asks. */
  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= BATCH) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const bytes = Buffer.from(this.pending.join(""), "utf8");
    this.pending = [];
    this.pendingLength = 0;
    this.crc = zlib.crc32(bytes, this.crc);
    this.size += bytes.length;
    if (!this.deflate.write(bytes)) await new Promise((resolve) => this.deflate.once("drain", resolve));
  }

  async end(): Promise<OutputPart> {
    await this.flush();
    this.deflate.end();
    await this.done;
    return { kind: "deflated", name: this.name, chunks: this.chunks, crc: this.crc >>> 0, size: this.size };
  }
}

/** Writes the archive. Copied parts keep their compressed bytes, CRC and dates. */
export function writeZip(parts: readonly OutputPart[]): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    let method = 8;
    let time = DOS_TIME;
    let date = DOS_DATE;
    let crc: number;
    let size: number;
    let body: readonly Buffer[];
    let name: string;
    if (part.kind === "copy") {
      ({ name, method, crc, size, dosTime: time, dosDate: date } = part.entry);
      body = [part.entry.raw];
    } else if (part.kind === "data") {
      name = part.name;
      // Level 3: most of level 6's size for about half its time on large sheets.
      body = [zlib.deflateRawSync(part.data, { level: 3 })];
      crc = zlib.crc32(part.data);
      size = part.data.length;
    } else {
      ({ name, crc, size } = part);
      body = part.chunks;
    }
    const compressed = body.reduce((n, b) => n + b.length, 0);
    if (compressed >= MAX32 || size >= MAX32 || offset >= MAX32) throw new ZipError("the workbook would exceed 4 GB");
    const nameBytes = Buffer.from(name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(compressed, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    local.copy(header, 8, 6, 26); // flags … uncompressed size: the same fields in the same order
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(offset, 42);
    out.push(local, nameBytes, ...body);
    central.push(header, nameBytes);
    offset += 30 + nameBytes.length + compressed;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, ...central, end]);
}
