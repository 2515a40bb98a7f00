/** match(): every cue of data/relations/cues.tsv that fits a sentence, with its slots filled. */
import { actorMention } from '../actors/actor-mention.js';
import type { ActorMention, Token } from '../core/document.js';
import { isFiller } from '../events/pattern-matcher.js';
import { straightApostrophes } from '../nlp/apostrophes.js';
import type { CueElement } from './cue-pattern.js';
import { capitalised, objectAt, objectEndingAt, type SentenceView } from './cue-objects.js';
import { coordination } from './relation-parties.js';
import type { RelationCue } from './relation-resources.js';

export type { SentenceView } from './cue-objects.js';

type WordElement = Extract<CueElement, { kind: 'word' }>;
type SlotElement = Extract<CueElement, { kind: 'slot' }>;

/** How many filler words may sit between two elements of a cue ("has strategic ties with both …"). */
export const MAX_GAP = 3;
/** Nouns a slot may reach over with "of" to its actor ("supported by the regional powerhouses of Qatar"). */
export const MAX_HEAD_NOUNS = 3;
const HEAD_POS = new Set(['NOUN', 'PROPN', 'ADJ']);

/** A cue found in a sentence, before parties are settled. */
export interface CueMatch {
  cue: RelationCue;
  /** Token indexes of the matched words; the first is the trigger. */
  wordTokens: number[];
  first: number;
  last: number;
  a: ActorMention[] | null;
  b: ActorMention[] | null;
  ab: ActorMention[] | null;
  /** Token range [start, end) of the object, when the cue has {O}. */
  object: [number, number] | null;
}

function wordMatches(t: Token, el: WordElement): boolean {
  const norm = straightApostrophes(t.norm);
  return el.alts.includes(t.lemma) || el.alts.includes(norm) || (el.exact?.includes(norm) ?? false);
}

function kindFits(m: ActorMention, el: SlotElement): boolean {
  return !el.kinds || el.kinds.includes(m.kind);
}

/**
 * The token a slot's actor starts at when a noun that stands for it (modifiers.tsv `head-noun`)
 * and "of" come first ("the new Islamist leadership of Egypt", "the regional powerhouses of
 * Qatar"); else `j` unchanged.
 */
function overHeadNouns(tokens: Token[], j: number, to: number, byStart: Map<number, ActorMention>, heads: ReadonlySet<string>): number {
  let k = j;
  while (k < to && k - j < MAX_HEAD_NOUNS && HEAD_POS.has(tokens[k].pos)) k++;
  // Only nouns that stand for the actor ("leadership", "powerhouses"): "breakaway provinces of Georgia" are not Georgia.
  if (k === j || tokens[k]?.norm !== 'of' || (!heads.has(tokens[k - 1].lemma) && !heads.has(tokens[k - 1].norm))) return j;
  k++;
  for (let gap = 0; k < to && gap < MAX_GAP && !byStart.has(k) && isFiller(tokens[k]); k++, gap++);
  return byStart.has(k) ? k : j;
}

const POSSESSIVES = new Set(["'s", '’s', "'", '’']);

/**
 * A country the actor stage read as a place ("lies within Azerbaijan") as a state for a slot:
 * where a relation is stated, a country after "in" or "within" is a party.
 */
function countryAt(v: SentenceView, j: number): ActorMention | undefined {
  const p = v.places.find((x) => x.firstToken === j && x.precision === 'country');
  if (!p) return undefined;
  return actorMention(p, { code: p.country, name: v.res.countryNames.get(p.country) ?? p.name, country: p.country, role: null, kind: 'state' });
}

/** Role nouns that make a person's name stand for their government ("the Assad regime"). */
const REGIME_NOUNS = new Set(['regime', 'government', 'administration']);

/** "the Assad regime": a person followed by a government noun is that person's government. */
function regimeOf(m: ActorMention, actors: ActorMention[]): ActorMention {
  if (m.kind !== 'person' || !m.country) return m;
  const next = actors.find((a) => a.firstToken === m.endToken && a.kind === 'government' && a.role && REGIME_NOUNS.has(a.role.toLowerCase()));
  return next ? actorMention({ ...m, end: next.end, endToken: next.endToken, text: `${m.text} ${next.text}` },
    { ...m, code: `${m.country}GOV`, kind: 'government', role: next.role }, m.group) : m;
}

// tryMatch is split into the small steps below because, written as one function, V8 optimised and
// threw away its inlined whole about ten times per thousand articles (actor mentions come in many
// object shapes), at 100-350 ms of compiler time each: small functions recompile cheaply.

/** Writes the parties of a slot into the match: the actor with the actors coordinated with it. */
function fill(v: SentenceView, match: CueMatch, el: SlotElement, m: ActorMention, side: 'before' | 'after'): ActorMention[] {
  const members = coordination(regimeOf(m, v.actors), v.actors, v.tokens, el.role === 'AB', side);
  match[el.role === 'A' ? 'a' : el.role === 'B' ? 'b' : 'ab'] = members;
  return members;
}

/** A slot or object right before the first word ("Russian - backed", "NATO member", "Crimea , which …"); false when none fits. */
function matchBefore(v: SentenceView, el: CueElement, i: number, byEnd: Map<number, ActorMention>, match: CueMatch): boolean {
  const { tokens, from } = v;
  let j = i - 1;
  while (j >= from && i - 1 - j < MAX_GAP && isFiller(tokens[j]) && !byEnd.has(j + 1)) j--;
  if (el.kind === 'object') {
    const o = objectEndingAt(v, j + 1);
    if (!o || o[1] !== j + 1) return false;
    match.object = o;
    match.first = o[0];
  } else if (el.kind === 'slot') {
    const m = byEnd.get(j + 1);
    if (!m || !kindFits(m, el)) return false;
    const members = fill(v, match, el, m, 'before');
    match.first = Math.min(...members.map((x) => x.firstToken), m.firstToken);
  }
  return true;
}

/** The token of a word element after `pos` (over at most MAX_GAP fillers), or -1. */
function wordAfter(tokens: Token[], el: WordElement, pos: number, to: number): number {
  for (let j = pos + 1, gap = 0; j < to && gap <= MAX_GAP; j++, gap++) {
    if (wordMatches(tokens[j], el)) return j;
    if (!isFiller(tokens[j])) return -1;
  }
  return -1;
}

/** The last token of a slot or object element after `pos`, its parties written into the match; or -1. */
function slotAfter(v: SentenceView, el: CueElement, next: CueElement | undefined, pos: number, byStart: Map<number, ActorMention>, match: CueMatch): number {
  const { tokens, to, actors } = v;
  let j = pos + 1;
  for (let gap = 0; j < to && gap < MAX_GAP && !byStart.has(j) && isFiller(tokens[j]) && !(el.kind === 'object' && capitalised(tokens[j])); j++, gap++);
  if (el.kind === 'object') {
    const o = objectAt(v, j);
    if (!o) return -1;
    match.object = o;
    return o[1] - 1;
  }
  const slot = el as SlotElement;
  if (!byStart.has(j)) j = overHeadNouns(tokens, j, to, byStart, v.res.modifiers['head-noun']);
  const found = byStart.get(j) ?? countryAt(v, j);
  const m = found && regimeOf(found, actors);
  if (!m || !kindFits(m, slot)) return -1;
  // The actor must end its noun phrase: not a possessor ("supporting Obama's opponent") nor a
  // one-word modifier of a noun ("protection of his Russian allies", "backed harsh U.N. sanctions"),
  // unless the cue goes on there ("under Russian control").
  const after = tokens[m.endToken];
  const cueGoesOn = next?.kind === 'word' && !!after && wordMatches(after, next);
  const modifier = m.endToken - m.firstToken === 1 && after?.pos === 'NOUN';
  if (!cueGoesOn && (POSSESSIVES.has(after?.norm ?? '') || modifier)) return -1;
  // The cue ends at its last known member: "ally of Armenia, officials said" does not take in the officials.
  const members = fill(v, match, slot, m, 'after').filter((x) => x === m || !x.code.startsWith('---'));
  return Math.max(...members.map((x) => x.endToken), m.endToken) - 1;
}

function tryMatch(v: SentenceView, cue: RelationCue, i: number, byStart: Map<number, ActorMention>, byEnd: Map<number, ActorMention>): CueMatch | null {
  const els = cue.elements;
  const firstWord = els.findIndex((e) => e.kind === 'word');
  const match: CueMatch = { cue, wordTokens: [i], first: i, last: i, a: null, b: null, ab: null, object: null };
  if (firstWord === 1 && !matchBefore(v, els[0], i, byEnd, match)) return null;
  let pos = i;
  for (let k = firstWord + 1; k < els.length; k++) {
    const el = els[k];
    if (el.kind === 'word') {
      const found = wordAfter(v.tokens, el, pos, v.to);
      if (found < 0) {
        if (el.optional) continue;
        return null;
      }
      match.wordTokens.push(found);
      pos = found;
      continue;
    }
    pos = slotAfter(v, el, els[k + 1], pos, byStart, match);
    if (pos < 0) return null;
  }
  match.last = pos;
  return match;
}

/**
 * Every cue that matches in the sentence, most specific first: more words (and restricted slots)
 * first, then the earlier one. Words inside an actor's name are never triggers ("Prime Minister"),
 * except in the role nouns of unknown actors.
 */
export function matchCues(v: SentenceView): CueMatch[] {
  const { tokens, from, to, actors, res } = v;
  const byStart = new Map<number, ActorMention>();
  const byEnd = new Map<number, ActorMention>();
  for (const a of actors) {
    if (!byStart.has(a.firstToken)) byStart.set(a.firstToken, a);
    if (!byEnd.has(a.endToken)) byEnd.set(a.endToken, a);
  }
  const named = new Set<number>();
  for (const a of actors) if (!a.code.startsWith('---')) for (let i = a.firstToken; i < a.endToken; i++) named.add(i);
  const found: CueMatch[] = [];
  for (let i = from; i < to; i++) {
    if (named.has(i)) continue;
    const t = tokens[i];
    const norm = straightApostrophes(t.norm);
    const byLemma = res.byFirstWord.get(t.lemma);
    const byNorm = norm === t.lemma ? undefined : res.byFirstWord.get(norm);
    // Most tokens start no cue: nothing to allocate for them.
    if (!byLemma && !byNorm) continue;
    const cues = byLemma && byNorm ? [...new Set([...byLemma, ...byNorm])] : (byLemma ?? byNorm)!;
    for (const cue of cues) {
      if (!wordMatches(t, cue.elements.find((e) => e.kind === 'word') as Extract<CueElement, { kind: 'word' }>)) continue;
      const m = tryMatch(v, cue, i, byStart, byEnd);
      if (m) found.push(m);
    }
  }
  return found.sort((a, b) => b.cue.specificity - a.cue.specificity || a.first - b.first);
}
