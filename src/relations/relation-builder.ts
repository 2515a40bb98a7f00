/** resolve(): a matched cue becomes relations, one per pair of parties, with object, time and voice. */
import type { ActorMention, DateMention, Relation, RelationParty, Token } from '../core/document.js';
import type { CueMatch, SentenceView } from './cue-matcher.js';
import { objectAt, objectBeforeCue } from './cue-objects.js';
import { impliedSubject, partyKey, partyOf } from './relation-parties.js';
import { precededBy, relationTime, voiceOf, type VoiceContext } from './relation-status.js';

/** The infinitive marker: a verb cue after it is planned or wished, not stated ("the green light to annex"). */
const INFINITIVE_MARKER = 'to';

/** Kinds whose noun cue does not take an actor right before it as a side: "the EU members of the Security Council" are not the EU. */
const NO_PREMODIFIER_KINDS = new Set(['member']);

/** The word that pairs two coordinations member by member. */
const RESPECTIVELY = 'respectively';

/** Confidence of a relation whose cue names both sides. */
export const BASE_CONFIDENCE = 0.8;
/** Taken off when a side was not in the cue but inferred as the clause's subject. */
export const IMPLIED_PARTY_PENALTY = 0.1;

/** What building needs besides the match: the sentence, the document's dates and voice lookups. */
export interface BuildContext {
  view: SentenceView;
  text: string;
  sentence: number;
  sentenceSpan: { start: number; end: number };
  dates: DateMention[];
  published: string | null;
  voice: () => VoiceContext;
}

function spanOf(text: string, tokens: Token[], a: number, b: number): { start: number; end: number; text: string } {
  return { start: tokens[a].start, end: tokens[b - 1].end, text: text.slice(tokens[a].start, tokens[b - 1].end) };
}

/** The sentence without the whitespace at its ends. */
export function trimmedSpan(text: string, start: number, end: number): { start: number; end: number; text: string } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end, text: text.slice(start, end) };
}

/** One mention per party: "the two sides" may name the same state twice, "Yerevan" and "Armenia" are one. */
function distinct(ms: ActorMention[]): ActorMention[] {
  const seen = new Set<string>();
  return ms.filter((m) => {
    const k = partyKey(partyOf(m));
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const known = (m: ActorMention) => !m.code.startsWith('---');

/**
 * The party an actor mention is in a relation: a government that stands for its state is named
 * by the state ("Yerevan" → Armenia); in a relation to a place a person stands for their state
 * ("his annexation of Crimea" is Russia's).
 */
function partyFor(m: ActorMention, territorial: boolean, countryNames: ReadonlyMap<string, string>): RelationParty {
  const p = partyOf(m);
  if (!m.country) return p;
  if (territorial && m.kind === 'person') return { ...p, code: m.country, name: countryNames.get(m.country) ?? m.country, kind: 'state' };
  if (m.kind === 'government' && m.code === `${m.country}GOV`) return { ...p, name: countryNames.get(m.country) ?? p.name };
  return p;
}

/** The pairs of parties a match relates, and whether a side had to be inferred. */
function pairsOf(m: CueMatch, c: BuildContext, needsB: boolean): { pairs: Array<[ActorMention, ActorMention | null]>; implied: boolean } {
  const { tokens, from, actors, res } = c.view;
  const trigger = m.wordTokens[0];
  if (m.ab) {
    const members = distinct(m.ab.filter(known));
    const pairs: Array<[ActorMention, ActorMention]> = [];
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) pairs.push([members[i], members[j]]);
    return { pairs, implied: false };
  }
  let as = m.a;
  let bs = m.b;
  let implied = false;
  // A cue that opens with a comma is an apposition: its side is the actor before the comma.
  const apposition = tokens[trigger].text === ',' && m.first === trigger;
  if (!as) {
    as = impliedSubject(tokens, actors, trigger, from, bs ?? [], res.speech, c.view.previous, apposition, !NO_PREMODIFIER_KINDS.has(m.cue.kind.kind));
    implied = true;
  } else if (!bs && needsB) {
    bs = impliedSubject(tokens, actors, trigger, from, as, res.speech, c.view.previous, apposition, !NO_PREMODIFIER_KINDS.has(m.cue.kind.kind));
    implied = true;
  }
  if (!as || (needsB && !bs)) return { pairs: [], implied };
  // "under Israeli and Jordanian control respectively": which goes with which is not for us to guess.
  if ((as.length > 1 || (bs?.length ?? 0) > 1) && tokens.slice(from, c.view.to).some((t) => t.norm === RESPECTIVELY)) return { pairs: [], implied };
  const pairs: Array<[ActorMention, ActorMention | null]> = [];
  for (const a of distinct(as.filter(known))) {
    if (!needsB) pairs.push([a, null]);
    else for (const b of distinct(bs!.filter(known))) if (partyKey(partyOf(a)) !== partyKey(partyOf(b))) pairs.push([a, b]);
  }
  return { pairs, implied };
}

/** The object of a match: its {O} slot, the name the clause is about, or a name after "over"/"about". */
function objectOf(m: CueMatch, c: BuildContext): [number, number] | null {
  const kind = m.cue.kind;
  if (m.object) return m.object;
  if (kind.object === 'slot') return objectBeforeCue(c.view, m.first, m.first === m.wordTokens[0] && c.view.tokens[m.first].pos === 'VERB');
  if (kind.object === 'none') return null;
  const { tokens, to } = c.view;
  const next = m.last + 1;
  return next < to && kind.object.includes(tokens[next].norm) ? objectAt(c.view, next + 1) : null;
}

/**
 * The relations a matched cue states: none when the cue is wished or possible ("wants to join"),
 * or when a side or a required object cannot be found; otherwise one per pair of known parties.
 */
export function buildRelations(m: CueMatch, c: BuildContext): Relation[] {
  const { tokens, from, to, res } = c.view;
  const kind = m.cue.kind;
  const trigger = m.wordTokens[0];
  if (precededBy(res, 'unreal', tokens, m.first, from)) return [];
  if (tokens[trigger - 1]?.norm === INFINITIVE_MARKER && !['NOUN', 'PROPN'].includes(tokens[trigger].pos)) return [];
  const { pairs, implied } = pairsOf(m, c, kind.object !== 'slot');
  if (!pairs.length) return [];
  const object = objectOf(m, c);
  if (kind.object === 'slot' && !object) return [];
  const objectSpan = object ? spanOf(c.text, tokens, object[0], object[1]) : null;
  const voice = voiceOf(res, c.voice(), from, to, trigger);
  const time = relationTime(res, tokens, c.dates, c.text, m.first, m.last, from, c.published, m.cue.basis);
  const negated = precededBy(res, 'negation', tokens, m.first, from);
  const cue = { ...spanOf(c.text, tokens, m.first, m.last + 1), pattern: m.cue.text };
  const confidence = Math.round(100 * ((m.cue.confidence ?? BASE_CONFIDENCE) - (implied ? IMPLIED_PARTY_PENALTY : 0))) / 100;
  const out: Relation[] = [];
  for (const [a, b] of pairs) {
    const pa = partyFor(a, kind.object === 'slot', res.countryNames);
    // An object that is one of the parties ("Russia controls Russia") says nothing.
    if (objectSpan && objectSpan.start <= pa.start && pa.end <= objectSpan.end) continue;
    out.push({
      kind: kind.kind, label: m.cue.label, a: pa, b: b ? partyFor(b, false, res.countryNames) : null,
      direction: kind.direction, polarity: m.cue.polarity, negated, object: objectSpan, time, ...voice,
      sentence: c.sentence, cue, evidence: trimmedSpan(c.text, c.sentenceSpan.start, c.sentenceSpan.end), confidence,
    });
  }
  return out;
}
