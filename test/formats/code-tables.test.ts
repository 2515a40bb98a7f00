import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadActorBlocks, loadCodeTables, loadGeoCountries } from '../../src/formats/code-tables.js';
import { DEFAULT_DATA_DIR } from '../../src/dictionaries/dictionaries.js';
import { readTsv } from '../../src/dictionaries/tsv.js';

/** A copy of data/geo/ with one file's text replaced, for load errors. */
function geoWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-geo-'));
  cpSync(join(DEFAULT_DATA_DIR, 'geo'), join(dir, 'geo'), { recursive: true });
  const path = join(dir, 'geo', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

describe('data/geo code tables', () => {
  it('give a FIPS and ISO alpha-2 code for exactly the countries of actors/countries.tsv', () => {
    const countries = readTsv(join(DEFAULT_DATA_DIR, 'actors', 'countries.tsv'), ['code', 'names', 'demonyms', 'lat', 'lon']);
    const geo = loadCodeTables().countries;
    expect([...geo.keys()].sort()).toEqual(countries.map((r) => r.fields.code).sort());
    for (const r of countries) expect(geo.get(r.fields.code)!.name).toBe(r.fields.names.split('|')[0]);
  });

  it('reject a malformed row with file:line', () => {
    const dir = geoWith('countries.tsv', (t) => t.replace('DEU\tDE\tGM', 'DEU\tDE\tGMX'));
    expect(() => loadGeoCountries(dir)).toThrow(/E010 .*geo\/countries\.tsv:\d+: fips of DEU is "GMX", expected two capital letters/);
  });

  it('reject a FIPS code listed twice', () => {
    const dir = geoWith('countries.tsv', (t) => t.replace('DEU\tDE\tGM', 'DEU\tDE\tUP'));
    expect(() => loadGeoCountries(dir)).toThrow(/fips code UP is listed twice \(first at line \d+\)/);
  });

  it('reject an unknown block kind and a PLOVER code on a non-type', () => {
    expect(() => loadActorBlocks(geoWith('cameo-actor-blocks.tsv', (t) => t.replace('GOV\ttype', 'GOV\trole')))).toThrow(/kind of GOV is "role", expected one of region, type, religion/);
    expect(() => loadActorBlocks(geoWith('cameo-actor-blocks.tsv', (t) => t.replace('EUR\tregion\t', 'EUR\tregion\tEUX')))).toThrow(/EUR is a region and has a plover code/);
  });
});
