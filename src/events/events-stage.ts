import type { ActorMention, CodedEvent, EventActor, PlaceMention, Sentence, Token } from '../core/document.js';
import type { Stage } from '../core/stage.js';
import type { Codebook } from '../dictionaries/codebook.js';
import type { Topics } from '../dictionaries/topics.js';
import type { PatternSet } from '../dictionaries/verb-patterns.js';
import type { SyntaxModels } from '../nlp/parser/index.js';
import { isActNoun, isPronoun, RoleReader } from './dependency-roles.js';
import { buildEvents, placeMention } from './event-builder.js';
import { dateTokens, fillerPhrases, sentenceGaps, type Gaps } from './gap-phrases.js';
import { bySpecificity, matchPatterns, type PatternMatch } from './pattern-matcher.js';
import { pronounAntecedents } from './pronoun-antecedents.js';
import { foldRetellings } from './retellings.js';
import { parseSentence } from './sentence-parse.js';
import { articleTopic, nonPoliticalSentence } from './topic-filter.js';

/**
 * Whether a sentence can hold an event between two actors: two mentions, or one and a
 * pronoun that may stand for a person named before, or an act noun that may stand for an act
 * told before ("declined comment on the statement"). Other sentences are not worth a parse.
 */
function mayHaveDyad(tokens: readonly Token[], first: number, end: number, sides: number, pronoun: (token: Token) => boolean): boolean {
  if (sides >= 2) return true;
  if (sides === 0) return false;
  for (let t = first; t < end; t++) if (pronoun(tokens[t])) return true;
  return false;
}

/** A place as the actor it stands for when it is a visit's target: a capital for the government, a country for the state. */
function placeAsActor(p: PlaceMention): ActorMention {
  return placeMention(p, p.precision === 'city');
}

/** The first words of patterns whose target is a place: a sentence without one needs no second pass. */
function placePatternWords(set: PatternSet): ReadonlySet<string> {
  const words = new Set<string>();
  for (const p of set.patterns) {
    if (!p.placeTarget) continue;
    const first = p.elements.find((e) => e.kind === 'word') as { alts: string[] };
    first.alts.forEach((w) => words.add(w));
  }
  return words;
}

/** The tokens of actor mentions. */
function actorTokens(actors: readonly ActorMention[]): ReadonlySet<number> {
  const named = new Set<number>();
  for (const a of actors) for (let t = a.firstToken; t < a.endToken; t++) named.add(t);
  return named;
}

/** Adds the matches of patterns whose target is a place ("arrived in Amman"), most specific first. */
function withPlaceTargets(matches: PatternMatch[], set: PatternSet, placeWords: ReadonlySet<string>, tokens: Token[], s: Sentence, actors: ActorMention[], places: PlaceMention[], gaps: Gaps): PatternMatch[] {
  if (!places.length) return matches;
  let cue = false;
  for (let t = s.firstToken; t < s.endToken && !cue; t++) cue = placeWords.has(tokens[t].lemma) || placeWords.has(tokens[t].norm);
  if (!cue) return matches;
  const asActors = places.map(placeAsActor);
  const placed = matchPatterns(set, tokens, s.firstToken, s.endToken, [...actors, ...asActors], gaps)
    .filter((m) => m.pattern.placeTarget && m.target && asActors.includes(m.target));
  return placed.length ? [...matches, ...placed].sort(bySpecificity) : matches;
}

/** Items grouped by their sentence index, each group in the items' order; items of no listed sentence are left out. */
function bySentence<T extends { sentence: number }>(items: readonly T[], count: number): T[][] {
  const groups: T[][] = Array.from({ length: count }, () => []);
  for (const item of items) groups[item.sentence]?.push(item);
  return groups;
}

/** Conjunctions that join a clause to the one before ("…, and it urged"). */
const CLAUSE_JOINERS = new Set(['and', 'but']);

/** Dashes that close a wire dateline ("TOKYO — North Korea claimed …"), whose place is no actor of the sentence. */
const DATELINE_DASHES = new Set(['—', '–', '-', '--']);

/**
 * The first actor of a sentence, the doer news names first, leaving out a wire dateline and, when the sentence
 * opens with a phrase ("In a phone call to Lavrov, Kerry …"), the actors of that phrase (`main`: where the main clause begins).
 */
function leadActor(actors: readonly ActorMention[], tokens: readonly Token[], main: (token: number) => number): ActorMention | null {
  const lead = actors.find((a) => !DATELINE_DASHES.has(tokens[a.endToken]?.text ?? ''));
  const start = lead ? main(lead.firstToken) : -1;
  return (start >= 0 ? actors.find((a) => a.firstToken >= start) : undefined) ?? lead ?? null;
}

/** The actor mention an event's side was read from. */
function mentionOf(actors: readonly ActorMention[], side: EventActor): ActorMention | null {
  return actors.find((a) => a.start === side.start && a.end === side.end) ?? null;
}

/**
 * The doer of the latest asserted act of one of `roots` coded before sentence `index`: "the air
 * strikes" that Syria denounced near the end of a story are the ones the United States carried out
 * in its lead, not an act of whoever the sentence before names first. Reactions often come long
 * after the act, so the whole article before counts.
 */
function actAntecedent(events: readonly CodedEvent[], actors: readonly ActorMention[], roots: ReadonlySet<string> | undefined, index: number,
  acts: readonly OtherlessAct[]): ActorMention | null {
  if (!roots) return null;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.sentence >= index || e.negated || e.modality !== 'asserted' || !roots.has(e.rootCode)) continue;
    const doer = mentionOf(actors, e.source);
    if (doer) return doer;
  }
  // With none coded, the latest act of those roots told with no other side.
  for (let i = acts.length - 1; i >= 0; i--) if (acts[i].doer.sentence < index && roots.has(acts[i].root)) return acts[i].doer;
  return null;
}

/** An asserted act told with no other side: it codes no event, but an act noun may recall it. */
interface OtherlessAct { root: string; doer: ActorMention }

/**
 * The other side of the latest event of the sentence before between two countries, one of them the
 * source's: "The United States imposed new sanctions on Iran. Iran has rejected new talks." The story
 * goes on between the same two sides, so an act of one of them that names no target is aimed at the other.
 */
function storyPartner(events: readonly CodedEvent[], actors: readonly ActorMention[], source: ActorMention, index: number): ActorMention | null {
  if (!source.country) return null;
  for (let i = events.length - 1; i >= 0 && events[i].sentence >= index - 1; i--) {
    const e = events[i];
    if (e.sentence !== index - 1 || e.negated || !e.target) continue;
    const partner = sideAgainst(actors, e, source);
    if (partner) return partner;
  }
  return null;
}

/** Roots of meetings and of the intent to meet, whose other side a meeting called off later was planned with. */
const MEETING_ROOTS = new Set(['03', '04']);

/**
 * The other side of the article's latest meeting or intent to meet with the source's country, preferring one
 * whose country the sentence names ("Trump scrapped the summit after threats by North Korea").
 */
function meetingPartner(events: readonly CodedEvent[], actors: readonly ActorMention[], source: ActorMention, index: number,
  named: readonly ActorMention[]): ActorMention | null {
  const countries = new Set(named.filter((a) => a !== source).map((a) => a.country));
  let latest: ActorMention | null = null;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.sentence >= index || e.negated || !e.target || !MEETING_ROOTS.has(e.rootCode)) continue;
    const partner = sideAgainst(actors, e, source);
    if (partner && countries.has(partner.country)) return partner;
    latest ??= partner;
  }
  return latest;
}

/** The side of event `e` that is not of the source's country, when the other side is; null otherwise. */
function sideAgainst(actors: readonly ActorMention[], e: CodedEvent, source: ActorMention): ActorMention | null {
  const s = mentionOf(actors, e.source), t = mentionOf(actors, e.target!);
  if (!s?.country || !t?.country || s.country === t.country) return null;
  return s.country === source.country ? t : t.country === source.country ? s : null;
}

/** Markers after which a mention only owns the next noun ("Ukraine's future"). */
const POSSESSIVE_MARKERS = new Set(["'s", "’s", "'", "’"]);
/**
 * Whether a mention only owns or describes the noun after it ("Ukraine's future", "a key U.S. ally"): such a
 * mention is a weaker antecedent of "it" than the actors of the sentence ("Pakistan, a key U.S. ally, urged its citizens").
 */
function modifiesNoun(tokens: readonly Token[], a: ActorMention): boolean {
  const next = tokens[a.endToken];
  return !!next && (POSSESSIVE_MARKERS.has(next.norm) || (next.pos === 'NOUN' && a.kind === 'state'));
}

/** Tags of the word that opens a fronted phrase or clause ("In their meeting", "After it launched"). */
const FRONTING_TAGS = new Set(['ADP', 'SCONJ']);
/** How many words ("A day", "Hours") may come before that word. */
const FRONTING_REACH = 2;

/**
 * The first token of the main clause when token `t` stands in a phrase or clause that opens the sentence
 * [first, end) and ends at its first comma ("A day after it launched an airstrike, Israel …"), else −1.
 */
function mainClauseAfter(tokens: readonly Token[], first: number, end: number, t: number): number {
  let opener = first;
  while (opener < first + FRONTING_REACH && opener < t && !FRONTING_TAGS.has(tokens[opener].pos)) opener++;
  if (!FRONTING_TAGS.has(tokens[opener].pos) || opener >= t) return -1;
  for (let k = first; k < end; k++) {
    if (tokens[k].norm !== ',') continue;
    if (k < t) return -1;
    // "…, killing scores of Syrian soldiers, Israel …": a participle's phrase after it belongs to the opening too.
    if (tokens[k + 1]?.pos !== 'VERB') return k + 1;
  }
  return -1;
}

/** QuadClasses 3 and 4 are verbal and material conflict, which sports and business language mimics. */
const CONFLICT_QUADCLASS = 3;

/** What the event coder needs. */
export interface EventResources {
  codebook: Codebook;
  patterns: PatternSet;
  /** Cues of sports, business and entertainment stories, which yield no political events. */
  topics: Topics;
  /** Our tagger and parser; without them roles come from word order alone. */
  syntax: SyntaxModels | null;
}

/**
 * The CAMEO coder: patterns over each sentence, actors assigned to source and target from
 * the dependency parse. Only sentences where a pattern matched are parsed: most sentences
 * of an article hold no event, and parsing is the costliest step.
 */
export const eventsStage: Stage<EventResources> = {
  name: 'events',
  requires: ['article', 'nlp', 'actors', 'places'],
  assigns: ['events'],
  create: ({ codebook, patterns, topics, syntax }) => {
    const mods = patterns.modifiers;
    const placeWords = placePatternWords(patterns);
    const phrases = fillerPhrases(mods.filler);
    const participants = new Set([...mods.target, ...mods.agent]);
    return (doc) => {
      const { sentences, tokens, dates } = doc.nlp!;
      const text = doc.article!.text;
      const events: CodedEvent[] = [];
      if (articleTopic(tokens, topics)) return { events };
      const otherless: OtherlessAct[] = [];
      // Where the main clause of sentence `index` begins, for token `t` in a phrase that opens it (else −1).
      const mainClause = (t: number, index: number) => mainClauseAfter(tokens, sentences[index].firstToken, sentences[index].endToken, t);
      const antecedent = pronounAntecedents(doc.actors!, { person: mods.pronoun, body: mods['pronoun-body'], group: mods['pronoun-group'], personRoles: mods['person-role'] },
        (a) => modifiesNoun(tokens, a), (t) => CLAUSE_JOINERS.has(tokens[t - 1]?.norm ?? ''), mainClause);
      // Each sentence's actors, places and dates, grouped in one pass (in document order).
      const actorsOf = bySentence(doc.actors!, sentences.length);
      const placesOf = bySentence(doc.places!, sentences.length);
      const datesOf = bySentence(dates, sentences.length);
      sentences.forEach((s, index) => {
        const actors = actorsOf[index];
        const places = placesOf[index];
        const sentenceDates = datesOf[index];
        const skip = dateTokens(tokens, s, sentenceDates);
        const gaps = sentenceGaps(tokens, s, skip, phrases, participants, actorTokens(actors));
        const matches = withPlaceTargets(matchPatterns(patterns, tokens, s.firstToken, s.endToken, actors, gaps).filter((m) => !m.pattern.placeTarget),
          patterns, placeWords, tokens, s, actors, places, gaps);
        if (!matches.length) return;
        // A visit to a place has the place as its second side.
        const sides = actors.length + (matches.some((m) => m.target && !actors.includes(m.target)) ? 1 : 0);
        const parse = syntax && mayHaveDyad(tokens, s.firstToken, s.endToken, sides, (t) => isPronoun(mods, t.norm) || isActNoun(mods, t))
          ? parseSentence(syntax, tokens, s.firstToken, s.endToken, actors, skip, mods.floating, places) : null;
        const offTopic = nonPoliticalSentence(tokens, s.firstToken, s.endToken, topics);
        // The first actor of the sentence before: who did the act an act noun recalls, or who speaks on in a quote.
        const previousLead = (): ActorMention | null => (index > 0 ? leadActor(actorsOf[index - 1], tokens, (t) => mainClause(t, index - 1)) : null);
        events.push(...buildEvents({
          text, tokens, index, firstToken: s.firstToken, endToken: s.endToken, start: s.start, end: s.end, actors,
          places, dates: sentenceDates,
          published: doc.article!.published,
          roles: parse ? new RoleReader(parse, tokens, actors, mods, (word, t, not) => antecedent(word, t, index, not),
            (noun, coded) => actAntecedent(events, doc.actors!, patterns.actRoots.get(noun), index, otherless) ?? (coded ? null : previousLead()), previousLead) : null,
          storyPartner: (source) => storyPartner(events, doc.actors!, source, index),
          meetingPartner: (source) => meetingPartner(events, doc.actors!, source, index, actors),
          recordAct: (root, doer) => otherless.push({ root, doer }),
        }, matches, codebook, patterns).filter((e) => !offTopic || e.quadClass < CONFLICT_QUADCLASS));
      });
      return { events: foldRetellings(events) };
    };
  },
};
