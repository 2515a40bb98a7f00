/**
 * Greedy arc-hybrid dependency parser with an averaged perceptron, trained with a dynamic
 * oracle and error exploration.
 */
import { rng, shuffle } from '../tagger/hash.js';
import { CompactModel, Perceptron, type Scorer, type Scores } from '../tagger/perceptron.js';
import { WordClusters } from '../tagger/word-clusters.js';
import { lowerHashes } from '../tagger/word-features.js';
import { Configuration, moveCosts, validMoves } from './arc-hybrid.js';
import { ABSENT_GROUPS, absentFeatures, bufferFeatures, MAX_PARSER_FEATURES, parserFeatures, sentenceHashes, type AbsentGroups, type SentenceHashes } from './parser-features.js';

/** Move 0 of the transition system (see arc-hybrid.ts). */
const SHIFT = 0;
/** Above every move's class: no move's weights are left out. */
const MAX_MOVE = 255;

/** From this epoch on, training follows the model's own wrong moves with `EXPLORE_P`. */
const EXPLORE_FROM_EPOCH = 2;
const EXPLORE_P = 0.9;

/** A sentence to parse or train on: words, tags, and (for training) the gold tree. */
export interface ParseSentence {
  words: string[];
  upos: string[];
  xpos: string[];
  /** 0-based head, -1 for the root. */
  head: number[];
  rel: string[];
}

/** The parser's non-weight data, as stored in the model file. */
export interface ParserMeta {
  labels: string[];
}

/** A parser ready to use. */
export class Parser {
  readonly feats = new Uint32Array(MAX_PARSER_FEATURES);
  private readonly scores: Scores;
  private readonly rootLabel: number;
  /** How many features the last `bestMove` wrote into `feats`. */
  featureCount = 0;
  /**
   * With read-only weights, the summed scores of the features fixed by each set of absent
   * feature groups (see `parserFeatures`), computed on first use; null while training, which
   * needs every feature in `feats`.
   */
  private readonly absentScores: Array<Scores | undefined> | null;
  private readonly absent: AbsentGroups = { absent: 0 };
  /** The configuration `parse` reuses from sentence to sentence. */
  private config: Configuration | null = null;
  /**
   * With read-only weights, the summed scores of the buffer features (see `bufferFeatures`) of
   * b0 = `bufferB0` in sentence `bufferOf`.
   */
  private readonly bufferScores: Scores;
  private bufferOf: SentenceHashes | null = null;
  private bufferB0 = -1;
  private readonly bufferKeys = new Uint32Array(MAX_PARSER_FEATURES);

  constructor(readonly meta: ParserMeta, readonly model: Scorer, readonly clusters: WordClusters = WordClusters.EMPTY) {
    this.scores = model.newScores();
    this.bufferScores = model.newScores();
    this.rootLabel = meta.labels.indexOf('root');
    this.absentScores = model instanceof CompactModel ? new Array<Scores | undefined>(1 << ABSENT_GROUPS) : null;
    if (model instanceof CompactModel) model.prepare();
  }

  /** Scores the moves of a configuration into `this.scores`; returns the best valid move. */
  bestMove(c: Configuration, h: ReturnType<typeof sentenceHashes>): number {
    const s = this.scores;
    const memo = this.absentScores;
    const k = parserFeatures(c, h, this.feats, memo === null ? null : this.absent);
    this.featureCount = k;
    if (memo === null) {
      s.fill(0);
    } else {
      // The weights are integers, so starting from the absent groups' and the buffer's sums
      // gives the same scores.
      const mask = this.absent.absent;
      const fixed = memo[mask] ?? this.scoreAbsent(mask);
      const buffer = this.bufferOf === h && this.bufferB0 === c.b0 ? this.bufferScores : this.scoreBuffer(c, h);
      for (let m = 0; m < s.length; m++) s[m] = fixed[m] + buffer[m];
    }
    // With one word on the stack only SHIFT and LEFT (moves up to L) are valid: RIGHT's weights are not needed.
    this.model.score(this.feats, k, s, c.stack.length === 1 ? this.meta.labels.length : MAX_MOVE);
    return this.pick(c, s, null);
  }

  /** Scores the buffer features of `c`'s b0 into `bufferScores` (all classes: `pick` reads only valid moves). */
  private scoreBuffer(c: Configuration, h: SentenceHashes): Scores {
    const sum = this.bufferScores;
    sum.fill(0);
    this.model.score(this.bufferKeys, bufferFeatures(c, h, this.bufferKeys), sum);
    this.bufferOf = h;
    this.bufferB0 = c.b0;
    return sum;
  }

  private scoreAbsent(mask: number): Scores {
    const keys = absentFeatures(mask);
    const sum = this.model.newScores();
    this.model.score(keys, keys.length, sum);
    this.absentScores![mask] = sum;
    return sum;
  }

  /** The best valid move by `scores`, limited to moves whose cost equals `want` when `costOf` is given. */
  pick(c: Configuration, s: Scores, costOf: ((move: number) => number) | null, want = 0): number {
    const L = this.meta.labels.length;
    const root = this.rootLabel;
    const depth = c.stack.length;
    let best = -1;
    let bs = -Infinity;
    // SHIFT while words remain; LEFT onto the root only for the last word; RIGHT with two on the stack.
    if (c.b0 < c.n && s[0] > bs && (costOf === null || costOf(0) === want)) { bs = s[0]; best = 0; }
    if (depth > 0) {
      if (c.b0 === c.n) {
        if (depth === 1 && (costOf === null || costOf(1 + root) === want)) { bs = s[1 + root]; best = 1 + root; }
      } else {
        for (let m = 1; m <= L; m++) {
          if (m - 1 !== root && s[m] > bs && (costOf === null || costOf(m) === want)) { bs = s[m]; best = m; }
        }
      }
    }
    if (depth > 1) {
      for (let m = L + 1; m <= 2 * L; m++) {
        if (m - 1 - L !== root && s[m] > bs && (costOf === null || costOf(m) === want)) { bs = s[m]; best = m; }
      }
    }
    return best;
  }

  /**
   * The move `pick` would choose whatever the scores, or -1: with an empty stack only SHIFT is
   * valid, and with one word on the stack and only the root left, the arc to the root. Parsing
   * skips features and scoring for these (about one move in eight).
   */
  forcedMove(c: Configuration): number {
    const depth = c.stack.length;
    if (depth === 0) return SHIFT;
    if (depth === 1 && c.b0 === c.n) return 1 + this.rootLabel;
    return -1;
  }

  get lastScores(): Scores {
    return this.scores;
  }

  /**
   * Parses one tagged sentence: 0-based heads (-1 for the root) and relations. `lower`: the
   * words' normal-form hashes when the caller has them (the tagger's `hashWords(words).lower`).
   */
  parse(words: readonly string[], upos: readonly string[], xpos: readonly string[], lower?: Uint32Array): { head: number[]; rel: string[] } {
    const n = words.length;
    if (n === 0) return { head: [], rel: [] };
    const h = sentenceHashes(lower ?? lowerHashes(words), upos, xpos, this.clusters);
    const c = (this.config = Configuration.reusing(this.config, n));
    const L = this.meta.labels.length;
    while (!c.done) {
      const forced = this.forcedMove(c);
      c.apply(forced >= 0 ? forced : this.bestMove(c, h), L);
    }
    const head: number[] = [];
    const rel: string[] = [];
    for (let i = 0; i < n; i++) {
      head.push(c.head[i] === n ? -1 : c.head[i]);
      rel.push(this.meta.labels[c.label[i]]);
    }
    return { head, rel };
  }
}

/** Options for `trainParser`. */
export interface ParserTrainOptions {
  epochs: number;
  seed?: number;
  /** Held-out sentences (with the tags the parser will see) scored after each epoch. */
  dev?: ParseSentence[];
  prune?: number;
  /** Word classes learned from unlabelled text, used as features (none without). */
  clusters?: WordClusters;
  log?: (line: string) => void;
}

/** Unlabeled and labeled attachment scores (LAS on the universal part of the label). */
export function scoreParser(p: Parser, sents: readonly ParseSentence[]): { uas: number; las: number } {
  let n = 0;
  let u = 0;
  let l = 0;
  for (const s of sents) {
    const r = p.parse(s.words, s.upos, s.xpos);
    for (let i = 0; i < s.words.length; i++) {
      n++;
      if (r.head[i] !== s.head[i]) continue;
      u++;
      if (r.rel[i].split(':')[0] === s.rel[i].split(':')[0]) l++;
    }
  }
  return { uas: u / n, las: l / n };
}

/**
 * Trains a parser deterministically; with `dev`, keeps the best epoch by LAS.
 * @example trainParser(sentences, { epochs: 10 }).parse(['It', 'works'], ['PRON', 'VERB'], ['PRP', 'VBZ'])
 */
export function trainParser(train: readonly ParseSentence[], opts: ParserTrainOptions): Parser & { epoch: number } {
  const labels = [...new Set(train.flatMap((s) => s.rel))].sort();
  if (!labels.includes('root')) labels.push('root');
  const li = new Map(labels.map((l, i) => [l, i]));
  const L = labels.length;
  const model = new Perceptron(1 + 2 * L);
  const clusters = opts.clusters ?? WordClusters.EMPTY;
  const trainer = new Parser({ labels }, model, clusters);
  const random = rng(opts.seed ?? 1);
  const order = train.map((_, i) => i);
  const prepared = train.map((s) => {
    const n = s.words.length;
    const goldHead = new Int32Array(n + 1).fill(-1);
    const goldLabel = new Int32Array(n + 1).fill(-1);
    const goldDeps: number[][] = Array.from({ length: n + 1 }, () => []);
    for (let i = 0; i < n; i++) {
      const hd = s.head[i] < 0 ? n : s.head[i];
      goldHead[i] = hd;
      goldLabel[i] = li.get(s.rel[i])!;
      goldDeps[hd].push(i);
    }
    return { h: sentenceHashes(lowerHashes(s.words), s.upos, s.xpos, clusters), goldHead, goldLabel, goldDeps, n };
  });
  let best: { parser: Parser; score: number; epoch: number } | null = null;
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    shuffle(order, random);
    let moves = 0;
    let errors = 0;
    for (const si of order) {
      const { h, goldHead, goldLabel, goldDeps, n } = prepared[si];
      const c = new Configuration(n);
      const inStack = new Uint8Array(n + 1);
      while (!c.done) {
        const [cs, cl, cr] = moveCosts(c, goldHead, goldDeps, inStack);
        const st = c.stack;
        const s0 = st.length ? st[st.length - 1] : -1;
        const s1 = st.length > 1 ? st[st.length - 2] : -1;
        const costOf = (m: number): number => {
          if (m === 0) return cs;
          if (m <= L) return cl + (goldHead[s0] === c.b0 && m - 1 !== goldLabel[s0] ? 1 : 0);
          return cr + (goldHead[s0] === s1 && m - 1 - L !== goldLabel[s0] ? 1 : 0);
        };
        const pred = trainer.bestMove(c, h);
        const scores = trainer.lastScores;
        let minCost = Infinity;
        const v = validMoves(c);
        if (v.shift) minCost = Math.min(minCost, cs);
        if (v.left) minCost = Math.min(minCost, cl);
        if (v.right) minCost = Math.min(minCost, cr);
        let gold = trainer.pick(c, scores, costOf, minCost);
        if (gold < 0) gold = pred;
        // bestMove left this configuration's features in trainer.feats.
        const k = trainer.featureCount;
        const predWrong = costOf(pred) > minCost;
        if (predWrong) {
          model.update(trainer.feats, k, gold, pred);
          errors++;
        }
        model.tick();
        moves++;
        const next = !predWrong || (epoch >= EXPLORE_FROM_EPOCH && random() < EXPLORE_P) ? pred : gold;
        if (next === 0) inStack[c.b0] = 1;
        else inStack[st[st.length - 1]] = 0;
        c.apply(next, L);
      }
    }
    const parser = new Parser({ labels }, model.compact(opts.prune), clusters);
    const dev = opts.dev ? scoreParser(parser, opts.dev) : null;
    opts.log?.(`parser epoch ${epoch}: train move errors ${(100 * errors / moves).toFixed(2)}%` +
      (dev ? `, dev UAS ${(100 * dev.uas).toFixed(2)} LAS ${(100 * dev.las).toFixed(2)}` : '') + `, rows ${model.size}`);
    const score = dev ? dev.las : epoch;
    if (!best || score > best.score) best = { parser, score, epoch };
  }
  return Object.assign(best!.parser, { epoch: best!.epoch });
}

/** The parser's compact weights, for serialisation. */
export function parserWeights(p: Parser): CompactModel {
  return p.model as CompactModel;
}
