// Just enough XML for the small parts of a package (workbook, relationships, content types,
// styles, tables, a worksheet's head and tail): a tag scanner with offsets, so edits splice new
// text into the original and leave every other byte as the producer wrote it. Prefixes are kept:
// a part written with `x:` elements gets `x:` elements.

import { StringDecoder } from "string_decoder";

export interface Tag {
  /** The qualified name as written, e.g. "x:sheet". */
  readonly name: string;
  readonly local: string;
  readonly kind: "open" | "close" | "empty";
  readonly start: number;
  /** Just after the tag's ">". */
  readonly end: number;
  readonly attrs: Readonly<Record<string, string>>;
}

const ATTR = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function attributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of text.matchAll(ATTR)) attrs[m[1] as string] = decodeXml(m[2] ?? m[3] ?? "");
  return attrs;
}

/** Every tag from `from`, skipping declarations, comments, CDATA and processing instructions. */
export function* tags(xml: string, from = 0, to = xml.length): Generator<Tag> {
  for (let at = xml.indexOf("<", from); at >= 0 && at < to; at = xml.indexOf("<", at + 1)) {
    const next = xml[at + 1];
    if (next === "?" || next === "!") {
      const close = xml.startsWith("<!--", at) ? xml.indexOf("-->", at) + 2 : xml.startsWith("<![CDATA[", at) ? xml.indexOf("]]>", at) + 2 : xml.indexOf(">", at);
      at = close;
      continue;
    }
    const end = xml.indexOf(">", at) + 1;
    if (end === 0) return;
    const closing = next === "/";
    const empty = !closing && xml[end - 2] === "/";
    const body = xml.slice(at + (closing ? 2 : 1), end - (empty ? 2 : 1));
    const name = /^[^\s/>]+/.exec(body)?.[0] ?? "";
    yield { name, local: name.slice(name.indexOf(":") + 1), kind: closing ? "close" : empty ? "empty" : "open", start: at, end, attrs: closing ? {} : attributes(body.slice(name.length)) };
    at = end - 1;
  }
}

/** The element an open or empty tag starts, up to its matching close tag (depth-aware). */
export function elementEnd(xml: string, tag: Tag): number {
  if (tag.kind === "empty") return tag.end;
  let depth = 0;
  for (const t of tags(xml, tag.start)) {
    if (t.kind === "open") depth++;
    else if (t.kind === "close" && --depth === 0) return t.end;
  }
  throw new Error(`unclosed <${tag.name}>`);
}

/** The direct children of the element opened by `parent`. */
export function children(xml: string, parent: Tag): Tag[] {
  const found: Tag[] = [];
  if (parent.kind === "empty") return found;
  let depth = 0;
  for (const t of tags(xml, parent.end)) {
    if (t.kind === "close") {
      if (depth === 0) return found;
      depth--;
    } else {
      if (depth === 0) found.push(t);
      if (t.kind === "open") depth++;
    }
  }
  return found;
}

/** The root element's tag. */
export function root(xml: string): Tag {
  const first = tags(xml).next();
  if (first.done) throw new Error("no root element");
  return first.value;
}

export function first(xml: string, local: string, from = 0): Tag | undefined {
  for (const t of tags(xml, from)) if (t.local === local && t.kind !== "close") return t;
  return undefined;
}


/** The prefix ("x:" or "") under which a part writes its root's namespace. */
export function prefixOf(tag: Tag): string {
  return tag.name.includes(":") ? `${tag.name.slice(0, tag.name.indexOf(":"))}:` : "";
}

/** The prefix bound to a namespace on the root, if any ("r:"), or undefined. */
export function prefixFor(rootTag: Tag, namespace: string): string | undefined {
  for (const [name, value] of Object.entries(rootTag.attrs)) if (value === namespace && name.startsWith("xmlns:")) return `${name.slice(6)}:`;
  return undefined;
}

const ENTITIES: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, e: string) =>
    e.startsWith("#x") ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith("#") ? String.fromCodePoint(Number(e.slice(1))) : (ENTITIES[e] ?? whole),
  );
}

/**
 * XML whose markup other than elements is resolved, in document order: a CDATA section becomes
 * its text, escaped (so it reads as the text it holds, never as markup), and comments and
 * processing instructions are dropped (they hold no content; a comment can hold "<si>"). For
 * parts read by scanning for elements (shared strings).
 */
export function withoutComments(xml: string): string {
  if (!xml.includes("<!") && !xml.includes("<?")) return xml;
  return xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g, (whole, cdata: string | undefined) => (cdata === undefined ? "" : escapeXml(cdata)));
}

export function escapeXml(text: string): string {
  return /[&<>"]/.test(text) ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;") : text;
}

/**
 * Characters XML 1.0 cannot hold (controls but tab and line breaks, lone surrogates, U+FFFE/F),
 * and "_x" that would read as an escape: written as OOXML's _xHHHH_ escapes, as Excel writes them.
 */
// eslint-disable-next-line no-control-regex -- the control characters are what it finds
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;
const hex = (c: string) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;

/**
 * Text as SpreadsheetML holds a string (ST_Xstring: a cell's <t>, a table column's name): escaped
 * for XML, and read back as it was whatever it holds — a control character (a register's cell
 * may hold "_x0007_", read as one) or a literal "_x0041_" (which would read as "A").
 */
export const xstringXml = (text: string): string => escapeXml(text.replace(NOT_XML, hex));

/** Text with some ranges replaced; the ranges must not overlap. */
export function splice(xml: string, edits: readonly { readonly at: number; readonly end?: number; readonly text: string }[]): string {
  const sorted = [...edits].sort((a, b) => a.at - b.at || (a.end ?? a.at) - (b.end ?? b.at));
  let out = "";
  let from = 0;
  for (const e of sorted) {
    out += xml.slice(from, e.at) + e.text;
    from = e.end ?? e.at;
  }
  return out + xml.slice(from);
}

/** Sets (or adds) attributes on a start tag's text. */
export function setAttributes(xml: string, tag: Tag, values: Readonly<Record<string, string>>): string {
  let text = xml.slice(tag.start, tag.end);
  for (const [name, value] of Object.entries(values)) {
    const re = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
    text = re.test(text) ? text.replace(re, `$1"${escapeXml(value)}"`) : text.replace(/\s*(\/?>)$/, ` ${name}="${escapeXml(value)}"$1`);
  }
  return text;
}

/**
 * Where a new child goes so the schema's order holds: before the first existing child that comes
 * later in `order`, else before the parent's close tag.
 */
export function insertionPoint(xml: string, parent: Tag, local: string, order: readonly string[]): number {
  const rank = order.indexOf(local);
  for (const child of children(xml, parent)) if (order.indexOf(child.local) > rank) return child.start;
  return elementEnd(xml, parent) - `</${parent.name}>`.length;
}

/**
 * Bytes to text: UTF-8, or UTF-16 in either byte order when the part starts with its byte-order
 * mark (XML 1.0, F.1); a UTF-16 worksheet reads like any other, and an edited one is written
 * back as UTF-8 (its declaration says so: the head the visitor gets).
 */
export function textDecoder(first: Buffer): { write(chunk: Buffer): string; end(): string } {
  if (first[0] === 0xff && first[1] === 0xfe) return new StringDecoder("utf16le");
  if (first[0] !== 0xfe || first[1] !== 0xff) return new StringDecoder("utf8");
  const little = new StringDecoder("utf16le");
  let carry = Buffer.alloc(0);
  return {
    write(chunk) {
      const bytes = Buffer.concat([carry, chunk]);
      const even = bytes.length - (bytes.length % 2);
      carry = bytes.subarray(even);
      return little.write(Buffer.from(bytes.subarray(0, even)).swap16());
    },
    end: () => little.end(),
  };
}
