/** The source of a claim: the reporting verb or "according to" that governs the figure in its sentence. */
import type { Attribution, Token } from '../core/document.js';
import type { Salience } from './attribution.js';
import type { ClaimResources } from './claim-resources.js';
import { findSpeechSites, isPronoun, isQuoteMark, speakerSpan, type SpeakerContext, type SpeechSite } from './speaker-phrase.js';

/** How many words may follow a reporting verb that comes after the figure before its clause ends ("…, the UN said in its new report,"). */
export const TRAILING_CLAUSE_MAX_TOKENS = 6;

/** Words before a speaker phrase that make its verb an aside, not the source ("what it said were attacks"). */
const ASIDE_OPENERS = new Set(['what', 'as']);
/** A relative pronoun as the whole subject: "the attacks that claimed 17 lives" names no source. */
const RELATIVE_SUBJECTS = new Set(['that', 'which', 'who', 'what']);

/** True when a reporting verb after the figure ends its clause: "…, Palestinian officials say, on…", "…, it estimates." */
function trailing(tokens: Token[], site: SpeechSite, end: number): boolean {
  for (let k = site.end; k < end && k - site.end <= TRAILING_CLAUSE_MAX_TOKENS; k++) {
    const t = tokens[k];
    if (t.text === ',' || t.text === '.' || t.text === ';' || isQuoteMark(t)) return true;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.norm === 'that' || t.pos === 'NUM') return false;
  }
  return true;
}

/** True when an independent clause starts between a reporting verb and the figure ("X said …, and hospitals treated hundreds"). */
function clauseBetween(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 2; k++) {
    if (tokens[k].text === ';') return true;
    if (tokens[k].text === ',' && tokens[k + 1].pos === 'CCONJ') return true;
  }
  return false;
}

/**
 * The source of a figure at token `at` in the sentence [first, end): "according to X", "X said
 * 20 were killed" (the verb before the figure, no clause in between), "20 were killed, X said"
 * (a reporting clause after the figure). Attitude verbs ("condemned") never attribute a figure,
 * nor do asides ("what it said were…") or reduced relatives ("militants they said were…").
 */
export function claimAttribution(res: ClaimResources, ctx: SpeakerContext, salience: Salience, first: number, end: number, at: number): Attribution | null {
  const { tokens } = ctx;
  const sites = findSpeechSites(res.speech, tokens, first, end)
    .filter((s) => s.class === 'speech' || s.class === 'report')
    .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  for (const site of sites) {
    const according = site.class === 'report' && site.end - site.start > 1;
    if (site.start > at ? !according && !trailing(tokens, site, end) : clauseBetween(tokens, site.end, at)) continue;
    const span = speakerSpan(ctx, site, first, end);
    if (!span || (span[1] - span[0] === 1 && RELATIVE_SUBJECTS.has(tokens[span[0]].norm))) continue;
    const before = tokens[span[0] - 1];
    if (before && ASIDE_OPENERS.has(before.norm)) continue;
    if (span[1] - span[0] === 1 && isPronoun(tokens[span[0]]) && before && (before.pos === 'NOUN' || before.pos === 'PROPN')) continue;
    // "the highest number of Libyan casualties reported since…": the figure's own noun is no source.
    if (res.kindNouns.matchEndingAt(tokens, span[1], span[0])) continue;
    return salience.attribution(span);
  }
  return null;
}
