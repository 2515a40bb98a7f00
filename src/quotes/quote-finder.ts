/** Direct quotations with their speakers: quote marks paired, then speakers found and scare quotes dropped. */
import type { Quote, Token } from '../core/document.js';
import type { Salience } from '../claims/attribution.js';
import type { SpeakerContext } from '../claims/speaker-phrase.js';
import { sentenceOfToken } from '../claims/speaker-phrase.js';
import { findQuoteSpans, paragraphs } from './quote-spans.js';
import { findSpeaker, StatementMemory, type QuoteTokens, type SpeakerFound } from './speaker-finder.js';

/** Quotes of at most this many words are terms in scare quotes unless a verb ties a speaker to them. */
export const SHORT_QUOTE_MAX_WORDS = 4;
/** How far before a short quote its tying verb may be ("what he called a “historic opportunity”"). */
export const SHORT_QUOTE_MAX_DISTANCE = 15;

/** Index of the first token starting at or after `offset` (tokens are in text order). */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

function wordCount(s: string): number {
  return s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** "Fox & Friends", "Great March of Return": a short quote in title case names something. */
function titleCase(s: string): boolean {
  const words = s.replace(/[.,!?]+$/, '').split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const minor = /^(of|the|and|a|an|in|on|for|to|&)$/;
  return words.length > 0 && words.every((w) => minor.test(w) || /^\p{Lu}/u.test(w)) && words.some((w) => /^\p{Lu}\p{Ll}/u.test(w));
}

/**
 * Every direct quotation of a document with its speaker and channel. A short quote (a few words,
 * not a whole sentence) counts only when a reporting or attitude verb ties a speaker to it, so “peacekeeping” forces is no
 * quotation while what he called a “historic opportunity” is; a quote in single marks needs a
 * speaker too. A long quote with no speaker in its sentence keeps the speaker of the quote it
 * continues (the next paragraph of a long quotation, or "…," he said. "…").
 */
export function findQuotes(ctx: SpeakerContext, salience: Salience): Quote[] {
  const { text, tokens } = ctx;
  const paras = paragraphs(text);
  const spans = findQuoteSpans(text);
  const memory = new StatementMemory();
  const found: Array<SpeakerFound | null> = [];
  const quotes: Quote[] = [];
  spans.forEach((q, n) => {
    const open = tokenAt(tokens, q.open);
    const first = tokenAt(tokens, q.start);
    const end = tokenAt(tokens, q.end);
    const sentence = sentenceOfToken(ctx.sentences, first);
    const quoted = text.slice(q.start, q.end);
    const qt: QuoteTokens = {
      open, first, end,
      after: q.close === null ? end : tokenAt(tokens, q.close + 1),
      sentenceFirst: Math.min(ctx.sentences[sentence].firstToken, open),
      paragraphEnd: tokenAt(tokens, paras[q.paragraph][1]),
      endsSentence: /[.!?]$/.test(quoted),
    };
    let who = findSpeaker(ctx, salience, memory, qt);
    // A whole sentence in quotation marks ("The border stays open.") is said by someone, however short.
    const sentenceLike = /^\p{Lu}/u.test(quoted) && (/[.!?]$/.test(quoted) || q.close === null);
    if (wordCount(quoted) <= SHORT_QUOTE_MAX_WORDS && !sentenceLike) {
      const tied = !!who && (who.how !== 'before' || who.distance <= SHORT_QUOTE_MAX_DISTANCE);
      found.push(tied ? who : null);
      if (!tied || titleCase(quoted)) return;
    } else {
      if (!who) {
        const prev = spans[n - 1];
        const prior = q.continues ?? (prev && (prev.paragraph === q.paragraph || (q.opensParagraph && prev.paragraph === q.paragraph - 1)) ? n - 1 : null);
        const previous = prior !== null ? found[prior] : null;
        if (previous) who = { ...previous, how: 'continued' };
      }
      found.push(who);
      if (q.single && !who) return;
    }
    quotes.push({ text: quoted, start: q.start, end: q.end, speaker: who?.speaker ?? null, via: who?.via ?? null, sentence });
  });
  return quotes;
}
