import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { RawDoc } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { decodeText } from './decode.js';
import { parseJsonLine } from './jsonl-record.js';

/** File endings read from a directory; other files there are ignored. */
const READABLE_EXTENSIONS = new Set(['.txt', '.text', '.html', '.htm', '.jsonl', '.ndjson']);
const HTML_EXTENSIONS = new Set(['.html', '.htm']);
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

/** One item read from the inputs: a document, or a rejected input with the reason. */
export type InputItem = { raw: RawDoc } | { error: DyadError };

function asDyadError(e: unknown, where: string): DyadError {
  if (e instanceof DyadError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  const reason = code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : String((e as Error)?.message ?? e);
  return new DyadError('E001', reason, where);
}

function looksLikeJsonLines(text: string): boolean {
  return text.trimStart().startsWith('{');
}

function* fromText(text: string, uri: string, asJsonl: boolean, html: boolean): Generator<InputItem> {
  if (!asJsonl) {
    yield { raw: { uri, content: text, format: html || /^\s*<(!doctype|html)/i.test(text) ? 'html' : 'text' } };
    return;
  }
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].trim()) continue;
    const where = `${uri.replace(/^(file|stdin):/, '')}:${i + 1}`;
    try {
      yield { raw: parseJsonLine(lines[i], `${uri}#${i + 1}`, where) };
    } catch (e) {
      yield { error: asDyadError(e, where) };
    }
  }
}

async function* fromPath(path: string): AsyncGenerator<InputItem> {
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
      if (s?.isDirectory() || READABLE_EXTENSIONS.has(extname(name).toLowerCase())) yield* fromPath(child);
    }
    return;
  }
  try {
    const text = decodeText(await readFile(path), path);
    const ext = extname(path).toLowerCase();
    yield* fromText(text, `file:${path}`, JSONL_EXTENSIONS.has(ext), HTML_EXTENSIONS.has(ext));
  } catch (e) {
    yield { error: asDyadError(e, path) };
  }
}

async function readStdin(stdin: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
  return Buffer.concat(chunks);
}

/**
 * Reads inputs in order: file paths, directories (their .txt, .html and .jsonl files, sorted),
 * and `-` for standard input (JSON Lines when it starts with `{`). A bad input yields an
 * error item and reading goes on.
 */
export async function* readInputs(inputs: string[], stdin: NodeJS.ReadableStream = process.stdin): AsyncGenerator<InputItem> {
  for (const input of inputs) {
    if (/^https?:\/\//i.test(input)) {
      yield { error: new DyadError('E001', 'fetching URLs is not supported yet; save the page and pass the file', input) };
      continue;
    }
    if (input !== '-') {
      yield* fromPath(input);
      continue;
    }
    try {
      const text = decodeText(await readStdin(stdin), 'stdin');
      yield* fromText(text, 'stdin:', looksLikeJsonLines(text), false);
    } catch (e) {
      yield { error: asDyadError(e, 'stdin') };
    }
  }
}
