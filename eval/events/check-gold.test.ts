import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseDevGold } from './dev-gold.js';

const read = (name: string) => parseDevGold(readFileSync(fileURLToPath(new URL(name, import.meta.url)), 'utf8'), name);

describe.skipIf(!existsSync(fileURLToPath(new URL('check-gold.jsonl', import.meta.url))))('the check gold set', () => {
  it('parses without problems and shares no article with the dev set, which is tuned on', () => {
    const check = read('check-gold.jsonl');
    const dev = read('dev-gold.jsonl');
    expect(check.problems).toEqual([]);
    const devIds = new Set(dev.articles.map((a) => a.id));
    expect(check.articles.filter((a) => devIds.has(a.id))).toEqual([]);
    // Lines 1-200 of the corpus are held out for evaluation by others.
    expect(check.articles.every((a) => a.line > 200)).toBe(true);
  });

  // Each later blind set shares no article with the dev set or the check sets before it.
  const later = [
    { file: 'check2-gold.jsonl', ordinal: 'second', min: 12 },
    { file: 'check3-gold.jsonl', ordinal: 'third', min: 15 },
    { file: 'check4-gold.jsonl', ordinal: 'fourth', min: 15 },
    { file: 'check5-gold.jsonl', ordinal: 'fifth', min: 15 },
    { file: 'check6-gold.jsonl', ordinal: 'sixth', min: 12 },
  ];
  const earlier = ['dev-gold.jsonl', 'check-gold.jsonl'];
  for (const { file, ordinal, min } of later) {
    const before = [...earlier];
    earlier.push(file);
    it(`has a ${ordinal} blind set that shares no article with the dev or the earlier check sets`, () => {
      const set = read(file);
      expect(set.problems).toEqual([]);
      expect(set.articles.length).toBeGreaterThanOrEqual(min);
      const seen = new Set(before.flatMap((f) => read(f).articles).map((a) => a.id));
      expect(set.articles.filter((a) => seen.has(a.id))).toEqual([]);
      expect(set.articles.every((a) => a.line > 200)).toBe(true);
    });
  }
});
