/** Per-word string hashes computed once per sentence and shared by the tagger's templates. */
import { hashString } from './hash.js';

/** Longest prefix and suffix lengths hashed per word. */
export const MAX_AFFIX = 4;

/** Hash of the empty / out-of-sentence word. */
export const NONE = hashString('<none>');

/** The word hashes of one sentence, in parallel typed arrays. */
export interface WordHashes {
  n: number;
  form: Uint32Array;
  lower: Uint32Array;
  /** suffix k (1..MAX_AFFIX) of word i at [i * MAX_AFFIX + k - 1]. */
  suffix: Uint32Array;
  prefix: Uint32Array;
  shape: Uint32Array;
}

/** A word's shape: X for upper, x for lower, d for digit, other characters kept; runs cut at 2. */
export function wordShape(w: string): string {
  let out = '';
  let last = '';
  let run = 0;
  for (let i = 0; i < w.length && out.length < 12; i++) {
    const ch = w[i];
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (ch.toLowerCase() !== ch.toUpperCase()) c = ch === ch.toLowerCase() ? 'x' : 'X';
    else c = ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += c;
  }
  return out;
}

/** Normal form used for word identity: lower case, digits folded to 0 ("1990" → "0000"). */
export function normWord(w: string): string {
  return w.toLowerCase().replace(/[0-9]/g, '0');
}

/** Hashes every word of a sentence. */
export function hashWords(words: readonly string[]): WordHashes {
  const n = words.length;
  const h: WordHashes = {
    n, form: new Uint32Array(n), lower: new Uint32Array(n), suffix: new Uint32Array(n * MAX_AFFIX),
    prefix: new Uint32Array(n * MAX_AFFIX), shape: new Uint32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const l = normWord(w);
    h.form[i] = hashString(w);
    h.lower[i] = hashString(l);
    h.shape[i] = hashString(wordShape(w));
    for (let k = 1; k <= MAX_AFFIX; k++) {
      h.suffix[i * MAX_AFFIX + k - 1] = k <= l.length ? hashString(l.slice(-k)) : NONE;
      h.prefix[i * MAX_AFFIX + k - 1] = k <= l.length ? hashString(l.slice(0, k)) : NONE;
    }
  }
  return h;
}
