import { describe, expect, it } from 'vitest';
import { hashString } from './hash.js';
import { NO_CLASS, WordClusters } from './word-clusters.js';
import { lowerHashes } from './word-features.js';

describe('word clusters', () => {
  const clusters = new WordClusters({ classes: ['monday tuesday', 'iran russia', '', 'said'], coarse: [0, 1, 1, 2] });

  it('look up the fine and coarse class of a word by its normal form', () => {
    expect(clusters.size).toBe(5);
    expect(clusters.fine(hashString('russia'))).toBe(1);
    const c = clusters.classes(lowerHashes(['Iran', 'said', 'on', 'MONDAY']));
    expect([...c.fine]).toEqual([1, 3, NO_CLASS, 0]);
    expect([...c.coarse]).toEqual([1, 2, NO_CLASS, 0]);
  });

  it('leave extra slots at the padding value', () => {
    const c = clusters.classes(lowerHashes(['Russia']), 2, -5);
    expect([...c.fine]).toEqual([1, -5, -5]);
  });

  it('give every word no class when empty', () => {
    expect([...WordClusters.EMPTY.classes(lowerHashes(['Iran'])).fine]).toEqual([NO_CLASS]);
  });
});
