/** The CAMEO codebook from /api/codebook, loaded once and shared by every view. */
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api/client.js';
import type { CodebookEntry } from '../api/types.js';

let cache: Promise<ReadonlyMap<string, CodebookEntry>> | null = null;

function load(): Promise<ReadonlyMap<string, CodebookEntry>> {
  cache ??= api('/api/codebook').then(({ codes }) => new Map(codes.map((c) => [c.code, c])), (e) => {
    cache = null;
    throw e;
  });
  return cache;
}

/** Code → entry; empty until loaded (labels then appear), and stays empty if the codebook cannot be read. */
export function useCodebook(): ReadonlyMap<string, CodebookEntry> {
  const [book, setBook] = useState<ReadonlyMap<string, CodebookEntry>>(new Map());
  useEffect(() => {
    let live = true;
    load().then((b) => { if (live) setBook(b); }, () => {});
    return () => { live = false; };
  }, []);
  return book;
}

/** The label of a code, or of its nearest listed parent ("0253" → "025"), or ''. */
export function codeLabel(book: ReadonlyMap<string, CodebookEntry>, code: string): string {
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const e = book.get(c);
    if (e) return e.label;
  }
  return '';
}
