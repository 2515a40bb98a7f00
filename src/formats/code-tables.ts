/** The code tables export formats need (data/geo/), loaded and validated once per data folder. */
import { join } from 'node:path';
import { DyadError } from '../core/errors.js';
import { DEFAULT_DATA_DIR } from '../dictionaries/dictionaries.js';
import { readTsv } from '../dictionaries/tsv.js';

/** Columns of `geo/countries.tsv`, in file order. */
export const GEO_COUNTRY_COLUMNS = ['code', 'iso2', 'fips', 'name'] as const;
/** Columns of `geo/cameo-actor-blocks.tsv`, in file order. */
export const ACTOR_BLOCK_COLUMNS = ['code', 'kind', 'plover', 'label'] as const;

/** A country's codes in the other systems exports write. */
export interface GeoCountry {
  /** CAMEO country code (ISO 3166-1 alpha-3 with CAMEO's exceptions, e.g. KSV). */
  code: string;
  iso2: string;
  fips: string;
  name: string;
}

export type ActorBlockKind = 'region' | 'type' | 'religion';

/** What one 3-letter block of a CAMEO actor code means. */
export interface ActorBlock {
  code: string;
  kind: ActorBlockKind;
  /** PLOVER's sector code for a type (differs from `code` only where PLOVER renamed it). */
  plover: string | null;
  label: string;
}

/** Every code table, frozen. */
export interface CodeTables {
  countries: ReadonlyMap<string, GeoCountry>;
  blocks: ReadonlyMap<string, ActorBlock>;
}

const BLOCK_KINDS: ReadonlySet<string> = new Set(['region', 'type', 'religion']);

function checkUnique(seen: Map<string, number>, value: string, what: string, line: number, where: string): void {
  const first = seen.get(value);
  if (first !== undefined) throw new DyadError('E010', `${what} ${value} is listed twice (first at line ${first})`, where);
  seen.set(value, line);
}

/** Loads and validates `geo/countries.tsv`. */
export function loadGeoCountries(dataDir: string): ReadonlyMap<string, GeoCountry> {
  const path = join(dataDir, 'geo', 'countries.tsv');
  const byCode = new Map<string, GeoCountry>();
  const seen = { code: new Map<string, number>(), iso2: new Map<string, number>(), fips: new Map<string, number>() };
  for (const { line, fields } of readTsv(path, GEO_COUNTRY_COLUMNS)) {
    const where = `${path}:${line}`;
    const row: GeoCountry = { code: fields.code.trim(), iso2: fields.iso2.trim(), fips: fields.fips.trim(), name: fields.name.trim() };
    if (!/^[A-Z]{3}$/.test(row.code)) throw new DyadError('E010', `code is "${row.code}", expected three capital letters`, where);
    if (!/^[A-Z]{2}$/.test(row.iso2)) throw new DyadError('E010', `iso2 of ${row.code} is "${row.iso2}", expected two capital letters`, where);
    if (!/^[A-Z]{2}$/.test(row.fips)) throw new DyadError('E010', `fips of ${row.code} is "${row.fips}", expected two capital letters`, where);
    if (row.name === '') throw new DyadError('E010', `${row.code} has an empty name`, where);
    checkUnique(seen.code, row.code, 'code', line, where);
    checkUnique(seen.iso2, row.iso2, 'iso2 code', line, where);
    checkUnique(seen.fips, row.fips, 'fips code', line, where);
    byCode.set(row.code, Object.freeze(row));
  }
  return byCode;
}

/** Loads and validates `geo/cameo-actor-blocks.tsv`. */
export function loadActorBlocks(dataDir: string): ReadonlyMap<string, ActorBlock> {
  const path = join(dataDir, 'geo', 'cameo-actor-blocks.tsv');
  const byCode = new Map<string, ActorBlock>();
  const seen = new Map<string, number>();
  for (const { line, fields } of readTsv(path, ACTOR_BLOCK_COLUMNS)) {
    const where = `${path}:${line}`;
    const code = fields.code.trim();
    const kind = fields.kind.trim();
    const plover = fields.plover.trim();
    if (!/^[A-Z]{3}$/.test(code)) throw new DyadError('E010', `code is "${code}", expected three capital letters`, where);
    if (!BLOCK_KINDS.has(kind)) throw new DyadError('E010', `kind of ${code} is "${kind}", expected one of ${[...BLOCK_KINDS].join(', ')}`, where);
    if (plover !== '' && kind !== 'type') throw new DyadError('E010', `${code} is a ${kind} and has a plover code "${plover}", expected an empty plover column (only types have one)`, where);
    if (plover !== '' && !/^[A-Z]{3}$/.test(plover)) throw new DyadError('E010', `plover code of ${code} is "${plover}", expected three capital letters`, where);
    checkUnique(seen, code, 'code', line, where);
    byCode.set(code, Object.freeze({ code, kind: kind as ActorBlockKind, plover: kind === 'type' ? plover || code : null, label: fields.label.trim() }));
  }
  return byCode;
}

const cache = new Map<string, CodeTables>();

/**
 * The code tables under `dataDir`, loaded on first use and then shared.
 * @example loadCodeTables().countries.get('DEU')?.fips // 'GM'
 */
export function loadCodeTables(dataDir = DEFAULT_DATA_DIR): CodeTables {
  let tables = cache.get(dataDir);
  if (!tables) {
    const countries = loadGeoCountries(dataDir);
    const blocks = loadActorBlocks(dataDir);
    for (const code of blocks.keys()) {
      // A block that is also a country would make the first block of a code ambiguous.
      if (countries.has(code) && blocks.get(code)!.kind !== 'religion') {
        throw new DyadError('E010', `${code} is both a country in geo/countries.tsv and a ${blocks.get(code)!.kind} in geo/cameo-actor-blocks.tsv`, join(dataDir, 'geo'));
      }
    }
    tables = Object.freeze({ countries, blocks });
    cache.set(dataDir, tables);
  }
  return tables;
}
