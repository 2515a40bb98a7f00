/**
 * Word classes learned from unlabelled news text (scripts/train-clusters.ts), as features of the
 * tagger and parser: words the treebanks rarely or never show get the evidence of the words they
 * share contexts with. Two levels: fine classes, and coarse classes that group the fine ones.
 */
import { hashString } from './hash.js';

/** The clusters as stored in the model file's JSON header. */
export interface ClusterData {
  /** Words (normal forms, see `normWord`) of each fine class, joined by single spaces. */
  classes: string[];
  /** The coarse class of each fine class. */
  coarse: number[];
  /** What the clusters were learned from (for the manifest and README). */
  info?: Record<string, unknown>;
}

/** Class value of a word outside the cluster vocabulary. */
export const NO_CLASS = -1;

/** Per-word fine and coarse classes of one sentence. */
export interface SentenceClasses {
  fine: Int32Array;
  coarse: Int32Array;
}

/** Lookup from a word's normal-form hash to its classes, built once at load. */
export class WordClusters {
  /** Normal-form hash → fine class. Hash keys: the tagger and parser already hash every word. */
  private readonly byHash = new Map<number, number>();
  private readonly coarseOf: Int32Array;

  constructor(readonly data: ClusterData) {
    data.classes.forEach((words, c) => {
      if (!words) return;
      for (const w of words.split(' ')) this.byHash.set(hashString(w), c);
    });
    this.coarseOf = Int32Array.from(data.coarse);
  }

  /** No clusters (models trained without them): every word has NO_CLASS. */
  static readonly EMPTY = new WordClusters({ classes: [], coarse: [] });

  /** Number of words with a class. */
  get size(): number {
    return this.byHash.size;
  }

  /** Fine class of a normal-form hash, or NO_CLASS. */
  fine(hash: number): number {
    return this.byHash.get(hash) ?? NO_CLASS;
  }

  /** Classes of the words whose normal-form hashes are `lower`, with `extra` slots left at `pad`. */
  classes(lower: Uint32Array, extra = 0, pad = NO_CLASS): SentenceClasses {
    const n = lower.length;
    const fine = new Int32Array(n + extra).fill(pad);
    const coarse = new Int32Array(n + extra).fill(pad);
    // Models trained without clusters (the shipped ones) look up no word.
    if (this.byHash.size === 0) {
      fine.fill(NO_CLASS, 0, n);
      coarse.fill(NO_CLASS, 0, n);
      return { fine, coarse };
    }
    for (let i = 0; i < n; i++) {
      const c = this.byHash.get(lower[i]);
      if (c === undefined) { fine[i] = NO_CLASS; coarse[i] = NO_CLASS; continue; }
      fine[i] = c;
      coarse[i] = this.coarseOf[c];
    }
    return { fine, coarse };
  }
}
