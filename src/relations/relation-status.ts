/**
 * What a relation's context says about it: denied ("not a member"), unreal ("wants to join"), ended
 * or to come ("former ally"), dated ("since 2014"), or someone's claim ("X said", "accused … of").
 */
import { claimAttribution } from '../claims/claim-attribution.js';
import type { Salience } from '../claims/attribution.js';
import type { SpeakerContext } from '../claims/speaker-phrase.js';
import type { ActorMention, Attribution, DateMention, Quote, RelationTime, Token } from '../core/document.js';
import { findSource } from '../events/actor-roles.js';
import { straightApostrophes } from '../nlp/apostrophes.js';
import type { RelationResources } from './relation-resources.js';

/** How many words before the cue a negation may stand ("is not a member of", "has never been an ally of"). */
export const NEGATION_WINDOW = 4;
/** How many words before the cue a wish or possibility may stand ("wants to join", "could soon normalise"). */
export const UNREAL_WINDOW = 4;
/** How many words a past or future word may stand before the cue ("former close ally"). */
export const TIME_WORD_WINDOW = 2;
/** How far past the cue a stated date may be ("joined NATO in 1999"). */
export const PERIOD_WINDOW = 4;
/** Words that end a clause: modifiers are not looked for across them. */
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', ')']);
/** Words that open a subordinate clause: a reporting verb inside one reports that clause only. */
const RELATIVE_OPENERS = new Set(['that', 'which', 'who', 'whom', 'whose']);

const has = (set: ReadonlySet<string>, t: Token) => set.has(straightApostrophes(t.norm)) || set.has(t.lemma);

/** The tokens before `at`, nearest first, within the clause and at most `window` words back. */
function before(tokens: Token[], at: number, floor: number, window: number): number[] {
  const out: number[] = [];
  for (let k = at - 1; k >= floor && out.length < window && !CLAUSE_BREAKS.has(tokens[k].text); k--) out.push(k);
  return out;
}

/** True when a word of the set stands just before the cue, in its clause. */
export function precededBy(res: RelationResources, kind: 'negation' | 'unreal', tokens: Token[], at: number, floor: number): boolean {
  const window = kind === 'negation' ? NEGATION_WINDOW : UNREAL_WINDOW;
  return before(tokens, at, floor, window).some((k) => has(res.modifiers[kind], tokens[k]));
}

/**
 * The relation's time: ended or to come when a past or future word stands right before the cue
 * (or before the person's title), stated when a period word and a date follow the cue ("in 1999",
 * "since 2014"), else as of the article's date.
 */
export function relationTime(res: RelationResources, tokens: Token[], dates: DateMention[], text: string, at: number, last: number, floor: number, published: string | null, cueBasis: 'past' | null): RelationTime {
  for (const k of before(tokens, at, floor, TIME_WORD_WINDOW)) {
    if (has(res.modifiers.past, tokens[k])) return { basis: 'past', date: null, text: tokens[k].text };
    if (has(res.modifiers.future, tokens[k])) return { basis: 'future', date: null, text: tokens[k].text };
  }
  const limit = tokens[Math.min(last + PERIOD_WINDOW, tokens.length - 1)].end;
  for (const d of dates) {
    if (d.start < tokens[last].end || d.start > limit) continue;
    // The period word must stand right before the date: "joined NATO in 1999".
    const k = tokens.findIndex((t) => t.start === d.start);
    const word = k > 0 ? tokens[k - 1] : undefined;
    if (word && k - 1 > last && has(res.modifiers.period, word)) return { basis: cueBasis ?? 'stated', date: d.value, text: text.slice(word.start, d.end) };
  }
  if (cueBasis) return { basis: cueBasis, date: null, text: null };
  return { basis: 'published', date: published, text: null };
}

/**
 * True when a reporting clause after the cue reports the cue's own clause ("…, officials said"):
 * a comma stands between them and the speaker is no relative clause ("… over charges that Ankara
 * has failed to acknowledge …" reports nothing about the mistrust).
 */
function trailingReport(tokens: Token[], at: number, speakerStart: number): boolean {
  let k = at;
  while (k < tokens.length && tokens[k].start < speakerStart) k++;
  const between = tokens.slice(at, k);
  return between.some((t) => t.text === ',') && !RELATIVE_OPENERS.has(tokens[k]?.norm ?? '') && !between.some((t) => RELATIVE_OPENERS.has(t.norm));
}

/** Who vouches for a relation: the article itself, or someone whose claim it reports. */
export interface Voice {
  asserted: boolean;
  attributedTo: Attribution | null;
}

/** The lookups the attribution needs, built once per document. */
export interface VoiceContext {
  ctx: SpeakerContext;
  salience: Salience;
  quotes: Quote[];
  actors: ActorMention[];
}

/**
 * A relation is reported, not asserted, when its cue stands inside a quotation (the speaker's
 * words), under a reporting verb or "according to" (claims' attribution rules), after an
 * accusation ("Kyiv accuses Moscow of backing …": the subject's claim), or after a hearsay
 * word ("allegedly"); otherwise the article asserts it.
 */
export function voiceOf(res: RelationResources, v: VoiceContext, first: number, end: number, at: number): Voice {
  const { tokens } = v.ctx;
  const start = tokens[at].start;
  const quote = v.quotes.find((q) => q.start <= start && start < q.end);
  if (quote) return { asserted: false, attributedTo: quote.speaker };
  const said = claimAttribution(res.claims, v.ctx, v.salience, first, end, at);
  if (said && (said.start < start || trailingReport(tokens, at, said.start))) return { asserted: false, attributedTo: said };
  for (let k = at - 1; k >= first; k--) {
    const t = tokens[k];
    if (has(res.modifiers.accusation, t) && (t.pos === 'VERB' || t.pos === 'NOUN')) {
      const who = findSource(tokens, v.actors.filter((a) => a.endToken <= k), k, first, t.pos === 'NOUN', res.speech);
      return { asserted: false, attributedTo: who ? { text: who.text, code: who.code, start: who.start, end: who.end } : null };
    }
    if (has(res.modifiers.hearsay, t)) return { asserted: false, attributedTo: null };
  }
  return { asserted: true, attributedTo: null };
}
