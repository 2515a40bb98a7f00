/**
 * Every actor mention is built here, with its fields in one order (the order of the JSON
 * document), so all mentions share V8's few object shapes (with and without `group`). Built
 * by object spreads at half a dozen places, mentions came in six shapes for the same fields, and
 * each rare one that reached an optimised function (the relation cues, the resolver) threw away
 * its compiled code.
 */
import type { ActorMention } from '../core/document.js';

/** Where a mention sits: its span, text, sentence and token range. */
export type MentionPlace = Pick<ActorMention, 'start' | 'end' | 'text' | 'sentence' | 'firstToken' | 'endToken'>;
/** What a mention stands for. */
export type MentionActor = Pick<ActorMention, 'code' | 'name' | 'country' | 'role' | 'kind'>;

/**
 * A new mention of `actor` at `place`, in the group given (none when undefined).
 * @example actorMention({ start: 0, end: 6, text: 'Russia', sentence: 0, firstToken: 0, endToken: 1 }, { code: 'RUS', name: 'Russia', country: 'RUS', role: null, kind: 'state' })
 */
export function actorMention(place: MentionPlace, actor: MentionActor, group?: number): ActorMention {
  const m: ActorMention = {
    start: place.start, end: place.end, text: place.text, sentence: place.sentence, firstToken: place.firstToken, endToken: place.endToken,
    code: actor.code, name: actor.name, country: actor.country, role: actor.role, kind: actor.kind,
  };
  if (group !== undefined) m.group = group;
  return m;
}

/**
 * A copy of `m` (a new object: sets of mentions keep the old one) with some of what it stands
 * for changed, in its group.
 * @example changedMention(m, { code: 'UKRCVL', country: 'UKR', kind: 'agent' })
 */
export function changedMention(m: ActorMention, changes: Partial<MentionActor>): ActorMention {
  return actorMention(m, { ...m, ...changes }, m.group);
}
