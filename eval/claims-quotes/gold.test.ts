import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadClaimResources } from '../../src/claims/claim-resources.js';
import { DEFAULT_DATA_DIR } from '../../src/dictionaries/dictionaries.js';
import { CORPUS_PATH, readGold, sameSource } from './score.js';

/** politics.jsonl lines 1–200 are reserved for evaluation: the development gold must never use them. */
const FIRST_DEV_LINE = 201;

describe('eval/claims-quotes gold', () => {
  const gold = readGold();
  const kinds = loadClaimResources(DEFAULT_DATA_DIR).kinds;

  it('has at least 100 claims and 100 quotes over 15–30 articles, none from the reserved lines', () => {
    expect(gold.length).toBeGreaterThanOrEqual(15);
    expect(gold.length).toBeLessThanOrEqual(30);
    expect(gold.reduce((n, g) => n + g.claims.length, 0)).toBeGreaterThanOrEqual(100);
    expect(gold.reduce((n, g) => n + g.quotes.length, 0)).toBeGreaterThanOrEqual(100);
    for (const g of gold) expect(g.line, g.id).toBeGreaterThanOrEqual(FIRST_DEV_LINE);
  });

  it('uses known kinds, and gives a value or bounds to every claim', () => {
    for (const g of gold) {
      for (const c of g.claims) {
        expect(kinds.has(c.kind), `${g.id}: ${c.kind}`).toBe(true);
        expect(c.value !== null || (c.low !== undefined && c.high !== undefined), `${g.id}: ${c.evidence}`).toBe(true);
      }
    }
  });

  it.skipIf(!existsSync(CORPUS_PATH))('quotes the articles verbatim, at the lines it names', () => {
    const lines = readFileSync(CORPUS_PATH, 'utf8').split('\n');
    for (const g of gold) {
      const record = JSON.parse(lines[g.line - 1]) as { id: string; text: string };
      expect(record.id).toBe(g.id);
      for (const c of g.claims) expect(record.text, c.evidence).toContain(c.evidence);
      for (const q of g.quotes) expect(record.text, q.text).toContain(q.text);
    }
  });

  it('matches a source by surname or head word', () => {
    expect(sameSource('Antony Blinken', 'Secretary of State Antony Blinken')).toBe(true);
    expect(sameSource('the Indian army', 'the army')).toBe(true);
    expect(sameSource('Ned Price', 'Blinken')).toBe(false);
  });
});
