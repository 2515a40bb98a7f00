/**
 * The speaker of a quoted span: the reporting clause right after it ("…,” X said", "…,” said X"),
 * the quote's own verb (Blinken “commended”), or the reporting verb before it in its sentence
 * ("X said: “…”", "what he called a “…”"). "according to X" or "X reported" after a quote whose
 * speaker a verb before it names is the channel (via), not the speaker.
 */
import type { Attribution, Token } from '../core/document.js';
import type { Salience } from '../claims/attribution.js';
import {
  findSpeechSites, isQuoteMark, phraseEndingAt, phraseStartingAt, speakerSpan, subjectBefore,
  type SpeakerContext, type SpeechSite,
} from '../claims/speaker-phrase.js';

/** How many tokens after a quote's closing mark a reporting clause may take. */
export const POST_CLAUSE_MAX_TOKENS = 15;
/** How many tokens after a reporting verb a channel may follow ("said in a statement"). */
export const CHANNEL_WINDOW = 8;

/** Prepositions that introduce a channel or a spokesperson ("in a statement", "through a spokesman"). */
const CHANNEL_PREPOSITIONS = new Set(['in', 'through', 'via', 'on', 'during', 'at']);
const CLAUSE_END = new Set(['.', '!', '?', ';']);

/** A quote's position in the tokens. */
export interface QuoteTokens {
  /** Token index of the opening mark. */
  open: number;
  /** First and one-past-last quoted token. */
  first: number;
  end: number;
  /** Token index after the closing mark (or the quote's end when unclosed). */
  after: number;
  /** First token of the sentence the quote opens in, and one past the paragraph's last token. */
  sentenceFirst: number;
  paragraphEnd: number;
  /** The quoted words end a sentence ("…hands.") so a capitalised word after the mark starts a new one. */
  endsSentence: boolean;
}

/** How a speaker was found: in the clause after the quote, by the quote's own verb, or before it. */
export type SpeakerHow = 'after' | 'own-verb' | 'before' | 'continued';

/** A quote's speaker, the channel its words came through, and how the speaker was found. */
export interface SpeakerFound {
  speaker: Attribution;
  via: Attribution | null;
  how: SpeakerHow;
  /** Tokens between the tying verb and the quote (0 when adjacent). */
  distance: number;
}

/** Remembers who issued the last statement, so that "the statement said" names them. */
export class StatementMemory {
  last: Attribution | null = null;
}

/** "in a statement", "through a spokesman": a channel in tokens [from, to). */
function channelNear(ctx: SpeakerContext, salience: Salience, from: number, to: number): Attribution | null {
  const { tokens } = ctx;
  for (let i = from; i < to; i++) {
    if (!CHANNEL_PREPOSITIONS.has(tokens[i].norm)) continue;
    let j = i + 1;
    while (j < to && (tokens[j].pos === 'DET' || tokens[j].pos === 'PRON' || tokens[j].pos === 'ADJ' || tokens[j].pos === 'PROPN')) j++;
    const m = ctx.lexicons.speech.cues.matchAt(tokens, j, to);
    if (m && (m.value.class === 'channel' || m.value.class === 'spokesperson')) {
      // "through spokesman Ned Price": the spokesperson's name belongs to the channel.
      const named = m.value.class === 'spokesperson' ? phraseStartingAt(ctx, m.end, to) : null;
      return salience.attribution([i + 1, named ? named[1] : m.end]);
    }
  }
  return null;
}

/** True when a phrase ends in a channel noun ("the statement", "a U.N. statement"). */
function channelHeaded(ctx: SpeakerContext, [a, b]: [number, number]): boolean {
  for (let i = a; i < b; i++) {
    const m = ctx.lexicons.speech.cues.matchAt(ctx.tokens, i, b);
    if (m && m.value.class === 'channel' && m.end === b) return true;
  }
  return false;
}

/** The speaker and channel of a reporting site, resolving "the statement said" and "a statement from X". */
function settle(
  ctx: SpeakerContext, salience: Salience, memory: StatementMemory,
  site: SpeechSite, span: [number, number], clauseFrom: number, clauseTo: number,
): { speaker: Attribution; via: Attribution | null } {
  const { tokens } = ctx;
  let via = channelNear(ctx, salience, site.end, Math.min(clauseTo, site.end + CHANNEL_WINDOW)) ?? channelNear(ctx, salience, clauseFrom, span[0]);
  let speaker = salience.attribution(span);
  if (channelHeaded(ctx, span)) {
    if (memory.last) { via = speaker; speaker = memory.last; }
  } else if (tokens[span[0] - 1]?.norm === 'from' && span[0] - 1 > clauseFrom) {
    // "a statement from National Security Council spokesperson Ned Price said"
    const channel = phraseEndingAt(ctx, span[0] - 2, clauseFrom);
    if (channel && channelHeaded(ctx, channel)) via = salience.attribution(channel);
  }
  if (via) memory.last = speaker;
  return { speaker, via };
}

function clauseEnd(tokens: Token[], from: number, limit: number): number {
  let k = from;
  while (k < limit && !CLAUSE_END.has(tokens[k].text)) k++;
  return k;
}

/** The clause after a quote, up to a sentence end, the next quote or POST_CLAUSE_MAX_TOKENS. */
function postClause(tokens: Token[], q: QuoteTokens): number {
  if (q.endsSentence && /^\p{Lu}/u.test(tokens[q.after]?.text ?? '')) return q.after;
  let k = q.after;
  while (k < q.paragraphEnd && k - q.after < POST_CLAUSE_MAX_TOKENS && !CLAUSE_END.has(tokens[k].text) && !isQuoteMark(tokens[k])) k++;
  return k;
}

/** Only names, prepositions and commas between the quote and its reporting verb: "…” to New Delhi, Lijian said". */
function nominalStretch(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX' || tokens[k].norm === 'that') return false;
  return true;
}

/** The speaker from the nearest reporting verb before the quote in its sentence. */
function speakerBefore(ctx: SpeakerContext, salience: Salience, memory: StatementMemory, q: QuoteTokens): SpeakerFound | null {
  const sites = findSpeechSites(ctx.lexicons.speech, ctx.tokens, q.sentenceFirst, q.open)
    .filter((s) => s.class !== 'channel' && s.class !== 'spokesperson');
  for (let k = sites.length - 1; k >= 0; k--) {
    let site = sites[k];
    // "Khouri told CNN that jihadist groups … threaten “everybody in the region”": the words are the reporter's source's.
    if (site.class === 'attitude') {
      const reporting = sites.slice(0, k).reverse().find((r) => r.class === 'speech'
        && ctx.tokens.slice(r.end, site.start).some((t) => t.norm === 'that'));
      if (reporting) site = reporting;
    }
    const span = speakerSpan(ctx, site, q.sentenceFirst, q.open);
    if (span) return { ...settle(ctx, salience, memory, site, span, q.sentenceFirst, q.open), how: 'before', distance: q.open - sites[k].end };
  }
  return null;
}

/** The speaker of one quote, or null when nothing in its sentence names one. */
export function findSpeaker(ctx: SpeakerContext, salience: Salience, memory: StatementMemory, q: QuoteTokens): SpeakerFound | null {
  const { tokens } = ctx;
  const postEnd = postClause(tokens, q);
  // "…,” saying that…" continues the clause before the quote; it is no reporting clause of its own.
  const post = findSpeechSites(ctx.lexicons.speech, tokens, q.after, postEnd)
    .filter((s) => s.class !== 'channel' && s.class !== 'spokesperson' && !(s.end - s.start === 1 && tokens[s.start].norm.endsWith('ing')))[0];
  if (post && nominalStretch(tokens, q.after, post.start)) {
    const span = speakerSpan(ctx, post, q.after, postEnd);
    if (span) {
      const found = settle(ctx, salience, memory, post, span, q.after, clauseEnd(tokens, post.end, q.paragraphEnd));
      // "Ban Ki Moon was “deeply dismayed”…, according to a U.N. statement": the statement is the channel.
      if (channelHeaded(ctx, span) && found.speaker.start === tokens[span[0]].start) {
        const subject = subjectBefore(ctx, q.open, q.sentenceFirst);
        if (subject) return { speaker: salience.attribution(subject), via: found.speaker, how: 'after', distance: 0 };
      }
      // "…,” according to NNA" after "Mikati urged the public “…”": NNA passed the words on.
      const before = post.class === 'report' ? speakerBefore(ctx, salience, memory, q) : null;
      if (before) return { ...before, via: before.via ?? found.speaker };
      return { ...found, how: 'after', distance: 0 };
    }
  }
  // The quote is itself the verb: Blinken, in his call with Pashinyan, “commended” the prime minister.
  const own = findSpeechSites(ctx.lexicons.speech, tokens, q.first, q.end).filter((s) => s.class === 'attitude' || s.class === 'speech');
  if (own.length && q.end - q.first <= 2) {
    const span = subjectBefore(ctx, q.open, q.sentenceFirst);
    if (span) return { ...settle(ctx, salience, memory, own[0], span, q.sentenceFirst, q.end), how: 'own-verb', distance: 0 };
  }
  return speakerBefore(ctx, salience, memory, q);
}
