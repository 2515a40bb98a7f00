/** Finds the character encoding of an HTML page or XML feed and decodes its bytes. */
import { DyadError } from '../core/errors.js';

/** How many leading bytes are searched for `<meta charset>` or the XML declaration. */
export const PRESCAN_BYTES = 4096;
/** How many leading bytes are inspected for NUL bytes when telling binary from text. */
const BINARY_SNIFF_BYTES = 8192;

/** Where the encoding came from: a byte-order mark, the HTTP header, the markup, or the bytes themselves. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'xml' | 'sniff';

/** Decoded text and how its encoding was found. */
export interface DecodedMarkup {
  text: string;
  /** The WHATWG name of the encoding used ("utf-8", "windows-1252", "shift_jis"…). */
  charset: string;
  source: CharsetSource;
}

/** What is known about the bytes besides themselves. */
export interface DecodeHints {
  /** The HTTP Content-Type header, if any ("text/html; charset=ISO-8859-1"). */
  contentType?: string | null;
  /** HTML looks for `<meta charset>`; XML for `<?xml … encoding="…"?>`. */
  kind: 'html' | 'xml';
}

const BOMS: ReadonlyArray<{ bytes: number[]; charset: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
];
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i;
const HEADER_CHARSET = /;\s*charset\s*=\s*["']?([\w.:-]+)/i;

/**
 * The WHATWG encoding name for a label, or null for an unknown label. A page that declares
 * UTF-16 in its markup is readable ASCII, so the declaration is wrong: it reads as UTF-8.
 */
export function encodingFor(label: string, fromMarkup = false): string | null {
  try {
    const name = new TextDecoder(label.trim()).encoding;
    return fromMarkup && name.startsWith('utf-16') ? 'utf-8' : name;
  } catch {
    return null;
  }
}

function bomOf(bytes: Uint8Array): string | null {
  for (const bom of BOMS) if (bom.bytes.every((b, i) => bytes[i] === b)) return bom.charset;
  return null;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

/** The encoding the markup declares in its first bytes, if any. */
function declaredInMarkup(bytes: Uint8Array, kind: DecodeHints['kind']): { charset: string; source: 'meta' | 'xml' } | null {
  const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
  const xml = XML_ENCODING.exec(head);
  if (xml) {
    const charset = encodingFor(xml[1], true);
    if (charset) return { charset, source: 'xml' };
  }
  if (kind === 'html') {
    const meta = META_CHARSET.exec(head);
    const charset = meta ? encodingFor(meta[1], true) : null;
    if (charset) return { charset, source: 'meta' };
  }
  return null;
}

/**
 * Decodes a page or feed: a byte-order mark wins, then the HTTP header's charset, then the
 * markup's declaration (`<meta charset>`, the XML declaration), then the bytes (UTF-8 when they
 * are valid UTF-8, else windows-1252). Bytes that are valid UTF-8 with non-ASCII characters are
 * read as UTF-8 whatever a header or the markup says: a page labelled ISO-8859-1 whose "é" is
 * `C3 A9` is UTF-8 (no legacy text is valid UTF-8 by accident). The label ISO-8859-1 reads as
 * windows-1252, as browsers do. Throws E002 for empty input and E003 for binary input.
 * @example decodeMarkup(bytes, { kind: 'html', contentType: 'text/html; charset=shift_jis' }).text
 */
export function decodeMarkup(bytes: Uint8Array, hints: DecodeHints, where: string): DecodedMarkup {
  if (bytes.length === 0) throw new DyadError('E002', 'the input is empty (0 bytes)', where);
  const bom = bomOf(bytes);
  if (bom) return { text: decode(bytes, bom), charset: bom, source: 'bom' };
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    throw new DyadError('E003', 'the input looks binary (it contains NUL bytes); expected text, HTML, a feed or JSON Lines', where);
  }
  const headerLabel = hints.contentType ? HEADER_CHARSET.exec(hints.contentType)?.[1] : undefined;
  const header = headerLabel ? encodingFor(headerLabel, true) : null;
  const declared = header ? { charset: header, source: 'header' as const } : declaredInMarkup(bytes, hints.kind);
  const utf8 = isValidUtf8(bytes);
  if (declared && (declared.charset === 'utf-8' || !utf8 || !hasNonAscii(bytes))) {
    return { text: decode(bytes, declared.charset), charset: declared.charset, source: declared.source };
  }
  const charset = utf8 ? 'utf-8' : 'windows-1252';
  return { text: decode(bytes, charset), charset, source: 'sniff' };
}

/**
 * Bytes 0x80–0x9F of windows-1252 (0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned and stay as
 * they are). Some Node versions decode the windows-1252 label as ISO-8859-1, which turns „…“
 * into C1 control characters; this table puts the letters and quotes back.
 */
const WINDOWS_1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function decode(bytes: Uint8Array, charset: string): string {
  // Invalid sequences become U+FFFD rather than failing: a page with one bad byte is still readable.
  const text = new TextDecoder(charset, { ignoreBOM: false }).decode(bytes);
  return charset === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_HIGH[c.charCodeAt(0) - 0x80]) : text;
}
