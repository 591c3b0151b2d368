// A part's content deflated as it is produced (a worksheet the audit rewrites, the portfolio's
// problem rows), for the zip writer (zipWriter.ts): text is encoded in batches, bytes go in as
// they are; zlib deflates in Node's thread pool while the writer goes on producing.

import * as zlib from "zlib";

/** A part deflated already, to be written as it is (zipWriter.ts's OutputPart). */
export interface DeflatedPart {
  readonly kind: "deflated";
  readonly name: string;
  readonly chunks: readonly Buffer[];
  readonly crc: number;
  readonly size: number;
}

/** Text held before it is encoded, in characters: rows are small, zlib calls are not. */
const BATCH = 1 << 20;

/** A zlib stream takes a stream's options: this much is buffered before a write waits. */
const AHEAD: { readonly highWaterMark: number } = { highWaterMark: 4 << 20 };

/** Deflates a part's content as it is produced; `end()` gives the part to write. */
export class DeflatingPart {
  // Room for batches ahead (AHEAD): the writer goes on while zlib deflates, neither waits for the other.
  private readonly deflate = zlib.createDeflateRaw({ level: 1, chunkSize: 1 << 20, ...AHEAD });
  private readonly chunks: Buffer[] = [];
  private crc = 0;
  private size = 0;
  private readonly done: Promise<void>;

  /** `onChunk`: where the deflated bytes go as they come (kept for `end()` without it). */
  constructor(
    private readonly name: string,
    onChunk?: (chunk: Buffer) => void,
  ) {
    this.deflate.on("data", onChunk ?? ((chunk: Buffer) => this.chunks.push(chunk)));
    this.done = new Promise((resolve, reject) => {
      this.deflate.on("end", resolve);
      this.deflate.on("error", reject);
    });
  }

  /** Text waiting to be deflated: rows are small, zlib calls are not. */
  private pending: string[] = [];
  private pendingLength = 0;

  /** Queues text (UTF-8), deflated in batches of about 1 MB; bytes go in as they are. Waits when zlib asks. */
  async write(text: string | Buffer): Promise<void> {
    if (typeof text !== "string") {
      await this.flush();
      return this.deflateBytes(text);
    }
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= BATCH) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const bytes = Buffer.from(this.pending.join(""), "utf8");
    this.pending = [];
    this.pendingLength = 0;
    await this.deflateBytes(bytes);
  }

  private async deflateBytes(bytes: Buffer): Promise<void> {
    this.crc = zlib.crc32(bytes, this.crc);
    this.size += bytes.length;
    if (!this.deflate.write(bytes)) await new Promise((resolve) => this.deflate.once("drain", resolve));
  }

  async end(): Promise<DeflatedPart> {
    await this.flush();
    this.deflate.end();
    await this.done;
    return { kind: "deflated", name: this.name, chunks: this.chunks, crc: this.crc >>> 0, size: this.size };
  }
}
