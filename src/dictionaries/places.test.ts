// Loading data/actors/places.tsv: bad rows are errors that name file:line.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WORLD_DIR } from '../../test/world.js';
import { DyadError } from '../core/errors.js';
import { loadActorDictionary } from './actor-dictionary.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The fictional world with places.tsv replaced by a header and `rows`. */
function worldWithPlaces(rows: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-places-'));
  dirs.push(dir);
  cpSync(WORLD_DIR, dir, { recursive: true });
  writeFileSync(join(dir, 'actors/places.tsv'), ['# test', 'name\taliases\tcountry\tlat\tlon\tkind', ...rows, ''].join('\n'));
  return dir;
}

function errorOf(dir: string): DyadError {
  try {
    loadActorDictionary(dir);
  } catch (err) {
    return err as DyadError;
  }
  throw new Error('expected a load error');
}

describe('places.tsv loading', () => {
  it('loads a valid file', () => {
    expect(() => loadActorDictionary(worldWithPlaces(['Port Marsh\tMarshport\tSYL\t11.40\t21.40\tcity']))).not.toThrow();
  });

  it('rejects an unknown country, a bad kind or coordinate, and names of countries, capitals or earlier rows, with file:line', () => {
    const cases: Array<[string[], RegExp, number]> = [
      [['Port Marsh\t\tXYZ\t11.40\t21.40\tcity'], /not in countries\.tsv/, 3],
      [['Port Marsh\t\tSYL\t11.40\t21.40\ttown'], /kind is "town"/, 3],
      [['Port Marsh\t\tSYL\t95\t21.40\tcity'], /lat is "95"/, 3],
      [['Port Marsh\tStrelsau\tSYL\t11.40\t21.40\tcity'], /"Strelsau" is already a country, demonym or capital name/, 3],
      [['Port Marsh\t\tSYL\t11.40\t21.40\tcity', 'North Reach\tport marsh\tRUR\t12.50\t22.50\tregion'], /already listed at line 3/, 4],
    ];
    for (const [rows, message, line] of cases) {
      const dir = worldWithPlaces(rows);
      const err = errorOf(dir);
      expect(err.code).toBe('E010');
      expect(`${err.message} ${err.where ?? ''}`).toMatch(message);
      expect(err.where).toBe(`${join(dir, 'actors/places.tsv')}:${line}`);
    }
  });
});
