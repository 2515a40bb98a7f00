/**
 * Finding who speaks in a sentence: the reporting words ("said", "according to", "called"),
 * and the noun phrase of their speaker, walked over the tokens with the actor mentions whole.
 * Shared by the claims and quotes stages.
 */
import type { ActorMention, NlpLayer, Sentence, Token } from '../core/document.js';
import type { SpeechClass, SpeechLexicon } from './claim-resources.js';
import type { PhraseLexicon } from './phrase-lexicon.js';
import { findQuoteSpans } from '../quotes/quote-spans.js';

/** How far back a comma may open a parenthetical before the verb ("Khouri, director of …, said"). */
export const APPOSITION_MAX_TOKENS = 16;
/** The longest speaker phrase walked over, in tokens. */
export const SPEAKER_MAX_TOKENS = 12;

const QUOTE_MARKS = new Set(['"', '“', '”', "'", '‘', '’', '``', "''"]);
/** Pronouns that stand for a person. */
export const PERSONAL_PRONOUNS = new Set(['he', 'she']);
/** Pronouns that stand for a body (a government, a group) as speaker. */
export const OTHER_PRONOUNS = new Set(['it', 'they']);
const ALL_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'it', 'they', 'we', 'i', 'you']);
/** Determiners and possessives that open a noun phrase. */
const NP_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'another']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
/** Prepositions that attach a phrase to the noun before it ("Selcuk Atalay of the Medical Association", "the source on the ground"). */
const ATTACHING = new Set(['of', 'on', 'in', 'at', 'from', 'for', 'with']);
/** Relative pronouns standing for the phrase before their comma ("Zeid, who condemned…"). */
const RELATIVES = new Set(['who', 'which']);

/** The lexicons a speaker search needs. */
export interface SpeakerLexicons {
  speech: SpeechLexicon;
  /** Nouns that name people (for "he"/"she" and for telling persons from bodies). */
  people: PhraseLexicon<true>;
}

/** A reporting word in a sentence: token range and class. */
export interface SpeechSite {
  start: number;
  end: number;
  class: SpeechClass;
}

/** The article a speaker is looked for in. */
export interface SpeakerContext {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Actor mentions in reading order. */
  actors: ActorMention[];
  /** For each token, the actor mentions that cover it. */
  mentionsAt: Map<number, ActorMention[]>;
  /** Character ranges of quoted words: a pronoun never refers to someone named inside a quotation. */
  quoted: Array<[number, number]>;
  lexicons: SpeakerLexicons;
}

/** Builds the lookups once per document. */
export function speakerContext(text: string, nlp: NlpLayer, actors: ActorMention[], lexicons: SpeakerLexicons): SpeakerContext {
  const mentionsAt = new Map<number, ActorMention[]>();
  for (const m of actors) {
    for (let i = m.firstToken; i < m.endToken; i++) {
      const list = mentionsAt.get(i) ?? [];
      list.push(m);
      mentionsAt.set(i, list);
    }
  }
  return {
    text, tokens: nlp.tokens, sentences: nlp.sentences, actors: [...actors].sort((a, b) => a.start - b.start), mentionsAt,
    quoted: findQuoteSpans(text).map((q) => [q.start, q.end]), lexicons,
  };
}

/** True for a quotation mark token, straight or curly, single or double. */
export function isQuoteMark(t: Token | undefined): boolean {
  return !!t && QUOTE_MARKS.has(t.text);
}

/** True for a token that is a bare pronoun a speaker phrase may be. */
export function isPronoun(t: Token): boolean {
  return ALL_PRONOUNS.has(t.norm);
}

/**
 * The reporting words in tokens [first, end). A verb followed by a word of its `not_before` list is
 * not reporting ("claimed responsibility"), nor is an infinitive ("not to call") or a negated verb
 * ("has not said how many"); a speech lemma
 * tagged as a noun counts between a subject and an object ("the committee estimates it at 140").
 */
export function findSpeechSites(lexicon: SpeechLexicon, tokens: Token[], first: number, end: number): SpeechSite[] {
  const sites: SpeechSite[] = [];
  for (let i = first; i < end; i++) {
    const m = lexicon.cues.matchAt(tokens, i, end);
    if (!m) continue;
    const cue = m.value;
    const next = tokens[m.end];
    const prev = tokens[i - 1];
    if (next && cue.notBefore.has(next.norm)) continue;
    if (m.end - m.start === 1 && (cue.class === 'speech' || cue.class === 'attitude' || cue.class === 'report')) {
      const t = tokens[i];
      const verbal = t.pos === 'VERB' || t.pos === 'AUX'
        || (t.pos === 'NOUN' && !!prev && ['PROPN', 'NOUN', 'PRON'].includes(prev.pos) && !!next && ['PRON', 'DET', 'SCONJ'].includes(next.pos));
      // "not to call" has no speaker; "has not said how many" reports nothing.
      const negated = [prev, tokens[i - 2]].some((p) => p && (p.norm === 'not' || p.norm === "n't" || p.norm === 'never'));
      if (!verbal || prev?.norm === 'to' || negated) continue;
    }
    sites.push({ start: m.start, end: m.end, class: cue.class });
    i = m.end - 1;
  }
  return sites;
}

/** Skips adverbs, auxiliaries, particles and quote marks leftwards from `j` ("has also said", “commended”). */
function skipLeft(tokens: Token[], j: number, floor: number): number {
  while (j >= floor && (tokens[j].pos === 'ADV' || tokens[j].pos === 'AUX' || tokens[j].pos === 'PART' || isQuoteMark(tokens[j]))) j--;
  return j;
}

function nounLike(t: Token | undefined): boolean {
  return !!t && (t.pos === 'NOUN' || t.pos === 'PROPN');
}

/**
 * The noun phrase that ends at token `j` (walking left, not below `floor`): actor mentions whole,
 * nouns, adjectives, possessives, prepositional phrases attached to a noun ("Selcuk Atalay of the
 * Turkish Medical Association"), stopping at a determiner that opens it. Returns [a, b) or null.
 */
export function phraseEndingAt(ctx: SpeakerContext, j: number, floor: number): [number, number] | null {
  const { tokens } = ctx;
  const b = j + 1;
  let a = b;
  while (j >= floor && b - j <= SPEAKER_MAX_TOKENS) {
    const t = tokens[j];
    const mention = ctx.mentionsAt.get(j)?.reduce((m, x) => (x.firstToken < m.firstToken ? x : m));
    if (mention) {
      a = Math.max(floor, mention.firstToken);
      j = a - 1;
    } else if (NP_OPENERS.has(t.norm) && (t.pos === 'DET' || t.pos === 'PRON')) {
      a = j;
      j--;
      // "the military source on the ground": the opened phrase may hang on a noun before it.
      if (j - 1 >= floor && ATTACHING.has(tokens[j].norm) && nounLike(tokens[j - 1]) && b - j < SPEAKER_MAX_TOKENS) { j--; continue; }
      break;
    } else if (a === b && isPronoun(t)) {
      a = j;
      break;
    } else if (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || POSSESSIVE.has(t.norm)
      || (t.pos === 'PUNCT' && (t.text === '-' || t.text === '.') && a < b && nounLike(tokens[j - 1]))) {
      a = j;
      j--;
    } else if (ATTACHING.has(t.norm) && a < b && nounLike(tokens[j - 1])) {
      j--;
    } else {
      break;
    }
  }
  return a < b ? [a, b] : null;
}

/** The noun phrase that starts at token `i` ("said Khouri", "according to local media"). */
export function phraseStartingAt(ctx: SpeakerContext, i: number, limit: number): [number, number] | null {
  const { tokens } = ctx;
  let j = i;
  while (j < limit && (tokens[j].pos === 'DET' || NP_OPENERS.has(tokens[j].norm))) j++;
  const content = j;
  let b = j;
  while (j < limit && j - i < SPEAKER_MAX_TOKENS) {
    const t = tokens[j];
    const mentions = ctx.mentionsAt.get(j);
    if (mentions) {
      j = b = Math.min(limit, Math.max(...mentions.map((m) => m.endToken)));
      continue;
    }
    const next = tokens[j + 1];
    const joinsNouns = b === j && j + 1 < limit && !!next && ['PROPN', 'NOUN', 'DET'].includes(next.pos);
    if (t.pos === 'PROPN' || t.pos === 'NOUN' || t.pos === 'ADJ' || t.pos === 'NUM' || POSSESSIVE.has(t.norm)) {
      b = ++j;
    } else if ((t.norm === 'of' || t.text === '-' || t.text === '.') && joinsNouns && j > content) {
      j++;
    } else {
      break;
    }
  }
  return b > content ? [i, b] : null;
}

/** The nearest finite verb before `j` in the sentence (not an infinitive, not a participle). */
function verbBefore(tokens: Token[], j: number, floor: number): number | null {
  for (let k = j; k >= floor; k--) if (tokens[k].pos === 'VERB' && tokens[k - 1]?.norm !== 'to' && !tokens[k].norm.endsWith('ing')) return k;
  return null;
}

/** True when token `k` lies inside a quotation. */
function quotedToken(ctx: SpeakerContext, k: number): boolean {
  const at = ctx.tokens[k].start;
  return ctx.quoted.some(([a, b]) => a <= at && at < b);
}

/**
 * The clause a participle or coordinated verb belongs to: the nearest reporting verb before it
 * outside quotations ("A spokesman said Kerry shared Biden's “grave concerns,” adding…"), else the
 * nearest finite verb ("Bildt echoed a similar sentiment, saying…").
 */
function headVerbBefore(ctx: SpeakerContext, j: number, floor: number): number | null {
  const sites = findSpeechSites(ctx.lexicons.speech, ctx.tokens, floor, j + 1)
    .filter((s) => (s.class === 'speech' || s.class === 'attitude' || s.class === 'report') && s.end - s.start === 1
      && !ctx.tokens[s.start].norm.endsWith('ing') && !quotedToken(ctx, s.start));
  return sites.length ? sites[sites.length - 1].start : verbBefore(ctx.tokens, j, floor);
}

/**
 * The speaker phrase of the verb at token `verb`, written before it: "Blinken said", "the army has
 * said", a name in apposition ("Lebanon's acting prime minister, Najib Mikati, said"), the phrase
 * before an aside ("Blinken, in his call with Pashinyan, “commended”", "Khouri, director of …, said"),
 * before a relative pronoun ("Zeid, who condemned"), or the subject of the clause the verb is
 * coordinated with ("The ministry gave the toll but said", "…, saying"). Null after a closing
 * quotation mark ("…,” said Khouri"), where the speaker follows the verb.
 */
export function subjectBefore(ctx: SpeakerContext, verb: number, floor: number): [number, number] | null {
  const { tokens } = ctx;
  const verbToken = tokens[verb];
  if (isQuoteMark(tokens[verb - 1]) && /^[,.!?]$/.test(tokens[verb - 2]?.text ?? '')) return null;
  let j = skipLeft(tokens, verb - 1, floor);
  if (j < floor) return null;
  if (tokens[j].text === ',' && verbToken.norm.endsWith('ing')) {
    const head = headVerbBefore(ctx, j - 1, floor);
    return head === null ? null : subjectBefore(ctx, head, floor);
  }
  if (RELATIVES.has(tokens[j].norm) && tokens[j - 1]?.text === ',') return phraseEndingAt(ctx, skipLeft(tokens, j - 2, floor), floor);
  if (tokens[j].text === ',') {
    const y = phraseEndingAt(ctx, j - 1, floor);
    // "X, Y, said": Y when it is a name, else X (Y is a title or an aside).
    if (y && tokens[y[0] - 1]?.text === ',' && (tokens[y[0]].pos === 'PROPN' || ctx.mentionsAt.get(y[0])?.some((m) => m.kind === 'person'))) return y;
    for (let k = j - 1; k >= floor && j - k <= APPOSITION_MAX_TOKENS; k--) {
      if (tokens[k].text === ',') return phraseEndingAt(ctx, skipLeft(tokens, k - 1, floor), floor);
    }
    return null;
  }
  if (tokens[j].pos === 'CCONJ' || (verbToken.norm.endsWith('ing') && tokens[j].pos === 'NOUN' && tokens[j - 1]?.pos === 'DET')) {
    // "called on Tehran to protect … and urged", "issued a statement condemning"
    const head = verbBefore(tokens, j - 1, floor);
    return head === null ? null : subjectBefore(ctx, head, floor);
  }
  return phraseEndingAt(ctx, j, floor);
}

/**
 * The speaker phrase of a reporting site in tokens [floor, limit): "according to X", the verb's
 * subject, or the phrase after the verb when the verb opens its clause ("…,” said Khouri").
 */
export function speakerSpan(ctx: SpeakerContext, site: SpeechSite, floor: number, limit: number): [number, number] | null {
  const { tokens } = ctx;
  if (site.class === 'report' && site.end - site.start > 1) return phraseStartingAt(ctx, site.end, limit);
  const before = subjectBefore(ctx, site.start, floor);
  if (before) return before;
  const prev = tokens[site.start - 1];
  if (!prev || site.start === floor || prev.text === ',' || isQuoteMark(prev)) return phraseStartingAt(ctx, site.end, limit);
  return null;
}

/** The sentence index holding token `t`. */
export function sentenceOfToken(sentences: Sentence[], t: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].firstToken <= t) lo = mid; else hi = mid - 1;
  }
  return lo;
}
