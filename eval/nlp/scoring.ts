/** Scores of predicted against gold syntax, CoNLL 2018 style (LAS on the universal label part). */

/** Counts behind the scores; with gold tokenization, system and gold word counts are equal. */
export interface SyntaxCounts {
  gold: number;
  system: number;
  aligned: number;
  upos: number;
  xpos: number;
  lemma: number;
  uas: number;
  las: number;
  /** LAS with the full label, subtypes included. */
  lasFull: number;
  /** Sentences: gold, system, and those whose start both put at the same character. */
  goldSentences: number;
  systemSentences: number;
  sentenceStarts: number;
}

/** All counts zero. */
export function emptyCounts(): SyntaxCounts {
  return { gold: 0, system: 0, aligned: 0, upos: 0, xpos: 0, lemma: 0, uas: 0, las: 0, lasFull: 0, goldSentences: 0, systemSentences: 0, sentenceStarts: 0 };
}

/** F1 (= accuracy with gold tokenization) of one count, in percent. */
export function f1(c: SyntaxCounts, k: keyof SyntaxCounts): number {
  return (200 * c[k]) / (c.gold + c.system);
}

/** F1 of sentence starts, in percent (100 with gold tokenization, where sentences are given). */
export function sentenceF1(c: SyntaxCounts): number {
  return c.goldSentences ? (200 * c.sentenceStarts) / (c.goldSentences + c.systemSentences) : 100;
}

/** The universal part of a relation ("obl:tmod" → "obl"). */
export function universal(rel: string): string {
  const i = rel.indexOf(':');
  return i < 0 ? rel : rel.slice(0, i);
}
