import { open, readdir, readFile, stat } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { extname, join } from 'node:path';
import type { RawDoc } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { bodyText } from './body-text.js';
import { decodeMarkup } from './charset.js';
import { decodeText } from './decode.js';
import { DEFAULT_MAX_BYTES, formatBytes } from './http-fetch.js';
import { parseJsonLine } from './jsonl-record.js';
import { streamLines } from './line-reader.js';
import { NearDuplicateIndex } from './near-duplicates.js';
import { isUrl, readUrl, webOptionsFromEnv, type WebOptions } from './url-reader.js';
import { readWarc, WARC_NAME } from './warc-reader.js';

/** File endings read from a directory (and `.warc`, `.warc.gz`); other files there are ignored. */
const READABLE_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.jsonl', '.ndjson']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);
/** How many leading bytes of a JSON Lines file are inspected for NUL bytes. */
const BINARY_SNIFF_BYTES = 8192;

/**
 * One item read from the inputs: a document, or a rejected input with the reason. A document
 * that nearly duplicates an earlier one (when duplicates are looked for) names the earlier
 * one's `uri` in `copyOf`.
 */
export type InputItem = { raw: RawDoc; copyOf?: string } | { error: DyadError };

/** Options of {@link readInputs}. */
export interface ReadOptions {
  /** How URLs are fetched; by default the defaults, with private addresses allowed by DYAD_ALLOW_PRIVATE_URLS=1. */
  web?: WebOptions;
  /** Largest file or page read whole (JSON Lines are read line by line, each line at most this); default 10 MB. */
  maxBytes?: number;
  /** Look for near-duplicates (syndicated copies) among the documents read, with a fresh index or this one. */
  duplicates?: boolean | NearDuplicateIndex;
}

function asDyadError(e: unknown, where: string): DyadError {
  if (e instanceof DyadError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  const reason = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : String((e as Error)?.message ?? e);
  return new DyadError('E001', reason, where);
}

function* fromText(text: string, uri: string, html: boolean): Generator<InputItem> {
  yield { raw: { uri, content: text, format: html || /^\s*<(!doctype|html)/i.test(text) ? 'html' : 'text' } };
}

/** The records of a JSON Lines stream, one line at a time; a bad line yields an error and reading goes on. */
async function* fromJsonLines(stream: AsyncIterable<Buffer | string>, uri: string, name: string, maxBytes: number): AsyncGenerator<InputItem> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let records = 0;
  for await (const line of streamLines(stream, maxBytes)) {
    const where = `${name}:${line.line}`;
    if ('tooLong' in line) {
      yield { error: new DyadError('E052', `the line is ${line.tooLong} bytes, over the ${formatBytes(maxBytes)} limit`, where) };
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(line.bytes).replace(/^\uFEFF/, '');
    } catch {
      yield { error: new DyadError('E004', 'the line is not valid UTF-8; convert the file, e.g. with iconv -t UTF-8', where) };
      continue;
    }
    if (!text.trim()) continue;
    records++;
    try {
      yield { raw: parseJsonLine(text, `${uri}#${line.line}`, where) };
    } catch (e) {
      yield { error: asDyadError(e, where) };
    }
  }
  if (records === 0) yield { error: new DyadError('E002', 'the input has only white space', name) };
}

async function* fromJsonlFile(path: string, maxBytes: number): AsyncGenerator<InputItem> {
  const file = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(BINARY_SNIFF_BYTES), 0, BINARY_SNIFF_BYTES, 0);
    if (bytesRead === 0) throw new DyadError('E002', 'the input is empty (0 bytes)', path);
    if (buffer.subarray(0, bytesRead).includes(0)) throw new DyadError('E003', 'the input looks binary (it contains NUL bytes); expected UTF-8 text, HTML or JSON Lines', path);
  } finally {
    await file.close();
  }
  yield* fromJsonLines(createReadStream(path), `file:${path}`, path, maxBytes);
}

async function* fromFile(path: string, size: number, maxBytes: number): AsyncGenerator<InputItem> {
  const ext = extname(path).toLowerCase();
  if (JSONL_EXTENSIONS.has(ext)) {
    yield* fromJsonlFile(path, maxBytes);
    return;
  }
  if (size > maxBytes) throw new DyadError('E052', `the file is ${formatBytes(size)}, over the ${formatBytes(maxBytes)} limit`, path);
  const bytes = await readFile(path);
  if (HTML_EXTENSIONS.has(ext)) {
    // Saved pages come in every encoding: the page's own declaration, else the bytes, decide.
    const { text } = decodeMarkup(bytes, { kind: 'html' }, path);
    if (!text.trim()) throw new DyadError('E002', 'the input has only white space', path);
    yield* fromText(text, `file:${path}`, true);
    return;
  }
  yield* fromText(decodeText(bytes, path), `file:${path}`, false);
}

async function* fromPath(path: string, options: ReadOptions): AsyncGenerator<InputItem> {
  let info;
  try {
    info = await stat(path);
  } catch (e) {
    yield { error: asDyadError(e, path) };
    return;
  }
  if (info.isDirectory()) {
    const names = (await readdir(path)).sort();
    for (const name of names) {
      const child = join(path, name);
      const s = await stat(child).catch(() => null);
      if (s?.isDirectory() || READABLE_EXTENSIONS.has(extname(name).toLowerCase()) || WARC_NAME.test(name)) yield* fromPath(child, options);
    }
    return;
  }
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (WARC_NAME.test(path)) {
    yield* readWarc(path, { maxBytes });
    return;
  }
  try {
    yield* fromFile(path, info.size, maxBytes);
  } catch (e) {
    yield { error: asDyadError(e, path) };
  }
}

/** Standard input: JSON Lines (read line by line) when it starts with `{`, else one text or HTML document. */
async function* fromStdin(stdin: NodeJS.ReadableStream, maxBytes: number): AsyncGenerator<InputItem> {
  const iterator = (stdin as AsyncIterable<Buffer | string>)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let first = -1;
  while (first === -1) {
    const next = await iterator.next();
    if (next.done) break;
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    head.push(chunk);
    // The first byte that is neither white space nor part of a UTF-8 byte-order mark.
    first = chunk.findIndex((b) => b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0xef && b !== 0xbb && b !== 0xbf);
    if (first !== -1) first = chunk[first];
  }
  const all: AsyncIterable<Buffer | string> = {
    async *[Symbol.asyncIterator]() {
      yield* head;
      for (let n = await iterator.next(); !n.done; n = await iterator.next()) yield n.value;
    },
  };
  if (first === 0x7b) {
    yield* fromJsonLines(all, 'stdin:', 'stdin', maxBytes);
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of all) {
    const chunk = typeof c === 'string' ? Buffer.from(c) : c;
    size += chunk.length;
    if (size > maxBytes) throw new DyadError('E052', `standard input is over the ${formatBytes(maxBytes)} limit; pass JSON Lines to read many documents`, 'stdin');
    chunks.push(chunk);
  }
  yield* fromText(decodeText(Buffer.concat(chunks), 'stdin'), 'stdin:', false);
}

/** Every input in order, before duplicates are looked for. */
async function* readEach(inputs: string[], stdin: NodeJS.ReadableStream, options: ReadOptions): AsyncGenerator<InputItem> {
  const web = options.web ?? webOptionsFromEnv();
  for (const input of inputs) {
    if (isUrl(input)) {
      yield* readUrl(input, web);
    } else if (input !== '-') {
      yield* fromPath(input, options);
    } else {
      try {
        yield* fromStdin(stdin, options.maxBytes ?? DEFAULT_MAX_BYTES);
      } catch (e) {
        yield { error: asDyadError(e, 'stdin') };
      }
    }
  }
}

/**
 * Reads inputs in order: file paths, directories (their .txt, .html, .jsonl and .warc(.gz)
 * files, sorted, recursively), URLs (a page, or a feed's linked pages), WARC files (their HTML
 * pages) and `-` for standard input (JSON Lines when it starts with `{`). A bad input yields an
 * error item naming it and the problem, and reading goes on. With `duplicates`, a document
 * that nearly duplicates an earlier one carries `copyOf`, the earlier one's uri.
 * @example for await (const item of readInputs(['news/', 'https://example.com/feed.xml'], process.stdin, { duplicates: true })) …
 */
export async function* readInputs(inputs: string[], stdin: NodeJS.ReadableStream = process.stdin, options: ReadOptions = {}): AsyncGenerator<InputItem> {
  const index = options.duplicates === true ? new NearDuplicateIndex() : options.duplicates || null;
  for await (const item of readEach(inputs, stdin, options)) {
    if (index && 'raw' in item) {
      const copyOf = index.check(item.raw.uri, bodyText(item.raw));
      if (copyOf !== null) {
        yield { raw: item.raw, copyOf };
        continue;
      }
    }
    yield item;
  }
}
