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

/**
 * Each cue set's phrases indexed by their first word, built on first use: counting then looks up
 * the phrases that can start at a token instead of testing every phrase at every token.
 */
const phrasesByFirstWord = new WeakMap<TopicCues, Map<string, readonly string[][]>>();

function phraseIndex(cues: TopicCues): Map<string, readonly string[][]> {
  let index = phrasesByFirstWord.get(cues);
  if (!index) {
    const built = new Map<string, string[][]>();
    for (const p of cues.phrases) {
      const list = built.get(p[0]);
      if (list) list.push(p);
      else built.set(p[0], [p]);
    }
    index = built;
    phrasesByFirstWord.set(cues, index);
  }
  return index;
}

function count(tokens: readonly Token[], from: number, to: number, cues: TopicCues): number {
  const byFirst = phraseIndex(cues);
  let n = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (cues.words.has(t.norm) || cues.words.has(t.lemma)) n++;
    const phrases = byFirst.get(t.norm);
    if (!phrases) continue;
    for (const p of phrases) {
      if (i + p.length > to) continue;
      let k = 1;
      while (k < p.length && tokens[i + k].norm === p[k]) k++;
      if (k === p.length) n++;
    }
  }
  return n;
}

/** The non-political topic an article is about, or null when it may be political. */
export function articleTopic(tokens: readonly Token[], topics: Topics): string | null {
  const political = count(tokens, 0, tokens.length, topics.article.get(POLITICAL)!);
  let best: [string, number] | null = null;
  for (const [topic, cues] of topics.article) {
    if (topic === POLITICAL) continue;
    const n = count(tokens, 0, tokens.length, cues);
    if (n >= MIN_TOPIC_CUES && n >= DOMINANCE * political && (!best || n > best[1])) best = [topic, n];
  }
  return best?.[0] ?? null;
}

/** Whether tokens [from, to) name a sports, business or entertainment matter. */
export function nonPoliticalSentence(tokens: readonly Token[], from: number, to: number, topics: Topics): boolean {
  for (const cues of topics.sentence.values()) if (count(tokens, from, to, cues) > 0) return true;
  return false;
}
