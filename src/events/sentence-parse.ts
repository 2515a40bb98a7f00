/** A sentence's dependency tree over the document's tokens, for the coder to read roles from. */
import type { ActorMention, PlaceMention, Token } from '../core/document.js';
import type { SyntaxModels } from '../nlp/parser/index.js';
import { hashWords } from '../nlp/tagger/word-features.js';
import { parseSentenceInput } from './parser-input.js';

/** Longer sentences are not parsed (lists, tables): their events fall back to word order. */
export const MAX_PARSED_TOKENS = 120;

/** One parsed sentence; all indexes are document token indexes. */
export interface SentenceParse {
  first: number;
  end: number;
  /** Head of each token (indexed by token − first), −1 for the root. */
  head: Int32Array;
  rel: string[];
  upos: string[];
  /** Dependents of each token, in sentence order. */
  children: number[][];
}

const PROPER_NOUN = ['PROPN', 'NNP'] as const;
const ADVERB = ['ADV', 'RB'] as const;
const PAST_VERB = ['VERB', 'VBD'] as const;
const FINITE_TAGS = new Set(['VBD', 'VBZ', 'VBP', 'MD']);
/**
 * Tags of a noun phrase's head word: what a floating quantifier follows, what a subject is ("The two
 * countries urged", "after North Korea criticized", "…, Kerry implored").
 */
const NOUN_TAGS = new Set(['PROPN', 'NOUN', 'PRON']);
const FLOAT_VERBS = new Set(['VERB', 'AUX']);
/** Tags a word of a recognised name may have; any other is a tagger error on an unknown name. */
const NAME_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);

/**
 * Tags and parses tokens [first, end) with our own models. A word of a name the dictionaries
 * recognised that the tagger took for a verb or an adverb ("Blinken called", "Netanyahu
 * visited") is a proper noun: it is re-tagged as one before parsing.
 * @example parseSentence(models, tokens, 0, tokens.length, actors)?.rel
 */
export function parseSentence(models: SyntaxModels, tokens: readonly Token[], sentenceFirst: number, end: number, actors: readonly ActorMention[], dateWords: ReadonlySet<number> = new Set(),
  floating: ReadonlySet<string> = new Set(), places: readonly PlaceMention[] = []): SentenceParse | null {
  if (end - sentenceFirst === 0 || end - sentenceFirst > MAX_PARSED_TOKENS) return null;
  // "CAIRO (AFP) - Abbas announced …": the dateline is no part of the sentence's grammar.
  const dateline = datelineLength(tokens, sentenceFirst, end);
  const first = sentenceFirst + dateline;
  const n = end - first;
  const words = tokens.slice(first, end).map((t) => t.text);
  // The words are hashed once, for both tagging passes and the parser.
  const hashes = hashWords(words);
  let tags = models.tagger.tagHashed(words, hashes, undefined, false);
  const fixed: Array<readonly [string, string] | undefined> = new Array(n);
  let misTagged = false;
  // "France, Germany and Britain all condemned Iran": a quantifier floating between a noun and its verb
  // (modifiers.tsv `floating`) is tagged an adverb; as a determiner it throws the parse off.
  for (let k = 1; k + 1 < n; k++) {
    if (!floating.has(tokens[first + k].norm) || !NOUN_TAGS.has(tags.upos[k - 1]) || !FLOAT_VERBS.has(tags.upos[k + 1]) || tags.upos[k] === 'ADV') continue;
    fixed[k] = ADVERB;
    misTagged = true;
  }
  for (const m of actors) {
    for (let t = Math.max(m.firstToken, first); t < Math.min(m.endToken, end); t++) {
      if (tokens[t].pos === 'PROPN' && !NAME_TAGS.has(tags.upos[t - first])) {
        fixed[t - first] = PROPER_NOUN;
        misTagged = true;
      }
    }
  }
  // "The two countries urged others to follow suit": a sentence with no finite verb and no auxiliary has its verb in
  // the past participle the tagger gave after a noun; in news prose that is the simple past.
  const past = participleForPast(tags, first, dateWords);
  if (past >= 0) {
    fixed[past] = PAST_VERB;
    misTagged = true;
  }
  if (misTagged) tags = models.tagger.tagHashed(words, hashes, fixed, false);
  const { head, rel } = parseSentenceInput(models, first, end, actors, words, tags, hashes.lower, places);
  const parse: SentenceParse = { first, end, head, rel, upos: tags.upos, children: [] };
  promoteReducedRelative(parse, tags.xpos);
  subjectOfSubordinateClause(parse, tags.xpos, words);
  subjectOfCommaClause(parse, tags.xpos);
  promoteOverDateSubject(parse, dateWords);
  demoteDateSubject(parse, dateWords);
  liftClauseOffDateObject(parse, dateWords);
  detachDateFromObject(parse, dateWords);
  return withDateline(parse, tokens, sentenceFirst);
}

/**
 * The first past participle (VBN) right after a noun or pronoun (adverbs and date words between) in a
 * sentence that has no finite verb and no auxiliary, which is then its main verb in the past; −1 if none.
 */
function participleForPast(tags: { upos: readonly string[]; xpos: readonly string[] }, first: number, dateWords: ReadonlySet<number>): number {
  if (tags.upos.includes('AUX') || tags.xpos.some((x) => FINITE_TAGS.has(x))) return -1;
  for (let k = 1; k < tags.xpos.length; k++) {
    if (tags.xpos[k] !== 'VBN') continue;
    let b = k - 1;
    while (b > 0 && (tags.upos[b] === 'ADV' || dateWords.has(first + b))) b--;
    if (NOUN_TAGS.has(tags.upos[b])) return k;
  }
  return -1;
}

/** Words that open a subordinate clause and, before a noun, are read as prepositions ("after North Korea criticized"). */
const SUBORDINATORS = new Set(['after', 'before', 'since', 'until', 'as', 'while']);
/** Finite verb tags (and VBN, which the tagger gives past forms in such clauses). */
const CLAUSE_VERB_TAGS = new Set(['VBD', 'VBN', 'VBZ', 'VBP']);
/** Relations the parser gives such a clause's verb. */
const CLAUSE_VERB_RELS = new Set(['advcl', 'xcomp', 'parataxis', 'conj']);

/**
 * "Trump called off the summit after North Korea sharply criticized Pence" parsed with "after
 * North Korea" as a prepositional phrase and "criticized" as a clause with no subject: the noun
 * of the phrase, right before the verb (adverbs between), is its subject and the preposition its marker.
 */
function subjectOfSubordinateClause(p: SentenceParse, xpos: readonly string[], words: readonly string[]): void {
  for (let v = 1; v < p.rel.length; v++) {
    if (p.upos[v] !== 'VERB' || !CLAUSE_VERB_TAGS.has(xpos[v]) || !CLAUSE_VERB_RELS.has(p.rel[v])) continue;
    if (p.head.some((h, k) => h === v + p.first && (p.rel[k].startsWith('nsubj') || p.rel[k] === 'mark'))) continue;
    let n = v - 1;
    while (n > 0 && p.upos[n] === 'ADV') n--;
    if (!NOUN_TAGS.has(p.upos[n]) || !/^(obl|nmod)/.test(p.rel[n])) continue;
    const marker = p.head.findIndex((h, k) => h === n + p.first && p.rel[k] === 'case');
    if (marker < 0 || !SUBORDINATORS.has(words[marker].toLowerCase())) continue;
    p.head[n] = v + p.first;
    p.rel[n] = 'nsubj';
    p.head[marker] = v + p.first;
    p.rel[marker] = 'mark';
    // A clause with its own subject is no controlled complement.
    p.rel[v] = 'advcl';
  }
}

/** Finite verb tags: a verb with one of them and no subject has lost it to the parser. */
const FINITE_VERB_TAGS = new Set(['VBD', 'VBZ', 'VBP']);
/** Relations the parser gives a verb whose subject it took for an apposition. */
const COMMA_CLAUSE_RELS = new Set(['conj', 'advcl', 'parataxis']);

/**
 * "Iraq insisted on a ceasefire, Perez de Cuellar told the Security Council" parsed with the name as an
 * apposition of "ceasefire" and "told" as a second verb of "Iraq": a finite verb joined with no
 * conjunction, no marker and no subject, right after a noun phrase that opens after a comma and hangs from a word
 * before it, has that noun for its subject.
 */
function subjectOfCommaClause(p: SentenceParse, xpos: readonly string[]): void {
  for (let v = 2; v < p.rel.length; v++) {
    if (p.upos[v] !== 'VERB' || !FINITE_VERB_TAGS.has(xpos[v]) || !COMMA_CLAUSE_RELS.has(p.rel[v])) continue;
    if (p.head.some((h, k) => h === v + p.first && (p.rel[k].startsWith('nsubj') || p.rel[k] === 'cc' || p.rel[k] === 'mark'))) continue;
    // The phrase's head: the word before the verb, or the name word it is part of.
    let n = v - 1;
    while (n > 0 && (p.rel[n] === 'flat' || p.rel[n] === 'compound') && p.head[n] - p.first < n && p.head[n] - p.first >= 0) n = p.head[n] - p.first;
    if (!NOUN_TAGS.has(p.upos[n]) || p.head[n] - p.first >= n) continue;
    let left = n;
    for (let k = n - 1; k > 0; k--) if (p.upos[k] !== 'PUNCT' && dominates(p, n, k)) left = k; else break;
    if (left < 1 || p.upos[left - 1] !== 'PUNCT' || p.rel.slice(left, v).some((_, j) => !dominates(p, n, left + j) && left + j !== n)) continue;
    p.head[n] = v + p.first;
    p.rel[n] = 'nsubj';
  }
}

/** Relations the parser gives a "that" clause it hangs from a date taken for an object. */
const DATE_CLAUSE_RELS = new Set(['acl', 'acl:relcl', 'ccomp']);

/**
 * "Mubarak said Wednesday that the US must be ready to mediate" parsed with "Wednesday" as the
 * object of "said" and the clause as its modifier: a date is no object, so the clause is the verb's
 * complement and the date a time modifier.
 */
function liftClauseOffDateObject(p: SentenceParse, dateWords: ReadonlySet<number>): void {
  for (let i = 0; i < p.rel.length; i++) {
    if (p.rel[i] !== 'obj' || !dateWords.has(i + p.first)) continue;
    const clause = p.head.findIndex((h, k) => h === i + p.first && DATE_CLAUSE_RELS.has(p.rel[k]) && p.upos[k] !== 'NOUN' && p.upos[k] !== 'PROPN');
    if (clause < 0) continue;
    p.head[clause] = p.head[i];
    p.rel[clause] = 'ccomp';
    p.rel[i] = 'obl:tmod';
  }
}

/**
 * "North Korea dismissed on Thursday warnings by Trump" parsed with "on Thursday warnings" as one
 * oblique: a noun after the verb whose own preposition and modifiers are all date words is the
 * verb's object, and the date a time modifier of the verb.
 */
function detachDateFromObject(p: SentenceParse, dateWords: ReadonlySet<number>): void {
  for (let i = 0; i < p.rel.length; i++) {
    const n = i + p.first;
    const v = p.head[i];
    if (!p.rel[i].startsWith('obl') || p.upos[i] !== 'NOUN' || dateWords.has(n) || v < 0 || v > n || p.upos[v - p.first] !== 'VERB') continue;
    const before: number[] = [];
    for (let k = 0; k < i; k++) if (p.head[k] === n) before.push(k);
    if (!before.length || !before.every((k) => dateWords.has(k + p.first) || p.upos[k] === 'PUNCT')) continue;
    const date = before.filter((k) => p.upos[k] !== 'ADP' && p.upos[k] !== 'PUNCT').pop();
    if (date === undefined || !before.some((k) => p.rel[k] === 'case')) continue;
    p.rel[i] = 'obj';
    p.head[date] = v;
    p.rel[date] = 'obl:tmod';
    for (const k of before) if (k !== date) p.head[k] = date + p.first;
  }
}

/**
 * "Switzerland said today it had expelled two diplomats" parsed with "today" as the subject of
 * "expelled" and "it" as the subject of "had": a date is no subject, so the word after it that
 * the parser also made a subject takes its place, and the date becomes a time modifier.
 */
function demoteDateSubject(p: SentenceParse, dateWords: ReadonlySet<number>): void {
  for (let i = 0; i < p.rel.length; i++) {
    if (p.rel[i] !== 'nsubj' || !dateWords.has(i + p.first)) continue;
    // "… on the matter Friday, and President Obama warned": a conjunct of the date is the subject.
    let partner = p.rel[i + 1] === 'nsubj' ? i + 1 : p.head.findIndex((h, k) => h === i + p.first && p.rel[k] === 'conj' && !dateWords.has(k + p.first));
    if (partner < 0) partner = nounAfterComma(p, p.head[i] - p.first, i);
    if (partner < 0) continue;
    p.head[partner] = p.head[i];
    p.rel[partner] = 'nsubj';
    p.rel[i] = 'obl:unmarked';
  }
}

/**
 * "In a phone call Tuesday to Lavrov, Kerry implored the Kremlin" parsed with "Tuesday" as the
 * subject and "Kerry" hung on "Lavrov": the noun right before the verb (adverbs between), whose
 * phrase opens after a comma following the date, is the subject. −1 when there is none.
 */
function nounAfterComma(p: SentenceParse, verb: number, date: number): number {
  if (verb <= date) return -1;
  let n = verb - 1;
  while (n > date && p.upos[n] === 'ADV') n--;
  if (n <= date || !NOUN_TAGS.has(p.upos[n]) || p.head[n] - p.first >= n) return -1;
  let left = n;
  for (let k = n - 1; k > date; k--) if (p.upos[k] !== 'PUNCT' && dominates(p, n, k)) left = k;
  return p.upos[left - 1] === 'PUNCT' && left - 1 > date ? n : -1;
}

/** Whether token `k` (sentence index) hangs, directly or not, from token `n`. */
function dominates(p: SentenceParse, n: number, k: number): boolean {
  for (let h = p.head[k] - p.first, steps = 0; h >= 0 && steps < p.rel.length; h = p.head[h] - p.first, steps++) if (h === n) return true;
  return false;
}

/**
 * "The Obama administration this week accused Russia" parsed as a relative clause whose
 * subject is "week": a date is no subject, so the clause's verb takes the place of the noun
 * it hung from, that noun becomes its subject and the date a time modifier.
 */
function promoteOverDateSubject(p: SentenceParse, dateWords: ReadonlySet<number>): void {
  for (let i = 0; i < p.rel.length; i++) {
    const v = i + p.first;
    if (p.rel[i] !== 'acl:relcl' || p.upos[i] !== 'VERB') continue;
    const subject = p.head.findIndex((h, k) => h === v && p.rel[k] === 'nsubj');
    const noun = p.head[i];
    if (subject < 0 || !dateWords.has(subject + p.first) || noun < 0 || noun > subject + p.first) continue;
    const n = noun - p.first;
    p.head[i] = p.head[n];
    p.rel[i] = p.rel[n];
    p.head[n] = v;
    p.rel[n] = 'nsubj';
    p.rel[subject] = 'obl:tmod';
    // The noun's other dependents after the verb (the object, the final stop) now belong to the verb.
    for (let k = i + 1; k < p.rel.length; k++) if (p.head[k] === noun) p.head[k] = v;
    return;
  }
}

/** Most tokens a dateline has before its dash ("WASHINGTON, June 18 -", "Cairo (AFP) -"). */
const MAX_DATELINE_TOKENS = 8;
const DATELINE_DASHES = new Set(['-', '--', '–', '—']);
const DATELINE_PUNCTUATION = new Set([',', '(', ')', '.']);

/** Tokens of a wire dateline opening the sentence, dash included; 0 when there is none. */
export function datelineLength(tokens: readonly Token[], first: number, end: number): number {
  for (let d = first + 1; d < Math.min(end - 1, first + MAX_DATELINE_TOKENS + 1); d++) {
    const t = tokens[d];
    if (DATELINE_DASHES.has(t.text)) {
      // "Israel-Hamas talks" joins words; a dateline's dash stands apart from what follows.
      return tokens[d + 1].start > t.end ? d + 1 - first : 0;
    }
    if (!DATELINE_PUNCTUATION.has(t.text) && !/^[\p{Lu}\d]/u.test(t.text)) return 0;
  }
  return 0;
}

/** The sentence's parse with its dateline words hung from the root, so every token has a head. */
function withDateline(p: SentenceParse, tokens: readonly Token[], sentenceFirst: number): SentenceParse {
  const skip = p.first - sentenceFirst;
  if (skip > 0) {
    const root = p.first + p.head.indexOf(-1);
    const lead = Array.from({ length: skip }, (_, i) => tokens[sentenceFirst + i]);
    p = {
      first: sentenceFirst, end: p.end, children: [],
      head: Int32Array.from([...lead.map(() => root), ...p.head]),
      rel: [...lead.map(() => 'dep'), ...p.rel],
      upos: [...lead.map((t) => t.pos), ...p.upos],
    };
  }
  linkChildren(p);
  return p;
}

/** How far below the root noun a misparsed main verb may hang ("aircraft [using missiles] killed"). */
const MAX_REDUCED_DEPTH = 3;

/** Relations of a clause's head: a noun in one, with no copula or subject of its own, lacks its verb. */
const CLAUSE_RELS = new Set(['root', 'ccomp', 'parataxis']);

/**
 * "Indian troops fired at Pakistani soldiers" parsed as a noun phrase ("troops [that were]
 * fired at …") leaves the sentence without a verb. In news prose a sentence has a main verb,
 * so when the root is a noun whose participle modifier is the sentence's only verb, the verb
 * becomes the root and the noun its subject. The same holds for a noun heading a reported
 * clause ("The United States on Wednesday vowed to avenge …, officials said").
 */
function promoteReducedRelative(p: SentenceParse, xpos: readonly string[]): void {
  for (let i = 0; i < p.rel.length; i++) {
    if (!['NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM'].includes(p.upos[i])) continue;
    // "The United States on Wednesday vowed …, officials said" may also come out as a second subject of "said".
    const secondSubject = p.rel[i] === 'nsubj' && p.head.some((h, k) => k !== i && h === p.head[i] && p.rel[k] === 'nsubj');
    if (!CLAUSE_RELS.has(p.rel[i]) && !secondSubject) continue;
    if (p.rel[i] !== 'root' && p.head.some((h, k) => h === i + p.first && ['cop', 'nsubj', 'nsubj:pass', 'aux'].includes(p.rel[k]))) continue;
    promoteUnder(p, xpos, i, secondSubject ? 'ccomp' : p.rel[i]);
  }
}

function promoteUnder(p: SentenceParse, xpos: readonly string[], root: number, rel: string): void {
  // The participle may hang from the root or from a word of the root's own phrase
  // ("German [root] Chancellor Angela Merkel called Putin" → "called" under "Chancellor").
  const depth = (i: number): number => {
    let d = 0;
    for (let k = i; k !== root && d < 4; k = p.head[k] - p.first, d++) if (p.head[k] < 0) return 99;
    return d;
  };
  const verbs = p.upos.flatMap((u, i) => (u === 'VERB' ? [i] : []));
  const candidates = verbs.filter((v) => v > root && p.rel[v] === 'acl' && (xpos[v] === 'VBD' || xpos[v] === 'VBN') && depth(v) <= MAX_REDUCED_DEPTH);
  // "British aircraft using guided missiles killed 4 Iraqis": participles inside the subject
  // phrase come first; the last one with an object is the likelier main verb.
  const acl = [...candidates].reverse().find((v) => p.head.some((h, k) => h === v + p.first && p.rel[k] === 'obj')) ?? candidates[0];
  const finite = (v: number) => xpos[v] !== 'VBG' && xpos[v] !== 'VBN';
  // Another finite verb before it means the sentence has its verb, unless that one is also a
  // modifier in past form ("aircraft using precision guided missiles killed").
  if (acl === undefined || verbs.some((v) => v !== acl && !candidates.includes(v) && p.head[v] !== acl + p.first && p.rel[v] !== 'xcomp' && v < acl && v + p.first !== p.head[root] && finite(v))) return;
  p.head[acl] = p.head[root];
  p.rel[acl] = rel;
  p.head[root] = acl + p.first;
  p.rel[root] = 'nsubj';
}

/** Fills each token's dependents from the heads, in sentence order. */
function linkChildren(p: SentenceParse): void {
  const n = p.end - p.first;
  p.children = Array.from({ length: n }, () => []);
  for (let i = 0; i < n; i++) if (p.head[i] >= 0) p.children[p.head[i] - p.first].push(i + p.first);
}

/** The relation of token `i` (full label, e.g. "obl:agent"). */
export function relOf(p: SentenceParse, i: number): string {
  return p.rel[i - p.first] ?? '';
}

/** The head token of `i`, or −1. */
export function headOf(p: SentenceParse, i: number): number {
  return p.head[i - p.first] ?? -1;
}

/** The dependents of `i` whose relation starts with one of `rels` ("obl" matches "obl:agent"). */
export function childrenWith(p: SentenceParse, i: number, rels: readonly string[]): number[] {
  return (p.children[i - p.first] ?? []).filter((c) => {
    const r = relOf(p, c);
    return rels.some((x) => r === x || r.startsWith(`${x}:`));
  });
}

/**
 * The word of a `case` dependent ("by" in "by rebels"), lower-cased, or ''. The marker may hang
 * from a word before the head of its phrase ("with [President] Trump" parsed with "with" under
 * "President").
 */
export function caseWord(p: SentenceParse, tokens: readonly Token[], i: number): string {
  const c = childrenWith(p, i, ['case']);
  if (c.length) return tokens[c[0]].norm;
  for (const d of p.children[i - p.first] ?? []) {
    if (d > i) break;
    const inner = childrenWith(p, d, ['case']);
    if (inner.length && inner[0] < d) return tokens[inner[0]].norm;
  }
  return '';
}
