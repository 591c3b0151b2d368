// The package (Open Packaging Conventions) inside an .xlsx: parts found through relationships and
// content types, never by assumed names. Part names are case-insensitive and may be
// percent-encoded; targets may be relative or absolute. Edits are collected and written at the
// end; every part not edited is copied as its original compressed bytes.

import { checkEntry, inflate, readZip } from "./zip";
import type { ZipEntry } from "./zip";
import { writeZip } from "./zipWriter";
import { declaredUtf8, refuseDtd } from "./sheetStream";
import type { OutputPart } from "./zipWriter";
import { escapeXml, prefixOf, root, tags } from "./xml";

export const REL = {
  officeDocument: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
  strictOfficeDocument: "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument",
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  sharedStrings: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  table: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table",
} as const;

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  relationships: "application/vnd.openxmlformats-package.relationships+xml",
} as const;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The part it points to (package-relative, no leading slash), or the raw target when external. */
  readonly part: string;
  readonly external: boolean;
}

const key = (name: string) => name.replace(/^\//, "").toLowerCase();

function decodePart(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target resolved against the folder of the part that holds the relationship. */
export function resolveTarget(source: string, target: string): string {
  const decoded = decodePart(target.replace(/\\/g, "/"));
  const segments = decoded.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const s of decoded.split("/")) {
    if (s === "..") segments.pop();
    else if (s !== "." && s !== "") segments.push(s);
  }
  return segments.join("/");
}

/** The shortest relative target from a source part to a part in the package. */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** New content under a part name. */
function named(content: Buffer | OutputPart, name: string): OutputPart {
  if (Buffer.isBuffer(content)) return { kind: "data", name, data: content };
  if (content.kind === "copy") throw new Error("a copied part keeps its name");
  return { ...content, name };
}

/** A part's XML, refused when its prologue declares a DTD (refuseDtd). */
function withoutDtd(part: string, xml: string): string {
  refuseDtd(part, xml, xml.search(/<[^?!]/));
  return xml;
}

export class Package {
  readonly entries: readonly ZipEntry[];
  private readonly byKey = new Map<string, ZipEntry>();
  private readonly edited = new Map<string, OutputPart>();
  private readonly added: OutputPart[] = [];

  constructor(data: Buffer) {
    this.entries = readZip(data);
    for (const e of this.entries) this.byKey.set(key(decodePart(e.name)), e);
  }

  entry(part: string): ZipEntry | undefined {
    return this.byKey.get(key(part));
  }

  has(part: string): boolean {
    return this.byKey.has(key(part)) || this.added.some((p) => p.kind !== "copy" && key(p.name) === key(part));
  }

  /** A small part's text (UTF-8, BOM removed), or undefined when missing. */
  text(part: string): string | undefined {
    const e = this.entry(part);
    if (e === undefined) return undefined;
    const bytes = inflate(e);
    // UTF-16 declares itself with a byte-order mark (XML 1.0, F.1), in either order. A part that is
    // edited is written back as UTF-8: its declaration says so from here on.
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      const units = bytes[0] === 0xff ? bytes.subarray(2) : Buffer.from(bytes.subarray(2)).swap16();
      return withoutDtd(part, declaredUtf8(units.toString("utf16le")));
    }
    return withoutDtd(part, bytes.toString("utf8").replace(/^\uFEFF/, ""));
  }

  relationships(part: string): Relationship[] {
    const xml = this.text(relsPartOf(part));
    if (xml === undefined) return [];
    return [...tags(xml)]
      .filter((t) => t.local === "Relationship" && t.kind !== "close")
      .map((t) => {
        const external = t.attrs.TargetMode === "External";
        const target = t.attrs.Target ?? "";
        return { id: t.attrs.Id ?? "", type: t.attrs.Type ?? "", external, part: external ? target : resolveTarget(part, target) };
      });
  }

  /** The content types part, as text (it always exists in a package). */
  contentTypes(): string {
    const xml = this.text("[Content_Types].xml");
    if (xml === undefined) throw new Error("no [Content_Types].xml");
    return xml;
  }

  /** Replaces an existing part's content (its position in the archive is kept). */
  replace(part: string, content: Buffer | OutputPart): void {
    const e = this.entry(part);
    if (e === undefined) throw new Error(`no part ${part}`);
    this.edited.set(e.name, named(content, e.name));
  }

  /** Adds or replaces a part. */
  put(part: string, content: Buffer | OutputPart): void {
    if (this.entry(part) !== undefined) return this.replace(part, content);
    const at = this.added.findIndex((p) => p.kind !== "copy" && key(p.name) === key(part));
    const next = named(content, at < 0 ? part : (this.added[at] as { name: string }).name);
    if (at < 0) this.added.push(next);
    else this.added[at] = next;
  }

  /** A part name not used yet: xl/worksheets/sheet7.xml for ("xl/worksheets/sheet", ".xml"). */
  freeName(stem: string, extension: string): string {
    for (let n = 1; ; n++) if (!this.has(`${stem}${n}${extension}`)) return `${stem}${n}${extension}`;
  }

  /** Adds a relationship to a part's relationships (creating the rels part); returns its id. */
  addRelationship(source: string, type: string, target: string): string {
    const rels = relsPartOf(source);
    const existing = this.pendingText(rels);
    const ids = new Set(this.relationships(source).map((r) => r.id));
    if (existing !== undefined) for (const m of existing.matchAll(/\bId="([^"]*)"/g)) ids.add(m[1] as string);
    let n = ids.size + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const xml = existing ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const r = root(xml);
    const prefix = prefixOf(r);
    const close = r.kind === "empty" ? -1 : xml.lastIndexOf(`</${r.name}>`);
    const line = `<${prefix}Relationship Id="${id}" Type="${type}" Target="${escapeXml(relativeTarget(source, target))}"/>`;
    const next = close < 0 ? `${xml.slice(0, r.end - 2)}>${line}</${r.name}>${xml.slice(r.end)}` : `${xml.slice(0, close)}${line}${xml.slice(close)}`;
    this.put(rels, Buffer.from(next, "utf8"));
    if (existing === undefined && !this.hasDefaultRelsType()) this.addContentType(rels, CONTENT_TYPE.relationships);
    return id;
  }

  /** Writes a part's relationships afresh (for a part the audit owns). */
  setRelationships(source: string, rels: readonly { id: string; type: string; part: string }[]): void {
    const lines = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(relativeTarget(source, r.part))}"/>`).join("");
    const part = relsPartOf(source);
    const isNew = !this.has(part);
    this.put(part, Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${lines}</Relationships>`, "utf8"));
    if (isNew && !this.hasDefaultRelsType()) this.addContentType(part, CONTENT_TYPE.relationships);
  }

  private hasDefaultRelsType(): boolean {
    return [...tags(this.pendingText("[Content_Types].xml") as string)].some((t) => t.local === "Default" && t.attrs.Extension?.toLowerCase() === "rels");
  }

  /** Declares a new part's content type with an Override. */
  addContentType(part: string, type: string): void {
    const xml = this.pendingText("[Content_Types].xml") as string;
    const r = root(xml);
    const prefix = prefixOf(r);
    const close = xml.lastIndexOf(`</${r.name}>`);
    this.replace("[Content_Types].xml", Buffer.from(`${xml.slice(0, close)}<${prefix}Override PartName="/${escapeXml(part)}" ContentType="${type}"/>${xml.slice(close)}`, "utf8"));
  }

  /** A part's text including edits made so far. */
  pendingText(part: string): string | undefined {
    const e = this.entry(part);
    const edited = e === undefined ? this.added.find((p) => p.kind === "data" && key(p.name) === key(part)) : this.edited.get(e.name);
    if (edited !== undefined && edited.kind === "data") return edited.data.toString("utf8");
    return this.text(part);
  }

  /** The content type of a part, from its Override or its extension's Default. */
  contentTypeOf(part: string): string | undefined {
    const xml = this.contentTypes();
    let byExtension: string | undefined;
    const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
    for (const t of tags(xml)) {
      if (t.local === "Override" && key(decodePart(t.attrs.PartName ?? "")) === key(part)) return t.attrs.ContentType;
      if (t.local === "Default" && t.attrs.Extension?.toLowerCase() === extension) byExtension = t.attrs.ContentType;
    }
    return byExtension;
  }

  /** The names of the parts edited or added, for reports and tests. */
  changedParts(): string[] {
    return [...this.edited.keys(), ...this.added.map((p) => (p.kind === "copy" ? p.entry.name : p.name))];
  }

  /** Checks every part copied as it was (not edited) against its size and CRC (checkEntry). */
  async checkCopies(): Promise<void> {
    for (const e of this.entries) if (!this.edited.has(e.name)) await checkEntry(e);
  }

  /** The parts to write, in order: every entry (edited or copied as it was), then those added. */
  outputParts(): OutputPart[] {
    return [...this.entries.map((e): OutputPart => this.edited.get(e.name) ?? { kind: "copy", entry: e }), ...this.added];
  }

  save(): Buffer {
    return writeZip(this.outputParts());
  }
}
