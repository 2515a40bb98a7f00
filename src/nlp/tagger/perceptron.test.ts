import { describe, expect, it } from 'vitest';
import { CompactModel } from './perceptron.js';

/** A compact model from rows given as key → [class, value] pairs (keys ascending). */
function model(nClasses: number, rows: Array<[number, Array<[number, number]>]>): CompactModel {
  const offsets = [0];
  const cls: number[] = [];
  const val: number[] = [];
  for (const [, row] of rows) {
    for (const [c, v] of row) { cls.push(c); val.push(v); }
    offsets.push(cls.length);
  }
  return new CompactModel(nClasses, 1, Uint32Array.from(rows.map(([k]) => k)), Uint32Array.from(offsets), Uint8Array.from(cls), Int16Array.from(val));
}

describe('compact models', () => {
  const a = model(3, [[5, [[0, 4], [2, -1]]], [9, [[1, 7]]], [4000000000, [[2, 3]]]]);
  const b = model(2, [[1, [[1, 2]]], [9, [[0, -5], [1, 1]]], [12, [[0, 6]]]]);

  it('score into exact integers, leaving out classes above maxClass', () => {
    const keys = Uint32Array.from([5, 9, 77, 4000000000, 9]);
    const s = a.newScores();
    a.score(keys, keys.length, s);
    expect([...s]).toEqual([4, 14, 2]);
    const t = a.newScores();
    a.score(keys, keys.length, t, 1);
    expect([...t]).toEqual([4, 14, 0]);
  });

  it('joined, score both parts with one probe per key as each would alone', () => {
    const joint = CompactModel.joined(a, b);
    expect(joint.nClasses).toBe(5);
    const keys = Uint32Array.from([1, 5, 9, 12, 4000000000, 3]);
    const s = joint.newScores();
    joint.score(keys, keys.length, s);
    const sa = a.newScores();
    const sb = b.newScores();
    a.score(keys, keys.length, sa);
    b.score(keys, keys.length, sb);
    expect([...s]).toEqual([...sa, ...sb]);
  });
});
