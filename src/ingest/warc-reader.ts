/** Streams the HTML pages out of a WARC file (plain or gzip-compressed), one record at a time. */
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { constants as zlibConstants, gunzipSync } from 'node:zlib';
import type { RawDoc } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { decodeMarkup } from './charset.js';
import { DEFAULT_MAX_BYTES, formatBytes } from './http-fetch.js';

/** File names read as WARC archives. */
export const WARC_NAME = /\.warc(?:\.gz)?$/i;
/** Content types of the response records that become articles. */
const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;

/** One item of a WARC file: a page, or a record (or the whole file) that could not be read. */
export type WarcItem = { raw: RawDoc } | { error: DyadError };

/** Options of {@link readWarc}. */
export interface WarcOptions {
  /** Largest page read from one record; a larger one is reported and skipped. */
  maxBytes?: number;
}

type Warcio = typeof import('warcio');
type WarcRecord = InstanceType<Warcio['WARCRecord']>;
/** The length-limited reader under a record: what remains unread tells a truncated file. */
interface LimitedReader extends AsyncIterable<Uint8Array> {
  limit: number;
}

/**
 * Reads a WARC file as a stream and yields every HTML response record with status 200 as a page
 * whose `uri` and `url` are its WARC-Target-URI and whose `fetched` is its WARC-Date. Other
 * records (requests, metadata, DNS, images, redirects) are passed over. A file that is not a
 * WARC, or that ends inside a record (truncated), yields an E055 error and ends; pages before the
 * break are kept. A page over the size limit yields E052 and reading goes on.
 * @example for await (const item of readWarc('crawl.warc.gz')) if ('raw' in item) console.log(item.raw.uri)
 */
export async function* readWarc(path: string, options: WarcOptions = {}): AsyncGenerator<WarcItem> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let WARCParser: Warcio['WARCParser'];
  try {
    ({ WARCParser } = await import('warcio'));
  } catch (e) {
    yield { error: new DyadError('E055', `reading WARC files needs warcio (${(e as Error).message})`, path) };
    return;
  }
  let start: string;
  try {
    start = await firstLine(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    yield { error: new DyadError('E001', code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message, path) };
    return;
  }
  // Checked before warcio reads, which would otherwise look through a large non-WARC file for a header's end.
  if (!start.startsWith('WARC/')) {
    yield { error: new DyadError('E055', `not a WARC file (it starts with ${printable(start)}, expected "WARC/1.0" or "WARC/1.1")`, path) };
    return;
  }
  const stream = createReadStream(path);
  const parser = new WARCParser(stream);
  const records = parser[Symbol.asyncIterator]();
  let index = 0;
  try {
    for (;;) {
      const next = await records.next();
      if (next.done) {
        // warcio ends quietly when a gzip member or the last record's header is cut off: bytes left unread mean a truncated file.
        const reader = parser._reader;
        const read = reader.compressed ? reader.getRawOffset() : reader.getReadOffset();
        const size = (await stat(path)).size;
        if (read < size) yield { error: new DyadError('E055', `the file is truncated or damaged after record ${index}: ${size - read} bytes at its end are not a whole record`, path) };
        break;
      }
      const record = next.value as WarcRecord;
      index++;
      const where = `${path}: record ${index}`;
      if (!record.warcHeaders.protocol?.startsWith('WARC/')) {
        yield { error: new DyadError('E055', `record ${index} does not start with a WARC version line (found ${printable(String(record.warcHeaders.statusline ?? ''))})`, path) };
        return;
      }
      if (!/^\d+$/.test(record.warcHeaders.headers.get('Content-Length') ?? '')) {
        yield { error: new DyadError('E055', `the file is truncated or damaged: record ${index} has no Content-Length header`, path) };
        return;
      }
      const limited = record.reader as unknown as LimitedReader;
      const page = wantsPage(record) ? await readPayload(record, maxBytes) : null;
      // Whatever was not read is skipped here, so that a truncated file is noticed (warcio would
      // otherwise wait for bytes that never come).
      if (limited.limit > 0) for await (const _ of limited) { /* skip the rest of the record */ }
      if (limited.limit > 0) {
        yield { error: new DyadError('E055', `the file is truncated: record ${index} (${record.warcTargetURI ?? record.warcType}) ends ${limited.limit} bytes early`, path) };
        return;
      }
      if (page === null) continue;
      const uri = targetUri(record);
      if (page === 'too-large') {
        yield { error: new DyadError('E052', `the page is larger than the ${formatBytes(maxBytes)} limit`, `${uri} (${where})`) };
        continue;
      }
      try {
        const contentType = record.httpHeaders?.headers.get('content-type') ?? null;
        const { text } = decodeMarkup(page, { kind: 'html', contentType }, uri);
        yield { raw: { uri, url: uri, content: text, format: 'html', fetched: record.warcDate ?? undefined } };
      } catch (e) {
        yield { error: e instanceof DyadError ? e : new DyadError('E055', (e as Error).message, where) };
      }
    }
  } catch (e) {
    yield { error: new DyadError('E055', `the file could not be read after record ${index} (${(e as Error).message})`, path) };
  } finally {
    stream.destroy();
  }
}

/** How many bytes are read to check that a file starts like a WARC. */
const SNIFF_BYTES = 512;

/** The file's first characters, gunzipped when it is gzip-compressed. */
async function firstLine(path: string): Promise<string> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    let head = buffer.subarray(0, bytesRead);
    if (head[0] === 0x1f && head[1] === 0x8b) {
      try {
        head = gunzipSync(head, { finishFlush: zlibConstants.Z_SYNC_FLUSH });
      } catch {
        return '(gzip data that does not decompress)';
      }
    }
    return head.toString('latin1').slice(0, 40);
  } finally {
    await file.close();
  }
}

/** A short quotable form of some bytes read as text: control and non-ASCII characters become "?". */
function printable(text: string): string {
  return JSON.stringify(text.split(/\r?\n/)[0].slice(0, 40).replace(/[^\x20-\x7e]/g, '?'));
}

/** An HTML response with status 200 and an http(s) target. */
function wantsPage(record: WarcRecord): boolean {
  if (record.warcType !== 'response' || !/^<?https?:/i.test(record.warcTargetURI ?? '')) return false;
  const status = Number(record.httpHeaders?.statusCode);
  return status === 200 && HTML_TYPE.test(record.httpHeaders?.headers.get('content-type') ?? '');
}

/** Wget writes `<https://…>`; the brackets are not part of the address. */
function targetUri(record: WarcRecord): string {
  return (record.warcTargetURI ?? '').replace(/^<(.*)>$/, '$1');
}

/** The decoded (de-chunked, decompressed) payload, or 'too-large' once it passes `maxBytes`. */
async function readPayload(record: WarcRecord, maxBytes: number): Promise<Uint8Array | 'too-large'> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of record) {
    size += chunk.length;
    if (size > maxBytes) return 'too-large';
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
