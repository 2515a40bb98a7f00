import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreAgainstGold, type SeedGold } from '../../eval/gold-events.js';
import { Coder } from '../../src/coder.js';
import { ROOT } from '../helpers/cli.js';

// The seed article's publisher forbids redistribution: it is read from ../shared, never copied.
const SEED_DIR = join(ROOT, '../shared/fixtures/seed');
const TEXT = join(SEED_DIR, 'blinken-armenia-azerbaijan.txt');
const GOLD = join(SEED_DIR, 'blinken-armenia-azerbaijan.gold.json');
const present = existsSync(TEXT) && existsSync(GOLD);

describe.skipIf(!present)(present ? `seed article (${SEED_DIR})` : `seed article: skipped, ${SEED_DIR} is absent`, () => {
  const gold: SeedGold = present ? JSON.parse(readFileSync(GOLD, 'utf8')) : (null as never);
  const coder = new Coder();
  const doc = present ? coder.code({ uri: `file:${TEXT}`, content: readFileSync(TEXT, 'utf8'), format: 'text' }, { date: gold.document.published }) : (null as never);

  it('finds the title and the body bounds', () => {
    expect(doc.title).toBe(gold.document.title);
    expect(doc.text.startsWith(gold.document.body_first_words)).toBe(true);
    expect(doc.text.trimEnd().endsWith(gold.document.body_last_words)).toBe(true);
    for (const line of gold.document.not_body) expect(doc.text).not.toContain(line);
  });

  it('yields every required event with the right code, date and dyad', () => {
    const score = scoreAgainstGold(doc.events, gold.events);
    expect(score.missing, JSON.stringify(doc.events.map((e) => [e.source.code, e.code, e.target?.code, e.date]))).toEqual([]);
  });

  it('codes no event from page furniture', () => {
    for (const e of doc.events) expect(doc.text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    expect(doc.events.some((e) => /Kishida|Tokyo/.test(e.evidence.text))).toBe(false);
  });

  it('has at least 70% of its events matching a required or optional gold event (dyad + root)', () => {
    const score = scoreAgainstGold(doc.events, gold.events);
    expect(score.precision, JSON.stringify(score.unmatched.map((e) => [e.source.code, e.code, e.target?.code, e.evidence.text.slice(0, 80)]))).toBeGreaterThanOrEqual(0.7);
  });

  it('carries versions, evidence and PLOVER on every event', () => {
    expect(doc.versions.dictionaries).toMatch(/^sha256:/);
    for (const e of doc.events) {
      expect(e.plover?.type).toBeTruthy();
      expect(e.evidence.text.length).toBeGreaterThan(0);
    }
  });
});
