// Learns the word clusters of the tagger and parser from unlabelled text: the news corpus
// (../shared/datasets/news/news.jsonl, minus the articles kept for evaluation) and the words of
// the UD training texts. Only class memberships leave this file; no text is kept.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classBigrams, countBigrams, exchangeClusters } from '../src/nlp/tagger/exchange-clustering.js';
import type { ClusterData } from '../src/nlp/tagger/word-clusters.js';
import { normWord } from '../src/nlp/tagger/word-features.js';

/** Options for `learnClusters`. */
export interface ClusterOptions {
  /** ../shared/datasets (news/ and ud/ below it). */
  datasets: string;
  /** Folders of golden event cases whose input.jsonl articles must not be read (kept for evaluation). */
  heldOutCases: string[];
  /** Sentences of the UD training files (already filtered like the models' training set). */
  udTrain: string[][];
  fine: number;
  coarse: number;
  /** Words seen fewer times get no class. */
  minCount: number;
  passes: number;
  log?: (line: string) => void;
}

/** Articles of politics.jsonl's first lines carry the event dev gold: never used for clusters. */
const HELD_OUT_POLITICS_LINES = 200;

/**
 * Words of one text for counting: UD-like enough for word statistics (clitics split as the
 * treebanks split them, punctuation apart, dotted abbreviations whole), and much faster than
 * the product's tokenizer, which would spend minutes on ten million words.
 */
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’.\-&/][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;
const CLITIC = /^(.+?)(n't|'s|'re|'ve|'ll|'d|'m)$/i;
/** A sentence ends after . ! or ? (and closing quotes) before a space and a capital, digit or quote. */
const SENTENCE_END = /(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?[\p{Lu}\p{N}])/u;

export function statisticsWords(sentence: string): string[] {
  const out: string[] = [];
  for (const m of sentence.replace(/’/g, "'").matchAll(TOKEN)) {
    const t = m[0];
    const c = t.length > 3 ? CLITIC.exec(t) : null;
    if (c) out.push(c[1], c[2]);
    else out.push(t);
  }
  return out;
}

/** Calls `each` with the words of every sentence of the unlabelled sources, in a fixed order. */
function forEachSentence(o: ClusterOptions, each: (words: string[]) => void): { articles: number; skipped: number } {
  const news = join(o.datasets, 'news');
  const heldOut = new Set<string>();
  readFileSync(join(news, 'politics.jsonl'), 'utf8').split('\n').slice(0, HELD_OUT_POLITICS_LINES)
    .forEach((line) => { if (line.trim()) heldOut.add((JSON.parse(line) as { id: string }).id); });
  for (const dir of o.heldOutCases) {
    const line = readFileSync(join(dir, 'input.jsonl'), 'utf8').trim();
    heldOut.add((JSON.parse(line) as { id: string }).id);
  }
  let articles = 0;
  let skipped = 0;
  for (const line of readFileSync(join(news, 'news.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const a = JSON.parse(line) as { id: string; title: string | null; text: string };
    if (heldOut.has(a.id)) { skipped++; continue; }
    articles++;
    if (a.title) each(statisticsWords(a.title));
    for (const para of a.text.split(/\n\s*\n/)) for (const s of para.split(SENTENCE_END)) each(statisticsWords(s));
  }
  for (const s of o.udTrain) each(s);
  return { articles, skipped };
}

/**
 * Counts lowercased (digit-folded) word bigrams, clusters the words into `fine` classes and the
 * fine classes into `coarse` ones.
 */
export function learnClusters(o: ClusterOptions): ClusterData {
  const log = o.log ?? (() => {});
  // Pass 1: word frequencies; pass 2 (over the kept sentences) bigrams of vocabulary ids.
  const freq = new Map<string, number>();
  const sentences: string[][] = [];
  let tokens = 0;
  const { articles, skipped } = forEachSentence(o, (words) => {
    if (words.length === 0) return;
    const norms = words.map(normWord);
    for (const w of norms) freq.set(w, (freq.get(w) ?? 0) + 1);
    tokens += norms.length;
    sentences.push(norms);
  });
  const vocab = [...freq.entries()].filter(([, c]) => c >= o.minCount)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([w]) => w);
  const id = new Map(vocab.map((w, i) => [w, i]));
  // Rare words share one unit; the sentence boundary is a unit with a class of its own.
  const RARE = vocab.length;
  const BOUNDARY = vocab.length + 1;
  const units = vocab.length + 2;
  log(`clusters: ${articles} news articles (${skipped} held out) + ${o.udTrain.length} UD sentences, ${sentences.length} sentences, ${tokens} words, vocabulary ${vocab.length} (count ≥ ${o.minCount})`);
  const counts = countBigrams(sentences.map((s) => s.map((w) => id.get(w) ?? RARE)), units, BOUNDARY);
  sentences.length = 0;
  log(`clusters: ${counts.count.length} distinct bigrams`);
  const fine = exchangeClusters(counts, o.fine, { passes: o.passes, pinned: [BOUNDARY], minMoves: Math.ceil(units / 1000), log });
  // The coarse level clusters the fine classes (plus the boundary's) by their class bigrams.
  const byClass = classBigrams(counts, fine, o.fine + 1);
  const coarse = exchangeClusters(byClass, o.coarse, { passes: 50, pinned: [o.fine], log: () => {} });
  const classes: string[][] = Array.from({ length: o.fine }, () => []);
  // Words with spaces cannot be stored space-joined (the statistics tokenizer makes none).
  vocab.forEach((w, i) => { if (!/\s/.test(w)) classes[fine[i]].push(w); });
  return {
    classes: classes.map((ws) => ws.join(' ')),
    coarse: Array.from(coarse.subarray(0, o.fine)),
    info: { fine: o.fine, coarse: o.coarse, minCount: o.minCount, words: vocab.length, tokens, articles, heldOutArticles: skipped, udSentences: o.udTrain.length },
  };
}
