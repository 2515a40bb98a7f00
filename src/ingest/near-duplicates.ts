/** Near-duplicate detection: MinHash signatures over word shingles, with LSH banding to find candidates. */

/** Words per shingle. */
export const SHINGLE_WORDS = 5;
/** Hash functions in a signature (rows × bands). */
export const SIGNATURE_SIZE = 128;
/** LSH bands; with 128 hashes, 32 bands of 4 rows make pairs above ~0.5 Jaccard near-certain candidates. */
export const LSH_BANDS = 32;
/**
 * A text is a copy of an earlier one when at least this share of the smaller one's shingles are
 * in the other (containment: a copy may carry another site's lines or lose a paragraph)…
 */
export const DUPLICATE_CONTAINMENT = 0.8;
/** …and the two share at least this Jaccard similarity (a brief is not a copy of a long feature that quotes it). */
export const DUPLICATE_MIN_JACCARD = 0.5;
/** Texts shorter than this (in words) are never linked: short texts share too much by chance. */
export const MIN_WORDS = 50;
/** Texts remembered per run; the oldest are forgotten first, so memory stays bounded. */
export const MAX_REMEMBERED = 200_000;

const WORD = /[\p{L}\p{N}]+/gu;
const ROWS = SIGNATURE_SIZE / LSH_BANDS;

/**
 * Deterministic hash parameters (a fixed xorshift sequence), so runs agree. Kept as two typed
 * arrays (multipliers, offsets) rather than objects: the signature loop reads them 128 times per shingle.
 */
const [MULTIPLIERS, OFFSETS] = (() => {
  let x = 0x9e3779b9;
  const next = () => { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; return x >>> 0; };
  const a = new Uint32Array(SIGNATURE_SIZE);
  const b = new Uint32Array(SIGNATURE_SIZE);
  for (let k = 0; k < SIGNATURE_SIZE; k++) { a[k] = next() | 1; b[k] = next(); }
  return [a, b];
})();

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 32;

/**
 * FNV-1a over the UTF-16 code units of `words[from..to)` joined by single spaces: the hash of one
 * shingle, computed without building the joined string (the same value as hashing that string).
 */
function shingleHash(words: string[], from: number, to: number): number {
  let h = FNV_OFFSET;
  for (let w = from; w < to; w++) {
    if (w > from) h = Math.imul(h ^ SPACE, FNV_PRIME);
    const word = words[w];
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), FNV_PRIME);
  }
  return h >>> 0;
}

/** A text's MinHash signature and how many distinct shingles it has. */
export interface Sketch {
  signature: Uint32Array;
  shingles: number;
}

/**
 * The MinHash sketch of a text's word shingles (lower-cased words, {@link SHINGLE_WORDS} at a
 * time), or null when the text has fewer than {@link MIN_WORDS} words.
 * @example minHash('the same story, syndicated…')?.signature.length // 128
 */
export function minHash(text: string): Sketch | null {
  const words = text.toLowerCase().match(WORD) ?? [];
  if (words.length < MIN_WORDS) return null;
  // Distinct shingle hashes, sorted so that duplicates sit side by side (cheaper than a Set).
  const all = new Uint32Array(words.length - SHINGLE_WORDS + 1);
  for (let i = 0; i < all.length; i++) all[i] = shingleHash(words, i, i + SHINGLE_WORDS);
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i];
  const hashes = all.subarray(0, distinct);
  // Four hash functions per pass over the shingles: their running minima stay in registers, and
  // each shingle hash is loaded once for four of them (SIGNATURE_SIZE is a multiple of four).
  const signature = new Uint32Array(SIGNATURE_SIZE);
  for (let k = 0; k < SIGNATURE_SIZE; k += 4) {
    const a0 = MULTIPLIERS[k], a1 = MULTIPLIERS[k + 1], a2 = MULTIPLIERS[k + 2], a3 = MULTIPLIERS[k + 3];
    const b0 = OFFSETS[k], b1 = OFFSETS[k + 1], b2 = OFFSETS[k + 2], b3 = OFFSETS[k + 3];
    let m0 = 0xffffffff, m1 = 0xffffffff, m2 = 0xffffffff, m3 = 0xffffffff;
    for (let j = 0; j < distinct; j++) {
      const h = hashes[j];
      const v0 = (Math.imul(a0, h) + b0) >>> 0;
      const v1 = (Math.imul(a1, h) + b1) >>> 0;
      const v2 = (Math.imul(a2, h) + b2) >>> 0;
      const v3 = (Math.imul(a3, h) + b3) >>> 0;
      if (v0 < m0) m0 = v0;
      if (v1 < m1) m1 = v1;
      if (v2 < m2) m2 = v2;
      if (v3 < m3) m3 = v3;
    }
    signature[k] = m0; signature[k + 1] = m1; signature[k + 2] = m2; signature[k + 3] = m3;
  }
  return { signature, shingles: distinct };
}

/**
 * Whether `b` is a copy of `a`: their estimated Jaccard similarity is at least
 * {@link DUPLICATE_MIN_JACCARD} and the estimated share of the smaller text's shingles found in
 * the other is at least {@link DUPLICATE_CONTAINMENT}. Returns that share, or 0.
 */
export function copyScore(a: Sketch, b: Sketch, containment = DUPLICATE_CONTAINMENT): number {
  const j = similarity(a.signature, b.signature);
  if (j < DUPLICATE_MIN_JACCARD) return 0;
  // |A∩B| = J(|A|+|B|)/(1+J)
  const shared = (j * (a.shingles + b.shingles)) / (1 + j);
  const share = Math.min(1, shared / Math.min(a.shingles, b.shingles));
  return share >= containment ? share : 0;
}

/** The share of equal positions of two signatures: an estimate of the Jaccard similarity of their shingle sets. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) same++;
  return same / a.length;
}

/** Remembers texts of one run and tells, for each new one, which earlier text it nearly duplicates. */
export class NearDuplicateIndex {
  private readonly entries = new Map<number, { key: string; sketch: Sketch }>();
  private readonly buckets = new Map<string, number[]>();
  private nextId = 0;

  constructor(private readonly threshold = DUPLICATE_CONTAINMENT, private readonly capacity = MAX_REMEMBERED) {}

  /**
   * Checks `text` against the texts seen so far: returns the key of the earlier text it most
   * resembles, when it is a copy (see {@link copyScore}), or null, in which case `text` is
   * remembered under `key`.
   * @example index.check('file:a.html', body); index.check('file:b.html', sameBody) // 'file:a.html'
   */
  check(key: string, text: string): string | null {
    const sketch = minHash(text);
    if (!sketch) return null;
    const bands = bandKeys(sketch.signature);
    let best: { key: string; score: number } | null = null;
    const seen = new Set<number>();
    for (const band of bands) {
      for (const id of this.buckets.get(band) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const entry = this.entries.get(id);
        if (!entry) continue;
        const score = copyScore(entry.sketch, sketch, this.threshold);
        if (score > 0 && (!best || score > best.score)) best = { key: entry.key, score };
      }
    }
    if (best) return best.key;
    this.remember(key, sketch, bands);
    return null;
  }

  private remember(key: string, sketch: Sketch, bands: string[]): void {
    const id = this.nextId++;
    this.entries.set(id, { key, sketch });
    for (const band of bands) {
      const bucket = this.buckets.get(band);
      if (bucket) bucket.push(id);
      else this.buckets.set(band, [id]);
    }
    if (this.entries.size > this.capacity) this.forget(id - this.capacity);
  }

  /** Drops an entry and its bucket slots. */
  private forget(id: number): void {
    const entry = this.entries.get(id);
    if (!entry) return;
    this.entries.delete(id);
    for (const band of bandKeys(entry.sketch.signature)) {
      const bucket = this.buckets.get(band);
      if (!bucket) continue;
      const rest = bucket.filter((x) => x !== id);
      if (rest.length) this.buckets.set(band, rest);
      else this.buckets.delete(band);
    }
  }
}

/** The LSH band keys of a signature: the band's number and its rows, as one string per band. */
function bandKeys(signature: Uint32Array): string[] {
  const keys: string[] = new Array(LSH_BANDS);
  for (let b = 0; b < LSH_BANDS; b++) {
    let key = `${b}:${signature[b * ROWS]}`;
    for (let r = 1; r < ROWS; r++) key += `,${signature[b * ROWS + r]}`;
    keys[b] = key;
  }
  return keys;
}
