/** Which kind of people-count a figure is, read from the words around it. */
import type { ActorMention, Token } from '../core/document.js';
import type { ClaimResources } from './claim-resources.js';
import type { Figure } from './number-parser.js';
import { isQuoteMark } from './speaker-phrase.js';

/** Longest noun phrase after a figure that is read as what it counts. */
export const COUNTED_NP_MAX_TOKENS = 6;
/** How many skippable words (auxiliaries, adverbs) may stand between a noun phrase and its predicate. */
export const PREDICATE_WINDOW = 6;
/** How far a coordinated list may separate a figure from a shared "were killed" ("three soldiers, two civilians and a doctor were killed"). */
export const COORDINATION_WINDOW = 14;
/** How many words of a light verb's object are searched for a kind noun ("had a finger injury"). */
export const LIGHT_OBJECT_WINDOW = 3;
/** How far before "included" its kind noun may be ("The victims also included two civilians"). */
export const INCLUSION_WINDOW = 4;
/** How far before "at"/"to" a tally word ("toll", "total", "it") may be in a carried-over figure. */
export const TALLY_WINDOW = 8;

/** Words passed over between a noun phrase and its predicate ("who had", "were among the"). */
const PREDICATE_SKIP = new Set(['who', 'that', 'which', 'among', 'the', 'all', 'so', 'far', 'reportedly', 'also', 'been', 'being']);
const PARTITIVE_PRONOUNS = new Set(['them', 'whom', 'those', 'us', 'which', 'these']);
const PARTITIVE_OPENERS = new Set(['the', 'our', 'their', 'its', 'his', 'her', 'those', 'these', 'your', 'my']);

/** What a figure counts: its noun phrase and where its predicate may start. */
export interface CountedPhrase {
  /** First token of the noun phrase (after "of"), or the token after the figure when there is none. */
  start: number;
  /** The head noun's index, or null for an elliptical figure ("2,400 wounded"). */
  head: number | null;
  /** Where a predicate ("were killed") may start. */
  predicateStart: number;
  /** True when the head counts people (a people noun, a kind noun, a demonym, an actor). */
  people: boolean;
}

/** Where the kind of a claim came from, for the subject and for tests. */
export interface KindReading {
  kind: string;
  /** Token range of the cue. */
  cueStart: number;
  cueEnd: number;
  how: 'predicate' | 'verb-before' | 'noun-of' | 'modifier' | 'head-noun' | 'carried' | 'light-verb';
}

/** The sentence a figure sits in, with the article's tokens and actor mentions. */
export interface SentenceView {
  tokens: Token[];
  first: number;
  end: number;
  actors: ActorMention[];
}

function isParticiple(t: Token): boolean {
  return t.pos === 'VERB' && t.norm !== t.lemma;
}

/** True when token `i` counts people: a listed noun, a kind noun, a capitalised plural or an actor. */
export function countsPeople(res: ClaimResources, view: SentenceView, i: number, runStart: number): boolean {
  const t = view.tokens[i];
  if (res.people.matchEndingAt(view.tokens, i + 1, runStart) || res.kindNouns.matchEndingAt(view.tokens, i + 1, runStart)) return true;
  if (/^\p{Lu}[\p{L}’'-]*s$/u.test(t.text) && t.text !== t.text.toUpperCase()) return true;
  return view.actors.some((m) => m.firstToken <= i && i < m.endToken && (m.kind === 'agent' || m.kind === 'group'));
}

/**
 * The noun phrase a figure counts ("20 Indian soldiers", "dozens of people", "957 of them"):
 * modifiers and nouns after the figure, the head being the last noun.
 */
export function countedPhrase(res: ClaimResources, view: SentenceView, fig: Figure): CountedPhrase {
  const { tokens, end } = view;
  let j = fig.spanEnd;
  if (tokens[j]?.norm === 'of') {
    j++;
    while (j < end && PARTITIVE_OPENERS.has(tokens[j].norm)) j++;
    if (j < end && PARTITIVE_PRONOUNS.has(tokens[j].norm)) return { start: j, head: j, predicateStart: j + 1, people: true };
  }
  const start = j;
  let head: number | null = null;
  while (j < end && j - start < COUNTED_NP_MAX_TOKENS) {
    const t = tokens[j];
    if (isQuoteMark(t) || t.text === '-') { j++; continue; }
    if (t.pos === 'NOUN' || t.pos === 'PROPN') { head = j; j++; continue; }
    if (t.pos === 'ADJ' || t.pos === 'ADV') { j++; continue; }
    if (isParticiple(t)) {
      // "internally displaced persons": a participle modifies a noun that follows it;
      // "2,400 wounded by troops": otherwise it is the predicate.
      // "17 critically injured Indian troops" yes; "dozens shocked Fredville" no: a common noun must
      // follow, or a word of the lexicons in capitals ("2 ISIS-LINKED BRITISH CAPTIVES").
      const counts = (k: number) => tokens[k].pos === 'NOUN' || !!res.kindNouns.matchAt(tokens, k, end) || !!res.people.matchAt(tokens, k, end);
      let k = j + 1;
      while (k < end && !counts(k) && (isQuoteMark(tokens[k]) || ['ADJ', 'ADV', 'PROPN'].includes(tokens[k].pos))) k++;
      if (k < end && counts(k)) { j++; continue; }
    }
    break;
  }
  if (head === null) return { start, head: null, predicateStart: start, people: true };
  return { start, head, predicateStart: head + 1, people: countsPeople(res, view, head, start) };
}

/** Passes over auxiliaries, adverbs, relative pronouns and quote marks. */
function skipToPredicate(res: ClaimResources, view: SentenceView, j: number): number {
  const { tokens, end } = view;
  let k = j;
  while (k < end && k - j < PREDICATE_WINDOW
    && (tokens[k].pos === 'AUX' || tokens[k].pos === 'ADV' || PREDICATE_SKIP.has(tokens[k].norm) || isQuoteMark(tokens[k]))) {
    // "had a finger injury": a light verb with an object is the predicate, not an auxiliary.
    if (res.frames.light.has(tokens[k].lemma) && ['DET', 'ADJ', 'NOUN'].includes(tokens[k + 1]?.pos ?? '')) break;
    k++;
  }
  return k;
}

/** True when a verb cue has people or a number as its object: the figure is the agent, not the victims. */
function hasPeopleObject(res: ClaimResources, view: SentenceView, afterCue: number): boolean {
  const { tokens, end } = view;
  let k = afterCue;
  while (k < end && (tokens[k].pos === 'DET' || tokens[k].pos === 'ADJ')) k++;
  if (k >= end) return false;
  if (tokens[k].pos === 'NUM') return true;
  return (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN') && countsPeople(res, view, k, k);
}

function predicateAt(res: ClaimResources, view: SentenceView, k: number): KindReading | null {
  const { tokens, end } = view;
  const m = res.kindPredicates.matchAt(tokens, k, end);
  if (m) {
    const passive = tokens[k - 1]?.pos === 'AUX';
    if (!passive && tokens[k].pos === 'VERB' && hasPeopleObject(res, view, m.end)) return null;
    return { kind: m.value, cueStart: m.start, cueEnd: m.end, how: 'predicate' };
  }
  // "60 suffered slight injuries": a light verb whose object is a kind noun.
  if (k < end && res.frames.light.has(tokens[k].lemma)) {
    for (let o = k + 1; o < end && o - k <= LIGHT_OBJECT_WINDOW && ['DET', 'ADJ', 'NOUN'].includes(tokens[o].pos); o++) {
      const noun = res.kindNouns.matchAt(tokens, o, end);
      if (noun) return { kind: noun.value, cueStart: noun.start, cueEnd: noun.end, how: 'light-verb' };
    }
  }
  return null;
}

/** "three soldiers, two civilians and a doctor were killed": a passive predicate after a list. */
function coordinatedPredicate(res: ClaimResources, view: SentenceView, j: number): KindReading | null {
  const { tokens, end } = view;
  for (let k = j; k < end && k - j < COORDINATION_WINDOW; k++) {
    const t = tokens[k];
    if (t.pos === 'AUX' && t.lemma === 'be') {
      const p = predicateAt(res, view, k + 1);
      return p && tokens[p.cueStart].pos === 'VERB' ? p : null;
    }
    const listy = t.pos === 'DET' || t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'ADJ' || t.pos === 'NUM' || t.text === ',' || t.norm === 'and';
    if (!listy) return null;
  }
  return null;
}

/** A kind named earlier in the sentence, carried to a figure after "at"/"to" and a tally word. */
function carriedKind(res: ClaimResources, view: SentenceView, fig: Figure): KindReading | null {
  const { tokens, first } = view;
  // "estimates ranging from 8,000 to 12,000": the range's "from" is the preposition.
  const prep = tokens[fig.spanFirst]?.norm === 'from' ? fig.spanFirst : fig.spanFirst - 1;
  if (prep < first || !res.frames.prepositions.has(tokens[prep].norm)) return null;
  let tally = false;
  for (let k = prep - 1; k >= first && prep - k <= TALLY_WINDOW; k--) if (res.frames.tallies.has(tokens[k].norm)) tally = true;
  if (!tally) return null;
  for (let k = prep - 1; k >= first; k--) {
    const m = res.kindPredicates.matchAt(tokens, k, prep) ?? res.kindNouns.matchAt(tokens, k, prep);
    if (m) return { kind: m.value, cueStart: m.start, cueEnd: m.end, how: 'carried' };
  }
  return null;
}

/** "The victims also included two Iranian civilians": the subject of "include" names the kind. */
function includedKind(res: ClaimResources, view: SentenceView, fig: Figure): KindReading | null {
  const { tokens, first } = view;
  const verb = fig.spanFirst - 1;
  if (verb < first || !res.frames.inclusion.has(tokens[verb].lemma)) return null;
  for (let k = verb - 1; k >= first && verb - k <= INCLUSION_WINDOW; k--) {
    const m = res.kindNouns.matchAt(tokens, k, verb);
    if (m) return { kind: m.value, cueStart: m.start, cueEnd: m.end, how: 'carried' };
  }
  return null;
}

/**
 * The kind of a figure, by the first rule that applies: a predicate after its noun phrase,
 * a verb right before it, a noun before "of" it, a modifier in its noun phrase, its head noun,
 * a kind carried over by "at"/"to". Null when nothing marks it as a count of people affected.
 */
export function readKind(res: ClaimResources, view: SentenceView, fig: Figure, np: CountedPhrase): KindReading | null {
  const { tokens, first } = view;
  const k = skipToPredicate(res, view, np.predicateStart);
  const predicate = predicateAt(res, view, k) ?? coordinatedPredicate(res, view, np.predicateStart);
  if (predicate) return predicate;
  const before = res.kindPredicates.matchEndingAt(tokens, fig.spanFirst, first);
  if (before) return { kind: before.value, cueStart: before.start, cueEnd: before.end, how: 'verb-before' };
  if (tokens[fig.spanFirst - 1]?.norm === 'of' && fig.spanFirst - 1 > first) {
    const of = res.kindNouns.matchEndingAt(tokens, fig.spanFirst - 1, first) ?? res.kindPredicates.matchEndingAt(tokens, fig.spanFirst - 1, first);
    if (of) return { kind: of.value, cueStart: of.start, cueEnd: of.end, how: 'noun-of' };
  }
  if (np.head !== null) {
    for (let i = np.start; i < np.head; i++) {
      const mod = res.kindPredicates.matchAt(tokens, i, np.head);
      if (mod) return { kind: mod.value, cueStart: mod.start, cueEnd: mod.end, how: 'modifier' };
    }
    const noun = res.kindNouns.matchEndingAt(tokens, np.head + 1, np.start);
    if (noun) return { kind: noun.value, cueStart: noun.start, cueEnd: noun.end, how: 'head-noun' };
  }
  return carriedKind(res, view, fig) ?? includedKind(res, view, fig);
}
