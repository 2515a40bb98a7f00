/** The lexicons of data/relations/, parsed, validated (errors name file:line) and compiled. */
import { join } from 'node:path';
import { loadClaimResources, type ClaimResources } from '../claims/claim-resources.js';
import { phraseWords } from '../claims/phrase-lexicon.js';
import { DyadError } from '../core/errors.js';
import type { Dictionaries } from '../dictionaries/dictionaries.js';
import { readTsv, splitList, type TsvRow } from '../dictionaries/tsv.js';
import { compileCue, slotsOf, type CueElement } from './cue-pattern.js';

/** Friendly, hostile or neither. */
export type Polarity = 'positive' | 'negative' | 'neutral';

/** A kind of relation as kinds.tsv defines it. */
export interface RelationKind {
  kind: string;
  direction: 'directed' | 'mutual';
  polarity: Polarity;
  /** `none`; `slot` (the object is the {O} slot, or the phrase the cue is about); or prepositions that introduce an optional object after the cue. */
  object: 'none' | 'slot' | string[];
  label: string;
}

/** A compiled cue of cues.tsv. */
export interface RelationCue {
  kind: RelationKind;
  label: string;
  text: string;
  elements: CueElement[];
  /** Required and optional words plus restricted slots: the more, the more specific. */
  specificity: number;
  polarity: Polarity;
  confidence: number | null;
  /** `past` for cues that say the relation ended ("left NATO"). */
  basis: 'past' | null;
  example: string;
  where: string;
}

/** Kinds of data/relations/modifiers.tsv: words near a cue that change what a relation says. */
export const MODIFIER_KINDS = ['negation', 'unreal', 'hearsay', 'accusation', 'past', 'future', 'period', 'place-noun', 'head-noun'] as const;
export type ModifierKind = (typeof MODIFIER_KINDS)[number];

/** Everything the relations stage needs, compiled once. */
export interface RelationResources {
  kinds: ReadonlyMap<string, RelationKind>;
  cues: readonly RelationCue[];
  /** Cues by every form of their first word. */
  byFirstWord: ReadonlyMap<string, readonly RelationCue[]>;
  /** Office titles (lower case) that make an office relation of a named person. */
  offices: ReadonlySet<string>;
  /** The office titles as token sequences, by first token ("secretary-general" both whole and as "secretary - general"). */
  officeWords: ReadonlyMap<string, readonly (readonly string[])[]>;
  modifiers: Readonly<Record<ModifierKind, ReadonlySet<string>>>;
  /** Canonical country names by code (from the actor dictionary). */
  countryNames: ReadonlyMap<string, string>;
  /** Speech verbs: a noun cue after one has no source there ("said the alliance with X"). */
  speech: ReadonlySet<string>;
  /** The reporting lexicon of data/claims/: who a reported relation is attributed to. */
  claims: ClaimResources;
}

const KIND_ID = /^[a-z][a-z-]*$/;
const POLARITIES: readonly Polarity[] = ['positive', 'negative', 'neutral'];

function fail(path: string, row: TsvRow, message: string): never {
  throw new DyadError('E010', message, `${path}:${row.line}`);
}

function oneOf<T extends string>(path: string, row: TsvRow, column: string, allowed: readonly T[]): T {
  const raw = row.fields[column];
  if (!(allowed as readonly string[]).includes(raw)) fail(path, row, `column "${column}" is "${raw}", expected one of ${allowed.join(', ')}`);
  return raw as T;
}

function lowerList(path: string, row: TsvRow, column: string): string[] {
  const items = splitList(row.fields[column]);
  if (!items.length) fail(path, row, `column "${column}" is empty, expected a |-separated list`);
  for (const item of items) if (item !== item.toLowerCase()) fail(path, row, `"${item}" in column "${column}" has capitals, expected lower case`);
  return items;
}

function loadKinds(dir: string): Map<string, RelationKind> {
  const path = join(dir, 'kinds.tsv');
  const kinds = new Map<string, RelationKind>();
  for (const row of readTsv(path, ['kind', 'direction', 'polarity', 'object', 'label'])) {
    const { kind, label } = row.fields;
    if (!KIND_ID.test(kind)) fail(path, row, `kind "${kind}" is not a lower-case identifier`);
    if (kinds.has(kind)) fail(path, row, `kind "${kind}" is defined twice`);
    if (!label.trim()) fail(path, row, 'column "label" is empty');
    const raw = row.fields.object;
    const object = raw === 'none' || raw === 'slot' ? raw : lowerList(path, row, 'object');
    kinds.set(kind, {
      kind, label, object,
      direction: oneOf(path, row, 'direction', ['directed', 'mutual'] as const),
      polarity: oneOf(path, row, 'polarity', POLARITIES),
    });
  }
  return kinds;
}

function parseOptions(path: string, row: TsvRow): { polarity: Polarity | null; confidence: number | null; basis: 'past' | null } {
  const out = { polarity: null as Polarity | null, confidence: null as number | null, basis: null as 'past' | null };
  for (const opt of row.fields.options.split(/[ ,]+/).filter(Boolean)) {
    const [key, value] = opt.split('=');
    if (key === 'polarity' && (POLARITIES as readonly string[]).includes(value)) out.polarity = value as Polarity;
    else if (key === 'conf' && Number(value) > 0 && Number(value) <= 1) out.confidence = Number(value);
    else if (key === 'past' && value === undefined) out.basis = 'past';
    else fail(path, row, `option "${opt}" is unknown; expected polarity=positive|negative|neutral, conf=0..1 or past`);
  }
  return out;
}

function loadCues(dir: string, kinds: Map<string, RelationKind>): RelationCue[] {
  const path = join(dir, 'cues.tsv');
  return readTsv(path, ['kind', 'label', 'pattern', 'options', 'example']).map((row) => {
    const where = `${path}:${row.line}`;
    const kind = kinds.get(row.fields.kind);
    if (!kind) fail(path, row, `kind "${row.fields.kind}" is not in kinds.tsv; expected one of ${[...kinds.keys()].join(', ')}`);
    const label = row.fields.label.trim();
    if (!label || label !== label.toLowerCase()) fail(path, row, `label "${label}" must be non-empty lower-case words`);
    if (!row.fields.example.trim()) fail(path, row, 'example is empty: every cue needs an example sentence');
    const elements = compileCue(row.fields.pattern, where);
    const slots = slotsOf(elements);
    if (slots.AB && kind.direction === 'directed') fail(path, row, `a directed kind ("${kind.kind}") cannot use {AB}; name {A} and {B}`);
    if (slots.O && kind.object !== 'slot') fail(path, row, `kind "${kind.kind}" has no object slot; {O} is not allowed`);
    if (kind.object === 'slot' && slots.B) fail(path, row, `kind "${kind.kind}" relates an actor to an object; use {A} and {O}, not {B}`);
    const options = parseOptions(path, row);
    const words = elements.filter((e) => e.kind === 'word').length;
    const restricted = elements.filter((e) => e.kind === 'slot' && e.kinds).length;
    return {
      kind, label, text: row.fields.pattern, elements, specificity: words + restricted,
      polarity: options.polarity ?? kind.polarity, confidence: options.confidence, basis: options.basis,
      example: row.fields.example, where,
    };
  });
}

/** Titles as the token sequences they may take in text, by first token. */
function officeWords(offices: Set<string>): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const title of offices) {
    for (const words of [phraseWords(title), title.split(/\s+/)]) {
      const list = byFirst.get(words[0]) ?? [];
      if (!list.some((w) => w.join(' ') === words.join(' '))) list.push(words);
      byFirst.set(words[0], list);
    }
  }
  return byFirst;
}

function loadOffices(dir: string): Set<string> {
  const path = join(dir, 'offices.tsv');
  const offices = new Set<string>();
  for (const row of readTsv(path, ['titles', 'note'])) for (const t of lowerList(path, row, 'titles')) offices.add(t);
  return offices;
}

function loadModifiers(dir: string): Record<ModifierKind, Set<string>> {
  const path = join(dir, 'modifiers.tsv');
  const sets = Object.fromEntries(MODIFIER_KINDS.map((k) => [k, new Set<string>()])) as Record<ModifierKind, Set<string>>;
  for (const row of readTsv(path, ['kind', 'words', 'note'])) {
    const kind = oneOf(path, row, 'kind', MODIFIER_KINDS);
    for (const w of lowerList(path, row, 'words')) {
      if (/\s/.test(w)) fail(path, row, `"${w}" is several words; modifiers are single words`);
      sets[kind].add(w.replace(/’/g, "'"));
    }
  }
  return sets;
}

/**
 * Loads and validates every lexicon under `<dataDir>/relations/`, with the reporting lexicon of
 * data/claims/ and, from the actor dictionary and verb patterns, country names and speech verbs.
 * @example const res = loadRelationResources(DEFAULT_DATA_DIR, loadDictionaries()); res.kinds.get('backs')?.direction // 'directed'
 */
export function loadRelationResources(dataDir: string, dicts: Pick<Dictionaries, 'actors' | 'patterns'>): RelationResources {
  const dir = join(dataDir, 'relations');
  const kinds = loadKinds(dir);
  const cues = loadCues(dir, kinds);
  const byFirstWord = new Map<string, RelationCue[]>();
  for (const cue of cues) {
    const first = cue.elements.find((e) => e.kind === 'word') as { alts: string[]; exact?: string[] };
    for (const alt of [...first.alts, ...(first.exact ?? [])]) byFirstWord.set(alt, [...(byFirstWord.get(alt) ?? []), cue]);
  }
  const offices = loadOffices(dir);
  return Object.freeze({
    kinds, cues, byFirstWord, offices, officeWords: officeWords(offices),
    modifiers: loadModifiers(dir),
    countryNames: dicts.actors.countryNames,
    speech: dicts.patterns.modifiers.speech,
    claims: loadClaimResources(dataDir),
  });
}
