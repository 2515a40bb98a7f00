import { describe, expect, it } from 'vitest';
import { Configuration } from './arc-hybrid.js';

/** The state a move or feature can read of a configuration: words 0..n (n is the root). */
function state(c: Configuration): unknown {
  const upTo = (a: Int32Array): number[] => [...a.subarray(0, c.n + 1)];
  return {
    n: c.n, b0: c.b0, stack: [...c.stack], head: upTo(c.head), label: upTo(c.label), lc1: upTo(c.lc1), lc2: upTo(c.lc2),
    rc1: upTo(c.rc1), rc2: upTo(c.rc2), nLeft: upTo(c.nLeft), nRight: upTo(c.nRight), left: upTo(c.leftLabels), right: upTo(c.rightLabels),
  };
}

describe('reused configurations', () => {
  it('start as fresh ones do, shorter or longer than the sentence before', () => {
    let c = Configuration.reusing(null, 6);
    // SHIFT, SHIFT, LEFT-2, SHIFT, RIGHT-1 ... leaves arcs and counts behind.
    for (const move of [0, 0, 3, 0, 0, 1 + 5 + 1, 0, 0]) c.apply(move, 5);
    const again = Configuration.reusing(c, 3);
    expect(again).toBe(c);
    expect(state(again)).toEqual(state(new Configuration(3)));
    const longer = Configuration.reusing(again, 40);
    expect(state(longer)).toEqual(state(new Configuration(40)));
  });
});
