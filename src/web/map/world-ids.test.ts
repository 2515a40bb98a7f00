/// <reference types="vite/client" />
import atlas from 'world-atlas/countries-110m.json';
import { describe, expect, it } from 'vitest';
import countriesTsv from '../../../data/actors/countries.tsv?raw';
import ids from './world-ids.json';
import { featureCode } from './world.js';

/** CAMEO country code → the names data/actors/countries.tsv gives it. */
const names = new Map(countriesTsv.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => {
  const [code, list] = l.split('\t');
  return [code, list.toLowerCase()] as const;
}));
/** Shapes with no CAMEO country: Antarctica and the French Southern lands carry no events. */
const NO_CAMEO_CODE = new Set(['ATA', 'ATF']);

describe('world-ids.json', () => {
  const features = (atlas as unknown as { objects: { countries: { geometries: Array<{ id?: string; properties: { name: string } }> } } })
    .objects.countries.geometries;

  it('gives every world-atlas shape a CAMEO country code', () => {
    for (const f of features) expect(featureCode(f.id, f.properties.name), f.properties.name).toMatch(/^[A-Z]{3}$/);
  });

  it('uses codes of data/actors/countries.tsv whose names agree with the shapes\' names', () => {
    for (const f of features) {
      const code = featureCode(f.id, f.properties.name)!;
      if (NO_CAMEO_CODE.has(code) || !f.id) continue;
      expect(names.has(code), `${f.properties.name} → ${code}`).toBe(true);
      // The atlas abbreviates ("Dem. Rep. Congo", "S. Sudan"); its longest word is in one of the listed names.
      const word = f.properties.name.toLowerCase().split(/[\s.]+/).sort((a, b) => b.length - a.length)[0];
      expect(names.get(code), `${f.properties.name} → ${code}`).toContain(word.slice(0, 5));
    }
  });

  it('maps each numeric id once', () => {
    const codes = Object.values(ids.byId);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
