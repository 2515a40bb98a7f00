/** match(): every cue of data/relations/cues.tsv that fits a sentence, with its slots filled. */
import type { ActorMention, Token } from '../core/document.js';
import { isFiller } from '../events/pattern-matcher.js';
import { straightApostrophes } from '../nlp/apostrophes.js';
import type { CueElement } from './cue-pattern.js';
import { capitalised, objectAt, objectEndingAt, type SentenceView } from './cue-objects.js';
import { coordination } from './relation-parties.js';
import type { RelationCue } from './relation-resources.js';

export type { SentenceView } from './cue-objects.js';

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

function wordMatches(t: Token, el: Extract<CueElement, { kind: 'word' }>): boolean {
  const norm = straightApostrophes(t.norm);
  return el.alts.includes(t.lemma) || el.alts.includes(norm) || (el.exact?.includes(norm) ?? false);
}

function kindFits(m: ActorMention, el: Extract<CueElement, { kind: 'slot' }>): boolean {
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
  return {
    start: p.start, end: p.end, text: p.text, code: p.country, name: v.res.countryNames.get(p.country) ?? p.name, country: p.country,
    role: null, kind: 'state', sentence: p.sentence, firstToken: p.firstToken, endToken: p.endToken,
  };
}

/** Role nouns that make a person's name stand for their government ("the Assad regime"). */
const REGIME_NOUNS = new Set(['regime', 'government', 'administration']);

/** "the Assad regime": a person followed by a government noun is that person's government. */
function regimeOf(m: ActorMention, actors: ActorMention[]): ActorMention {
  if (m.kind !== 'person' || !m.country) return m;
  const next = actors.find((a) => a.firstToken === m.endToken && a.kind === 'government' && a.role && REGIME_NOUNS.has(a.role.toLowerCase()));
  return next ? { ...m, code: `${m.country}GOV`, kind: 'government', role: next.role, end: next.end, endToken: next.endToken, text: `${m.text} ${next.text}` } : m;
}

function tryMatch(v: SentenceView, cue: RelationCue, i: number, byStart: Map<number, ActorMention>, byEnd: Map<number, ActorMention>): CueMatch | null {
  const { tokens, from, to, actors } = v;
  const els = cue.elements;
  const firstWord = els.findIndex((e) => e.kind === 'word');
  const match: CueMatch = { cue, wordTokens: [i], first: i, last: i, a: null, b: null, ab: null, object: null };
  const fill = (el: Extract<CueElement, { kind: 'slot' }>, m: ActorMention, side: 'before' | 'after') => {
    match[el.role === 'A' ? 'a' : el.role === 'B' ? 'b' : 'ab'] = coordination(regimeOf(m, actors), actors, tokens, el.role === 'AB', side);
  };
  if (firstWord === 1) {
    // A slot right before the first word ("Russian - backed", "NATO member", "Crimea , which …").
    const el = els[0];
    let j = i - 1;
    while (j >= from && i - 1 - j < MAX_GAP && isFiller(tokens[j]) && !byEnd.has(j + 1)) j--;
    if (el.kind === 'object') {
      const o = objectEndingAt(v, j + 1);
      if (!o || o[1] !== j + 1) return null;
      match.object = o;
      match.first = o[0];
    } else if (el.kind === 'slot') {
      const m = byEnd.get(j + 1);
      if (!m || !kindFits(m, el)) return null;
      fill(el, m, 'before');
      match.first = Math.min(...(match.a ?? match.b ?? match.ab ?? [m]).map((x) => x.firstToken), m.firstToken);
    }
  }
  let pos = i;
  for (const el of els.slice(firstWord + 1)) {
    let j = pos + 1;
    if (el.kind === 'word') {
      let found = -1;
      for (let gap = 0; j < to && gap <= MAX_GAP; j++, gap++) {
        if (wordMatches(tokens[j], el)) { found = j; break; }
        if (!isFiller(tokens[j])) break;
      }
      if (found < 0) {
        if (el.optional) continue;
        return null;
      }
      match.wordTokens.push(found);
      pos = found;
      continue;
    }
    for (let gap = 0; j < to && gap < MAX_GAP && !byStart.has(j) && isFiller(tokens[j]) && !(el.kind === 'object' && capitalised(tokens[j])); j++, gap++);
    if (el.kind === 'slot' && !byStart.has(j)) j = overHeadNouns(tokens, j, to, byStart, v.res.modifiers['head-noun']);
    if (el.kind === 'object') {
      const o = objectAt(v, j);
      if (!o) return null;
      match.object = o;
      pos = o[1] - 1;
      continue;
    }
    const found = byStart.get(j) ?? countryAt(v, j);
    const m = found && regimeOf(found, actors);
    if (!m || !kindFits(m, el)) return null;
    // The actor must end its noun phrase: not a possessor ("supporting Obama's opponent") nor a
    // one-word modifier of a noun ("protection of his Russian allies", "backed harsh U.N. sanctions"),
    // unless the cue goes on there ("under Russian control").
    const next = els[els.indexOf(el) + 1];
    const after = tokens[m.endToken];
    const cueGoesOn = next?.kind === 'word' && !!after && wordMatches(after, next);
    const modifier = m.endToken - m.firstToken === 1 && after?.pos === 'NOUN';
    if (!cueGoesOn && (POSSESSIVES.has(after?.norm ?? '') || modifier)) return null;
    fill(el, m, 'after');
    // The cue ends at its last known member: "ally of Armenia, officials said" does not take in the officials.
    const members = match[el.role === 'A' ? 'a' : el.role === 'B' ? 'b' : 'ab']!.filter((x) => x === m || !x.code.startsWith('---'));
    pos = Math.max(...members.map((x) => x.endToken), m.endToken) - 1;
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
