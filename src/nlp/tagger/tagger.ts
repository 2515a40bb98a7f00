/**
 * Greedy left-to-right averaged-perceptron tagger: XPOS first, then UPOS with the word's
 * predicted XPOS as extra evidence; frequent unambiguous words skip the model.
 */
import { hashString, key1, key2, key3, rng, shuffle } from './hash.js';
import { Lemmatizer, learnLemmas, type LemmaData } from './lemmatizer.js';
import { CompactModel, Perceptron, type Scorer, type Scores } from './perceptron.js';
import { WordClusters, type SentenceClasses } from './word-clusters.js';
import { hashWords, MAX_AFFIX, NONE, normWord, type WordHashes } from './word-features.js';

/** A word must be seen this often, with one tag pair this share of the time, to skip the model. */
const TAGDICT_MIN_COUNT = 20;
const TAGDICT_MIN_SHARE = 0.99;
/** Largest number of features per word. */
const MAX_FEATURES = 80;

/** A sentence with gold (training) or predicted tags. */
export interface TaggedSentence {
  words: string[];
  upos: string[];
  xpos: string[];
  lemma: string[];
}

/** The tagger's non-weight data, as stored in the model file. */
export interface TaggerMeta {
  upos: string[];
  xpos: string[];
  /** normalised word → [XPOS id, UPOS id] for frequent unambiguous words. */
  tagdict: Record<string, [number, number]>;
  /** normalised word → sorted XPOS ids seen with it, joined by ',' (its ambiguity class). */
  ambiguity: Record<string, string>;
  lemmas: LemmaData;
}

const START = hashString('<s>');
const START2 = hashString('<s2>');
const END = hashString('</s>');

/** A tagger ready to use: compact weights plus its tables. */
export class Tagger {
  private readonly ambiguityHash = new Map<string, number>();
  private readonly lemmatizer: Lemmatizer;
  readonly feats = new Uint32Array(MAX_FEATURES);
  private readonly xScores: Scores;
  private readonly uScores: Scores;

  constructor(readonly meta: TaggerMeta, readonly xpos: Scorer, readonly upos: Scorer, readonly clusters: WordClusters = WordClusters.EMPTY) {
    for (const [w, c] of Object.entries(meta.ambiguity)) this.ambiguityHash.set(w, hashString(c));
    this.lemmatizer = new Lemmatizer(meta.lemmas);
    this.xScores = xpos.newScores();
    this.uScores = upos.newScores();
  }

  /** Ambiguity-class hashes of a sentence's words, given by their normal forms (NONE for unseen words). */
  ambiguities(norms: readonly string[]): Uint32Array {
    const a = new Uint32Array(norms.length);
    for (let i = 0; i < norms.length; i++) a[i] = this.ambiguityHash.get(norms[i]) ?? NONE;
    return a;
  }

  /**
   * Features of word `i` given the tags already chosen to its left; returns the count. With
   * `xposHere` ≥ 0 the features of the word's own XPOS follow (for the UPOS model; see `xposFeatures`).
   */
  features(h: WordHashes, amb: Uint32Array, cl: SentenceClasses, i: number, px: Int32Array, pu: Int32Array, xposHere: number): number {
    const f = this.feats;
    const n = h.n;
    let k = 0;
    const w = h.lower[i];
    const wm1 = i > 0 ? h.lower[i - 1] : START;
    const wm2 = i > 1 ? h.lower[i - 2] : i > 0 ? START : START2;
    const wp1 = i + 1 < n ? h.lower[i + 1] : END;
    const wp2 = i + 2 < n ? h.lower[i + 2] : END;
    const tm1 = i > 0 ? px[i - 1] : -1;
    const tm2 = i > 1 ? px[i - 2] : -2;
    const um1 = i > 0 ? pu[i - 1] : -1;
    const s3 = h.suffix[i * MAX_AFFIX + 2];
    const a0 = amb[i];
    const ap1 = i + 1 < n ? amb[i + 1] : END;
    const ap2 = i + 2 < n ? amb[i + 2] : END;
    f[k++] = key1(1, 0);
    f[k++] = key1(2, w);
    f[k++] = key1(3, h.form[i]);
    for (let s = 0; s < MAX_AFFIX; s++) f[k++] = key1(4 + s, h.suffix[i * MAX_AFFIX + s]);
    for (let s = 0; s < 3; s++) f[k++] = key1(8 + s, h.prefix[i * MAX_AFFIX + s]);
    f[k++] = key1(11, h.shape[i]);
    f[k++] = key1(12, a0);
    f[k++] = key1(13, wm1);
    f[k++] = key1(14, wp1);
    f[k++] = key1(15, wm2);
    f[k++] = key1(16, wp2);
    f[k++] = key1(17, i > 0 ? h.suffix[(i - 1) * MAX_AFFIX + 2] : START);
    f[k++] = key1(18, i + 1 < n ? h.suffix[(i + 1) * MAX_AFFIX + 2] : END);
    f[k++] = key1(19, ap1);
    f[k++] = key1(20, ap2);
    f[k++] = key1(22, tm1);
    f[k++] = key2(23, tm2, 0);
    f[k++] = key2(24, tm1, tm2);
    f[k++] = key2(25, tm1, w);
    f[k++] = key2(26, tm1, s3);
    f[k++] = key2(27, wm1, w);
    f[k++] = key2(28, w, wp1);
    f[k++] = key2(29, a0, ap1);
    f[k++] = key2(30, tm1, ap1);
    f[k++] = key2(31, i === 0 ? 1 : 0, h.shape[i]);
    f[k++] = key2(32, i === 0 ? 1 : 0, w);
    f[k++] = key1(33, um1);
    f[k++] = key3(34, tm1, a0, ap1);
    f[k++] = key2(35, h.shape[i], s3);
    f[k++] = key2(36, i > 0 ? h.shape[i - 1] : START, h.shape[i]);
    f[k++] = key2(37, h.shape[i], i + 1 < n ? h.shape[i + 1] : END);
    f[k++] = key2(38, wm1, wp1);
    f[k++] = key2(39, wp1, wp2);
    if (this.clusters.size > 0) k = this.clusterFeatures(cl, i, tm1, s3, k);
    return xposHere >= 0 ? this.xposFeatures(h, amb, cl, i, px, xposHere, k) : k;
  }

  /**
   * Appends the word-class features of word `i` at `feats[k]`; returns the new count. Models
   * trained without clusters have none, so that they train exactly as before clusters existed.
   */
  private clusterFeatures(cl: SentenceClasses, i: number, tm1: number, s3: number, k: number): number {
    const f = this.feats;
    const n = cl.fine.length;
    // Word classes of the word and its neighbours (-2/-3 outside the sentence): evidence for
    // words the treebanks rarely show, from the contexts they share in news text.
    const c0 = cl.fine[i];
    const cm1 = i > 0 ? cl.fine[i - 1] : -2;
    const cp1 = i + 1 < n ? cl.fine[i + 1] : -3;
    f[k++] = key1(50, c0);
    f[k++] = key1(51, cl.coarse[i]);
    f[k++] = key1(52, cm1);
    f[k++] = key1(53, cp1);
    f[k++] = key1(54, i > 0 ? cl.coarse[i - 1] : -2);
    f[k++] = key1(55, i + 1 < n ? cl.coarse[i + 1] : -3);
    f[k++] = key1(56, i + 2 < n ? cl.fine[i + 2] : -3);
    f[k++] = key2(57, tm1, c0);
    f[k++] = key2(58, c0, cp1);
    f[k++] = key2(59, cm1, c0);
    f[k++] = key2(60, c0, s3);
    return k;
  }

  /**
   * Appends to `feats` (which holds `k` features of word `i`) the features of the word's own
   * XPOS, for the UPOS model; returns the new count. The features before them do not depend on
   * the word's own tag, so tagging computes them once for both models.
   */
  xposFeatures(h: WordHashes, amb: Uint32Array, cl: SentenceClasses, i: number, px: Int32Array, xposHere: number, k: number): number {
    const f = this.feats;
    const n = h.n;
    const w = h.lower[i];
    const wp1 = i + 1 < n ? h.lower[i + 1] : END;
    const tm1 = i > 0 ? px[i - 1] : -1;
    const s3 = h.suffix[i * MAX_AFFIX + 2];
    const ap1 = i + 1 < n ? amb[i + 1] : END;
    f[k++] = key1(40, xposHere);
    f[k++] = key2(41, xposHere, w);
    f[k++] = key2(42, xposHere, s3);
    f[k++] = key2(43, xposHere, wp1);
    f[k++] = key2(44, xposHere, ap1);
    f[k++] = key2(45, xposHere, tm1);
    if (this.clusters.size > 0) f[k++] = key2(46, xposHere, cl.fine[i]);
    return k;
  }

  /**
   * Tags a sentence: XPOS, UPOS and lemmas (none when `lemmas` is false). `fixed[i]` = [UPOS, XPOS]
   * imposes a tag known from elsewhere (a dictionary name is a proper noun), which also informs
   * its neighbours.
   */
  tag(words: readonly string[], fixed?: ReadonlyArray<readonly [string, string] | undefined>, lemmas = true): { upos: string[]; xpos: string[]; lemma: string[] } {
    return this.tagHashed(words, hashWords(words), fixed, lemmas);
  }

  /** `tag` given the words' hashes (`hashWords(words)`), which the parser can then reuse. */
  tagHashed(words: readonly string[], h: WordHashes, fixed?: ReadonlyArray<readonly [string, string] | undefined>, lemmas = true): { upos: string[]; xpos: string[]; lemma: string[] } {
    const n = words.length;
    const amb = this.ambiguities(h.norms);
    const cl = this.clusters.classes(h.lower);
    const px = new Int32Array(n);
    const pu = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const given = fixed?.[i];
      if (given && this.meta.upos.includes(given[0]) && this.meta.xpos.includes(given[1])) {
        pu[i] = this.meta.upos.indexOf(given[0]);
        px[i] = this.meta.xpos.indexOf(given[1]);
        continue;
      }
      const known = this.meta.tagdict[h.norms[i]];
      if (known) { px[i] = known[0]; pu[i] = known[1]; continue; }
      let k = this.features(h, amb, cl, i, px, pu, -1);
      px[i] = argmax(this.xpos, this.feats, k, this.xScores);
      k = this.xposFeatures(h, amb, cl, i, px, px[i], k);
      pu[i] = argmax(this.upos, this.feats, k, this.uScores);
    }
    const upos = new Array<string>(n);
    const xpos = new Array<string>(n);
    for (let i = 0; i < n; i++) {
      upos[i] = this.meta.upos[pu[i]];
      xpos[i] = this.meta.xpos[px[i]];
    }
    // The event coder parses with tags only; lemmatising is a third of tagging time.
    const lemma = lemmas ? new Array<string>(n) : [];
    if (lemmas) for (let i = 0; i < n; i++) lemma[i] = this.lemmatizer.lemma(words[i], upos[i], xpos[i]);
    return { upos, xpos, lemma };
  }
}

function argmax(m: Scorer, feats: Uint32Array, k: number, scores: Scores): number {
  scores.fill(0);
  m.score(feats, k, scores);
  let best = 0;
  for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
  return best;
}

/** Options for `trainTagger`. */
export interface TaggerTrainOptions {
  epochs: number;
  seed?: number;
  /** Held-out sentences scored after each epoch; the best epoch's weights are kept. */
  dev?: TaggedSentence[];
  /** Prune averaged weights below this share of the largest one. */
  prune?: number;
  /** Word classes learned from unlabelled text, used as features (none without). */
  clusters?: WordClusters;
  log?: (line: string) => void;
}

/** Builds the tag inventories, tag dictionary, ambiguity classes and lemma tables. */
export function buildTaggerMeta(train: readonly TaggedSentence[]): TaggerMeta {
  const upos = [...new Set(train.flatMap((s) => s.upos))].sort();
  const xpos = [...new Set(train.flatMap((s) => s.xpos))].sort();
  const ui = new Map(upos.map((t, i) => [t, i]));
  const xi = new Map(xpos.map((t, i) => [t, i]));
  const counts = new Map<string, Map<string, number>>();
  for (const s of train) {
    s.words.forEach((w, i) => {
      const nw = normWord(w);
      let m = counts.get(nw);
      if (!m) counts.set(nw, (m = new Map()));
      const pair = `${xi.get(s.xpos[i])},${ui.get(s.upos[i])}`;
      m.set(pair, (m.get(pair) ?? 0) + 1);
    });
  }
  const tagdict: Record<string, [number, number]> = {};
  const ambiguity: Record<string, string> = {};
  for (const [w, m] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    let total = 0;
    let best = '';
    let bc = 0;
    const xs = new Set<number>();
    for (const [pair, c] of [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      total += c;
      if (c > bc) { best = pair; bc = c; }
      xs.add(Number(pair.split(',')[0]));
    }
    ambiguity[w] = [...xs].sort((a, b) => a - b).join(',');
    if (total >= TAGDICT_MIN_COUNT && bc / total >= TAGDICT_MIN_SHARE) {
      const [x, u] = best.split(',').map(Number);
      tagdict[w] = [x, u];
    }
  }
  const lemmas = learnLemmas(train.flatMap((s) => s.words.map((w, i) => [w, s.upos[i], s.xpos[i], s.lemma[i]] as [string, string, string, string])));
  return { upos, xpos, tagdict, ambiguity, lemmas };
}

/** Share of words whose UPOS (and XPOS) the tagger gets right. */
export function scoreTagger(tagger: Tagger, sents: readonly TaggedSentence[]): { upos: number; xpos: number; lemma: number } {
  let n = 0;
  let u = 0;
  let x = 0;
  let l = 0;
  for (const s of sents) {
    const p = tagger.tag(s.words);
    for (let i = 0; i < s.words.length; i++) {
      n++;
      if (p.upos[i] === s.upos[i]) u++;
      if (p.xpos[i] === s.xpos[i]) x++;
      if (p.lemma[i] === s.lemma[i]) l++;
    }
  }
  return { upos: u / n, xpos: x / n, lemma: l / n };
}

/**
 * Trains a tagger with a fixed seed and data order; with `dev`, keeps the best epoch by UPOS.
 * @example trainTagger(sentences, { epochs: 8, dev }).tag(['It', 'works', '.']).upos
 */
export function trainTagger(train: readonly TaggedSentence[], opts: TaggerTrainOptions): Tagger & { epoch: number } {
  const meta = buildTaggerMeta(train);
  const ui = new Map(meta.upos.map((t, i) => [t, i]));
  const xi = new Map(meta.xpos.map((t, i) => [t, i]));
  const xp = new Perceptron(meta.xpos.length);
  const up = new Perceptron(meta.upos.length);
  const clusters = opts.clusters ?? WordClusters.EMPTY;
  const trainer = new Tagger(meta, xp, up, clusters);
  const random = rng(opts.seed ?? 1);
  const order = train.map((_, i) => i);
  const xs = xp.newScores();
  const us = up.newScores();
  const feats = trainer.feats;
  let best: { tagger: Tagger; score: number; epoch: number } | null = null;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, random);
    let correct = 0;
    let total = 0;
    for (const si of order) {
      const s = train[si];
      const n = s.words.length;
      const h = hashWords(s.words);
      const amb = trainer.ambiguities(h.norms);
      const cl = clusters.classes(h.lower);
      const px = new Int32Array(n);
      const pu = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const gx = xi.get(s.xpos[i])!;
        const gu = ui.get(s.upos[i])!;
        let k = trainer.features(h, amb, cl, i, px, pu, -1);
        const gxHat = argmax(xp, feats, k, xs);
        xp.update(feats, k, gx, gxHat);
        px[i] = gxHat;
        k = trainer.features(h, amb, cl, i, px, pu, gxHat);
        const guHat = argmax(up, feats, k, us);
        up.update(feats, k, gu, guHat);
        pu[i] = guHat;
        xp.tick();
        up.tick();
        total++;
        if (guHat === gu) correct++;
      }
    }
    const tagger = new Tagger(meta, xp.compact(opts.prune), up.compact(opts.prune), clusters);
    const dev = opts.dev ? scoreTagger(tagger, opts.dev) : null;
    opts.log?.(`tagger epoch ${epoch}: train UPOS ${(100 * correct / total).toFixed(2)}` +
      (dev ? `, dev UPOS ${(100 * dev.upos).toFixed(2)} XPOS ${(100 * dev.xpos).toFixed(2)} lemma ${(100 * dev.lemma).toFixed(2)}` : '') +
      `, rows ${xp.size}+${up.size}`);
    const score = dev ? dev.upos + dev.xpos : epoch;
    if (!best || score > best.score) best = { tagger, score, epoch };
  }
  return Object.assign(best!.tagger, { epoch: best!.epoch });
}

/** The tagger's compact weights, for serialisation. */
export function taggerWeights(t: Tagger): { xpos: CompactModel; upos: CompactModel } {
  return { xpos: t.xpos as CompactModel, upos: t.upos as CompactModel };
}
