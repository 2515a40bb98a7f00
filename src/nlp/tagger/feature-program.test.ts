import { describe, expect, it } from 'vitest';
import { FeatureProgram } from './feature-program.js';
import { key1, key2, key3 } from './hash.js';

describe('feature programs', () => {
  it('write the keys key1, key2 and key3 give, in order, leaving out skipped groups', () => {
    const values = Int32Array.from([0, -1, 0x7fffffff, 0xfedcba98 | 0, 7]);
    const program = new FeatureProgram([[1, 0, 0], [23, 2, 1, 0], [125, 0, 3, 1, 4], [300, 4, 2]]);
    const f = new Uint32Array(program.size + 1);
    f[0] = 99;
    expect(program.run(values, 0, f, 1)).toBe(5);
    expect([...f]).toEqual([99, key1(1, 0), key2(23, -1, 0), key3(125, 0xfedcba98, -1, 7), key1(300, 0x7fffffff)]);
    expect(program.run(values, 2 | 4, f, 0)).toBe(2);
    expect([...f.subarray(0, 2)]).toEqual([key1(1, 0), key3(125, 0xfedcba98, -1, 7)]);
  });

  it('refuse a template without values or with more than three', () => {
    expect(() => new FeatureProgram([[5, 0]])).toThrow(/template 5 reads 0 values/);
    expect(() => new FeatureProgram([[6, 0, 1, 2, 3, 4]])).toThrow(/template 6 reads 4 values/);
  });
});
