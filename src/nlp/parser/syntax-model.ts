/** The tagger and the parser together: one object that annotates a sentence's words. */
import { Tagger, taggerWeights, type TaggerMeta } from '../tagger/tagger.js';
import { WordClusters, type ClusterData } from '../tagger/word-clusters.js';
import { hashWords } from '../tagger/word-features.js';
import { decodeBundle, encodeBundle } from './model-io.js';
import { Parser, parserWeights, type ParserMeta } from './parser.js';

/** Per-word annotation of one sentence. */
export interface SyntaxAnnotation {
  upos: string[];
  xpos: string[];
  lemma: string[];
  /** 0-based index of the head within the sentence, -1 for the root. */
  head: number[];
  rel: string[];
}

/** A loaded tagger + parser pair. */
export class SyntaxModels {
  constructor(readonly tagger: Tagger, readonly parser: Parser, readonly info: Record<string, unknown> = {}) {}

  /**
   * Tags, lemmatises and parses one sentence given as words (`fixed`: tags known beforehand, see Tagger.tag).
   * @example models.annotate(['Russia', 'condemned', 'Ukraine', '.']).rel // ['nsubj', 'root', 'obj', 'punct']
   */
  annotate(words: readonly string[], fixed?: ReadonlyArray<readonly [string, string] | undefined>): SyntaxAnnotation {
    if (words.length === 0) return { upos: [], xpos: [], lemma: [], head: [], rel: [] };
    // The words are hashed once, for the tagger and the parser.
    const h = hashWords(words);
    const t = this.tagger.tagHashed(words, h, fixed);
    const p = this.parser.parse(words, t.upos, t.xpos, h.lower);
    return { upos: t.upos, xpos: t.xpos, lemma: t.lemma, head: p.head, rel: p.rel };
  }

  /**
   * A copy whose weight sets drop weights below `minAbs` int16 units (smaller file, faster
   * scoring); the tagger's below `taggerMinAbs`, which can be lower: its weights are a tenth of
   * the parser's, and its small ones still count (0.2 UPOS when pruned as the parser).
   */
  pruned(minAbs: number, taggerMinAbs = minAbs): SyntaxModels {
    const tw = taggerWeights(this.tagger);
    return new SyntaxModels(
      new Tagger(this.tagger.meta, tw.xpos.pruned(taggerMinAbs), tw.upos.pruned(taggerMinAbs), this.tagger.clusters),
      new Parser(this.parser.meta, parserWeights(this.parser).pruned(minAbs), this.parser.clusters),
      { ...this.info, prunedBelow: minAbs, ...(taggerMinAbs !== minAbs ? { taggerPrunedBelow: taggerMinAbs } : {}) },
    );
  }

  /** The models as the bytes of one model file; the word clusters (shared by both) travel in the header. */
  encode(): Buffer {
    const tw = taggerWeights(this.tagger);
    const clusters = this.tagger.clusters.size > 0 ? this.tagger.clusters.data : undefined;
    return encodeBundle({
      meta: { format: 1, tagger: this.tagger.meta, parser: this.parser.meta, clusters, info: this.info },
      models: { xpos: tw.xpos, upos: tw.upos, parser: parserWeights(this.parser) },
    });
  }

  /** Rebuilds models from the bytes of a model file (`where` names it in errors). */
  static decode(bytes: Buffer, where: string): SyntaxModels {
    const b = decodeBundle(bytes, where);
    const meta = b.meta as { tagger: TaggerMeta; parser: ParserMeta; clusters?: ClusterData; info?: Record<string, unknown> };
    for (const name of ['xpos', 'upos', 'parser']) {
      if (!b.models[name]) throw new Error(`${where}: model "${name}" is missing; found ${Object.keys(b.models).join(', ')}`);
    }
    const clusters = meta.clusters ? new WordClusters(meta.clusters) : WordClusters.EMPTY;
    const tagger = new Tagger(meta.tagger, b.models.xpos, b.models.upos, clusters);
    tagger.openClassForUnseen = true;
    return new SyntaxModels(tagger, new Parser(meta.parser, b.models.parser, clusters), meta.info ?? {});
  }
}
