/** Feature templates of the parser: stack/buffer words and tags, children, labels, distance, valency. */
import { FeatureProgram, type Template } from '../tagger/feature-program.js';
import { hashJoined, hashString, key1 } from '../tagger/hash.js';
import type { WordClusters } from '../tagger/word-clusters.js';
import type { Configuration } from './arc-hybrid.js';

/** Largest number of features per configuration. */
export const MAX_PARSER_FEATURES = 128;

/** Joins a word's UPOS and XPOS into the one tag the parser's templates see ("PROPN|NNP"). */
const TAG_JOIN = '|'.charCodeAt(0);
const ROOT_WORD = hashString('<root>');
const NONE_WORD = hashString('<none>');

/** Class values of the root and of "no word" (word classes are ≥ 0, unknown words -1). */
const ROOT_CLASS = -4;
const NONE_CLASS = -5;

/** Word and tag hashes and word classes of one sentence; index n is the root, n + 1 stands for "no word". */
export interface SentenceHashes {
  n: number;
  word: Uint32Array;
  tag: Uint32Array;
  /** Whether the parser has word clusters: models trained without have no class features. */
  clustered: boolean;
  /** Fine and coarse word classes (see WordClusters). */
  fine: Int32Array;
  coarse: Int32Array;
}

/** Hashes words (already normalised) and joint UPOS|XPOS tags of a sentence and looks up their classes. */
export function sentenceHashes(norms: Uint32Array, upos: readonly string[], xpos: readonly string[], clusters: WordClusters): SentenceHashes {
  const n = norms.length;
  const { fine, coarse } = clusters.classes(norms, 2, NONE_CLASS);
  fine[n] = ROOT_CLASS;
  coarse[n] = ROOT_CLASS;
  const word = new Uint32Array(n + 2);
  const tag = new Uint32Array(n + 2);
  word.set(norms);
  for (let i = 0; i < n; i++) tag[i] = hashJoined(upos[i], TAG_JOIN, xpos[i]);
  word[n] = ROOT_WORD;
  tag[n] = ROOT_WORD;
  word[n + 1] = NONE_WORD;
  tag[n + 1] = NONE_WORD;
  return { n, word, tag, clustered: clusters.size > 0, fine, coarse };
}

const BIAS = key1(1, 0);
/** Group bits of `AbsentGroups.absent`: an empty s2, then one per child slot. */
export const S2_GROUP = 0;
const FIRST_CHILD_GROUP = 1;
/** Child slots, in feature order: s0's two leftmost and two rightmost, s1's rightmost and leftmost, b0's two leftmost. */
const CHILD_GROUPS = 8;
/** Template id of the first child slot's word; each slot has word, tag and label templates in a row. */
const FIRST_CHILD_TEMPLATE = 80;
/** Number of group bits. */
export const ABSENT_GROUPS = FIRST_CHILD_GROUP + CHILD_GROUPS;
/** Group bit of the bias, which a parser with memoised absent groups adds with them. */
const BIAS_GROUP = ABSENT_GROUPS;
/**
 * Group bit of the templates that read only b0, b1 and b2's words and tags: their keys are a
 * function of b0 alone, the same in the configurations between two SHIFTs (about two scored
 * moves per word), so a parser that scores them once per b0 (`bufferFeatures`) leaves them out.
 */
const BUFFER_GROUP = BIAS_GROUP + 1;
const BUFFER_BIT = 1 << BUFFER_GROUP;

// Slots of the value vector a configuration fills (`VALUES`), which the templates read.
const S0W = 0, S0T = 1, S0WT = 2, S1W = 3, S1T = 4, S1WT = 5, B0W = 6, B0T = 7, B0WT = 8;
const B1W = 9, B1T = 10, B2W = 11, B2T = 12, S2W = 13, S2T = 14, D0 = 15, D1 = 16;
const S0VL = 17, S0VR = 18, S1VR = 19, S1VL = 20, B0VL = 21, S1R2T = 22, S1R2L = 23;
const S0LL = 24, S0RL = 25, B0LL = 26, S1RL = 27, ZERO = 28;
const S0C = 29, S1C = 30, B0C = 31, B1C = 32, S0K = 33, S1K = 34, B0K = 35, B1K = 36;
/** Child slot g's word, tag and label sit at KIDS + 3g, + 1, + 2. */
const KIDS = 37;
const VALUE_SLOTS = KIDS + 3 * CHILD_GROUPS;
const kidTag = (g: number): number => KIDS + 3 * g + 1;
const kidLabel = (g: number): number => KIDS + 3 * g + 2;
/** Child slot numbers (see CHILD_GROUPS). */
const S0L1 = 0, S0L2 = 1, S0R1 = 2, S0R2 = 3, S1R1 = 4, S1L1 = 5, B0L1 = 6, B0L2 = 7;
const S2_BIT = 1 << S2_GROUP;

/** The parser's templates, in the order their keys are written (the order of the first model). */
const TEMPLATE_LIST: readonly Template[] = [
  [1, 1 << BIAS_GROUP, ZERO],
  // Single positions.
  [2, 0, S0W], [3, 0, S0T], [4, 0, S0WT], [5, 0, S1W], [6, 0, S1T], [7, 0, S1WT],
  [8, BUFFER_BIT, B0W], [9, BUFFER_BIT, B0T], [10, BUFFER_BIT, B0WT], [11, BUFFER_BIT, B1W], [12, BUFFER_BIT, B1T],
  [13, BUFFER_BIT, B1W, B1T], [14, BUFFER_BIT, B2W], [15, BUFFER_BIT, B2T], [16, S2_BIT, S2T], [17, S2_BIT, S2W],
  // Pairs.
  [20, 0, S0WT, B0WT], [21, 0, S0WT, B0W], [22, 0, S0W, B0WT], [23, 0, S0WT, B0T], [24, 0, S0T, B0WT], [25, 0, S0W, B0W],
  [26, 0, S0T, B0T], [27, BUFFER_BIT, B0T, B1T], [28, 0, S1WT, S0WT], [29, 0, S1W, S0W], [30, 0, S1T, S0T], [31, 0, S1T, B0T],
  [32, 0, S1WT, S0T], [33, 0, S1T, S0WT], [34, BUFFER_BIT, B0W, B1W], [35, 0, S0W, B1T], [36, 0, S1W, B0W],
  // Triples of tags.
  [40, BUFFER_BIT, B0T, B1T, B2T], [41, 0, S0T, B0T, B1T], [42, 0, S1T, S0T, B0T], [43, 0, S2T, S1T, S0T],
  [44, 0, S1T, S0T, kidTag(S0R1)], [45, 0, S1T, S0T, kidTag(S0L1)], [46, 0, S0T, kidTag(S0L1), B0T],
  [47, 0, S0T, kidTag(S0R1), B0T], [48, 0, S0T, B0T, kidTag(B0L1)], [49, 0, S1T, kidTag(S1R1), S0T],
  [50, 0, S1T, kidTag(S1L1), S0T], [51, 0, S1W, S0T, B0T], [52, 0, S1T, S0W, B0T], [53, 0, S1T, S0T, B0W],
  // Distances.
  [60, 0, S0W, D0], [61, 0, S0T, D0], [62, 0, B0W, D0], [63, 0, B0T, D0], [64, 0, S0W, B0W, D0], [65, 0, S0T, B0T, D0],
  [66, 0, S1T, S0T, D1], [67, 0, S1W, D1], [68, 0, S0W, D1], [69, 0, S1W, S0W, D1],
  // Valency.
  [70, 0, S0W, S0VL], [71, 0, S0T, S0VL], [72, 0, S0W, S0VR], [73, 0, S0T, S0VR], [74, 0, S1W, S1VR], [75, 0, S1T, S1VR],
  [76, 0, B0W, B0VL], [77, 0, B0T, B0VL], [78, 0, S1T, S1VL],
  // Children: word, tag and label of each child slot.
  ...Array.from({ length: CHILD_GROUPS }, (_, g) => {
    const bit = 1 << (FIRST_CHILD_GROUP + g);
    const t = FIRST_CHILD_TEMPLATE + 3 * g;
    return [[t, bit, KIDS + 3 * g], [t + 1, bit, kidTag(g)], [t + 2, bit, kidLabel(g)]] as const;
  }).flat(),
  [104, 0, S0T, kidLabel(S0L1), kidLabel(S0L2)], [105, 0, S0T, kidLabel(S0R1), kidLabel(S0R2)],
  [106, 0, B0T, kidLabel(B0L1), kidLabel(B0L2)], [107, 0, S1T, kidLabel(S1R1), S1R2L],
  [108, 0, S0T, kidTag(S0L1), kidTag(S0L2)], [109, 0, S0T, kidTag(S0R1), kidTag(S0R2)],
  [110, 0, B0T, kidTag(B0L1), kidTag(B0L2)], [111, 0, S1T, kidTag(S1R1), S1R2T],
  [112, 0, S0W, kidLabel(S0R1)], [113, 0, S0W, kidLabel(S0L1)], [114, 0, B0W, kidLabel(B0L1)], [115, 0, S1W, kidLabel(S1R1)],
  // Label sets.
  [120, 0, S0T, S0LL], [121, 0, S0T, S0RL], [122, 0, B0T, B0LL], [123, 0, S1T, S1RL], [124, 0, S0W, S0RL], [125, 0, B0W, B0LL],
];
const TEMPLATES = new FeatureProgram(TEMPLATE_LIST);
/** The templates of `BUFFER_GROUP` on their own, for `bufferFeatures`. */
const BUFFER_TEMPLATES = new FeatureProgram(TEMPLATE_LIST.filter(([, groups]) => groups === BUFFER_BIT).map(([id, , ...slots]) => [id, 0, ...slots] as const));

/**
 * Word classes (learned from news text) in place of words: attachment evidence for words the
 * treebanks rarely show; only for models trained with clusters.
 */
const CLUSTER_TEMPLATES = new FeatureProgram([
  [130, 0, S0C], [131, 0, S1C], [132, 0, B0C], [133, 0, B1C], [134, 0, S0K], [135, 0, B0K],
  [136, 0, S0C, B0C], [137, 0, S0C, B0T], [138, 0, S0T, B0C], [139, 0, S1C, S0C], [140, 0, S1T, S0C], [141, 0, S1C, S0T],
  [142, 0, S1K, S0K, B0K], [143, 0, S0K, B0K, B1K], [144, 0, S0C, D0], [145, 0, B0C, D0],
]);

/** The value vector of the configuration being featurised. */
const VALUES = new Int32Array(VALUE_SLOTS);

/** Word `i`, or the "no word" index `none` when `i` is -1 (no such child). */
function orNone(none: number, i: number): number {
  return i < 0 ? none : i;
}

/** The label of word `i` (-1 for no word, the root, or "no word"). */
function labelOf(c: Configuration, n: number, i: number): number {
  return i < 0 || i >= n ? -1 : c.label[i];
}

function bucket(d: number): number {
  if (d <= 4) return d;
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  return 7;
}

/** Where `parserFeatures` reports the groups of features it left out. */
export interface AbsentGroups {
  /** Bit set: `S2_GROUP` and `FIRST_CHILD_GROUP + g` for child slot g. */
  absent: number;
}

/** Fills the word and tag slots of b0, b1 and b2 of `v`; returns b1 (or the "no word" index). */
function putBuffer(v: Int32Array, h: SentenceHashes, b0: number): number {
  const n = h.n;
  const none = n + 1;
  const b1 = b0 + 1 <= n ? b0 + 1 : none;
  const b2 = b0 + 2 <= n ? b0 + 2 : none;
  const W = h.word;
  const T = h.tag;
  const b0w = W[b0], b0t = T[b0];
  v[B0W] = b0w; v[B0T] = b0t; v[B0WT] = b0w ^ (b0t * 31);
  v[B1W] = W[b1]; v[B1T] = T[b1]; v[B2W] = W[b2]; v[B2T] = T[b2];
  return b1;
}

/** Fills child slot `g` of `v` with word `x`'s word, tag and label; returns its absent-group bit when `x` is no word. */
function putChild(v: Int32Array, g: number, c: Configuration, h: SentenceHashes, x: number): number {
  const at = KIDS + 3 * g;
  v[at] = h.word[x];
  v[at + 1] = h.tag[x];
  v[at + 2] = labelOf(c, h.n, x);
  return x === h.n + 1 ? 1 << (FIRST_CHILD_GROUP + g) : 0;
}

/**
 * Writes the features of a configuration into `f` and returns their count. With `out`, the
 * bias and the features of an empty s2 or child slot are left out and their groups reported
 * in `out.absent`: those keys are the same in every configuration where the group is empty
 * (four in ten of the parser's weight additions), so a parser adds their summed weights once
 * per group set (see `absentFeatures`) instead of row by row. With `out`, the features of b0,
 * b1 and b2 alone are left out too (see `bufferFeatures`).
 */
export function parserFeatures(c: Configuration, h: SentenceHashes, f: Uint32Array, out: AbsentGroups | null = null): number {
  const n = h.n;
  const none = n + 1;
  const st = c.stack;
  const depth = st.length;
  const s0 = depth > 0 ? st[depth - 1] : none;
  const s1 = depth > 1 ? st[depth - 2] : none;
  const s2 = depth > 2 ? st[depth - 3] : none;
  const b0 = c.b0;
  const W = h.word;
  const T = h.tag;
  const v = VALUES;
  const b1 = putBuffer(v, h, b0);
  const s0w = W[s0], s0t = T[s0], s1w = W[s1], s1t = T[s1];
  v[S0W] = s0w; v[S0T] = s0t; v[S0WT] = s0w ^ (s0t * 31);
  v[S1W] = s1w; v[S1T] = s1t; v[S1WT] = s1w ^ (s1t * 31);
  v[S2W] = W[s2]; v[S2T] = T[s2];
  v[D0] = s0 < none ? bucket(b0 - s0) : -1;
  v[D1] = s1 < none && s0 < none ? bucket(s0 - s1) : -1;
  v[S0VL] = s0 < none ? c.nLeft[s0] : -1;
  v[S0VR] = s0 < none ? c.nRight[s0] : -1;
  v[S1VR] = s1 < none ? c.nRight[s1] : -1;
  v[S1VL] = s1 < none ? c.nLeft[s1] : -1;
  v[B0VL] = c.nLeft[b0];
  const s1r2 = s1 < none ? orNone(none, c.rc2[s1]) : none;
  v[S1R2T] = T[s1r2];
  v[S1R2L] = labelOf(c, n, s1r2);
  v[S0LL] = s0 < none ? c.leftLabels[s0] : -1;
  v[S0RL] = s0 < none ? c.rightLabels[s0] : -1;
  v[B0LL] = c.leftLabels[b0];
  v[S1RL] = s1 < none ? c.rightLabels[s1] : -1;
  v[ZERO] = 0;
  let absent = s2 === none ? S2_BIT : 0;
  absent |= putChild(v, S0L1, c, h, s0 < none ? orNone(none, c.lc1[s0]) : none);
  absent |= putChild(v, S0L2, c, h, s0 < none ? orNone(none, c.lc2[s0]) : none);
  absent |= putChild(v, S0R1, c, h, s0 < none ? orNone(none, c.rc1[s0]) : none);
  absent |= putChild(v, S0R2, c, h, s0 < none ? orNone(none, c.rc2[s0]) : none);
  absent |= putChild(v, S1R1, c, h, s1 < none ? orNone(none, c.rc1[s1]) : none);
  absent |= putChild(v, S1L1, c, h, s1 < none ? orNone(none, c.lc1[s1]) : none);
  absent |= putChild(v, B0L1, c, h, orNone(none, c.lc1[b0]));
  absent |= putChild(v, B0L2, c, h, orNone(none, c.lc2[b0]));
  let k = TEMPLATES.run(v, out === null ? 0 : absent | (1 << BIAS_GROUP) | BUFFER_BIT, f, 0);
  if (h.clustered) {
    const C = h.fine;
    const K = h.coarse;
    v[S0C] = C[s0]; v[S1C] = C[s1]; v[B0C] = C[b0]; v[B1C] = C[b1];
    v[S0K] = K[s0]; v[S1K] = K[s1]; v[B0K] = K[b0]; v[B1K] = K[b1];
    k = CLUSTER_TEMPLATES.run(v, 0, f, k);
  }
  if (out !== null) out.absent = absent;
  return k;
}

/**
 * Writes into `f` the features that `parserFeatures` leaves out with `out` because they read
 * only the words and tags of b0, b1 and b2 (a quarter of the parser's weight additions), and
 * returns their count: they stay the same until the next SHIFT, so a parser scores them once
 * per b0 and adds the sums to every configuration with that b0.
 */
export function bufferFeatures(c: Configuration, h: SentenceHashes, f: Uint32Array): number {
  putBuffer(VALUES, h, c.b0);
  return BUFFER_TEMPLATES.run(VALUES, 0, f, 0);
}

/** Writes the three features of child slot `g` (see `CHILD_GROUPS`) at `f[k]`; returns the new count. */
function childFeatures(f: Uint32Array, k: number, g: number, word: number, tag: number, label: number): number {
  const t = FIRST_CHILD_TEMPLATE + 3 * g;
  f[k++] = key1(t, word);
  f[k++] = key1(t + 1, tag);
  f[k++] = key1(t + 2, label);
  return k;
}

/**
 * The features a configuration has whatever it is when the groups in bit set `absent` are
 * absent (see `parserFeatures`): the bias, and the fixed keys of an empty s2 or child slot.
 */
export function absentFeatures(absent: number): Uint32Array {
  const f = new Uint32Array(MAX_PARSER_FEATURES);
  let k = 0;
  f[k++] = BIAS;
  if (absent & (1 << S2_GROUP)) { f[k++] = key1(16, NONE_WORD); f[k++] = key1(17, NONE_WORD); }
  for (let g = 0; g < CHILD_GROUPS; g++) {
    if (absent & (1 << (FIRST_CHILD_GROUP + g))) k = childFeatures(f, k, g, NONE_WORD, NONE_WORD, -1);
  }
  return f.slice(0, k);
}
