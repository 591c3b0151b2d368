// Writing the zip container of an .xlsx with Node's zlib: copied parts keep their compressed
// bytes, CRC and dates; new content is deflated once, large parts as a stream; past 65,535 parts
// the archive gets its Zip64 end records.

import * as fs from "fs";
import * as zlib from "zlib";
import { DeflatingPart } from "./deflatingPart";
import type { DeflatedPart } from "./deflatingPart";
import { MAX32, SIGNATURE, ZipError } from "./zip";
import type { ZipEntry } from "./zip";

const { eocd: EOCD, zip64Eocd: ZIP64_EOCD, zip64Locator: ZIP64_LOCATOR, central: CENTRAL, local: LOCAL } = SIGNATURE;

export { DeflatingPart } from "./deflatingPart";

/** A part to write: copied as it was, or new content (whole, or deflated already by a stream). */
export type OutputPart =
  | { readonly kind: "copy"; readonly entry: ZipEntry }
  | { readonly kind: "data"; readonly name: string; readonly data: Buffer }
  | DeflatedPart;

const DOS_TIME = 0;
const DOS_DATE = (1 << 5) | 1; // 1980-01-01: fixed, so the same content gives the same bytes

/** Where an archive's bytes go: appended in order; a local header patched once its part is written. */
export interface ZipSink {
  write(bytes: Buffer): void;
  /** Writes over bytes already written, `at` bytes from the start. */
  patch(at: number, bytes: Buffer, written: Buffer): void;
}

/** The archive in memory: the buffers it was given, patched in place. */
function memorySink(out: Buffer[]): ZipSink {
  return { write: (bytes) => out.push(bytes), patch: (_, bytes, written) => bytes.copy(written) };
}

/** A file open for writing: appended to, and patched at a position. */
export function fileSink(fd: number): ZipSink {
  return {
    write: (bytes) => void fs.writeSync(fd, bytes),
    patch: (at, bytes) => void fs.writeSync(fd, bytes, 0, bytes.length, at),
  };
}

interface Entry {
  readonly name: string;
  readonly method: number;
  readonly time: number;
  readonly date: number;
  readonly crc: number;
  readonly compressed: number;
  readonly size: number;
}

/** Writes an archive part by part into a sink: only the part being deflated is held in memory. */
export class ZipWriter {
  private offset = 0;
  private count = 0;
  private readonly central: Buffer[] = [];

  constructor(private readonly sink: ZipSink) {}

  /** The local header of an entry (the central one repeats its fields from flags to sizes). */
  private header(e: Entry, nameBytes: Buffer): Buffer {
    if (e.compressed >= MAX32 || e.size >= MAX32 || this.offset >= MAX32) throw new ZipError({ code: "output_past_4gb" });
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(e.method, 8);
    local.writeUInt16LE(e.time, 10);
    local.writeUInt16LE(e.date, 12);
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.compressed, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    return local;
  }

  private record(local: Buffer, nameBytes: Buffer, at: number): void {
    const header = Buffer.alloc(46);
    header.writeUInt32LE(CENTRAL, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    local.copy(header, 8, 6, 26); // flags … uncompressed size: the same fields in the same order
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(at, 42);
    this.central.push(header, nameBytes);
    this.count++;
  }

  /** A part whole: copied parts keep their compressed bytes, CRC and dates. */
  add(part: OutputPart): void {
    let entry: Entry;
    let body: readonly Buffer[];
    if (part.kind === "copy") {
      const e = part.entry;
      entry = { name: e.name, method: e.method, time: e.dosTime, date: e.dosDate, crc: e.crc, compressed: e.raw.length, size: e.size };
      body = [e.raw];
    } else if (part.kind === "data") {
      // Level 3: most of level 6's size for about half its time on large sheets.
      body = [zlib.deflateRawSync(part.data, { level: 3 })];
      entry = { name: part.name, method: 8, time: DOS_TIME, date: DOS_DATE, crc: zlib.crc32(part.data), compressed: body[0]!.length, size: part.data.length };
    } else {
      body = part.chunks;
      entry = { name: part.name, method: 8, time: DOS_TIME, date: DOS_DATE, crc: part.crc, compressed: body.reduce((n, b) => n + b.length, 0), size: part.size };
    }
    const nameBytes = Buffer.from(entry.name, "utf8");
    const local = this.header(entry, nameBytes);
    this.record(local, nameBytes, this.offset);
    this.sink.write(local);
    this.sink.write(nameBytes);
    for (const b of body) this.sink.write(b);
    this.offset += 30 + nameBytes.length + entry.compressed;
  }

  /**
   * A part produced as text while it is written: deflated straight into the sink, its local
   * header written first and patched with the CRC and sizes at the end.
   */
  async stream(name: string, produce: (write: (text: string | Buffer) => Promise<void>) => Promise<void>): Promise<void> {
    const nameBytes = Buffer.from(name, "utf8");
    const at = this.offset;
    const blank = this.header({ name, method: 8, time: DOS_TIME, date: DOS_DATE, crc: 0, compressed: 0, size: 0 }, nameBytes);
    this.sink.write(blank);
    this.sink.write(nameBytes);
    let compressed = 0;
    // A failure while zlib hands over bytes (a full disk, past 4 GB) stops the part, not the process.
    let failure: unknown = null;
    const part = new DeflatingPart(name, (chunk) => {
      if (failure !== null) return;
      try {
        compressed += chunk.length;
        if (at + compressed >= MAX32) throw new ZipError({ code: "output_past_4gb" });
        this.sink.write(chunk);
      } catch (error) {
        failure = error;
      }
    });
    await produce(async (text) => {
      if (failure !== null) throw failure;
      await part.write(text);
    });
    const { crc, size } = await part.end();
    if (failure !== null) throw failure;
    const local = this.header({ name, method: 8, time: DOS_TIME, date: DOS_DATE, crc, compressed, size }, nameBytes);
    this.sink.patch(at, local, blank);
    this.record(local, nameBytes, at);
    this.offset += 30 + nameBytes.length + compressed;
  }

  /** The central directory and the end records. */
  finish(): void {
    const centralSize = this.central.reduce((n, b) => n + b.length, 0);
    // Past 65,535 parts the count no longer fits the end record: it says 0xFFFF and the Zip64 end
    // record before it holds the real count (APPNOTE 4.3.14–4.3.15).
    const zip64 = this.count > 0xffff ? zip64End(this.count, centralSize, this.offset) : [];
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(Math.min(this.count, 0xffff), 8);
    end.writeUInt16LE(Math.min(this.count, 0xffff), 10);
    end.writeUInt32LE(centralSize, 12);
    end.writeUInt32LE(this.offset, 16);
    for (const b of [...this.central, ...zip64, end]) this.sink.write(b);
  }
}

/** Writes the archive in memory. Copied parts keep their compressed bytes, CRC and dates. */
export function writeZip(parts: readonly OutputPart[]): Buffer {
  const out: Buffer[] = [];
  const zip = new ZipWriter(memorySink(out));
  for (const part of parts) zip.add(part);
  zip.finish();
  return Buffer.concat(out);
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
