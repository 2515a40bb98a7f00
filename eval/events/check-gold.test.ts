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

  it('has a second blind set that shares no article with the dev or the first check set', () => {
    const check2 = read('check2-gold.jsonl');
    expect(check2.problems).toEqual([]);
    expect(check2.articles.length).toBeGreaterThanOrEqual(12);
    const seen = new Set([...read('dev-gold.jsonl').articles, ...read('check-gold.jsonl').articles].map((a) => a.id));
    expect(check2.articles.filter((a) => seen.has(a.id))).toEqual([]);
    expect(check2.articles.every((a) => a.line > 200)).toBe(true);
  });

  it('has a third blind set that shares no article with the dev or the other check sets', () => {
    const check3 = read('check3-gold.jsonl');
    expect(check3.problems).toEqual([]);
    expect(check3.articles.length).toBeGreaterThanOrEqual(15);
    const seen = new Set([...read('dev-gold.jsonl').articles, ...read('check-gold.jsonl').articles, ...read('check2-gold.jsonl').articles].map((a) => a.id));
    expect(check3.articles.filter((a) => seen.has(a.id))).toEqual([]);
    expect(check3.articles.every((a) => a.line > 200)).toBe(true);
  });

  it('has a fourth blind set that shares no article with the dev or the other check sets', () => {
    const check4 = read('check4-gold.jsonl');
    expect(check4.problems).toEqual([]);
    expect(check4.articles.length).toBeGreaterThanOrEqual(15);
    const seen = new Set(['dev-gold.jsonl', 'check-gold.jsonl', 'check2-gold.jsonl', 'check3-gold.jsonl'].flatMap((f) => read(f).articles).map((a) => a.id));
    expect(check4.articles.filter((a) => seen.has(a.id))).toEqual([]);
    expect(check4.articles.every((a) => a.line > 200)).toBe(true);
  });
});
