import { describe, expect, it } from 'vitest';
import { assignOneToOne } from './assign.js';

describe('assignOneToOne', () => {
  it('matches each side at most once', () => {
    expect(assignOneToOne(2, 1, () => true)).toEqual([0, -1]);
    expect(assignOneToOne(1, 3, () => true)).toEqual([0]);
  });

  it('moves an earlier match to make room (augmenting path) instead of matching greedily', () => {
    // gold 0 can take prediction 0 or 1; gold 1 only prediction 0.
    const edges = [[0, 1], [0]];
    expect(assignOneToOne(2, 2, (g, p) => edges[g]!.includes(p))).toEqual([1, 0]);
  });

  it('never unmatches a gold item tried earlier, so items put first keep their matches', () => {
    // required gold 0 and optional gold 1 both want prediction 0 only: the required one keeps it.
    expect(assignOneToOne(2, 1, (_g, p) => p === 0)).toEqual([0, -1]);
  });
});
