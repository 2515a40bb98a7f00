/** 32-bit hashing for feature keys: strings hash once per word, templates combine integers. */

/** FNV-1a offset basis and prime (32-bit). */
export const FNV_BASIS = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a hash of a string, as an unsigned 32-bit integer. */
export function hashString(s: string): number {
  let h = FNV_BASIS;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/**
 * `hashString(a + sep + b)` without building the joined string (FNV-1a runs over the characters
 * in order, so the state after `a` carries on into `sep` and `b`); `sep` is one UTF-16 code.
 */
export function hashJoined(a: string, sep: number, b: string): number {
  let h = FNV_BASIS;
  for (let i = 0; i < a.length; i++) {
    h ^= a.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  h ^= sep;
  h = Math.imul(h, FNV_PRIME);
  for (let i = 0; i < b.length; i++) {
    h ^= b.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

/** One murmur3 mixing round of `v` into `h`. */
export function mix(h: number, v: number): number {
  let k = Math.imul(v, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/** Murmur3 finaliser, giving a well-spread unsigned key. */
export function finish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Start of every feature key's mixing; its first round, with the template id, is precomputed. */
const KEY_SEED = 0x2545f491;
/** Template ids below this (all of the tagger's and parser's) have a precomputed first round. */
const SEEDED_TEMPLATES = 256;
const TEMPLATE_SEEDS = Int32Array.from({ length: SEEDED_TEMPLATES }, (_, t) => mix(KEY_SEED, t));

/** `mix(KEY_SEED, t)`, looked up: feature keys are hashed a hundred times per parser move. */
export function templateSeed(t: number): number {
  return t >= 0 && t < SEEDED_TEMPLATES ? TEMPLATE_SEEDS[t] : mix(KEY_SEED, t);
}

/** Feature key of a template id and one value. */
export function key1(t: number, a: number): number {
  return finish(mix(templateSeed(t), a));
}

/** Feature key of a template id and two values. */
export function key2(t: number, a: number, b: number): number {
  return finish(mix(mix(templateSeed(t), a), b));
}

/** Feature key of a template id and three values. */
export function key3(t: number, a: number, b: number, c: number): number {
  return finish(mix(mix(mix(templateSeed(t), a), b), c));
}

/** A small deterministic PRNG (mulberry32), so training runs are reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Shuffles an array in place with the given PRNG (Fisher–Yates). */
export function shuffle<T>(xs: T[], random: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}
