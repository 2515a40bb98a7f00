import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRelationResources } from '../../src/relations/relation-resources.js';
import { DEFAULT_DATA_DIR } from '../../src/dictionaries/dictionaries.js';
import { world } from '../../test/world.js';
import { CORPUS_PATH, readGold, sameObject, sameParty } from './score.js';

/** politics.jsonl lines 1–200 are reserved for evaluation: the development gold must never use them. */
const FIRST_DEV_LINE = 201;

describe('eval/relations gold', () => {
  const gold = readGold();
  const kinds = loadRelationResources(DEFAULT_DATA_DIR, world).kinds;

  it('has at least 100 relations over articles of the development lines, a few held out', () => {
    expect(gold.reduce((n, g) => n + g.relations.length, 0)).toBeGreaterThanOrEqual(100);
    for (const g of gold) expect(g.line, g.id).toBeGreaterThanOrEqual(FIRST_DEV_LINE);
    expect(gold.filter((g) => g.split === 'holdout').length).toBeGreaterThanOrEqual(3);
    expect(new Set(gold.map((g) => g.id)).size).toBe(gold.length);
  });

  it('uses known kinds, a party on each side (none for a place), an object where the kind needs one', () => {
    for (const g of gold) {
      for (const r of g.relations) {
        const kind = kinds.get(r.kind);
        expect(kind, `${g.id}: ${r.kind}`).toBeDefined();
        expect(r.a.code, r.evidence).toMatch(/^[A-Z-]{3,}$/);
        if (kind!.object === 'slot') expect(r.object, r.evidence).toBeTruthy();
        if (r.kind === 'sovereign' || r.kind === 'controls') expect(r.b).toBeNull();
        else expect(r.b?.code, r.evidence).toMatch(/^[A-Z-]{3,}$/);
        if (!r.asserted) expect(r).toHaveProperty('attributedTo');
      }
    }
  });

  it.skipIf(!existsSync(CORPUS_PATH))('quotes the articles verbatim, at the lines it names', () => {
    const lines = readFileSync(CORPUS_PATH, 'utf8').split('\n');
    for (const g of gold) {
      const record = JSON.parse(lines[g.line - 1]) as { id: string; text: string };
      expect(record.id).toBe(g.id);
      for (const r of g.relations) expect(record.text, r.evidence).toContain(r.evidence);
    }
  });

  it('matches parties by code (a government is its state), by name within a country, and people by name', () => {
    expect(sameParty({ code: 'ARM', name: 'Armenia', kind: 'state' }, { code: 'ARMGOV', name: 'Armenia', text: 'Yerevan', kind: 'government' })).toBe(true);
    expect(sameParty({ code: 'YEMREB', name: 'Houthis', kind: 'group' }, { code: 'YEMMIL', name: 'Yemen army', text: 'Houthi forces', kind: 'agent' })).toBe(true);
    expect(sameParty({ code: 'SAUGOV', name: 'Khalid bin Salman', kind: 'person' }, { code: 'SAUGOV', name: 'Mohammed bin Salman', text: 'Mohammad bin Salman', kind: 'person' })).toBe(false);
    expect(sameParty({ code: 'USAGOV', name: 'Barack Obama', kind: 'person' }, { code: 'USAGOV', name: 'Barack Obama', text: 'Obama', kind: 'person' })).toBe(true);
    expect(sameParty({ code: 'RUS', name: 'Russia', kind: 'state' }, { code: 'RUSGOV', name: 'Vladimir Putin', text: 'Putin', kind: 'person' })).toBe(false);
    expect(sameObject('east Jerusalem', 'Jerusalem')).toBe(true);
    expect(sameObject('Gaza', 'West Bank')).toBe(false);
  });
});
