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
export function findSource(tokens: Token[], actors: ActorMention[], trigger: number, floor: number): ActorMention | null {
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
    if (partner >= 0) return findSource(tokens, actors, partner, floor);
  }
  const candidates = actors.filter((a) => a.endToken <= trigger).sort((a, b) => b.endToken - a.endToken);
  for (const a of candidates) {
    if (tokens.slice(a.endToken, trigger).some((t) => CLAUSE_BREAKS.has(t.text))) return null;
    const prev = before(tokens, a, floor);
    if (prev && prev.pos === 'ADP' && prev.norm !== AGENT_PREPOSITION) continue;
    return a;
  }
  return null;
}

/**
 * The object of a trigger: the first actor after it, reached over fillers, target
 * prepositions and shared verbs ("condemn and isolate Russia").
 */
export function findTarget(tokens: Token[], actors: ActorMention[], after: number, end: number): ActorMention | null {
  const byStart = new Map(actors.map((a) => [a.firstToken, a]));
  for (let j = after + 1, n = 0; j < end && n < MAX_TARGET_DISTANCE; j++, n++) {
    const hit = byStart.get(j);
    if (hit) return hit;
    const t = tokens[j];
    if (isFiller(t) || TARGET_PREPOSITIONS.has(t.norm)) continue;
    if (t.pos === 'CCONJ' && tokens[j + 1]?.pos === 'VERB') continue;
    if (t.pos === 'VERB' && tokens[j - 1]?.pos === 'CCONJ') continue;
    return null;
  }
  return null;
}

/** The actor and every actor coordinated with it. */
export function expandGroup(m: ActorMention, actors: ActorMention[]): ActorMention[] {
  return m.group === undefined ? [m] : actors.filter((a) => a.group === m.group);
}
