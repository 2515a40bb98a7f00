/**
 * Greedy left-to-right averaged-perceptron tagger: XPOS first, then UPOS with the word's
 * predicted XPOS as extra evidence; frequent unambiguous words skip the model.
 */
import { FeatureProgram, type Template } from './feature-program.js';
import { hashString, rng, shuffle } from './hash.js';
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
  /**
   * Feature set the weights were trained with: absent (1) for the first models; 2 adds the
   * templates of group FEATURES_2 and reads words unseen in training as one unknown word; 3 adds
   * a second left-to-right pass with weights of its own (every template of the second pass gets
   * its own key), whose templates (group FEATURES_3) also read the first pass's tags of the
   * words to the right.
   */
  featureSet?: number;
}

/** The feature set new taggers train with (see `TaggerMeta.featureSet`). */
export const FEATURE_SET = 2;

const START = hashString('<s>');
/** Word and form hash of a word unseen in training (feature set 2), which hapax dropout teaches. */
const UNKNOWN = hashString('<unk>');
/** Share of the occurrences of a word seen once in training read as unknown while training. */
const HAPAX_DROPOUT = 0.5;
const START2 = hashString('<s2>');
const END = hashString('</s>');

// Slots of the value vector a word fills (`Tagger.values`), which the templates read.
const ZERO = 0, W = 1, FORM = 2, SHAPE = 3, A0 = 4, WM1 = 5, WP1 = 6, WM2 = 7, WP2 = 8, SM1 = 9, SP1 = 10;
const AP1 = 11, AP2 = 12, TM1 = 13, TM2 = 14, UM1 = 15, FIRST = 16, SHM1 = 17, SHP1 = 18, XPOS_HERE = 19;
const C0 = 20, K0 = 21, CM1 = 22, CP1 = 23, KM1 = 24, KP1 = 25, CP2 = 26;
/** Suffix k (1..MAX_AFFIX) at SUFFIX + k - 1; prefix k (1..MAX_AFFIX; 4 only in feature set 2) at PREFIX + k - 1. */
const SUFFIX = 27, PREFIX = SUFFIX + MAX_AFFIX;
/** The parts of a hyphenated word before its first and after its last hyphen (NONE without). */
const HYPHEN_FIRST = PREFIX + MAX_AFFIX, HYPHEN_LAST = HYPHEN_FIRST + 1;
/** The first pass's XPOS of words +1 and +2 and UPOS of word +1 (feature set 3). */
const RX1 = HYPHEN_LAST + 1, RX2 = RX1 + 1, RU1 = RX1 + 2;
const VALUE_SLOTS = RU1 + 1;
/** The word's 3-letter suffix. */
const S3 = SUFFIX + 2;
/** Group of the word-class templates, left out for models trained without clusters. */
const CLUSTER_BIT = 1;
/** Group of the templates added with feature set 2, left out for older models. */
const FEATURES_2 = 2;
/** Group of the templates of the second pass (feature set 3), left out of the first. */
const FEATURES_3 = 4;
/** Feature set 3: added to template ids in the second pass, so that its weights are its own. */
const SECOND_PASS_ID = 1000;
/**
 * Feature set 3 with compact weights: a word the first pass tagged with at least this margin
 * (best minus second-best score, XPOS and UPOS alike, in int16 weight units) keeps its tags, and
 * the second pass scores only the others, which costs most of its time. Chosen on EWT+GUM dev
 * (4-epoch model pruned at 400): UPOS 95.88 re-tagging all, 95.91 at 5000, 95.89 at 3000 and at
 * 10000; tagging 1.9× as fast as re-tagging all (at 3000, 2.5×, but GUM news −0.2).
 */
export const SECOND_PASS_MARGIN = 5000;
/** The value of a right-context tag slot past the end of the sentence. */
const PAST_END = -3;

/** The templates of a word in context, in the order their keys are written (the order of the first model). */
const WORD_TEMPLATE_LIST: readonly Template[] = [
  [1, 0, ZERO], [2, 0, W], [3, 0, FORM],
  ...Array.from({ length: MAX_AFFIX }, (_, s) => [4 + s, 0, SUFFIX + s] as const),
  ...Array.from({ length: 3 }, (_, s) => [8 + s, 0, PREFIX + s] as const),
  [11, 0, SHAPE], [12, 0, A0], [13, 0, WM1], [14, 0, WP1], [15, 0, WM2], [16, 0, WP2], [17, 0, SM1], [18, 0, SP1],
  [19, 0, AP1], [20, 0, AP2], [22, 0, TM1], [23, 0, TM2, ZERO], [24, 0, TM1, TM2], [25, 0, TM1, W], [26, 0, TM1, S3],
  [27, 0, WM1, W], [28, 0, W, WP1], [29, 0, A0, AP1], [30, 0, TM1, AP1], [31, 0, FIRST, SHAPE], [32, 0, FIRST, W],
  [33, 0, UM1], [34, 0, TM1, A0, AP1], [35, 0, SHAPE, S3], [36, 0, SHM1, SHAPE], [37, 0, SHAPE, SHP1], [38, 0, WM1, WP1],
  [39, 0, WP1, WP2],
  // Word classes learned from news text: evidence for words the treebanks rarely show.
  [50, CLUSTER_BIT, C0], [51, CLUSTER_BIT, K0], [52, CLUSTER_BIT, CM1], [53, CLUSTER_BIT, CP1], [54, CLUSTER_BIT, KM1],
  [55, CLUSTER_BIT, KP1], [56, CLUSTER_BIT, CP2], [57, CLUSTER_BIT, TM1, C0], [58, CLUSTER_BIT, C0, CP1],
  [59, CLUSTER_BIT, CM1, C0], [60, CLUSTER_BIT, C0, S3],
  // Feature set 2: more evidence for words the treebanks show rarely or never, and more right context.
  [61, FEATURES_2, PREFIX + 3], [62, FEATURES_2, HYPHEN_FIRST], [63, FEATURES_2, HYPHEN_LAST],
  [64, FEATURES_2, TM1, WP1], [65, FEATURES_2, W, AP1], [66, FEATURES_2, TM1, SHAPE], [67, FEATURES_2, AP1, AP2],
  [68, FEATURES_2, TM1, SUFFIX + 1], [69, FEATURES_2, WP1, S3], [70, FEATURES_2, WM1, S3],
  // Feature set 3, second pass: the first pass's tags of the words to the right.
  [71, FEATURES_3, RX1], [72, FEATURES_3, RX1, RX2], [73, FEATURES_3, TM1, RX1], [74, FEATURES_3, W, RX1],
  [75, FEATURES_3, RU1], [76, FEATURES_3, S3, RX1], [77, FEATURES_3, A0, RX1], [78, FEATURES_3, TM1, A0, RX1],
];

/** The templates of the word's own XPOS, for the UPOS model. */
const XPOS_TEMPLATE_LIST: readonly Template[] = [
  [40, 0, XPOS_HERE], [41, 0, XPOS_HERE, W], [42, 0, XPOS_HERE, S3], [43, 0, XPOS_HERE, WP1], [44, 0, XPOS_HERE, AP1],
  [45, 0, XPOS_HERE, TM1], [46, CLUSTER_BIT, XPOS_HERE, C0], [47, FEATURES_3, XPOS_HERE, RX1],
];

/** The programs of a pass: the word's templates and those of its own XPOS. */
interface PassPrograms { word: FeatureProgram; xpos: FeatureProgram }
const FIRST_PASS: PassPrograms = { word: new FeatureProgram(WORD_TEMPLATE_LIST), xpos: new FeatureProgram(XPOS_TEMPLATE_LIST) };
const shifted = (list: readonly Template[]): FeatureProgram =>
  new FeatureProgram(list.map(([id, groups, ...slots]) => [id + SECOND_PASS_ID, groups, ...slots] as const));
/** Feature set 3's second pass: the same templates under ids of their own. */
const SECOND_PASS: PassPrograms = { word: shifted(WORD_TEMPLATE_LIST), xpos: shifted(XPOS_TEMPLATE_LIST) };

/**
 * Auxiliaries and modals are a closed class whose every word training saw, so a word unseen in training is
 * none ("a man with an ax attacked": "ax" was tagged AUX and the clause lost its verb). Barring the other
 * closed classes too (determiners, pronouns, prepositions, conjunctions) tagged UD dev no better (EWT UAS
 * −0.07, GUM +0.12) and cost the event dev gold a false positive.
 */
const CLOSED_UPOS = new Set(['AUX']);
const CLOSED_XPOS = new Set(['MD']);

/** A tagger ready to use: compact weights plus its tables. */
export class Tagger {
  /**
   * Whether a word unseen in training is kept to open classes. Off while training (epoch choice and the
   * parser's jackknifed tags stay as `npm run train:nlp` always made them); a model read from its file
   * (`SyntaxModels.decode`: the product and `npm run eval:nlp`) turns it on.
   */
  openClassForUnseen = false;
  private readonly xOpen: Uint8Array;
  private readonly uOpen: Uint8Array;
  private readonly ambiguityHash = new Map<string, number>();
  /** The tag dictionary as a map: words such as "constructor" are keys, not the object's built-ins. */
  private readonly knownTags: ReadonlyMap<string, readonly [number, number]>;
  private readonly lemmatizer: Lemmatizer;
  readonly feats = new Uint32Array(MAX_FEATURES);
  /** The value vector of the word being featurised. */
  private readonly values = new Int32Array(VALUE_SLOTS);
  private readonly xScores: Scores;
  private readonly uScores: Scores;
  /**
   * With compact weights, the XPOS and UPOS models joined (UPOS classes after the XPOS ones):
   * the UPOS model reads the XPOS model's features plus a few, so one probe per feature finds
   * both rows, and the UPOS model then scores only the features of the word's XPOS.
   */
  private readonly joint: CompactModel | null;
  private readonly jointScores: Int32Array;

  /** Template groups this tagger's weights were not trained with. */
  private readonly skip: number;
  /** Feature set 2: words unseen in training read as UNKNOWN. */
  private readonly unknownWords: boolean;
  /** Tagging passes over a sentence: 2 with feature set 3. */
  readonly passes: number;
  /** The pass being run: its programs and the groups it leaves out (`beginPass`). */
  private program: PassPrograms = FIRST_PASS;
  private skipNow: number;
  /** The first pass's XPOS and UPOS ids of the sentence, which the second pass reads. */
  private firstX = new Int32Array(0);
  private firstU = new Int32Array(0);
  /** See SECOND_PASS_MARGIN (Infinity: the second pass re-tags every word). */
  secondPassMargin = SECOND_PASS_MARGIN;
  /** The first pass's margins of the sentence's words, while `recordMargins` (compact weights, two passes). */
  private margins = new Int32Array(0);
  private recordMargins = false;

  constructor(readonly meta: TaggerMeta, readonly xpos: Scorer, readonly upos: Scorer, readonly clusters: WordClusters = WordClusters.EMPTY) {
    this.unknownWords = (meta.featureSet ?? 1) >= 2;
    this.skip = (clusters.size > 0 ? 0 : CLUSTER_BIT) | (this.unknownWords ? 0 : FEATURES_2);
    this.passes = (meta.featureSet ?? 1) >= 3 ? 2 : 1;
    this.skipNow = this.skip | FEATURES_3;
    for (const [w, c] of Object.entries(meta.ambiguity)) this.ambiguityHash.set(w, hashString(c));
    this.knownTags = new Map(Object.entries(meta.tagdict));
    this.lemmatizer = new Lemmatizer(meta.lemmas);
    this.xScores = xpos.newScores();
    this.uScores = upos.newScores();
    this.joint = xpos instanceof CompactModel && upos instanceof CompactModel ? CompactModel.joined(xpos, upos).prepare() : null;
    this.jointScores = new Int32Array(meta.xpos.length + meta.upos.length);
    this.xOpen = Uint8Array.from(meta.xpos, (t) => (CLOSED_XPOS.has(t) ? 0 : 1));
    this.uOpen = Uint8Array.from(meta.upos, (t) => (CLOSED_UPOS.has(t) ? 0 : 1));
  }

  /** Ambiguity-class hashes of a sentence's words, given by their normal forms (NONE for unseen words). */
  ambiguities(norms: readonly string[]): Uint32Array {
    const a = new Uint32Array(norms.length);
    for (let i = 0; i < norms.length; i++) a[i] = this.ambiguityHash.get(norms[i]) ?? NONE;
    return a;
  }

  /**
   * The hashes the templates read: with feature set 2, words without an ambiguity class (unseen
   * in training; `amb` NONE) get the UNKNOWN word and form, whose weights hapax dropout trained.
   * The parser keeps reading `h` itself.
   */
  wordView(h: WordHashes, amb: Uint32Array): WordHashes {
    if (!this.unknownWords) return h;
    let lower = h.lower;
    let form = h.form;
    for (let i = 0; i < h.n; i++) {
      if (amb[i] !== NONE) continue;
      if (lower === h.lower) { lower = h.lower.slice(); form = h.form.slice(); }
      lower[i] = UNKNOWN;
      form[i] = UNKNOWN;
    }
    return lower === h.lower ? h : { ...h, lower, form };
  }

  /**
   * Sets up pass `pass` (0-based) over a sentence whose tags so far are `px` and `pu`: the last
   * of two passes reads the tags the first chose (copied, since it overwrites them as it goes).
   */
  beginPass(pass: number, px: Int32Array, pu: Int32Array): void {
    const last = pass > 0;
    this.program = last ? SECOND_PASS : FIRST_PASS;
    this.skipNow = last ? this.skip : this.skip | FEATURES_3;
    if (last) { this.firstX = px.slice(); this.firstU = pu.slice(); }
  }

  /**
   * Features of word `i` given the tags already chosen to its left; returns the count. With
   * `xposHere` ≥ 0 the features of the word's own XPOS follow (for the UPOS model; see `xposFeatures`).
   */
  features(h: WordHashes, amb: Uint32Array, cl: SentenceClasses, i: number, px: Int32Array, pu: Int32Array, xposHere: number): number {
    const v = this.values;
    const n = h.n;
    const sh = h.shape[i];
    v[ZERO] = 0;
    v[W] = h.lower[i];
    v[FORM] = h.form[i];
    for (let s = 0; s < MAX_AFFIX; s++) v[SUFFIX + s] = h.suffix[i * MAX_AFFIX + s];
    for (let s = 0; s < MAX_AFFIX; s++) v[PREFIX + s] = h.prefix[i * MAX_AFFIX + s];
    if (this.unknownWords) hyphenParts(h.norms[i], v);
    v[SHAPE] = sh;
    v[A0] = amb[i];
    v[WM1] = i > 0 ? h.lower[i - 1] : START;
    v[WP1] = i + 1 < n ? h.lower[i + 1] : END;
    v[WM2] = i > 1 ? h.lower[i - 2] : i > 0 ? START : START2;
    v[WP2] = i + 2 < n ? h.lower[i + 2] : END;
    v[SM1] = i > 0 ? h.suffix[(i - 1) * MAX_AFFIX + 2] : START;
    v[SP1] = i + 1 < n ? h.suffix[(i + 1) * MAX_AFFIX + 2] : END;
    v[AP1] = i + 1 < n ? amb[i + 1] : END;
    v[AP2] = i + 2 < n ? amb[i + 2] : END;
    v[TM1] = i > 0 ? px[i - 1] : -1;
    v[TM2] = i > 1 ? px[i - 2] : -2;
    v[UM1] = i > 0 ? pu[i - 1] : -1;
    v[FIRST] = i === 0 ? 1 : 0;
    v[SHM1] = i > 0 ? h.shape[i - 1] : START;
    v[SHP1] = i + 1 < n ? h.shape[i + 1] : END;
    const clustered = this.clusters.size > 0;
    if (clustered) {
      // Word classes of the word and its neighbours (-2/-3 outside the sentence).
      const m = cl.fine.length;
      v[C0] = cl.fine[i];
      v[K0] = cl.coarse[i];
      v[CM1] = i > 0 ? cl.fine[i - 1] : -2;
      v[CP1] = i + 1 < m ? cl.fine[i + 1] : -3;
      v[KM1] = i > 0 ? cl.coarse[i - 1] : -2;
      v[KP1] = i + 1 < m ? cl.coarse[i + 1] : -3;
      v[CP2] = i + 2 < m ? cl.fine[i + 2] : -3;
    }
    if ((this.skipNow & FEATURES_3) === 0) {
      v[RX1] = i + 1 < n ? this.firstX[i + 1] : PAST_END;
      v[RX2] = i + 2 < n ? this.firstX[i + 2] : PAST_END;
      v[RU1] = i + 1 < n ? this.firstU[i + 1] : PAST_END;
    }
    const k = this.program.word.run(v, this.skipNow, this.feats, 0);
    return xposHere >= 0 ? this.xposFeatures(h, amb, cl, i, px, xposHere, k) : k;
  }

  /**
   * Appends to `feats` (which holds `k` features of word `i`) the features of the word's own
   * XPOS, for the UPOS model; returns the new count. The features before them do not depend on
   * the word's own tag, so tagging computes them once for both models.
   */
  xposFeatures(h: WordHashes, amb: Uint32Array, cl: SentenceClasses, i: number, px: Int32Array, xposHere: number, k: number): number {
    const v = this.values;
    const n = h.n;
    const clustered = this.clusters.size > 0;
    v[XPOS_HERE] = xposHere;
    v[W] = h.lower[i];
    v[SUFFIX + 2] = h.suffix[i * MAX_AFFIX + 2];
    v[WP1] = i + 1 < n ? h.lower[i + 1] : END;
    v[AP1] = i + 1 < n ? amb[i + 1] : END;
    v[TM1] = i > 0 ? px[i - 1] : -1;
    if (clustered) v[C0] = cl.fine[i];
    if ((this.skipNow & FEATURES_3) === 0) v[RX1] = i + 1 < n ? this.firstX[i + 1] : PAST_END;
    return this.program.xpos.run(v, this.skipNow, this.feats, k);
  }

  /**
   * Sets `px[i]` and `pu[i]` with the joined model, given the `k` features of word `i` in
   * `feats`: the same sums as scoring each model on its own (integers add in any order).
   */
  private tagJointly(h: WordHashes, amb: Uint32Array, cl: SentenceClasses, i: number, px: Int32Array, pu: Int32Array, k: number): void {
    const s = this.jointScores;
    const nx = this.meta.xpos.length;
    s.fill(0);
    this.joint!.score(this.feats, k, s);
    const open = this.openClassForUnseen && amb[i] === NONE;
    px[i] = open ? argmaxOpen(s, 0, nx, this.xOpen) : argmaxIn(s, 0, nx);
    // The word's features are scored; its XPOS features go where they were.
    this.joint!.score(this.feats, this.xposFeatures(h, amb, cl, i, px, px[i], 0), s);
    pu[i] = open ? argmaxOpen(s, nx, s.length, this.uOpen) : argmaxIn(s, nx, s.length);
    if (this.recordMargins) this.margins[i] = Math.min(marginAt(s, 0, nx, px[i]), marginAt(s, nx, s.length, pu[i]));
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
    h = this.wordView(h, amb);
    const px = new Int32Array(n);
    const pu = new Int32Array(n);
    const gated = this.passes > 1 && this.joint !== null && this.secondPassMargin < Infinity;
    if (gated) this.margins = new Int32Array(n);
    for (let pass = 0; pass < this.passes; pass++) {
      this.beginPass(pass, px, pu);
      this.recordMargins = gated && pass === 0;
      this.tagPass(h, amb, cl, px, pu, fixed, gated && pass > 0);
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

  /** One greedy left-to-right pass (set up by `beginPass`) that writes every word's tags into `px` and `pu`. */
  private tagPass(h: WordHashes, amb: Uint32Array, cl: SentenceClasses, px: Int32Array, pu: Int32Array, fixed: ReadonlyArray<readonly [string, string] | undefined> | undefined, gated: boolean): void {
    for (let i = 0; i < h.n; i++) {
      // A word the first pass was sure of keeps its tags (known and fixed words have margin 0
      // but are set again below exactly as before).
      if (gated && this.margins[i] >= this.secondPassMargin) continue;
      const given = fixed?.[i];
      if (given && this.meta.upos.includes(given[0]) && this.meta.xpos.includes(given[1])) {
        pu[i] = this.meta.upos.indexOf(given[0]);
        px[i] = this.meta.xpos.indexOf(given[1]);
        continue;
      }
      const known = this.knownTags.get(h.norms[i]);
      if (known) { px[i] = known[0]; pu[i] = known[1]; continue; }
      const k = this.features(h, amb, cl, i, px, pu, -1);
      if (this.joint !== null) {
        this.tagJointly(h, amb, cl, i, px, pu, k);
        continue;
      }
      const open = this.openClassForUnseen && amb[i] === NONE;
      px[i] = argmax(this.xpos, this.feats, k, this.xScores, open ? this.xOpen : undefined);
      pu[i] = argmax(this.upos, this.feats, this.xposFeatures(h, amb, cl, i, px, px[i], k), this.uScores, open ? this.uOpen : undefined);
    }
  }
}

/** Fills the hyphen slots of `v` with the hashes of the parts of `w` before the first and after the last inner hyphen. */
function hyphenParts(w: string, v: Int32Array): void {
  const first = w.indexOf('-', 1);
  const last = w.lastIndexOf('-', w.length - 2);
  if (first < 0 || last < 0) {
    v[HYPHEN_FIRST] = NONE;
    v[HYPHEN_LAST] = NONE;
    return;
  }
  v[HYPHEN_FIRST] = hashString(w.slice(0, first));
  v[HYPHEN_LAST] = hashString(w.slice(last + 1));
}

function argmax(m: Scorer, feats: Uint32Array, k: number, scores: Scores, open?: Uint8Array): number {
  scores.fill(0);
  m.score(feats, k, scores);
  return open ? argmaxOpen(scores, 0, scores.length, open) : argmaxIn(scores, 0, scores.length);
}

/** `argmaxIn` over the classes `open` allows (1 at the class's index counted from `from`). */
function argmaxOpen(scores: Scores, from: number, to: number, open: Uint8Array): number {
  let best = -1;
  for (let c = from; c < to; c++) if (open[c - from] && (best < 0 || scores[c] > scores[best])) best = c;
  return best < 0 ? argmaxIn(scores, from, to) : best - from;
}

/** How far class `best` (counted from `from`) of `scores[from..to)` scores above the next best. */
function marginAt(scores: Scores, from: number, to: number, best: number): number {
  const top = scores[from + best];
  let next = -Infinity;
  for (let c = from; c < to; c++) if (c !== from + best && scores[c] > next) next = scores[c];
  return top - next;
}

/** The first class of `scores[from..to)` with the highest score, counted from `from`. */
function argmaxIn(scores: Scores, from: number, to: number): number {
  let best = from;
  for (let c = from + 1; c < to; c++) if (scores[c] > scores[best]) best = c;
  return best - from;
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
  /** Feature set to train (default FEATURE_SET; 1 = the first models' templates). */
  featureSet?: number;
  /**
   * Feature set 3: share of the first pass's training tags the second pass reads replaced by
   * random ones (default 0), since they are far more often right than on unseen text.
   */
  firstPassNoise?: number;
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
  const meta = { ...buildTaggerMeta(train), ...(opts.featureSet === 1 ? {} : { featureSet: opts.featureSet ?? FEATURE_SET }) };
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
  // Words seen once: half their occurrences are read as unknown, so that the weights of the
  // unknown word and of affixes, shapes and context learn what unseen words look like.
  const seen = new Map<string, number>();
  for (const s of train) for (const w of s.words) { const nw = normWord(w); seen.set(nw, (seen.get(nw) ?? 0) + 1); }
  const dropout = (meta.featureSet ?? 1) >= 2;
  const noise = opts.firstPassNoise ?? 0;
  let best: { tagger: Tagger; score: number; epoch: number } | null = null;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, random);
    let correct = 0;
    let total = 0;
    for (const si of order) {
      const s = train[si];
      const n = s.words.length;
      let h = hashWords(s.words);
      const amb = trainer.ambiguities(h.norms);
      const cl = clusters.classes(h.lower);
      if (dropout) {
        for (let i = 0; i < n; i++) if (seen.get(h.norms[i]) === 1 && random() < HAPAX_DROPOUT) amb[i] = NONE;
        h = trainer.wordView(h, amb);
      }
      const px = new Int32Array(n);
      const pu = new Int32Array(n);
      // Feature set 3: the second pass reads the tags the first pass predicted while training on
      // this sentence (each before its update; weights not averaged), much as it will read
      // unseen text's. Its weights are its own: with shared ones it met words the first pass
      // had just been corrected on and learned almost nothing (train UPOS 99.3 in epoch 1).
      for (let pass = 0; pass < trainer.passes; pass++) {
        if (pass > 0 && noise > 0) {
          for (let i = 0; i < n; i++) {
            if (random() >= noise) continue;
            px[i] = Math.floor(random() * meta.xpos.length);
            pu[i] = Math.floor(random() * meta.upos.length);
          }
        }
        trainer.beginPass(pass, px, pu);
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
          if (pass + 1 < trainer.passes) continue;
          total++;
          if (guHat === gu) correct++;
        }
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
