import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DyadError } from '../core/errors.js';
import { PhraseTrie } from './phrase-trie.js';
import { readTsv, splitList, type TsvRow } from './tsv.js';

/** A date-bounded role of a known person. */
export interface RolePeriod {
  code: string;
  from: string;
  to: string | null;
  role: string;
  /** The role's canonical name in agents/roles.tsv ("Minister of Foreign Affairs" → "foreign minister"), for title coreference. */
  title: string | null;
}

/** What a dictionary phrase stands for. */
export type ActorEntry =
  | { type: 'country'; code: string; name: string; lat: number; lon: number }
  | { type: 'demonym'; code: string; name: string }
  | { type: 'capital'; code: string; name: string; lat: number; lon: number }
  /** A non-capital city or a region (data/actors/places.tsv): only ever a place, never an actor. */
  | { type: 'place'; code: string; name: string; lat: number; lon: number; kind: 'city' | 'region' }
  | { type: 'institution'; code: string; kind: 'government' | 'agent'; name: string }
  | { type: 'organization'; code: string; kind: 'igo' | 'ngo' | 'group'; name: string }
  | { type: 'person'; name: string; periods: RolePeriod[] }
  | { type: 'role'; code: string; title: boolean; name: string }
  /** "both countries" (kind pair); "the group" (kind last: the latest actor whose code has one of `codes` as its country or role part). */
  | { type: 'reference'; kind: 'pair' | 'last'; name: string; codes: string[] };

/** Everything actor recognition needs, compiled once. */
export interface ActorDictionary {
  trie: PhraseTrie<ActorEntry>;
  /** Canonical country names by code, for labels. */
  countryNames: ReadonlyMap<string, string>;
  countryCentroids: ReadonlyMap<string, { lat: number; lon: number }>;
  /** Known people by lower-cased surname, for "Putin said …" with no full name before it. */
  surnames: ReadonlyMap<string, ReadonlyArray<ActorEntry & { type: 'person' }>>;
}

const CODE_RE = /^([A-Z]{3}|---)([A-Z]{3})*$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
/** Where the family name stands, by country code and by full name (data/actors/name-order.tsv). */
interface NameOrder {
  countries: ReadonlyMap<string, 'first' | 'last'>;
  names: ReadonlyMap<string, 'first' | 'last'>;
  /** Lower-case particles by kind (data/actors/name-particles.tsv). */
  particles: ReadonlyMap<string, 'surname' | 'patronym'>;
}

/**
 * The keys under which a person's surname alone may be met in text. Only the family name is one: in
 * "Kim Jong Un" or "Hun Sen" the last word is a given-name syllable ("Un", "Sen" would catch "then-Sen.
 * Obama"). A name led by a title its bearer holds ("Pope Francis", "King Juan Carlos", "Queen Elizabeth") gives no key,
 * since what follows the title is a given name that alone names anyone ("Carlos", "Charles"); the full
 * form still matches. A place after "of" ("King Hussein of Jordan") is no part of the name.
 */
function surnameKeys(person: { names: string[]; periods: RolePeriod[] }, order: NameOrder, titles: ReadonlyMap<string, string>): string[] {
  const keys = new Set<string>();
  // Only a title the person holds leads a name: "Amir Peretz" is no emir.
  const held = new Set(person.periods.map((p) => p.title));
  const byCountry = person.periods.map((p) => order.countries.get(p.code.slice(0, 3))).find((o) => o !== undefined);
  for (const name of person.names) {
    let parts = name.toLowerCase().split(/\s+/);
    if (parts.some((_, i) => i > 0 && held.has(titles.get(parts.slice(0, i).join(' ')) ?? null))) continue;
    const of = parts.indexOf('of');
    if (of > 0) parts = parts.slice(0, of);
    if (parts.length < 2) continue;
    if ((order.names.get(name) ?? order.names.get(person.names[0]) ?? byCountry) === 'first') {
      keys.add(parts[0]);
      continue;
    }
    // "Mohammed bin Salman": the word after a patronymic particle is the father's name.
    if (order.particles.get(parts[parts.length - 2]) !== 'patronym') keys.add(parts[parts.length - 1]);
    const particle = parts.findIndex((p, i) => i > 0 && order.particles.has(p));
    if (particle > 0) keys.add(parts.slice(particle).join(' '));
  }
  return [...keys];
}

function loadNameOrder(file: string, particleFile: string, countryNames: ReadonlyMap<string, string>): NameOrder {
  const countries = new Map<string, 'first' | 'last'>();
  const names = new Map<string, 'first' | 'last'>();
  const particles = new Map<string, 'surname' | 'patronym'>();
  // Optional: a small test world may have neither file, and then every name ends with its family name.
  if (existsSync(particleFile)) {
    for (const row of readTsv(particleFile, ['particles', 'kind'])) {
      const kind = oneOf(row, 'kind', particleFile, ['surname', 'patronym'] as const);
      for (const w of splitList(row.fields.particles)) particles.set(w, kind);
    }
  }
  if (!existsSync(file)) return { countries, names, particles };
  for (const row of readTsv(file, ['names', 'family'])) {
    const family = oneOf(row, 'family', file, ['first', 'last'] as const);
    for (const n of splitList(row.fields.names)) {
      if (/^[A-Z]{3}$/.test(n)) {
        if (!countryNames.has(n)) throw new DyadError('E010', `country "${n}" is not in countries.tsv`, `${file}:${row.line}`);
        countries.set(n, family);
      } else names.set(n, family);
    }
  }
  return { countries, names, particles };
}

function number(row: TsvRow, field: string, file: string, min: number, max: number): number {
  const v = Number(row.fields[field]);
  if (!Number.isFinite(v) || v < min || v > max) {
    throw new DyadError('E010', `${field} is "${row.fields[field]}", expected a number in [${min}, ${max}]`, `${file}:${row.line}`);
  }
  return v;
}

function code(row: TsvRow, field: string, file: string, allowInherit = false): string {
  const v = row.fields[field];
  if ((allowInherit && v === '~') || CODE_RE.test(v) || (allowInherit && /^[A-Z]{3}$/.test(v))) return v;
  throw new DyadError('E010', `${field} is "${v}", expected a CAMEO code of 3-letter blocks`, `${file}:${row.line}`);
}

function oneOf<T extends string>(row: TsvRow, field: string, file: string, allowed: readonly T[]): T {
  const v = row.fields[field] as T;
  if (allowed.includes(v)) return v;
  throw new DyadError('E010', `${field} is "${v}", expected one of ${allowed.join(', ')}`, `${file}:${row.line}`);
}

/**
 * Loads and validates the actor files under `data/actors/` and `data/agents/` into one
 * phrase trie (see data/README.md for the formats).
 */
export function loadActorDictionary(dataDir: string): ActorDictionary {
  const trie = new PhraseTrie<ActorEntry>();
  const countryNames = new Map<string, string>();
  const countryCentroids = new Map<string, { lat: number; lon: number }>();

  const countries = join(dataDir, 'actors/countries.tsv');
  for (const row of readTsv(countries, ['code', 'names', 'demonyms', 'lat', 'lon'])) {
    const c = code(row, 'code', countries);
    const names = splitList(row.fields.names);
    if (!names.length) throw new DyadError('E010', 'names is empty', `${countries}:${row.line}`);
    const lat = number(row, 'lat', countries, -90, 90);
    const lon = number(row, 'lon', countries, -180, 180);
    countryNames.set(c, names[0]);
    countryCentroids.set(c, { lat, lon });
    for (const n of names) trie.add(n, { type: 'country', code: c, name: names[0], lat, lon });
    for (const d of splitList(row.fields.demonyms)) trie.add(d, { type: 'demonym', code: c, name: names[0] });
  }

  const capitals = join(dataDir, 'actors/capitals.tsv');
  for (const row of readTsv(capitals, ['country', 'city', 'lat', 'lon'])) {
    const c = code(row, 'country', capitals);
    if (!countryNames.has(c)) throw new DyadError('E010', `country "${c}" is not in countries.tsv`, `${capitals}:${row.line}`);
    trie.add(row.fields.city, {
      type: 'capital', code: c, name: row.fields.city,
      lat: number(row, 'lat', capitals, -90, 90), lon: number(row, 'lon', capitals, -180, 180),
    });
  }

  const places = join(dataDir, 'actors/places.tsv');
  // Country and capital names win: a place of the same name would be a second reading of them.
  const taken = new Set<string>();
  for (const phrase of [...countryNames.values()]) taken.add(phrase.toLowerCase());
  for (const row of readTsv(countries, ['code', 'names', 'demonyms', 'lat', 'lon'])) {
    for (const n of [...splitList(row.fields.names), ...splitList(row.fields.demonyms)]) taken.add(n.toLowerCase());
  }
  for (const row of readTsv(capitals, ['country', 'city', 'lat', 'lon'])) taken.add(row.fields.city.toLowerCase());
  const placeNames = new Map<string, number>();
  for (const row of readTsv(places, ['name', 'aliases', 'country', 'lat', 'lon', 'kind'])) {
    const where = `${places}:${row.line}`;
    const c = code(row, 'country', places);
    if (!countryNames.has(c)) throw new DyadError('E010', `country "${c}" is not in countries.tsv`, where);
    const name = row.fields.name.trim();
    if (!name) throw new DyadError('E010', 'name is empty', where);
    const entry: ActorEntry = {
      type: 'place', code: c, name,
      lat: number(row, 'lat', places, -90, 90), lon: number(row, 'lon', places, -180, 180),
      kind: oneOf(row, 'kind', places, ['city', 'region'] as const),
    };
    for (const n of [name, ...splitList(row.fields.aliases)]) {
      const key = n.toLowerCase();
      if (taken.has(key)) throw new DyadError('E010', `"${n}" is already a country, demonym or capital name`, where);
      const first = placeNames.get(key);
      if (first !== undefined) throw new DyadError('E010', `"${n}" is already listed at line ${first}`, where);
      placeNames.set(key, row.line);
      trie.add(n, entry);
    }
  }

  const institutions = join(dataDir, 'actors/institutions.tsv');
  for (const row of readTsv(institutions, ['names', 'code', 'kind', 'name'])) {
    const entry: ActorEntry = {
      type: 'institution', code: code(row, 'code', institutions),
      kind: oneOf(row, 'kind', institutions, ['government', 'agent'] as const), name: row.fields.name,
    };
    for (const n of splitList(row.fields.names)) trie.add(n, entry);
  }

  const organizations = join(dataDir, 'actors/organizations.tsv');
  for (const row of readTsv(organizations, ['names', 'code', 'kind', 'name'])) {
    const entry: ActorEntry = {
      type: 'organization', code: code(row, 'code', organizations),
      kind: oneOf(row, 'kind', organizations, ['igo', 'ngo', 'group'] as const), name: row.fields.name,
    };
    for (const n of splitList(row.fields.names)) trie.add(n, entry);
  }

  const people = join(dataDir, 'actors/people.tsv');
  const persons = new Map<string, ActorEntry & { type: 'person' }>();
  const aliases = new Map<ActorEntry, string[]>();
  for (const row of readTsv(people, ['name', 'aliases', 'code', 'from', 'to', 'role'])) {
    const where = `${people}:${row.line}`;
    const { name, from, to, role } = row.fields;
    if (!DATE_RE.test(from)) throw new DyadError('E010', `from is "${from}", expected YYYY-MM-DD`, where);
    if (to && (!DATE_RE.test(to) || to < from)) throw new DyadError('E010', `to is "${to}", expected YYYY-MM-DD not before ${from}`, where);
    let person = persons.get(name);
    if (!person) {
      person = { type: 'person', name, periods: [] };
      persons.set(name, person);
      trie.add(name, person);
    }
    person.periods.push({ code: code(row, 'code', people), from, to: to || null, role, title: null });
    for (const alias of splitList(row.fields.aliases)) {
      trie.add(alias, person);
      aliases.set(person, [...(aliases.get(person) ?? [person.name]), alias]);
    }
  }
  const roles = join(dataDir, 'agents/roles.tsv');
  // Titles that go before a name, with their canonical role, for surname keys ("Pope Francis" gives none).
  const titleNames = new Map<string, string>();
  for (const row of readTsv(roles, ['names', 'code', 'title'])) {
    const names = splitList(row.fields.names);
    const entry: ActorEntry = {
      type: 'role', code: code(row, 'code', roles, true),
      title: oneOf(row, 'title', roles, ['yes', 'no'] as const) === 'yes', name: names[0] ?? '',
    };
    for (const n of names) trie.add(n, entry);
    if (entry.title) for (const n of names) titleNames.set(n.toLowerCase(), entry.name);
  }

  const references = join(dataDir, 'actors/references.tsv');
  for (const row of readTsv(references, ['names', 'kind', 'codes'])) {
    const kind = oneOf(row, 'kind', references, ['pair', 'last'] as const);
    const codes = splitList(row.fields.codes);
    if ((kind === 'last') !== (codes.length > 0) || codes.some((c) => !/^[A-Z]{3}$/.test(c))) {
      throw new DyadError('E010', 'a "last" reference lists the three-letter country or role codes it refers back to; a "pair" lists none', `${references}:${row.line}`);
    }
    const entry: ActorEntry = { type: 'reference', kind, name: row.fields.names, codes };
    for (const n of splitList(row.fields.names)) trie.add(n, entry);
  }

  // Now that roles are known, give each period the canonical title it is referred back by.
  // A few hundred role names serve some two thousand periods, so each is looked up once.
  const roleNames = [...new Set([...persons.values()].flatMap((p) => p.periods.map((period) => period.role)))];
  const entries = trie.exactly(roleNames);
  const titles = new Map(roleNames.map((roleName, i) => [roleName, entries[i].find((v) => v.type === 'role')?.name ?? roleName.toLowerCase()]));
  for (const person of persons.values()) {
    for (const period of person.periods) period.title = titles.get(period.role)!;
  }
  const nameOrder = loadNameOrder(join(dataDir, 'actors/name-order.tsv'), join(dataDir, 'actors/name-particles.tsv'), countryNames);
  for (const n of nameOrder.names.keys()) {
    if (![...persons.values()].some((p) => p.name === n || aliases.get(p)?.includes(n))) throw new DyadError('E010', `"${n}" is no name in people.tsv`, join(dataDir, 'actors/name-order.tsv'));
  }
  const surnames = new Map<string, Array<ActorEntry & { type: 'person' }>>();
  for (const person of persons.values()) {
    for (const key of surnameKeys({ names: aliases.get(person) ?? [person.name], periods: person.periods }, nameOrder, titleNames)) surnames.set(key, [...(surnames.get(key) ?? []), person]);
  }
  return Object.freeze({ trie, countryNames, countryCentroids, surnames });
}
