/** The sides of a relation: coordinations, implied subjects, and the keys that tell two parties apart. */
import type { ActorMention, RelationParty, Token } from '../core/document.js';
import { findSource } from '../events/actor-roles.js';
import { isFiller } from '../events/pattern-matcher.js';

/** Words that end a list of coordinated actors ("A, B and C"). */
const LIST_ENDS = new Set(['and', 'or']);
/** Possessive pronouns before a noun cue and the actors they can stand for ("its growing alliance with", "his annexation of"). */
const POSSESSIVE_PRONOUNS: Readonly<Record<string, 'person' | 'body' | 'any'>> = { his: 'person', her: 'person', its: 'body', their: 'any' };
/** Subject pronouns right before a verb cue ("after it leaves the European Union"). */
const SUBJECT_PRONOUNS: Readonly<Record<string, 'person' | 'body' | 'any'>> = { he: 'person', she: 'person', it: 'body', they: 'any' };
/** Prepositions after which an actor is a place, not the antecedent of "its" ("aggression in eastern Ukraine and its annexation"). */
const PLACE_PREPOSITIONS = new Set(['in', 'into', 'inside', 'within', 'at', 'on', 'across', 'near']);
/** Words between a possessive pronoun and its noun ("its growing", "its Baltic enclave"). */
const MAX_PRONOUN_GAP = 3;

/** A word that may stand between a possessive pronoun and its noun: fillers, names ("Baltic"), participles ("growing"). */
function premodifier(t: Token): boolean {
  return isFiller(t) || t.pos === 'PROPN' || (t.pos === 'VERB' && /(?:ing|ed)$/.test(t.norm));
}

/** The role code that makes an actor its state's government: ARMGOV stands for ARM in a standing relation. */
const STATE_ORGAN_SUFFIX = 'GOV';

/** True when the mention is the first part of a hyphenated compound ("Turkish" in "Turkish-backed Baku"). */
function hyphenModifier(m: ActorMention, tokens: Token[]): boolean {
  const next = tokens[m.endToken];
  return !!next && next.text === '-' && next.start === tokens[m.endToken - 1].end;
}

/**
 * The actor and those coordinated with it, in text order ("The U.S., Russia and France"). A
 * member that only modifies a compound ("Turkish" in "Russian-backed Yerevan and Turkish-backed
 * Baku") starts a phrase of its own: for a slot the coordination stops there; with `heads`, for a
 * pair of sides ("between Russian-backed Yerevan and Turkish-backed Baku"), it stands for the
 * compound's head (Baku). A mention that is itself such a modifier is never expanded. A slot
 * after its cue takes the members from the mention on, one before its cue those up to it
 * ("The United Arab Emirates, Saudi Arabia's ally": the actor stage may coordinate an apposition).
 */
export function coordination(m: ActorMention, actors: ActorMention[], tokens: Token[], heads = false, side: 'before' | 'after' | 'all' = 'all'): ActorMention[] {
  // "between Russian-backed Yerevan and …": the pair starts at the compound's head.
  const head = heads && hyphenModifier(m, tokens) ? actors.find((a) => a.firstToken === m.endToken + 2) : undefined;
  if (head) return coordination(head, actors, tokens, heads, side);
  if (m.group === undefined || hyphenModifier(m, tokens)) return [m];
  // A slot after the cue starts at its first member; one before the cue ends at its last.
  const members = actors
    .filter((a) => a.group === m.group && (side === 'all' || (side === 'after' ? a.firstToken >= m.firstToken : a.firstToken <= m.firstToken)))
    .sort((p, q) => p.firstToken - q.firstToken);
  if (side === 'before') members.reverse();
  // A list ends at the member after its "and": "between Assad and rebels, the U.S. and Russia" is two lists.
  const joined = (p: ActorMention, q: ActorMention) => {
    const [x, y] = p.firstToken < q.firstToken ? [p, q] : [q, p];
    return tokens.slice(x.endToken, y.firstToken).some((t) => LIST_ENDS.has(t.norm));
  };
  const out: ActorMention[] = [];
  let crossed = false;
  for (let n = 0; n < members.length; n++) {
    const x = members[n];
    if (n > 0) {
      const and = joined(members[n - 1], x);
      // Forward, the member after the "and" is the last; backward, the list goes back to the "and" before it.
      if (side === 'before' ? and && crossed : crossed) break;
      if (and) crossed = true;
    }
    if (!hyphenModifier(x, tokens)) out.push(x);
    else if (heads) {
      // "Turkish - backed Baku": the head is the actor right after the hyphenated word.
      const compoundHead = actors.find((a) => a.firstToken === x.endToken + 2);
      if (compoundHead) out.push(compoundHead);
    } else if (side !== 'before' && x.firstToken > m.firstToken) break;
  }
  const list = out.length ? out : [m];
  return side === 'before' ? list.reverse() : list;
}

/**
 * The key a party is told apart by: a state and its government are one party (ARMGOV → ARM), a
 * person is their code and name (two ministers of one government are two people).
 * @example partyKey({ code: 'ARMGOV', name: 'Yerevan', kind: 'government' }) // 'ARM'
 */
export function partyKey(p: Pick<RelationParty, 'code' | 'name' | 'kind'>): string {
  if (p.kind === 'person') return `${p.code}:${p.name}`;
  const organ = p.code.length === 3 + STATE_ORGAN_SUFFIX.length && p.code.endsWith(STATE_ORGAN_SUFFIX) && /^[A-Z]{3}/.test(p.code);
  return organ ? p.code.slice(0, 3) : p.code;
}

/** A relation party from an actor mention. */
export function partyOf(m: ActorMention): RelationParty {
  return { code: m.code, name: m.name, kind: m.kind, text: m.text, start: m.start, end: m.end };
}

/**
 * The antecedent of a possessive pronoun right before a noun cue ("as it tests its growing alliance
 * with", "his 2014 annexation of") or of a subject pronoun right before a verb cue ("after it leaves
 * the European Union"): the nearest fitting actor before it in the sentence, else the last one of
 * the sentence before.
 */
function possessor(tokens: Token[], actors: ActorMention[], trigger: number, floor: number, exclude: ActorMention[], previous: ActorMention[]): ActorMention | null | undefined {
  let k = trigger - 1;
  let wants: 'person' | 'body' | 'any' | undefined;
  if (tokens[trigger].pos === 'VERB') {
    // "after it leaves the European Union": a subject pronoun right before the verb.
    while (k > floor && ['ADV', 'AUX', 'PART'].includes(tokens[k].pos)) k--;
    wants = k >= floor ? SUBJECT_PRONOUNS[tokens[k].norm] : undefined;
  } else {
    while (k >= floor && trigger - 1 - k < MAX_PRONOUN_GAP && !(tokens[k].norm in POSSESSIVE_PRONOUNS) && premodifier(tokens[k])) k--;
    wants = k >= floor ? POSSESSIVE_PRONOUNS[tokens[k].norm] : undefined;
  }
  if (!wants) return undefined;
  const fits = (a: ActorMention) => !exclude.includes(a) && !a.code.startsWith('---')
    && (wants === 'any' || (wants === 'person') === (a.kind === 'person'));
  // "Russia's aggression in eastern Ukraine and its annexation of Crimea": not a place after "in".
  const placed = (a: ActorMention) => {
    if (a.kind === 'person') return false;
    let j = a.firstToken - 1;
    while (j >= floor && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ')) j--;
    return j >= floor && PLACE_PREPOSITIONS.has(tokens[j].norm);
  };
  const before = actors.filter((a) => a.endToken <= k && fits(a) && !placed(a)).sort((x, y) => y.endToken - x.endToken)[0];
  return before ?? [...previous].reverse().find(fits) ?? null;
}

/** Verbs that link a subject to a noun cue: "X is an ally of", "X has strategic ties with", "X became a member of". */
const LINKING_VERBS = new Set([
  'be', 'become', 'remain', 'stay', 'seem', 'have', 'hold', 'maintain', 'keep', 'share', 'enjoy',
  // Verbs whose object is the subject's own tie: "announced a cut of all ties with", "forged an alliance with".
  'announce', 'declare', 'forge', 'form', 'sign', 'build', 'strengthen', 'deepen', 'restore', 'establish', 'test', 'cement',
  // Verbs of a hold on a place: "claims sovereignty over", "exercises control over".
  'claim', 'assert', 'exercise', 'retain', 'regain',
]);
/** Words of time between a verb and its object ("announced Saturday a cut of all ties"). */
const TIME_WORDS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'now']);
/** Possessive markers. */
const POSSESSIVE_MARKERS = new Set(["'s", '’s', "'", '’']);

/**
 * The actor that ends right before token `end`, with its coordination; an unknown actor
 * ("militias supporting the Syrian regime") stands alone, so that no known actor coordinated with
 * it takes its place.
 */
function actorEndingAt(actors: ActorMention[], tokens: Token[], end: number, exclude: ActorMention[]): ActorMention[] | null {
  const a = actors.find((m) => m.endToken === end && !exclude.includes(m));
  if (!a) return null;
  return a.code.startsWith('---') ? [a] : coordination(a, actors, tokens, true, 'before').filter((m) => !exclude.includes(m));
}

/**
 * The party a noun cue is about: its possessor or premodifier ("Turkey's support of", "U.S.
 * support for"), the head of an apposition ("Poland, a close ally of"), or the subject of a linking
 * verb ("The U.S. has strategic ties with", "Turkey is a member of"); any other verb's subject is
 * not the noun's party ("Obama told members of Congress"). Without `premodifiers` an actor
 * before the noun is not its party either ("the EU members of the Security Council").
 */
function nominalSubject(tokens: Token[], actors: ActorMention[], trigger: number, floor: number, exclude: ActorMention[], speech: ReadonlySet<string>, premodifiers: boolean): ActorMention[] | null {
  let k = trigger - 1;
  // Premodifiers: adjectives, numbers, adverbs, and a participle inside the noun phrase ("a growing alliance").
  const participle = (j: number) => tokens[j].pos === 'VERB' && tokens[j].norm.endsWith('ing') && ['DET', 'PRON'].includes(tokens[j - 1]?.pos ?? '');
  while (k >= floor && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM' || tokens[k].pos === 'ADV' || participle(k))) k--;
  if (k < floor) return null;
  if (POSSESSIVE_MARKERS.has(tokens[k].norm)) return actorEndingAt(actors, tokens, k, exclude);
  const premodifier = actorEndingAt(actors, tokens, k + 1, exclude);
  if (premodifier) return premodifiers ? premodifier : null;
  if (tokens[k].pos === 'DET') k--;
  // "Russia, as Syria's ally", "its position as an ally of": look past "as", to a comma or to the noun it describes.
  if (k > floor && tokens[k].norm === 'as') {
    k--;
    if (tokens[k].pos === 'NOUN') return impliedSubject(tokens, actors, k, floor, exclude, speech, [], false, premodifiers);
  }
  if (k >= floor && tokens[k].text === ',') return actorEndingAt(actors, tokens, k, exclude);
  while (k >= floor && (tokens[k].pos === 'ADV' || tokens[k].pos === 'PART' || tokens[k].pos === 'AUX' || TIME_WORDS.has(tokens[k].norm)) && !LINKING_VERBS.has(tokens[k].lemma)) k--;
  if (k >= floor && LINKING_VERBS.has(tokens[k].lemma)) {
    const subject = findSource(tokens, actors.filter((a) => !exclude.includes(a) && a.endToken <= k), k, floor, false, speech);
    return subject ? coordination(subject, actors, tokens, true).filter((a) => !exclude.includes(a)) : null;
  }
  return null;
}

/**
 * The actor a cue without an explicit side is about: the antecedent of a possessive pronoun
 * ("its alliance with"), the head of an apposition the cue opens (`apposition`: ", Saudi Arabia's ally"), the
 * party of a noun cue (see nominalSubject), or the subject of a verb cue ("Iran supports …"),
 * with its coordination; the slot actors are never their own subject.
 */
export function impliedSubject(
  tokens: Token[], actors: ActorMention[], trigger: number, floor: number, exclude: ActorMention[], speech: ReadonlySet<string>,
  previous: ActorMention[] = [], apposition = false, premodifiers = true,
): ActorMention[] | null {
  const owner = possessor(tokens, actors, trigger, floor, exclude, previous);
  if (owner !== undefined) return owner ? [owner] : null;
  if (apposition) return actorEndingAt(actors, tokens, trigger, exclude);
  if (['NOUN', 'PROPN'].includes(tokens[trigger].pos)) return nominalSubject(tokens, actors, trigger, floor, exclude, speech, premodifiers);
  // An actor right before the verb is its subject, in a subordinate clause too ("after Mr. Putin annexed").
  let k = trigger;
  while (k > floor && ['ADV', 'AUX', 'PART'].includes(tokens[k - 1].pos)) k--;
  const adjacent = actorEndingAt(actors, tokens, k, exclude);
  if (adjacent) return adjacent;
  const found = findSource(tokens, actors.filter((a) => !exclude.includes(a) && a.endToken <= trigger), trigger, floor, false, speech);
  return found ? coordination(found, actors, tokens, true).filter((a) => !exclude.includes(a)) : null;
}
