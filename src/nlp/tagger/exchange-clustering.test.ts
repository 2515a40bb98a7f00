import { describe, expect, it } from 'vitest';
import { classBigrams, countBigrams, exchangeClusters } from './exchange-clustering.js';

// A corpus where determiners, nouns and verbs each share their contexts: "the cat runs", ...
const words = ['the', 'a', 'cat', 'dog', 'bird', 'runs', 'sleeps', 'eats', 'this'];
const BOUNDARY = words.length;
const id = (w: string): number => words.indexOf(w);
const corpus: number[][] = [];
for (const d of ['the', 'a', 'this']) {
  for (const n of ['cat', 'dog', 'bird']) for (const v of ['runs', 'sleeps', 'eats']) corpus.push([id(d), id(n), id(v)]);
}

describe('exchange clustering', () => {
  const counts = countBigrams(corpus, words.length + 1, BOUNDARY);

  it('counts each distinct bigram once, sentence boundaries included', () => {
    const total = counts.count.reduce((a, b) => a + b, 0);
    expect(total).toBe(corpus.length * 4);
    const at = [...counts.first].findIndex((f, i) => f === BOUNDARY && counts.second[i] === id('the'));
    expect(counts.count[at]).toBe(9);
  });

  it('puts words with the same contexts in the same class and keeps the boundary apart', () => {
    const cls = exchangeClusters(counts, 3, { pinned: [BOUNDARY] });
    const of = (w: string): number => cls[id(w)];
    expect(of('a')).toBe(of('the'));
    expect(of('this')).toBe(of('the'));
    expect(of('dog')).toBe(of('cat'));
    expect(of('bird')).toBe(of('cat'));
    expect(of('sleeps')).toBe(of('runs'));
    expect(of('eats')).toBe(of('runs'));
    expect(new Set([of('the'), of('cat'), of('runs')]).size).toBe(3);
    expect(cls[BOUNDARY]).toBe(3);
  });

  it('is deterministic', () => {
    expect(exchangeClusters(counts, 3, { pinned: [BOUNDARY] })).toEqual(exchangeClusters(countBigrams(corpus, words.length + 1, BOUNDARY), 3, { pinned: [BOUNDARY] }));
  });

  it('clusters classes into coarser classes from their bigrams', () => {
    const cls = exchangeClusters(counts, 3, { pinned: [BOUNDARY] });
    const byClass = classBigrams(counts, cls, 4);
    expect(byClass.count.reduce((a, b) => a + b, 0)).toBe(corpus.length * 4);
    const coarse = exchangeClusters(byClass, 2, { pinned: [3] });
    expect(coarse[3]).toBe(2);
    expect(coarse.subarray(0, 3).every((c) => c === 0 || c === 1)).toBe(true);
  });
});
