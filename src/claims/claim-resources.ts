/** The claim lexicons of data/claims/, parsed, validated (errors name file:line) and compiled. */
import { join } from 'node:path';
import { DyadError } from '../core/errors.js';
import { readTsv, splitList, type TsvRow } from '../dictionaries/tsv.js';
import { PhraseLexicon } from './phrase-lexicon.js';

/** A kind of people-count ("killed", "detained"…) as kinds.tsv defines it. */
export interface ClaimKind {
  kind: string;
  /** CAMEO root codes of the events a figure of this kind belongs to. */
  roots: string[];
  label: string;
}

/** A number word: an exact value, a multiplier, or a vague count with bounds. */
export type NumberWord =
  | { type: 'number'; value: number }
  | { type: 'multiplier'; value: number }
  | { type: 'vague'; low: number; high: number };

/** A word that bounds or softens a figure ("at least", "around", "or so"). */
export interface Qualifier {
  phrase: string;
  position: 'before' | 'after';
  bound: 'min' | 'max' | 'approx';
}

/** What a word of speech-verbs.tsv does: report speech, tie a short quote, pass words on, or name a channel. */
export type SpeechClass = 'speech' | 'attitude' | 'report' | 'channel' | 'spokesperson';

/** A word that ties words or figures to a source, with the words that cancel it when they follow. */
export interface SpeechCue {
  class: SpeechClass;
  notBefore: Set<string>;
}

/** What the speech-verbs lexicon compiles to; the quotes stage uses it too. */
export interface SpeechLexicon {
  cues: PhraseLexicon<SpeechCue>;
}

/** Every lexicon of data/claims/, compiled: what the claims stage needs. */
export interface ClaimResources {
  kinds: Map<string, ClaimKind>;
  /** Head nouns that make a figure of a kind ("casualties", "refugees"). */
  kindNouns: PhraseLexicon<string>;
  /** Predicates and verbs that make a figure of a kind ("were killed", "killing 10"). */
  kindPredicates: PhraseLexicon<string>;
  numbers: PhraseLexicon<NumberWord>;
  qualifiers: PhraseLexicon<Qualifier>;
  /** Hedge phrases, lower case with straight apostrophes. */
  hedges: string[];
  speech: SpeechLexicon;
  /** Nouns that count people. */
  people: PhraseLexicon<true>;
  /** Words that make a number a year, date, age, time, amount of money, percentage or measure. */
  unitsBefore: PhraseLexicon<string>;
  unitsAfter: PhraseLexicon<string>;
  frames: { prepositions: Set<string>; tallies: Set<string>; light: Set<string>; inclusion: Set<string> };
}

const KIND_ID = /^[a-z][a-z-]*$/;
const ROOT = /^(0[1-9]|1[0-9]|20)$/;

function fail(path: string, row: TsvRow, message: string): never {
  throw new DyadError('E010', message, `${path}:${row.line}`);
}

/** A `|` list whose items must be lower case; errors name the column and what was found. */
function lowerList(path: string, row: TsvRow, column: string, required: boolean): string[] {
  const items = splitList(row.fields[column]);
  if (required && !items.length) fail(path, row, `column "${column}" is empty, expected a |-separated list`);
  for (const item of items) {
    if (item !== item.toLowerCase()) fail(path, row, `"${item}" in column "${column}" has capitals, expected lower case`);
  }
  return items;
}

function integer(path: string, row: TsvRow, column: string): number {
  const raw = row.fields[column];
  if (!/^\d+$/.test(raw)) fail(path, row, `column "${column}" is "${raw}", expected a whole number`);
  return Number(raw);
}

function oneOf<T extends string>(path: string, row: TsvRow, column: string, allowed: readonly T[]): T {
  const raw = row.fields[column];
  if (!(allowed as readonly string[]).includes(raw)) fail(path, row, `column "${column}" is "${raw}", expected one of ${allowed.join(', ')}`);
  return raw as T;
}

function loadKinds(dir: string, res: Pick<ClaimResources, 'kinds' | 'kindNouns' | 'kindPredicates'>): void {
  const path = join(dir, 'kinds.tsv');
  for (const row of readTsv(path, ['kind', 'nouns', 'predicates', 'roots', 'label'])) {
    const { kind, label } = row.fields;
    if (!KIND_ID.test(kind)) fail(path, row, `kind "${kind}" is not a lower-case identifier`);
    if (res.kinds.has(kind)) fail(path, row, `kind "${kind}" is defined twice`);
    const roots = splitList(row.fields.roots);
    for (const r of roots) if (!ROOT.test(r)) fail(path, row, `root "${r}" is not a CAMEO root code 01–20`);
    if (!label.trim()) fail(path, row, 'column "label" is empty');
    res.kinds.set(kind, { kind, roots, label });
    for (const n of lowerList(path, row, 'nouns', false)) res.kindNouns.add(n, kind);
    for (const p of lowerList(path, row, 'predicates', false)) res.kindPredicates.add(p, kind);
  }
}

function loadNumbers(dir: string): PhraseLexicon<NumberWord> {
  const path = join(dir, 'numbers.tsv');
  const lexicon = new PhraseLexicon<NumberWord>();
  for (const row of readTsv(path, ['phrase', 'type', 'value', 'low', 'high'])) {
    const [phrase] = lowerList(path, row, 'phrase', true);
    const type = oneOf(path, row, 'type', ['number', 'multiplier', 'vague'] as const);
    if (type === 'vague') {
      if (row.fields.value !== '') fail(path, row, 'a vague count has no value; give low and high');
      const low = integer(path, row, 'low');
      const high = integer(path, row, 'high');
      if (low > high) fail(path, row, `low ${low} is above high ${high}`);
      lexicon.add(phrase, { type, low, high });
    } else {
      if (row.fields.low !== '' || row.fields.high !== '') fail(path, row, `a ${type} has a value only; leave low and high empty`);
      lexicon.add(phrase, { type, value: integer(path, row, 'value') });
    }
  }
  return lexicon;
}

function loadQualifiers(dir: string): PhraseLexicon<Qualifier> {
  const path = join(dir, 'qualifiers.tsv');
  const lexicon = new PhraseLexicon<Qualifier>();
  for (const row of readTsv(path, ['phrase', 'position', 'bound'])) {
    const [phrase] = lowerList(path, row, 'phrase', true);
    lexicon.add(phrase, {
      phrase,
      position: oneOf(path, row, 'position', ['before', 'after'] as const),
      bound: oneOf(path, row, 'bound', ['min', 'max', 'approx'] as const),
    });
  }
  return lexicon;
}

function loadHedges(dir: string): string[] {
  const path = join(dir, 'hedges.tsv');
  return readTsv(path, ['phrase', 'note']).map((row) => {
    const [phrase] = lowerList(path, row, 'phrase', true);
    return phrase.replace(/’/g, "'");
  });
}

/**
 * Loads data/claims/speech-verbs.tsv: reporting verbs, attitude verbs, reporting sources, channels
 * and spokesperson nouns.
 */
export function loadSpeechLexicon(dataDir: string): SpeechLexicon {
  const path = join(dataDir, 'claims', 'speech-verbs.tsv');
  const cues = new PhraseLexicon<SpeechCue>();
  for (const row of readTsv(path, ['phrase', 'class', 'not_before'])) {
    const [phrase] = lowerList(path, row, 'phrase', true);
    const cls = oneOf(path, row, 'class', ['speech', 'attitude', 'report', 'channel', 'spokesperson'] as const);
    cues.add(phrase, { class: cls, notBefore: new Set(lowerList(path, row, 'not_before', false)) });
  }
  return { cues };
}

/** Loads data/claims/people.tsv: nouns that count or name people. */
export function loadPeopleLexicon(dataDir: string): PhraseLexicon<true> {
  const path = join(dataDir, 'claims', 'people.tsv');
  const lexicon = new PhraseLexicon<true>();
  for (const row of readTsv(path, ['nouns'])) for (const n of lowerList(path, row, 'nouns', true)) lexicon.add(n, true);
  return lexicon;
}

function loadUnits(dir: string): { before: PhraseLexicon<string>; after: PhraseLexicon<string> } {
  const path = join(dir, 'units.tsv');
  const before = new PhraseLexicon<string>();
  const after = new PhraseLexicon<string>();
  for (const row of readTsv(path, ['word', 'position', 'reason'])) {
    const [word] = lowerList(path, row, 'word', true);
    const position = oneOf(path, row, 'position', ['before', 'after'] as const);
    if (!row.fields.reason.trim()) fail(path, row, 'column "reason" is empty');
    (position === 'before' ? before : after).add(word, row.fields.reason);
  }
  return { before, after };
}

function loadFrames(dir: string): ClaimResources['frames'] {
  const path = join(dir, 'frames.tsv');
  const frames = { prepositions: new Set<string>(), tallies: new Set<string>(), light: new Set<string>(), inclusion: new Set<string>() };
  const sets = { preposition: frames.prepositions, tally: frames.tallies, light: frames.light, inclusion: frames.inclusion };
  for (const row of readTsv(path, ['word', 'class'])) {
    const [word] = lowerList(path, row, 'word', true);
    sets[oneOf(path, row, 'class', ['preposition', 'tally', 'light', 'inclusion'] as const)].add(word);
  }
  return frames;
}

/**
 * Loads and validates every lexicon under `<dataDir>/claims/`.
 * @example const res = loadClaimResources(DEFAULT_DATA_DIR); res.kinds.get('killed')?.roots // ['18', '19', '20']
 */
export function loadClaimResources(dataDir: string): ClaimResources {
  const dir = join(dataDir, 'claims');
  const res = { kinds: new Map<string, ClaimKind>(), kindNouns: new PhraseLexicon<string>(), kindPredicates: new PhraseLexicon<string>() };
  loadKinds(dir, res);
  const units = loadUnits(dir);
  return Object.freeze({
    ...res,
    numbers: loadNumbers(dir),
    qualifiers: loadQualifiers(dir),
    hedges: loadHedges(dir),
    speech: loadSpeechLexicon(dataDir),
    people: loadPeopleLexicon(dataDir),
    unitsBefore: units.before,
    unitsAfter: units.after,
    frames: loadFrames(dir),
  });
}
