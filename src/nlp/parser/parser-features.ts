/** Feature templates of the parser: stack/buffer words and tags, children, labels, distance, valency. */
import { hashJoined, hashString, key1, key2, key3 } from '../tagger/hash.js';
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
/** Scratch for the child slots of the configuration being featurised. */
const KIDS = new Int32Array(CHILD_GROUPS);

/** Word `i`, or the "no word" index `none` when `i` is -1 (no such child). */
function orNone(none: number, i: number): number {
  return i < 0 ? none : i;
}

/** The label of word `i` (-1 for no word, the root, or "no word"). Plain functions, not closures in `parserFeatures`: no allocation per configuration. */
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

/**
 * Writes the features of a configuration into `f` and returns their count. With `out`, the
 * bias and the features of an empty s2 or child slot are left out and their groups reported
 * in `out.absent`: those keys are the same in every configuration where the group is empty
 * (four in ten of the parser's weight additions), so a parser adds their summed weights once
 * per group set (see `absentFeatures`) instead of row by row.
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
  const b1 = b0 + 1 <= n ? b0 + 1 : none;
  const b2 = b0 + 2 <= n ? b0 + 2 : none;
  const W = h.word;
  const T = h.tag;
  const s0l1 = s0 < none ? orNone(none, c.lc1[s0]) : none;
  const s0l2 = s0 < none ? orNone(none, c.lc2[s0]) : none;
  const s0r1 = s0 < none ? orNone(none, c.rc1[s0]) : none;
  const s0r2 = s0 < none ? orNone(none, c.rc2[s0]) : none;
  const s1l1 = s1 < none ? orNone(none, c.lc1[s1]) : none;
  const s1r1 = s1 < none ? orNone(none, c.rc1[s1]) : none;
  const s1r2 = s1 < none ? orNone(none, c.rc2[s1]) : none;
  const b0l1 = orNone(none, c.lc1[b0]);
  const b0l2 = orNone(none, c.lc2[b0]);
  const s0w = W[s0], s0t = T[s0], s1w = W[s1], s1t = T[s1], b0w = W[b0], b0t = T[b0];
  const b1w = W[b1], b1t = T[b1], b2t = T[b2], s2t = T[s2];
  const s0wt = s0w ^ (s0t * 31);
  const s1wt = s1w ^ (s1t * 31);
  const b0wt = b0w ^ (b0t * 31);
  const d0 = s0 < none ? bucket(b0 - s0) : -1;
  const d1 = s1 < none && s0 < none ? bucket(s0 - s1) : -1;
  const s0vl = s0 < none ? c.nLeft[s0] : -1;
  const s0vr = s0 < none ? c.nRight[s0] : -1;
  const s1vr = s1 < none ? c.nRight[s1] : -1;
  const s1vl = s1 < none ? c.nLeft[s1] : -1;
  const b0vl = c.nLeft[b0];
  let k = 0;
  let absent = 0;
  if (out === null) f[k++] = BIAS;
  // Single positions.
  f[k++] = key1(2, s0w); f[k++] = key1(3, s0t); f[k++] = key1(4, s0wt);
  f[k++] = key1(5, s1w); f[k++] = key1(6, s1t); f[k++] = key1(7, s1wt);
  f[k++] = key1(8, b0w); f[k++] = key1(9, b0t); f[k++] = key1(10, b0wt);
  f[k++] = key1(11, b1w); f[k++] = key1(12, b1t); f[k++] = key2(13, b1w, b1t);
  f[k++] = key1(14, W[b2]); f[k++] = key1(15, b2t);
  if (out !== null && s2 === none) absent |= 1 << S2_GROUP;
  else { f[k++] = key1(16, s2t); f[k++] = key1(17, W[s2]); }
  // Pairs.
  f[k++] = key2(20, s0wt, b0wt); f[k++] = key2(21, s0wt, b0w); f[k++] = key2(22, s0w, b0wt);
  f[k++] = key2(23, s0wt, b0t); f[k++] = key2(24, s0t, b0wt); f[k++] = key2(25, s0w, b0w);
  f[k++] = key2(26, s0t, b0t); f[k++] = key2(27, b0t, b1t); f[k++] = key2(28, s1wt, s0wt);
  f[k++] = key2(29, s1w, s0w); f[k++] = key2(30, s1t, s0t); f[k++] = key2(31, s1t, b0t);
  f[k++] = key2(32, s1wt, s0t); f[k++] = key2(33, s1t, s0wt); f[k++] = key2(34, b0w, b1w);
  f[k++] = key2(35, s0w, b1t); f[k++] = key2(36, s1w, b0w);
  // Triples of tags.
  f[k++] = key3(40, b0t, b1t, b2t); f[k++] = key3(41, s0t, b0t, b1t); f[k++] = key3(42, s1t, s0t, b0t);
  f[k++] = key3(43, s2t, s1t, s0t); f[k++] = key3(44, s1t, s0t, T[s0r1]); f[k++] = key3(45, s1t, s0t, T[s0l1]);
  f[k++] = key3(46, s0t, T[s0l1], b0t); f[k++] = key3(47, s0t, T[s0r1], b0t); f[k++] = key3(48, s0t, b0t, T[b0l1]);
  f[k++] = key3(49, s1t, T[s1r1], s0t); f[k++] = key3(50, s1t, T[s1l1], s0t); f[k++] = key3(51, s1w, s0t, b0t);
  f[k++] = key3(52, s1t, s0w, b0t); f[k++] = key3(53, s1t, s0t, b0w);
  // Distances.
  f[k++] = key2(60, s0w, d0); f[k++] = key2(61, s0t, d0); f[k++] = key2(62, b0w, d0); f[k++] = key2(63, b0t, d0);
  f[k++] = key3(64, s0w, b0w, d0); f[k++] = key3(65, s0t, b0t, d0); f[k++] = key3(66, s1t, s0t, d1);
  f[k++] = key2(67, s1w, d1); f[k++] = key2(68, s0w, d1); f[k++] = key3(69, s1w, s0w, d1);
  // Valency.
  f[k++] = key2(70, s0w, s0vl); f[k++] = key2(71, s0t, s0vl); f[k++] = key2(72, s0w, s0vr); f[k++] = key2(73, s0t, s0vr);
  f[k++] = key2(74, s1w, s1vr); f[k++] = key2(75, s1t, s1vr); f[k++] = key2(76, b0w, b0vl); f[k++] = key2(77, b0t, b0vl);
  f[k++] = key2(78, s1t, s1vl);
  // Children: words, tags, labels.
  const kids = KIDS;
  kids[0] = s0l1; kids[1] = s0l2; kids[2] = s0r1; kids[3] = s0r2; kids[4] = s1r1; kids[5] = s1l1; kids[6] = b0l1; kids[7] = b0l2;
  for (let g = 0; g < CHILD_GROUPS; g++) {
    const x = kids[g];
    if (out !== null && x === none) { absent |= 1 << (FIRST_CHILD_GROUP + g); continue; }
    k = childFeatures(f, k, g, W[x], T[x], labelOf(c, n, x));
  }
  const ls0l1 = labelOf(c, n, s0l1), ls0l2 = labelOf(c, n, s0l2), ls0r1 = labelOf(c, n, s0r1), ls0r2 = labelOf(c, n, s0r2);
  const lb0l1 = labelOf(c, n, b0l1), lb0l2 = labelOf(c, n, b0l2), ls1r1 = labelOf(c, n, s1r1), ls1r2 = labelOf(c, n, s1r2);
  f[k++] = key3(104, s0t, ls0l1, ls0l2); f[k++] = key3(105, s0t, ls0r1, ls0r2);
  f[k++] = key3(106, b0t, lb0l1, lb0l2); f[k++] = key3(107, s1t, ls1r1, ls1r2);
  f[k++] = key3(108, s0t, T[s0l1], T[s0l2]); f[k++] = key3(109, s0t, T[s0r1], T[s0r2]);
  f[k++] = key3(110, b0t, T[b0l1], T[b0l2]); f[k++] = key3(111, s1t, T[s1r1], T[s1r2]);
  f[k++] = key2(112, s0w, ls0r1); f[k++] = key2(113, s0w, ls0l1); f[k++] = key2(114, b0w, lb0l1);
  f[k++] = key2(115, s1w, ls1r1);
  // Label sets.
  f[k++] = key2(120, s0t, s0 < none ? c.leftLabels[s0] : -1); f[k++] = key2(121, s0t, s0 < none ? c.rightLabels[s0] : -1);
  f[k++] = key2(122, b0t, c.leftLabels[b0]); f[k++] = key2(123, s1t, s1 < none ? c.rightLabels[s1] : -1);
  f[k++] = key2(124, s0w, s0 < none ? c.rightLabels[s0] : -1); f[k++] = key2(125, b0w, c.leftLabels[b0]);
  if (h.clustered) k = clusterFeatures(h, f, k, s0, s1, b0, b1, s0t, s1t, b0t, d0);
  if (out !== null) out.absent = absent;
  return k;
}

/**
 * Word classes (learned from news text) in place of words: attachment evidence for words the
 * treebanks rarely show. Writes them at `f[k]`; returns the new count.
 */
function clusterFeatures(h: SentenceHashes, f: Uint32Array, k: number, s0: number, s1: number, b0: number, b1: number,
  s0t: number, s1t: number, b0t: number, d0: number): number {
  const C = h.fine;
  const K = h.coarse;
  const s0c = C[s0], s1c = C[s1], b0c = C[b0], b1c = C[b1];
  f[k++] = key1(130, s0c); f[k++] = key1(131, s1c); f[k++] = key1(132, b0c); f[k++] = key1(133, b1c);
  f[k++] = key1(134, K[s0]); f[k++] = key1(135, K[b0]);
  f[k++] = key2(136, s0c, b0c); f[k++] = key2(137, s0c, b0t); f[k++] = key2(138, s0t, b0c);
  f[k++] = key2(139, s1c, s0c); f[k++] = key2(140, s1t, s0c); f[k++] = key2(141, s1c, s0t);
  f[k++] = key3(142, K[s1], K[s0], K[b0]); f[k++] = key3(143, K[s0], K[b0], K[b1]);
  f[k++] = key2(144, s0c, d0); f[k++] = key2(145, b0c, d0);
  return k;
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
