/**
 * What may stand between a pattern's words besides single filler words: a sentence's dates ("met
 * on Tuesday with") and the fixed phrases of `filler` in data/verbs/modifiers.tsv ("agreed in
 * principle to", "fired at least 20 missiles at"). A phrase is one gap unit: its later tokens cost nothing.
 */
import type { DateMention, Sentence, Token } from '../core/document.js';

/** Longest noun phrase, in tokens, of a prepositional phrase a pattern may step over ("in Kuwaiti waters"). */
export const MAX_PHRASE_NOUNS = 3;
/** Tags of the words of such a noun phrase. */
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** The preposition of a noun's complement, which belongs to the noun, not to the clause ("the withdrawal of troops"). */
const COMPLEMENT_PREPOSITION = 'of';

/** Tokens a pattern may step over, and those among them that cost no gap (a unit's later tokens). */
export interface Gaps {
  skippable: ReadonlySet<number>;
  free: ReadonlySet<number>;
  /** Words of a fixed filler phrase, never a trigger ("told Mr. Kim in return"). */
  fixed: ReadonlySet<number>;
}

/** Tokens of the sentence's dates, with the preposition before each ("on Tuesday"): patterns may skip them. */
export function dateTokens(tokens: readonly Token[], s: Sentence, dates: readonly DateMention[]): ReadonlySet<number> {
  const skip = new Set<number>();
  for (const d of dates) {
    for (let t = s.firstToken; t < s.endToken; t++) {
      if (tokens[t].start < d.start || tokens[t].end > d.end) continue;
      skip.add(t);
      if (t > s.firstToken && !skip.has(t - 1) && tokens[t - 1].pos === 'ADP') skip.add(t - 1);
    }
  }
  return skip;
}

/** The filler entries as word sequences by their first word, longest first, so that "at least" wins over "at". */
export function fillerPhrases(words: ReadonlySet<string>): ReadonlyMap<string, readonly string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const w of words) {
    const phrase = w.split(' ');
    byFirst.set(phrase[0], [...(byFirst.get(phrase[0]) ?? []), phrase].sort((a, b) => b.length - a.length));
  }
  return byFirst;
}

function phraseAt(tokens: readonly Token[], t: number, end: number, phrase: readonly string[]): boolean {
  if (t + phrase.length > end) return false;
  return phrase.every((w, k) => tokens[t + k].norm === w);
}

/**
 * The gaps of sentence `s`: `dates` and the filler words and phrases (each phrase one unit:
 * "extradited suspected British militant …", "conceded at last to demands").
 */
export function sentenceGaps(tokens: readonly Token[], s: Sentence, dates: ReadonlySet<number>, phrases: ReadonlyMap<string, readonly string[][]>, participants: ReadonlySet<string>, named: ReadonlySet<number>): Gaps {
  const skippable = new Set(dates);
  const free = new Set<number>();
  const fixed = new Set<number>();
  const unit = (from: number, to: number) => {
    for (let k = from; k < to; k++) {
      skippable.add(k);
      if (k > from) free.add(k);
    }
  };
  for (let t = s.firstToken; t < s.endToken; t++) {
    const phrase = phrases.get(tokens[t].norm)?.find((p) => phraseAt(tokens, t, s.endToken, p));
    if (phrase) {
      unit(t, t + phrase.length);
      if (phrase.length > 1) for (let k = t; k < t + phrase.length; k++) fixed.add(k);
      t += phrase.length - 1;
      continue;
    }
    // "sent letters about the incident to", "met at the mission with": a short phrase of topic,
    // place or circumstance, whose preposition never introduces a participant and which names
    // no actor ("seized last year from United Nations peacekeepers" keeps its actor).
    const w = tokens[t];
    if (w.pos !== 'ADP' || participants.has(w.norm) || w.norm === COMPLEMENT_PREPOSITION) continue;
    let k = t + 1;
    while (k < s.endToken && k - t <= MAX_PHRASE_NOUNS && NOUN_PHRASE_TAGS.has(tokens[k].pos) && !named.has(k)) k++;
    // The noun phrase must end there: "in front of the consulate" goes on.
    const after = tokens[k];
    if (k > t + 1 && k - t - 1 <= MAX_PHRASE_NOUNS && !named.has(k) && !NOUN_PHRASE_TAGS.has(after?.pos ?? '') && after?.norm !== COMPLEMENT_PREPOSITION) unit(t, k);
  }
  return { skippable, free, fixed };
}
