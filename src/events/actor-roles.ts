import type { ActorMention, Token } from '../core/document.js';
import { isFiller } from './pattern-matcher.js';

/** Prepositions that introduce the target of an event verb ("met with X", "support for X"). */
const TARGET_PREPOSITIONS = new Set(['with', 'to', 'on', 'against', 'for', 'toward', 'towards', 'into', 'upon', 'over']);
/** The preposition that introduces an agent, who can be a source ("pressure by the U.S."). */
const AGENT_PREPOSITION = 'by';
/** How far past the pattern the target may be. */
const MAX_TARGET_DISTANCE = 6;
/** Tokens a subject search does not cross. */
const CLAUSE_BREAKS = new Set([';', ':']);
/** Words that join repeated prepositional phrases. */
const PP_JOINERS = new Set([',', 'and', 'then', 'also', 'later', 'as', 'well']);
/** Nouns of quantity before "of" ("dozens of protesters"). */
const QUANTITY_WORDS = new Set(['dozens', 'hundreds', 'thousands', 'scores', 'millions', 'dozen', 'hundred', 'thousand', 'number', 'group', 'some', 'many', 'several']);
/** Auxiliaries of the passive voice. */
const PASSIVE_AUXILIARIES = new Set(['be', 'get']);
/** Parts of speech between a noun trigger and its possessor or modifier actor. */
const NOUN_PREMODIFIER_POS = new Set(['ADJ', 'NUM']);
const POSSESSIVE_MARKERS = new Set(["'s", '’s', "'", '’']);
/** Prepositions before "a/the NOUN" that make the clause subject a participant of the noun's event. */
const PARTICIPATION_PREPOSITIONS = new Set(['in', 'during', 'at', 'after', 'before', 'following']);
/** Particles of phrasal verbs before an object noun ("carried out an attack"). */
const VERB_PARTICLES = new Set(['out', 'up', 'off', 'down']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
/** Conjunctions that coordinate two verbs of one subject. */
const COORDINATING_CONJUNCTIONS = new Set(['and', 'but']);
/** Words that may sit between a conjunction and its verb ("and then sharply criticized"). */
const SKIPPED_BEFORE_VERB = new Set(['ADV', 'AUX', 'PART']);

function inflection(word: string): string {
  return /ing$/.test(word) ? 'ing' : /ed$/.test(word) ? 'ed' : /s$/.test(word) ? 's' : 'base';
}

function before(tokens: Token[], m: ActorMention, floor: number): Token | undefined {
  let j = m.firstToken - 1;
  while (j >= floor && (tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ')) j--;
  return j >= floor ? tokens[j] : undefined;
}

/**
 * The subject of a trigger: the nearest actor before it that is not the object of a
 * preposition ("Blinken, in his call with Pashinyan, commended …" → Blinken).
 */
export function findSource(tokens: Token[], actors: ActorMention[], trigger: number, floor: number, nominal: boolean, speech: ReadonlySet<string>): ActorMention | null {
  if (nominal) return nominalSource(tokens, actors, trigger, floor, speech);
  return clauseSubject(tokens, actors, trigger, floor);
}

/**
 * The source of a noun trigger is its possessor or an actor right before it ("Russia's
 * invasion", "American military assistance"); a possessive pronoun points to the clause
 * subject ("Blinken, in his call with …"); otherwise the noun has no source in the text.
 */
function nominalSource(tokens: Token[], actors: ActorMention[], trigger: number, floor: number, speech: ReadonlySet<string>): ActorMention | null {
  let k = trigger - 1;
  while (k >= floor && (NOUN_PREMODIFIER_POS.has(tokens[k].pos) || (isFiller(tokens[k]) && tokens[k].pos !== 'PRON' && tokens[k].pos !== 'DET'))) k--;
  if (k < floor) return null;
  const possessive = POSSESSIVE_MARKERS.has(tokens[k].norm);
  const owner = actors.find((a) => a.endToken === (possessive ? k : k + 1));
  if (owner) return owner;
  if (possessive) return null;
  if (POSSESSIVE_PRONOUNS.has(tokens[k].norm)) return clauseSubject(tokens, actors, trigger, floor);
  if (tokens[k].pos === 'DET') k--;
  // "X said in a meeting with Y", "X, during the talks with Y": the subject took part.
  if (k >= floor && PARTICIPATION_PREPOSITIONS.has(tokens[k].norm)) return clauseSubject(tokens, actors, k, floor);
  // "Israel launched airstrikes on Gaza", "Egypt had discussions with Israel": the verb's subject
  // acts — but not a speech verb's ("X said the talks with Y failed").
  if (k > floor && VERB_PARTICLES.has(tokens[k].norm) && tokens[k - 1].pos === 'VERB') k--;
  if (k >= floor && (tokens[k].pos === 'VERB' || tokens[k].pos === 'AUX') && !speech.has(tokens[k].lemma)) {
    return clauseSubject(tokens, actors, k, floor);
  }
  return null;
}

function clauseSubject(tokens: Token[], actors: ActorMention[], trigger: number, floor: number): ActorMention | null {
  // A verb coordinated with an earlier one shares its subject ("X pushes Congress … and criticizes Turkey").
  let k = trigger - 1;
  while (k > floor && SKIPPED_BEFORE_VERB.has(tokens[k].pos)) k--;
  if (k > floor && COORDINATING_CONJUNCTIONS.has(tokens[k].norm) && tokens[trigger].pos === 'VERB') {
    // The partner verb has the same inflection ("pushes … and criticizes", not "impose").
    const form = inflection(tokens[trigger].norm);
    let partner = -1;
    for (let v = k - 1; v > floor; v--) {
      if (tokens[v].pos !== 'VERB') continue;
      if (partner < 0) partner = v;
      if (inflection(tokens[v].norm) === form) { partner = v; break; }
    }
    if (partner >= 0) return clauseSubject(tokens, actors, partner, floor);
  }
  const candidates = actors.filter((a) => a.endToken <= trigger).sort((a, b) => b.endToken - a.endToken);
  for (const a of candidates) {
    if (tokens.slice(a.endToken, trigger).some((t) => CLAUSE_BREAKS.has(t.text))) return null;
    // A coordinated subject is checked at its first member ("between Armenia and Turkey" is no subject).
    const first = a.group === undefined ? a : actors.find((m) => m.group === a.group) ?? a;
    const prev = before(tokens, first, floor);
    if (prev && prev.pos === 'ADP' && prev.norm !== AGENT_PREPOSITION) continue;
    return a;
  }
  return null;
}

/**
 * The object of a trigger: the first actor after it, reached over fillers, target
 * prepositions and shared verbs ("condemn and isolate Russia").
 */
export function findTarget(tokens: Token[], actors: ActorMention[], after: number, end: number, nominal = false): ActorMention | null {
  const byStart = new Map(actors.map((a) => [a.firstToken, a]));
  for (let j = after + 1, n = 0; j < end && n < MAX_TARGET_DISTANCE; j++, n++) {
    const hit = byStart.get(j);
    if (hit) return hit;
    const t = tokens[j];
    if (isFiller(t) || TARGET_PREPOSITIONS.has(t.norm)) continue;
    // "arrested dozens of protesters": a quantity and its "of" lead on to the target.
    if (QUANTITY_WORDS.has(t.norm) || (t.norm === 'of' && (tokens[j - 1]?.pos === 'NUM' || QUANTITY_WORDS.has(tokens[j - 1]?.norm)))) continue;
    // "met and congratulated Netanyahu"; after a noun ("the meeting and suggested Riyadh …") another clause begins.
    if (!nominal && t.pos === 'CCONJ' && tokens[j + 1]?.pos === 'VERB') continue;
    if (!nominal && t.pos === 'VERB' && tokens[j - 1]?.pos === 'CCONJ') continue;
    return null;
  }
  return null;
}

/** A verb in the passive voice ("was attacked", "were arrested"): its subject is the patient. */
export function isPassive(tokens: Token[], trigger: number, floor: number): boolean {
  const t = tokens[trigger];
  if (t.pos !== 'VERB' || t.norm === t.lemma || t.norm.endsWith('ing')) return false;
  let k = trigger - 1;
  while (k >= floor && (tokens[k].pos === 'ADV' || tokens[k].pos === 'PART')) k--;
  return k >= floor && PASSIVE_AUXILIARIES.has(tokens[k].lemma);
}

/** The agent of a passive verb: the actor after "by" ("was attacked by rebels"). */
export function findAgent(tokens: Token[], actors: ActorMention[], after: number, end: number): ActorMention | null {
  for (let j = after + 1, n = 0; j < end && n < MAX_TARGET_DISTANCE; j++, n++) {
    if (tokens[j].norm !== AGENT_PREPOSITION) continue;
    const byStart = new Map(actors.map((a) => [a.firstToken, a]));
    for (let k = j + 1; k < end && k <= j + 1 + 3; k++) {
      if (byStart.has(k)) return byStart.get(k)!;
      if (!isFiller(tokens[k])) break;
    }
    return null;
  }
  return null;
}

/**
 * Targets in coordinated prepositional phrases after the first one: "met with the IMF,
 * then with President Trump" — same preposition, joined by commas, "and" or "then".
 */
export function coordinatedTargets(tokens: Token[], actors: ActorMention[], first: ActorMention, end: number): ActorMention[] {
  if (!actors.includes(first)) return [];
  const prep = tokens[first.firstToken - 1]?.pos === 'DET' ? tokens[first.firstToken - 2] : tokens[first.firstToken - 1];
  if (!prep || prep.pos !== 'ADP') return [];
  const byStart = new Map(actors.map((a) => [a.firstToken, a]));
  const more: ActorMention[] = [];
  let j = Math.max(...expandGroup(first, actors).map((a) => a.endToken));
  while (j < end) {
    let k = j;
    while (k < end && PP_JOINERS.has(tokens[k].norm)) k++;
    if (k === j || tokens[k]?.norm !== prep.norm) break;
    k++;
    if (tokens[k]?.pos === 'DET') k++;
    const next = byStart.get(k);
    if (!next) break;
    more.push(next);
    j = next.endToken;
  }
  return more;
}

/** The actor and every actor coordinated with it. */
export function expandGroup(m: ActorMention, actors: ActorMention[]): ActorMention[] {
  if (m.group === undefined) return [m];
  // An antecedent from another sentence ("he", "it") brings no coordination of this one.
  const members = actors.filter((a) => a.group === m.group);
  return members.length ? members : [m];
}
