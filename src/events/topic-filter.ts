/**
 * Stories that are not political yield no political events: "Liverpool crushed Chelsea",
 * "France beat Germany in the World Cup final", "a price war between supermarkets".
 */
import type { Token } from '../core/document.js';
import { POLITICAL, type TopicCues, type Topics } from '../dictionaries/topics.js';

/** A non-political topic needs this many cue words in the article… */
const MIN_TOPIC_CUES = 4;
/** …and this many times its political cue count. */
const DOMINANCE = 2;

/** Where each cue word and phrase of a scope (article or sentence) leads: the cue sets that hold it, by position. */
interface CueIndex {
  topics: string[];
  words: Map<string, number[]>;
  /** Phrases by first word, with the cue set each belongs to. */
  phrases: Map<string, Array<{ set: number; words: readonly string[] }>>;
}

/**
 * The cue index of each scope, built on first use: one pass over the tokens then counts every
 * topic at once, and tests only the phrases that can start at a token.
 */
const indexes = new WeakMap<ReadonlyMap<string, TopicCues>, CueIndex>();

function cueIndex(scope: ReadonlyMap<string, TopicCues>): CueIndex {
  let index = indexes.get(scope);
  if (index) return index;
  const built: CueIndex = { topics: [...scope.keys()], words: new Map(), phrases: new Map() };
  [...scope.values()].forEach((cues, set) => {
    for (const w of cues.words) {
      const sets = built.words.get(w);
      if (sets) sets.push(set);
      else built.words.set(w, [set]);
    }
    for (const p of cues.phrases) {
      const list = built.phrases.get(p[0]);
      if (list) list.push({ set, words: p });
      else built.phrases.set(p[0], [{ set, words: p }]);
    }
  });
  indexes.set(scope, built);
  return built;
}

/** Counts token `i` once for each topic in `sets` that has not counted it yet. */
function countWord(sets: number[] | undefined, i: number, counts: number[], countedAt: number[]): void {
  if (!sets) return;
  for (const set of sets) {
    if (countedAt[set] === i) continue;
    countedAt[set] = i;
    counts[set]++;
  }
}

/**
 * How many cues of each of the scope's topics tokens [from, to) hold (in the scope's order): a
 * token counts once per topic whose words hold its norm or lemma, and once per phrase starting
 * at it that ends inside the span.
 */
function countAll(tokens: readonly Token[], from: number, to: number, index: CueIndex): number[] {
  const counts = new Array<number>(index.topics.length).fill(0);
  // The last token counted for each topic's words: a token whose norm and lemma are both cues counts once.
  const countedAt = new Array<number>(index.topics.length).fill(-1);
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    countWord(index.words.get(t.norm), i, counts, countedAt);
    if (t.lemma !== t.norm) countWord(index.words.get(t.lemma), i, counts, countedAt);
    const phrases = index.phrases.get(t.norm);
    if (!phrases) continue;
    for (const { set, words } of phrases) {
      if (i + words.length > to) continue;
      let k = 1;
      while (k < words.length && tokens[i + k].norm === words[k]) k++;
      if (k === words.length) counts[set]++;
    }
  }
  return counts;
}

/** The non-political topic an article is about, or null when it may be political. */
export function articleTopic(tokens: readonly Token[], topics: Topics): string | null {
  const index = cueIndex(topics.article);
  const counts = countAll(tokens, 0, tokens.length, index);
  const political = counts[index.topics.indexOf(POLITICAL)];
  let best: [string, number] | null = null;
  for (let set = 0; set < index.topics.length; set++) {
    const topic = index.topics[set];
    if (topic === POLITICAL) continue;
    const n = counts[set];
    if (n >= MIN_TOPIC_CUES && n >= DOMINANCE * political && (!best || n > best[1])) best = [topic, n];
  }
  return best?.[0] ?? null;
}

/** Whether tokens [from, to) name a sports, business or entertainment matter. */
export function nonPoliticalSentence(tokens: readonly Token[], from: number, to: number, topics: Topics): boolean {
  return countAll(tokens, from, to, cueIndex(topics.sentence)).some((n) => n > 0);
}
