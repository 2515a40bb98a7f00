import type { ActorMention, Token } from '../core/document.js';
import type { PatternSet, VerbPattern } from '../dictionaries/verb-patterns.js';
import { straightApostrophes } from '../nlp/apostrophes.js';
import { isGluedHyphen } from '../nlp/hyphens.js';
import type { Gaps } from './gap-phrases.js';

/** How many filler words may sit between two pattern elements ("held separate calls with"). */
export const MAX_GAP = 3;
/** Parts of speech that may fill a gap: determiners, adjectives, adverbs, numbers, pronouns, particles. */
const FILLER_POS = new Set(['DET', 'ADJ', 'ADV', 'NUM', 'PRON', 'PART']);
/** Quotation marks never break a pattern (“commended”, called on X “to release”). */
const QUOTES = new Set(['"', '“', '”', "'", '‘', '’', '«', '»']);

/** A pattern matched in a sentence, before actors are assigned to roles. */
export interface PatternMatch {
  pattern: VerbPattern;
  /** Token indexes of the matched words. */
  wordTokens: number[];
  first: number;
  last: number;
  source: ActorMention | null;
  target: ActorMention | null;
}

/** Whether a token may be skipped inside a pattern. */
export function isFiller(t: Token): boolean {
  return FILLER_POS.has(t.pos) || QUOTES.has(t.text);
}

/**
 * Whether token `j` is the hyphen or the second half of a word written with a hyphen ("a day-old
 * blockade", "war-torn Mozambique"): with its first half, one modifier of what follows.
 */
function hyphenTail(tokens: readonly Token[], j: number, from: number, to: number): boolean {
  const glued = (k: number) => k > from && k + 1 < to && isGluedHyphen(tokens, k);
  return glued(j) || glued(j - 1);
}

/** A token's norm with curly apostrophes made straight, as pattern words are written. */
function straightNorm(t: Token): string {
  return straightApostrophes(t.norm);
}

function wordMatches(t: Token, alts: string[]): boolean {
  return alts.includes(t.lemma) || alts.includes(straightNorm(t));
}

function groupEnd(m: ActorMention, byStart: MentionIndex): ActorMention {
  let last = m;
  for (const a of byStart.values()) if (a.group === m.group && a.endToken > last.endToken) last = a;
  return last;
}

/** Whether a name ends in a common noun of its own ("U.N. weapons inspectors"), which a pattern's word after its slot may be. */
function ownNoun(m: ActorMention, last: Token): boolean {
  return m.endToken - m.firstToken > 1 && last.text !== last.text.toUpperCase() && last.text[0] === last.text[0]!.toLowerCase();
}

/** Actors by first token, for slot matching. */
export type MentionIndex = Map<number, ActorMention>;

const NOTHING_SKIPPED: Gaps = { skippable: new Set(), free: new Set(), fixed: new Set() };

/** Words that may stand between a passive auxiliary and its participle ("were also barred"). */
const PASSIVE_GAP = 2;

/**
 * Whether the verb at `i` follows a form of "be" or "get", over adverbs: a slot after it may be its
 * subject. (Unlike actor-roles `isPassive`, a progressive "is backing" passes too, as the slot's
 * target is then found by the role finder all the same.)
 */
function passiveAt(tokens: Token[], i: number, floor: number): boolean {
  if (tokens[i].pos !== 'VERB') return false;
  for (let j = i - 1; j >= floor && j >= i - 1 - PASSIVE_GAP; j--) {
    if (tokens[j].lemma === 'be' || tokens[j].lemma === 'get') return true;
    if (tokens[j].pos !== 'ADV') return false;
  }
  return false;
}

/** Whether a preposition stands among tokens [from, to), which a pattern steps over. */
function steppedOverPreposition(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].pos === 'ADP') return true;
  return false;
}

/** The endings of a past participle used without "be" ("freed", "taken"). */
const PARTICIPLE_ENDING = /(?:ed|en)$/;

function tryMatch(p: VerbPattern, tokens: Token[], i: number, end: number, floor: number, byStart: MentionIndex, byEnd: Map<number, ActorMention>, filler: (j: number) => boolean, cost: (j: number) => number): PatternMatch | null {
  const elements = p.elements;
  let firstWord = 0;
  while (firstWord < elements.length && elements[firstWord].kind !== 'word') firstWord++;
  if (firstWord === elements.length) firstWord = -1;
  let source: ActorMention | null = null;
  let target: ActorMention | null = null;
  if (firstWord === 1) {
    // {S} right before the first word: "Russian-brokered cease-fire".
    let j = i - 1;
    while (j >= floor && filler(j) && !byEnd.has(j + 1)) j--;
    source = byEnd.get(j + 1) ?? null;
    if (!source) return null;
  }
  const wordTokens = [i];
  let pos = i;
  /** The actor a slot just took, whose own role noun the next word may be ("expelled {T} diplomats" over "two Russian diplomats"). */
  let slotted: ActorMention | null = null;
  for (let e = firstWord + 1; e < elements.length; e++) {
    const el = elements[e];
    const after: ActorMention | null = slotted;
    slotted = null;
    if (el.kind === 'word') {
      if (after && (after.role || ownNoun(after, tokens[pos])) && after.endToken - 1 === pos && wordMatches(tokens[pos], el.alts)) {
        wordTokens.push(pos);
        continue;
      }
      let j = pos + 1;
      let found = -1;
      for (let gap = 0; j < end && gap <= MAX_GAP; j++, gap += cost(j - 1)) {
        // "agreed during a surprise meeting": a noun of a prepositional phrase stepped over is no word of the pattern.
        if (wordMatches(tokens[j], el.alts) && !(cost(j) === 0 && tokens[j].pos === 'NOUN' && steppedOverPreposition(tokens, pos + 1, j))) { found = j; break; }
        // "defended Iraq against Western criticism": a name the dictionaries do not know may
        // qualify the next word, one they know may not ("defended Iraq against Iran's criticism").
        if (!filler(j) && (tokens[j].pos !== 'PROPN' || byStart.has(j) || byEnd.has(j + 1))) break;
      }
      if (found < 0) {
        // A skipped optional word leaves the slot's role noun in reach: "allow the return of {T} [weapons] inspectors"
        // over "U.N. weapons inspectors".
        if (el.optional) { slotted = after; continue; }
        return null;
      }
      wordTokens.push(found);
      pos = found;
    } else {
      let j = pos + 1;
      let gap = 0;
      // "accepted demands from Shona rebels", "the invasion of South Lebanon": a name the
      // dictionaries do not know may qualify the actor the slot takes.
      while (j < end && gap <= MAX_GAP && !byStart.has(j) && (filler(j) || tokens[j].pos === 'PROPN')) { gap += cost(j); j++; }
      const m = byStart.get(j);
      if (!m) {
        // "reporters were barred by separatists from entering": the object a passive trigger's slot
        // wants is the clause's subject, which the role finder reads; a "by" agent may come first.
        if (el.role !== 'T' || e !== firstWord + 1) return null;
        const agent = tokens[pos + 1]?.norm === 'by' ? byStart.get(pos + 2) : undefined;
        if (!passiveAt(tokens, i, floor)) {
          // "prisoners freed by Russia": a participle right after a noun, with its agent, is passive
          // without "be"; the match names both sides, as the role finder would read it as active.
          const patient = byEnd.get(i);
          if (!agent || !patient || tokens[i].pos !== 'VERB' || !PARTICIPLE_ENDING.test(tokens[i].norm)) return null;
          [source, target] = [agent, patient];
        }
        if (agent) pos = (agent.group === undefined ? agent : groupEnd(agent, byStart)).endToken - 1;
        continue;
      }
      // "had received U.S. visas": the verb's object is the noun the actor qualifies, and no one is met
      // ("host a meeting between an Israeli peace movement and …" names its sides after a preposition).
      if (p.personTarget && el.role === 'T' && e === firstWord + 1 && e === elements.length - 1 && m.group === undefined && tokens[m.endToken]?.pos === 'NOUN' && m.endToken < end) return null;
      if (el.role === 'T') target = m;
      else source = m;
      // A slot takes the whole coordination: "urged Russia and Ukraine to resume talks".
      const last = m.group === undefined ? m : groupEnd(m, byStart);
      pos = last.endToken - 1;
      // "ordered the opposition newspaper La Prensa to suspend publication": a name right after a
      // role noun is the name of that actor.
      for (let n = 0; last.kind === 'agent' && n < MAX_GAP && pos + 1 < end && tokens[pos + 1].pos === 'PROPN' && !byStart.has(pos + 1); n++) pos++;
      slotted = last;
    }
  }
  return { pattern: p, wordTokens, first: i, last: pos, source, target };
}

/**
 * The patterns a (lemma, norm) trigger pair starts, each once: those filed under the lemma, then
 * those under the norm. Those whose next element is a required word are also filed under every
 * form of that word, so that a position tries only the patterns whose next word is in reach
 * (a trigger such as "call" starts over a hundred patterns, most of which need a word not there).
 */
interface Trigger {
  patterns: readonly VerbPattern[];
  /** Next required word → indexes into `patterns`, ascending. */
  byNextWord: ReadonlyMap<string, readonly number[]>;
  /** Indexes of the patterns with no required next word (a slot, an optional word, nothing): always tried. */
  always: readonly number[];
  /** Every index, for triggers too small to be worth sorting out. */
  all: readonly number[];
}

/** Up to this many patterns, a trigger tries them all: picking would cost more than it saves. */
const PICK_ABOVE = 4;

/** Per pattern set, the trigger of each (lemma, norm) pair met so far: the same words recur in every article. */
const triggerCache = new WeakMap<PatternSet, Map<string, Trigger>>();

function compileTrigger(patterns: readonly VerbPattern[]): Trigger {
  const byNextWord = new Map<string, number[]>();
  const always: number[] = [];
  patterns.forEach((p, index) => {
    const firstWord = p.elements.findIndex((e) => e.kind === 'word');
    const next = p.elements[firstWord + 1];
    if (firstWord < 0 || !next || next.kind !== 'word' || next.optional) {
      always.push(index);
      return;
    }
    for (const alt of new Set(next.alts)) {
      const list = byNextWord.get(alt);
      if (list) list.push(index);
      else byNextWord.set(alt, [index]);
    }
  });
  return { patterns, byNextWord, always, all: patterns.map((_, index) => index) };
}

function trigger(set: PatternSet, lemma: string, norm: string, byLemma: readonly VerbPattern[] | undefined, byNorm: readonly VerbPattern[] | undefined): Trigger {
  let cache = triggerCache.get(set);
  if (!cache) triggerCache.set(set, (cache = new Map()));
  const key = lemma === norm ? lemma : `${lemma}\u0000${norm}`;
  let found = cache.get(key);
  if (!found) {
    found = compileTrigger([...new Set([...(byLemma ?? []), ...(byNorm ?? [])])]);
    cache.set(key, found);
  }
  return found;
}

/**
 * Indexes (ascending) of the trigger's patterns worth trying at token `i`: those whose next
 * required word is one of the words a match could take next (the tokens after `i` up to and
 * including the first one that is no filler, at most MAX_GAP + 1 of them), and those always tried.
 * Any other pattern's first step after the trigger would fail, so it cannot match here.
 */
function inReach(t: Trigger, tokens: Token[], i: number, end: number, filler: (j: number) => boolean, cost: (j: number) => number): readonly number[] {
  if (t.patterns.length <= PICK_ABOVE) return t.all;
  const picked = new Set<number>(t.always);
  for (let j = i + 1, gap = 0; j < end && gap <= MAX_GAP; j++, gap += cost(j - 1)) {
    for (const index of t.byNextWord.get(tokens[j].lemma) ?? []) picked.add(index);
    for (const index of t.byNextWord.get(straightNorm(tokens[j])) ?? []) picked.add(index);
    // Unknown names may stand before a word, as in tryMatch.
    if (!filler(j) && tokens[j].pos !== 'PROPN') break;
  }
  return [...picked].sort((a, b) => a - b);
}

/**
 * Finds every pattern that matches in tokens [from, to), most specific first; the event
 * builder keeps, for each word, the first match that codes an event. The `gaps` (a date:
 * "demonstrated on Tuesday in Serbia", a fixed phrase: "agreed in principle to") may stand
 * between a pattern's elements like fillers, each unit counting once.
 */
export function matchPatterns(set: PatternSet, tokens: Token[], from: number, to: number, actors: ActorMention[], gaps: Gaps = NOTHING_SKIPPED): PatternMatch[] {
  const byStart: MentionIndex = new Map();
  const byEnd = new Map<number, ActorMention>();
  for (const a of actors) {
    if (!byStart.has(a.firstToken)) byStart.set(a.firstToken, a);
    byEnd.set(a.endToken, a);
  }
  const candidates: PatternMatch[] = [];
  // Whether each token of the span may fill a gap, worked out once: every pattern filed under a
  // common trigger ("call" has over a hundred) asks about the same few tokens after it.
  const fillers = new Uint8Array(Math.max(0, to - from));
  // 1: a filler; 2: a filler that costs no gap, the hyphen and second half of "day-old", "war-torn",
  // and the later words of a gap unit ("in principle", "(PKK)").
  for (let j = from; j < to; j++) {
    fillers[j - from] = hyphenTail(tokens, j, from, to) || gaps.free.has(j) ? 2 : isFiller(tokens[j]) || gaps.skippable.has(j) || hyphenTail(tokens, j + 1, from, to) ? 1 : 0;
  }
  const filler = (j: number) => fillers[j - from] !== 0;
  const cost = (j: number) => (fillers[j - from] === 2 ? 0 : 1);
  // Words inside an actor name are never triggers ("Security Council", "Prime Minister").
  // Bare role nouns may start a pattern ("prisoner swap", "suicide bomber"). Marked once for
  // the span rather than tested against every actor at every token.
  const inName = new Uint8Array(Math.max(0, to - from));
  for (const a of actors) {
    if (a.code.startsWith('---')) continue;
    for (let i = Math.max(from, a.firstToken); i < Math.min(to, a.endToken); i++) inName[i - from] = 1;
  }
  for (let i = from; i < to; i++) {
    const t = tokens[i];
    if (inName[i - from] || gaps.fixed.has(i)) continue;
    // "Russian-backed Yerevan": a word hyphenated to the one before it is a modifier, not a
    // trigger, unless the pattern names that word as its source ("{S} - brokered").
    const hyphenated = i - 1 > from && isGluedHyphen(tokens, i - 1);
    const byLemma = set.byFirstWord.get(t.lemma);
    const norm = straightNorm(t);
    const byNorm = norm === t.lemma ? undefined : set.byFirstWord.get(norm);
    if (!byLemma && !byNorm) continue;
    const starts = trigger(set, t.lemma, norm, byLemma, byNorm);
    for (const index of inReach(starts, tokens, i, to, filler, cost)) {
      const p = starts.patterns[index];
      if (hyphenated && p.elements[0].kind !== 'slot') continue;
      const m = tryMatch(p, tokens, i, to, from, byStart, byEnd, filler, cost);
      if (m) candidates.push(m);
    }
  }
  return candidates.sort(bySpecificity);
}

/** Whether a pattern places its target itself ("threaten strike {T}"), which says more than a target found around it. */
const placesTarget = (m: PatternMatch): number => (m.pattern.elements.some((e) => e.kind === 'slot' && e.role === 'T') ? 1 : 0);

/** Most specific first: more matched words (optional words count only when present), then a named target, then one the pattern places. */
export function bySpecificity(a: PatternMatch, b: PatternMatch): number {
  return b.wordTokens.length - a.wordTokens.length || (b.target ? 1 : 0) - (a.target ? 1 : 0) || a.first - b.first
    || placesTarget(b) - placesTarget(a);
}
