// Writing the zip container of an .xlsx with Node's zlib: copied parts keep their compressed
// bytes, CRC and dates; new content is deflated once, large parts as a stream; past 65,535 parts
// the archive gets its Zip64 end records.

import * as zlib from "zlib";
import { MAX32, SIGNATURE, ZipError } from "./zip";
import type { ZipEntry } from "./zip";

const { eocd: EOCD, zip64Eocd: ZIP64_EOCD, zip64Locator: ZIP64_LOCATOR, central: CENTRAL, local: LOCAL } = SIGNATURE;

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
    if (compressed >= MAX32 || size >= MAX32 || offset >= MAX32) throw new ZipError({ code: "output_past_4gb" });
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
  // Past 65,535 parts the count no longer fits the end record: it says 0xFFFF and the Zip64 end
  // record before it holds the real count (APPNOTE 4.3.14–4.3.15).
  const zip64 = parts.length > 0xffff ? zip64End(parts.length, centralSize, offset) : [];
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 8);
  end.writeUInt16LE(Math.min(parts.length, 0xffff), 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, ...central, ...zip64, end]);
}

/** The Zip64 end of central directory record and its locator, for an archive of `count` parts. */
function zip64End(count: number, centralSize: number, centralOffset: number): Buffer[] {
  const record = Buffer.alloc(56);
  record.writeUInt32LE(ZIP64_EOCD, 0);
  record.writeBigUInt64LE(44n, 4); // the record's size after this field
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(count), 24);
  record.writeBigUInt64LE(BigInt(count), 32);
  record.writeBigUInt64LE(BigInt(centralSize), 40);
  record.writeBigUInt64LE(BigInt(centralOffset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(ZIP64_LOCATOR, 0);
  locator.writeBigUInt64LE(BigInt(centralOffset + centralSize), 8);
  locator.writeUInt32LE(1, 16);
  return [record, locator];
}
