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

function count(tokens: readonly Token[], from: number, to: number, cues: TopicCues): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (cues.words.has(t.norm) || cues.words.has(t.lemma)) n++;
    for (const p of cues.phrases) if (p.every((w, k) => tokens[i + k]?.norm === w) && i + p.length <= to) n++;
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
