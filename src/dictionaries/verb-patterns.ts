import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DyadError } from '../core/errors.js';
import type { Codebook } from './codebook.js';
import { phraseTokens } from './phrase-trie.js';
import { readTsv, splitList } from './tsv.js';

/** One element of a compiled pattern: a word (any of several forms) or an actor slot. */
export type PatternElement =
  | { kind: 'word'; alts: string[]; optional: boolean }
  | { kind: 'slot'; role: 'S' | 'T' };

/** A compiled event pattern from data/verbs/. */
export interface VerbPattern {
  code: string;
  text: string;
  elements: PatternElement[];
  /** Number of word elements: more words make a more specific pattern. */
  words: number;
  /** Reciprocal: coordinated actors ("talks between A and B", "A and B met") act on each other. */
  symmetric: boolean;
  /** Code used instead when the event's place is outside both parties' countries (meetings → 044). */
  thirdPlaceCode: string | null;
  /** Code used instead when both sides are states, governments or their forces (an attack between armies is 190, not 180). */
  stateCode: string | null;
  /** Code used instead when the source is armed forces ("Russian aircraft killed 46 Afghan civilians" is fighting, 190, not 1823). */
  forcesCode: string | null;
  /** Code used instead when the source acted through a bomb ("a Taliban suicide blast killed …" is a bombing, 183, not 1823). */
  bombsCode: string | null;
  /** Confidence override for a weak pattern. */
  confidence: number | null;
  /** The target is a place ("arrived in Amman" → Jordan's government): visits happen at places. */
  placeTarget: boolean;
  /**
   * A naming verb's pattern ("called the detonation an act of recklessness"): it codes only when its object has a
   * predicate, and this code instead of its own when the predicate praises (modifiers.tsv `praise`); null otherwise.
   */
  namingPraiseCode: string | null;
  /** The target is met in person (in-person.tsv), so it is a whole actor, not one qualifying a noun ("received U.S. visas"). */
  personTarget: boolean;
  example: string;
  where: string;
}

/** Words that change an event's status, from data/verbs/modifiers.tsv. */
export interface Modifiers {
  negation: ReadonlySet<string>;
  intent: ReadonlySet<string>;
  hypothetical: ReadonlySet<string>;
  /** Speech verbs: their objects are reports, not participants ("X said the talks with Y failed"). */
  speech: ReadonlySet<string>;
  /** Prepositions that introduce an event's target ("met with X", "sanctions on X"). */
  target: ReadonlySet<string>;
  /** Prepositions that introduce a passive verb's doer ("attacked by X"). */
  agent: ReadonlySet<string>;
  /** Pronouns that open a relative clause: their clause's subject is the noun they follow. */
  relative: ReadonlySet<string>;
  /** Pronouns that stand for a person named before ("he said", "his visit"). */
  pronoun: ReadonlySet<string>;
  /** Pronouns that stand for a state or organisation named before ("it said", "its troops"). */
  'pronoun-body': ReadonlySet<string>;
  /** Pronouns that stand for a group named before ("they attacked", "their leaders"). */
  'pronoun-group': ReadonlySet<string>;
  /** First-person pronouns inside a quote: they stand for its speaker ("'We have urged both sides,' the spokesman said"). */
  'pronoun-speaker': ReadonlySet<string>;
  /** Last words of role nouns that name one person, whom "he" or "she" may stand for ("the North Korean leader said he …"). */
  'person-role': ReadonlySet<string>;
  /** Nouns for an audience: told to them is said, not done to anyone ("told reporters"). */
  audience: ReadonlySet<string>;
  /** Words that open a question after a verb of asking ("asked whether Trump was a threat"): a question is no appeal. */
  question: ReadonlySet<string>;
  /** Verbs after which an infinitive still happened ("managed to", "began to"); other infinitives are not asserted. */
  implicative: ReadonlySet<string>;
  /** Verbs that comment on an event named by their object ("condemned the strike"): their subject did not do it. */
  commentary: ReadonlySet<string>;
  /** Verbs of taking or refusing after which "from" names the other side ("rejected an offer from Kabul"). */
  counterpart: ReadonlySet<string>;
  /** Prepositions after "call" that name who is asked to act ("called on Tehran to protect …"). */
  addressee: ReadonlySet<string>;
  /** Modals by which a reported clause demands ("must") or asks ("should") that its subject act. */
  'demand-modal': ReadonlySet<string>;
  'appeal-modal': ReadonlySet<string>;
  /** Verbs that with an infinitive say what their subject must do, like "must" ("needs to end", "has to leave"). */
  'demand-semimodal': ReadonlySet<string>;
  /** Words of wrongdoing: a reported clause built on one accuses its subject ("said Greek activities contravened the agreement"). */
  reproach: ReadonlySet<string>;
  /** Hostile acts: a reported clause built on one, said by another side than the doer's own state, accuses the doer ("said the Taliban attacked a checkpoint"). */
  charge: ReadonlySet<string>;
  /** Nouns of menace: force named as their "of" phrase is threatened, not used ("the threat of a U.S. strike"). */
  menace: ReadonlySet<string>;
  /** Words that put a statement on the phone ("in a phone call Monday, Biden told …" is a call, 041). */
  phone: ReadonlySet<string>;
  /** Words of praise: a naming verb's predicate with one praises its object ("called the talks constructive"). */
  praise: ReadonlySet<string>;
  /** Words patterns may step over like adjectives, though tagged as verbs ("suspected", "alleged"). */
  filler: ReadonlySet<string>;
  /** Verbs whose object noun is an event aimed at their subject ("drew criticism from"). */
  undergo: ReadonlySet<string>;
  /** Nouns of acts suffered by their possessor when no "of" phrase names another victim ("Soleimani's killing"). */
  suffered: ReadonlySet<string>;
  /** Role words of people who travel for a group or an organisation, who may make a visit ("a Hamas delegation arrived in Cairo"). */
  envoy: ReadonlySet<string>;
  /** Nouns of a meeting, which calling off aims at whom the story had it planned with ("Trump called off the summit"). */
  gathering: ReadonlySet<string>;
  /** Nouns of an act that, after "the" or "this", stand for the act the sentence before reports ("The announcement drew condemnation"). */
  anaphor: ReadonlySet<string>;
  /** Verbs that, with an object and its predicate, describe rather than act ("called the response unacceptable"). */
  naming: ReadonlySet<string>;
  /** Verbs whose object is the topic talked about, the party following "with" ("discussed Iran with Canada"). */
  topical: ReadonlySet<string>;
  /** Prepositions of what a mutual act is about: coordinated sides with a target only after one act on each other ("agreed to work together on Syria"). */
  about: ReadonlySet<string>;
  /** Verbs of meeting or calling: an infinitive after their object is the subject's purpose ("telephoned Netanyahu to express concern"). */
  contact: ReadonlySet<string>;
  /** Verbs that are an event alone only without a direct object ("demonstrated" protests, "demonstrating its strength" shows). */
  intransitive: ReadonlySet<string>;
  /** Nouns of a lasting conflict: inside a prepositional phrase, background rather than an event ("in the war against Iraq"). */
  durative: ReadonlySet<string>;
  /** Weapons and strikes: a state named on one ("U.S. air strikes killed") acts through its armed forces (pattern option `forces`). */
  armed: ReadonlySet<string>;
  /** Verbs of owning one's act ("apologized for the attack"): an act noun they take names no target by its doer. */
  owning: ReadonlySet<string>;
  /** Adjectives of taking part in an act ("people involved in the assassination"): the noun they describe did the act. */
  involvement: ReadonlySet<string>;
  /** Bombs and blasts: a side named on one ("a Taliban suicide blast killed") acted through it (pattern option `bombs`). */
  explosive: ReadonlySet<string>;
  /** Objects with which a one-word verb of force is a figure of speech ("struck a note of optimism", "hit a snag"). */
  figurative: ReadonlySet<string>;
  /** Participles that describe a stance, not a passive act: their subject is the source ("is opposed to"). */
  stative: ReadonlySet<string>;
  /** Words that declare readiness: force announced with one is a threat of force ("was prepared to hit back at X"). */
  readiness: ReadonlySet<string>;
  /** Auxiliaries of the future: force a verb announces with one is a threat of force too ("said it would attack"). */
  future: ReadonlySet<string>;
  /** Verbs whose "that" clause is asked for, not done ("demanded that Iraq release the prisoners"). */
  mandative: ReadonlySet<string>;
  /** Adjectives that make the act a noun names only possible ("a possible strike", "potential sanctions"). */
  potential: ReadonlySet<string>;
  /** Verbs and nouns of hoping: an act of another that they hope for has not happened ("holds out hope that Trump will relax sanctions"). */
  wish: ReadonlySet<string>;
  /** Verbs whose "that" clause is denied ("Uganda denied that its troops were fighting in Congo"). */
  denial: ReadonlySet<string>;
  /** Verbs whose object is a wrong done by their subject ("committed a massacre"): a report built on one accuses that subject. */
  perpetration: ReadonlySet<string>;
  /** Prepositions that name members of the group before them ("its enemies including the United States"). */
  member: ReadonlySet<string>;
  /** Words of disapproval: a reported clause built on one says ill of its subject ("said the strikes were unacceptable" → 111). */
  disapproval: ReadonlySet<string>;
  /** Verbs of an ultimatum after "or": a request ending in one is a threat ("urged Moscow to step back or risk punishment"). */
  ultimatum: ReadonlySet<string>;
  /** Nouns of an answer to an act ("in response to Hamas rocket fire"): the act was aimed at whoever answers it. */
  response: ReadonlySet<string>;
  /** Quantifiers that float between a subject and its verb ("France and Britain all condemned"), tagged adverbs before parsing. */
  floating: ReadonlySet<string>;
  /** Participles whose object is the target of the act they elaborate ("imposed more sanctions, targeting the Central Bank of Iran"). */
  aiming: ReadonlySet<string>;
  /** Prepositions by which a clause puts its subject at a meeting it hangs from ("During a phone call with Ban, Netanyahu said"). */
  attended: ReadonlySet<string>;
  /** Two-word objects that make coordinated subjects act on each other ("blame each other"). */
  reciprocal: ReadonlySet<string>;
  /** Role codes (lower-case) of a country's institutions and sectors, which mean little with no country ("---GOV", "---MED"). */
  national: ReadonlySet<string>;
  /** Subordinators of a condition; a threat is aimed at the subject of its condition ("if Israel annexes …"). */
  condition: ReadonlySet<string>;
  /** Verbs whose object noun is the event itself, done by the verb's subject ("launched an attack"). */
  light: ReadonlySet<string>;
  /** Case markers under which an actor owns or names the noun it hangs from ("officials from Iran", "Turkey's support"). */
  owner: ReadonlySet<string>;
}

/** The event patterns and modifiers, compiled. */
export interface PatternSet {
  patterns: readonly VerbPattern[];
  /** Patterns indexed by every form of their first word. */
  byFirstWord: ReadonlyMap<string, readonly VerbPattern[]>;
  modifiers: Modifiers;
  /** Code prefix → CAMEO intent code, for cooperative events that are only announced. */
  intentCodes: ReadonlyMap<string, string>;
  /** Code prefix → CAMEO reject code (root 12), for cooperative events announced as not to happen ("will not meet"). */
  refusalCodes: ReadonlyMap<string, string>;
  /** Code → the code of the reverse event it implies (a visit is also a hosting). */
  mirrors: ReadonlyMap<string, string>;
  /** Code → the visit it also is when held in the other side's country (a meeting in Jerusalem is a visit to Israel). */
  abroad: ReadonlyMap<string, string>;
  /** Act noun → the CAMEO roots of the acts it can stand for (act-nouns.tsv); absent nouns stand for any act. */
  actRoots: ReadonlyMap<string, ReadonlySet<string>>;
  /** Codes of measures a government takes at home (curfews, emergencies): with no target, aimed at the place's or the doer's country. */
  home: ReadonlySet<string>;
}

export const PATTERN_COLUMNS = ['code', 'pattern', 'options', 'example'] as const;
/** Pattern files are named by CAMEO root: 01-statement.tsv … 20-mass-violence.tsv. */
const PATTERN_FILE = /^\d{2}-[a-z-]+\.tsv$/;

/**
 * Compiles one pattern string: words separated by spaces, `a|b` alternatives, `[word]`
 * optional, `{S}` source slot (first, or after the words of a pattern with no `{T}`), `{T}` target slot.
 * @example compilePattern('call on {T} to release', 'x:1')
 */
export function compilePattern(text: string, where: string): PatternElement[] {
  const elements: PatternElement[] = [];
  for (const raw of text.trim().split(/\s+/)) {
    if (raw === '{S}' || raw === '{T}') {
      elements.push({ kind: 'slot', role: raw[1] as 'S' | 'T' });
      continue;
    }
    const optional = raw.startsWith('[') && raw.endsWith(']');
    const body = optional ? raw.slice(1, -1) : raw;
    const alts = splitList(body).map((a) => a.toLowerCase().replace(/’/g, "'"));
    if (!alts.length || alts.some((a) => /[{}[\]]/.test(a))) throw new DyadError('E010', `pattern element "${raw}" is malformed`, where);
    // A word with inner punctuation ("cease-fire") becomes the tokens the tokenizer makes of it.
    const split = alts.length === 1 ? phraseTokens(alts[0]).map((w) => w.toLowerCase()) : alts;
    if (alts.length === 1 && split.length > 1) split.forEach((w) => elements.push({ kind: 'word', alts: [w], optional }));
    else elements.push({ kind: 'word', alts, optional });
  }
  const slots = elements.filter((e) => e.kind === 'slot');
  if (!elements.some((e) => e.kind === 'word' && !e.optional)) throw new DyadError('E010', `pattern "${text}" has no required word`, where);
  if (slots.filter((s) => s.kind === 'slot' && s.role === 'T').length > 1) throw new DyadError('E010', `pattern "${text}" has more than one {T}`, where);
  const sIndex = elements.findIndex((e) => e.kind === 'slot' && e.role === 'S');
  // "received arms from {S}": a source slot after the words names the giver, and the clause's subject is the target.
  if (sIndex > 0 && (elements[0].kind === 'slot' || slots.some((e) => e.kind === 'slot' && e.role === 'T'))) {
    throw new DyadError('E010', `pattern "${text}": {S} comes first, or after the words of a pattern with no {T}`, where);
  }
  const firstWord = elements.findIndex((e) => e.kind === 'word');
  if ((elements[firstWord] as { optional: boolean }).optional) throw new DyadError('E010', `pattern "${text}": the first word may not be optional`, where);
  return elements;
}

function parseOptions(field: string, where: string, codebook: Codebook) {
  const options = { symmetric: false, thirdPlaceCode: null as string | null, stateCode: null as string | null, forcesCode: null as string | null, bombsCode: null as string | null, confidence: null as number | null, placeTarget: false, namingPraiseCode: null as string | null };
  for (const opt of field.split(/[ ,]+/).filter(Boolean)) {
    const [key, value] = opt.split('=');
    if (key === 'sym' && value === undefined) options.symmetric = true;
    else if (key === 'place' && value === undefined) options.placeTarget = true;
    else if (key === 'third' && value && codebook.get(value)) options.thirdPlaceCode = value;
    else if (key === 'state' && value && codebook.get(value)) options.stateCode = value;
    else if (key === 'forces' && value && codebook.get(value)) options.forcesCode = value;
    else if (key === 'bombs' && value && codebook.get(value)) options.bombsCode = value;
    else if (key === 'conf' && value && Number(value) > 0 && Number(value) <= 1) options.confidence = Number(value);
    else if (key === 'naming' && value && codebook.get(value)) options.namingPraiseCode = value;
    else throw new DyadError('E010', `option "${opt}" is unknown; expected sym, place, third=CODE, state=CODE, forces=CODE, bombs=CODE, naming=CODE or conf=0..1`, where);
  }
  return options;
}

/** Loads every data/verbs/NN-*.tsv pattern file and data/verbs/modifiers.tsv, validating codes against the codebook. */
export function loadPatternSet(dataDir: string, codebook: Codebook): PatternSet {
  const dir = join(dataDir, 'verbs');
  const patterns: VerbPattern[] = [];
  for (const file of readdirSync(dir).filter((f) => PATTERN_FILE.test(f)).sort()) {
    const path = join(dir, file);
    for (const row of readTsv(path, PATTERN_COLUMNS)) {
      const where = `${path}:${row.line}`;
      const { code, pattern, options, example } = row.fields;
      if (!codebook.get(code) || code.length < 3) throw new DyadError('E010', `code "${code}" is not a 3- or 4-digit code of the codebook`, where);
      if (code.slice(0, 2) !== file.slice(0, 2)) throw new DyadError('E010', `code ${code} belongs in the file of root ${code.slice(0, 2)}`, where);
      if (!example.trim()) throw new DyadError('E010', 'example is empty: every pattern needs an example sentence', where);
      const elements = compilePattern(pattern, where);
      patterns.push({
        code, text: pattern, elements, words: elements.filter((e) => e.kind === 'word').length,
        ...parseOptions(options, where, codebook), personTarget: false, example, where,
      });
    }
  }
  const inPerson = loadCodeSet(join(dir, 'in-person.tsv'), codebook);
  for (const p of patterns) p.personTarget = coversCode(inPerson, p.code);
  const byFirstWord = new Map<string, VerbPattern[]>();
  for (const p of patterns) {
    const first = p.elements.find((e) => e.kind === 'word') as { alts: string[] };
    for (const alt of first.alts) byFirstWord.set(alt, [...(byFirstWord.get(alt) ?? []), p]);
  }
  const modifiers = loadModifiers(join(dir, 'modifiers.tsv'));
  return Object.freeze({
    patterns, byFirstWord, modifiers,
    actRoots: loadActRoots(join(dir, 'act-nouns.tsv'), codebook, modifiers.anaphor),
    intentCodes: loadIntentCodes(join(dir, 'intent.tsv'), codebook),
    refusalCodes: loadRefusalCodes(join(dir, 'refusal.tsv'), codebook),
    mirrors: loadCodePairs(join(dir, 'mirror.tsv'), 'mirror', codebook),
    abroad: loadCodePairs(join(dir, 'abroad.tsv'), 'visit', codebook),
    home: loadCodeSet(join(dir, 'home.tsv'), codebook),
  });
}

/** Kinds whose words are compared with one parse token, a preposition or possessive marker. */
const SINGLE_TOKEN_KINDS: ReadonlySet<keyof Modifiers> = new Set(['owner', 'attended', 'about']);

function loadModifiers(path: string): Modifiers {
  const sets: Record<keyof Modifiers, Set<string>> = {
    negation: new Set(), intent: new Set(), hypothetical: new Set(), speech: new Set(),
    target: new Set(), agent: new Set(), relative: new Set(), pronoun: new Set(), 'pronoun-body': new Set(), 'pronoun-group': new Set(),
    'pronoun-speaker': new Set(), 'person-role': new Set(), audience: new Set(), question: new Set(), implicative: new Set(), commentary: new Set(), light: new Set(),
    counterpart: new Set(), condition: new Set(), addressee: new Set(), reciprocal: new Set(), national: new Set(), 'demand-modal': new Set(), 'appeal-modal': new Set(), 'demand-semimodal': new Set(), reproach: new Set(), charge: new Set(), menace: new Set(), phone: new Set(), praise: new Set(), filler: new Set(),
    member: new Set(), attended: new Set(), aiming: new Set(), floating: new Set(), response: new Set(), ultimatum: new Set(), disapproval: new Set(), readiness: new Set(), future: new Set(), mandative: new Set(), wish: new Set(), potential: new Set(), denial: new Set(), perpetration: new Set(), stative: new Set(), undergo: new Set(), suffered: new Set(), envoy: new Set(), gathering: new Set(), anaphor: new Set(), naming: new Set(), topical: new Set(), about: new Set(), contact: new Set(), intransitive: new Set(), durative: new Set(), figurative: new Set(), armed: new Set(), explosive: new Set(), involvement: new Set(), owning: new Set(), owner: new Set(),
  };
  for (const row of readTsv(path, ['kind', 'words'])) {
    const where = `${path}:${row.line}`;
    const kind = row.fields.kind as keyof Modifiers;
    if (!(kind in sets)) throw new DyadError('E010', `kind "${kind}" is unknown; expected ${Object.keys(sets).join(', ')}`, where);
    for (const w of splitList(row.fields.words)) {
      // A case marker is one token of the parse: a phrase there could never match.
      if (SINGLE_TOKEN_KINDS.has(kind) && /\s/.test(w)) throw new DyadError('E010', `${kind} word "${w}" is a phrase; ${kind} words are single case markers`, where);
      if (kind === 'national' && !/^[a-z]{3}$/i.test(w)) throw new DyadError('E010', `national "${w}" is not a three-letter role code`, where);
      sets[kind].add(w.toLowerCase());
    }
  }
  return sets;
}

function loadIntentCodes(path: string, codebook: Codebook): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of readTsv(path, ['prefix', 'code'])) {
    const { prefix, code } = row.fields;
    // Announced cooperation is an intent (root 03), announced hostility a threat (root 13).
    if (!/^\d{2,4}$/.test(prefix) || !codebook.get(code) || !(code.startsWith('03') || code.startsWith('13'))) {
      throw new DyadError('E010', `"${prefix} → ${code}" is not a code prefix mapped to a root-03 or root-13 code`, `${path}:${row.line}`);
    }
    map.set(prefix, code);
  }
  return map;
}

function loadRefusalCodes(path: string, codebook: Codebook): Map<string, string> {
  const map = new Map<string, string>();
  if (!existsSync(path)) return map;
  for (const row of readTsv(path, ['prefix', 'code'])) {
    const { prefix, code } = row.fields;
    // A refusal of cooperation (roots 03-08) is a rejection (root 12).
    if (!/^0[3-8]\d{0,2}$/.test(prefix) || !codebook.get(code) || !code.startsWith('12')) {
      throw new DyadError('E010', `"${prefix} → ${code}" is not a cooperative code prefix mapped to a root-12 code`, `${path}:${row.line}`);
    }
    map.set(prefix, code);
  }
  return map;
}

function loadActRoots(path: string, codebook: Codebook, anaphor: ReadonlySet<string>): Map<string, ReadonlySet<string>> {
  const map = new Map<string, ReadonlySet<string>>();
  if (!existsSync(path)) return map;
  for (const row of readTsv(path, ['noun', 'roots'])) {
    const { noun, roots } = row.fields;
    const codes = roots.split('|');
    if (!anaphor.has(noun)) throw new DyadError('E010', `"${noun}" is not an anaphor noun of modifiers.tsv`, `${path}:${row.line}`);
    const bad = codes.find((c) => !/^\d\d$/.test(c) || !codebook.get(c));
    if (bad !== undefined) throw new DyadError('E010', `"${bad}" is not a CAMEO root`, `${path}:${row.line}`);
    map.set(noun, new Set(codes));
  }
  return map;
}

function loadCodeSet(path: string, codebook: Codebook): Set<string> {
  const codes = new Set<string>();
  if (!existsSync(path)) return codes;
  for (const row of readTsv(path, ['code'])) {
    if (!codebook.get(row.fields.code)) throw new DyadError('E010', `code "${row.fields.code}" is not in the codebook`, `${path}:${row.line}`);
    codes.add(row.fields.code);
  }
  return codes;
}

/** Reads a two-column table of CAMEO codes (mirror.tsv, abroad.tsv): each code → the code it implies. */
function loadCodePairs(path: string, second: string, codebook: Codebook): Map<string, string> {
  const map = new Map<string, string>();
  if (!existsSync(path)) return map;
  for (const row of readTsv(path, ['code', second])) {
    const code = row.fields.code, implied = row.fields[second];
    if (!codebook.get(code) || !codebook.get(implied)) throw new DyadError('E010', `"${code} → ${implied}" names a code that is not in the codebook`, `${path}:${row.line}`);
    map.set(code, implied);
  }
  return map;
}

/** Whether a set of codes (home.tsv, in-person.tsv) holds `code` or a code it refines ("04" covers "042"). */
export function coversCode(codes: ReadonlySet<string>, code: string): boolean {
  for (let n = code.length; n >= 2; n--) if (codes.has(code.slice(0, n))) return true;
  return false;
}

/** The value of the longest prefix of `code` in `table`, or null. */
function byLongestPrefix(table: ReadonlyMap<string, string>, code: string): string | null {
  for (let n = code.length; n >= 2; n--) {
    const hit = table.get(code.slice(0, n));
    if (hit) return hit;
  }
  return null;
}

/** The intent code for an announced event, by the longest matching prefix, or null. */
export function intentCode(set: PatternSet, code: string): string | null {
  return byLongestPrefix(set.intentCodes, code);
}

/** The reject code for cooperation announced as not to happen ("will not meet" → 125), or null. */
export function refusalCode(set: PatternSet, code: string): string | null {
  return byLongestPrefix(set.refusalCodes, code);
}
