/** Per-word string hashes computed once per sentence and shared by the tagger's templates. */
import { FNV_BASIS, FNV_PRIME, hashString } from './hash.js';

/** Longest prefix and suffix lengths hashed per word. */
export const MAX_AFFIX = 4;

/** Hash of the empty / out-of-sentence word. */
export const NONE = hashString('<none>');

/** The word hashes of one sentence, in parallel typed arrays. */
export interface WordHashes {
  n: number;
  /** Each word's normal form (`normWord`), which the tagger's tables are keyed by. */
  norms: string[];
  form: Uint32Array;
  lower: Uint32Array;
  /** suffix k (1..MAX_AFFIX) of word i at [i * MAX_AFFIX + k - 1]. */
  suffix: Uint32Array;
  prefix: Uint32Array;
  shape: Uint32Array;
}

/** Longest shape kept. */
const MAX_SHAPE = 12;
const LOWER_X = 0x78;
const UPPER_X = 0x58;
const DIGIT_D = 0x64;

/** The shape character (as a UTF-16 code) of `w`'s code unit at `i`: x lower, X upper, d digit, else itself. */
function shapeCode(w: string, i: number): number {
  const code = w.charCodeAt(i);
  if (code >= 0x61 && code <= 0x7a) return LOWER_X;
  if (code >= 0x41 && code <= 0x5a) return UPPER_X;
  if (code >= 0x30 && code <= 0x39) return DIGIT_D;
  if (code < 0x80) return code;
  const ch = w[i];
  if (ch.toLowerCase() !== ch.toUpperCase()) return ch === ch.toLowerCase() ? LOWER_X : UPPER_X;
  return code;
}

/** A word's shape: X for upper, x for lower, d for digit, other characters kept; runs cut at 2. */
export function wordShape(w: string): string {
  let out = '';
  let last = -1;
  let run = 0;
  for (let i = 0; i < w.length && out.length < MAX_SHAPE; i++) {
    const c = shapeCode(w, i);
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += String.fromCharCode(c);
  }
  return out;
}

/** `hashString(wordShape(w))`, without building the shape: the tagger hashes a shape per word. */
export function hashShape(w: string): number {
  let h = FNV_BASIS;
  let len = 0;
  let last = -1;
  let run = 0;
  for (let i = 0; i < w.length && len < MAX_SHAPE; i++) {
    const c = shapeCode(w, i);
    run = c === last ? run + 1 : 1;
    last = c;
    if (run > 2) continue;
    h ^= c;
    h = Math.imul(h, FNV_PRIME);
    len++;
  }
  return h >>> 0;
}

const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** Normal form used for word identity: lower case, digits folded to 0 ("1990" → "0000"). */
export function normWord(w: string): string {
  const lower = w.toLowerCase();
  // Most words hold no digit: skip the replace (and its copy) for them.
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= DIGIT_0 && c <= DIGIT_9) return lower.replace(/[0-9]/g, '0');
  }
  return lower;
}

/**
 * Hashes of the prefixes and suffixes of length 1..MAX_AFFIX of `l` into `prefix` and `suffix`
 * at `at`, equal to `hashString(l.slice(0, k))` and `hashString(l.slice(-k))` without building
 * the slices: FNV-1a over a prefix is the running state after its last character.
 */
function hashAffixes(l: string, prefix: Uint32Array, suffix: Uint32Array, at: number): void {
  const len = l.length;
  let h = FNV_BASIS;
  for (let k = 1; k <= MAX_AFFIX; k++) {
    if (k > len) {
      prefix[at + k - 1] = NONE;
      suffix[at + k - 1] = NONE;
      continue;
    }
    h ^= l.charCodeAt(k - 1);
    h = Math.imul(h, FNV_PRIME);
    prefix[at + k - 1] = h >>> 0;
    let s = FNV_BASIS;
    for (let i = len - k; i < len; i++) {
      s ^= l.charCodeAt(i);
      s = Math.imul(s, FNV_PRIME);
    }
    suffix[at + k - 1] = s >>> 0;
  }
}

/** Hashes every word of a sentence. */
export function hashWords(words: readonly string[]): WordHashes {
  const n = words.length;
  const h: WordHashes = {
    n, norms: new Array<string>(n), form: new Uint32Array(n), lower: new Uint32Array(n), suffix: new Uint32Array(n * MAX_AFFIX),
    prefix: new Uint32Array(n * MAX_AFFIX), shape: new Uint32Array(n),
  };
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const l = normWord(w);
    h.norms[i] = l;
    h.form[i] = hashString(w);
    h.lower[i] = hashString(l);
    h.shape[i] = hashShape(w);
    hashAffixes(l, h.prefix, h.suffix, i * MAX_AFFIX);
  }
  return h;
}

/** Hashes of the normal forms of a sentence's words (`hashWords(words).lower`, alone). */
export function lowerHashes(words: readonly string[]): Uint32Array {
  const lower = new Uint32Array(words.length);
  for (let i = 0; i < words.length; i++) lower[i] = hashString(normWord(words[i]));
  return lower;
}
