import type { Claim, CodedEvent } from '../core/document.js';
import type { Stage, WorkingDoc } from '../core/stage.js';
import { tellingsOf } from '../core/tellings.js';
import { findQuotes } from '../quotes/quote-finder.js';
import { Salience } from './attribution.js';
import { speakerContext } from './speaker-phrase.js';
import type { ClaimResources } from './claim-resources.js';
import { claimAttribution } from './claim-attribution.js';
import { findFigures, spanText, type FigureMatch } from './claim-finder.js';
import { compileHedges, findHedge, type Hedge } from './hedges.js';

export { loadClaimResources, type ClaimResources } from './claim-resources.js';

/** A span of the text without the whitespace at its ends (a sentence may open with a paragraph break). */
function trimmed(text: string, start: number, end: number): { start: number; end: number; text: string } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end, text: text.slice(start, end) };
}

/** The event in the figure's sentence whose CAMEO root fits the kind, nearest the figure; or null. */
function eventFor(res: ClaimResources, events: CodedEvent[], sentence: number, kind: string, at: number): number | null {
  const roots = res.kinds.get(kind)?.roots ?? [];
  let best: number | null = null;
  let distance = Infinity;
  events.forEach((e, i) => {
    if (e.negated || !roots.includes(e.rootCode)) return;
    // A figure in a sentence that retells an event belongs to that event.
    for (const told of tellingsOf(e)) {
      if (told.sentence !== sentence) continue;
      const d = Math.abs(told.trigger.start - at);
      if (d < distance) { best = i; distance = d; }
    }
  });
  return best;
}

/** Finds the claims of one document: match (figures per sentence), then resolve (sources, hedges, events). */
function findClaims(res: ClaimResources, hedges: RegExp, doc: WorkingDoc): Claim[] {
  const text = doc.article!.text;
  const { sentences, tokens, dates } = doc.nlp!;
  const actors = doc.actors!;
  const bySentence = (n: number) => actors.filter((a) => a.sentence === n);
  const perSentence: FigureMatch[][] = sentences.map((s, index) => findFigures(res,
    { tokens, first: s.firstToken, end: s.endToken, actors: bySentence(index) },
    dates.filter((d) => d.sentence === index)));
  if (!perSentence.some((m) => m.length)) return [];
  const ctx = speakerContext(text, doc.nlp!, actors, res);
  const salience = new Salience(ctx);
  // A figure inside a quotation is its speaker's claim ("“We have lost almost 150 of our people,” he told reporters").
  const quotes = findQuotes(ctx, salience).filter((q) => q.speaker);
  const claims: Claim[] = [];
  perSentence.forEach((matches, index) => {
    const s = sentences[index];
    // A hedge in the sentence, or in the next one when that sentence has no figure of its own.
    let hedge: Hedge | null = matches.length ? findHedge(hedges, text, s) : null;
    if (matches.length && !hedge && index + 1 < sentences.length && !perSentence[index + 1].length) hedge = findHedge(hedges, text, sentences[index + 1]);
    for (const m of matches) {
      const f = m.figure;
      const figStart = tokens[f.first].start;
      claims.push({
        kind: m.kind.kind,
        value: f.value, low: f.low, high: f.high,
        qualifier: f.qualifierText,
        hedge: hedge?.text ?? null,
        subject: m.subject ? spanText(text, tokens, m.subject[0], m.subject[1]) : null,
        attributedTo: quotes.find((q) => q.start <= figStart && figStart < q.end)?.speaker
          ?? claimAttribution(res, ctx, salience, s.firstToken, s.endToken, f.first),
        sentence: index,
        event: eventFor(res, doc.events!, index, m.kind.kind, figStart),
        figure: { start: figStart, end: tokens[f.end - 1].end, text: spanText(text, tokens, f.first, f.end) },
        evidence: trimmed(text, s.start, s.end),
      });
    }
  });
  return claims;
}

/**
 * Claims: every figure of people killed, wounded, detained, missing, kidnapped, displaced,
 * protesting or deployed, with its qualifier, hedge, source, subject and event.
 * match: findFigures proposes figures per sentence; resolve: attribution, hedges and events.
 */
export const claimsStage: Stage<ClaimResources> = {
  name: 'claims',
  requires: ['article', 'nlp', 'actors', 'events'],
  assigns: ['claims'],
  create: (res) => {
    const hedges = compileHedges(res.hedges);
    return (doc) => ({ claims: findClaims(res, hedges, doc) });
  },
};
