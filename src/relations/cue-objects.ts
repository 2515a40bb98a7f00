/** Objects of relations: the place or name a relation is over ("over the contested territory of Nagorno-Karabakh"). */
import type { ActorMention, PlaceMention, Token } from '../core/document.js';
import { isFiller } from '../events/pattern-matcher.js';
import type { RelationResources } from './relation-resources.js';

/** How many filler words may stand before an object. */
const MAX_GAP = 3;
/** Articles, adjectives and place nouns an object may stand after ("a disputed area of the Aegean Sea"). */
const MAX_OBJECT_LEAD = 6;
/** The longest object name, in tokens ("the Democratic Republic of the Congo" is six). */
export const MAX_OBJECT_TOKENS = 6;
/** How far back from a cue the name it is about may stand ("Crimea is internationally recognized as part of"). */
export const OBJECT_BEFORE_WINDOW = 12;
/** Relative pronouns whose antecedent is the name a clause is about ("Nagorno-Karabakh, which … is controlled by"). */
const RELATIVES = new Set(['which', 'that']);
/** Tokens an object search does not cross. */
const BREAKS = new Set([';', ':', '.']);
const POSSESSIVES = new Set(["'s", '’s', "'", '’']);

/** What a sentence offers to the matcher. */
export interface SentenceView {
  tokens: Token[];
  /** Token range of the sentence. */
  from: number;
  to: number;
  actors: ActorMention[];
  places: PlaceMention[];
  res: RelationResources;
  /** The actors of the sentence before, for a pronoun whose antecedent is there. */
  previous: ActorMention[];
}

export const capitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
/** A hyphen written inside a word ("Nagorno-Karabakh"), not a dash between words. */
const innerHyphen = (tokens: Token[], j: number) => tokens[j]?.text === '-' && tokens[j - 1]?.end === tokens[j].start && tokens[j + 1]?.start === tokens[j].end;

/**
 * The object name starting at token j: a place or country mention, or a run of capitalised words
 * (hyphens inside words kept: "Nagorno-Karabakh"), after generic place nouns and "of" ("the
 * contested territory of …"). Returns its token range or null.
 */
export function objectAt(v: SentenceView, j: number): [number, number] | null {
  const { tokens, to } = v;
  const placeNoun = (t: Token | undefined) => !!t && v.res.modifiers['place-noun'].has(t.norm);
  let k = j;
  while (k < to && k - j < MAX_OBJECT_LEAD && (tokens[k].pos === 'DET' || (!capitalised(tokens[k]) && (tokens[k].pos === 'ADJ' || placeNoun(tokens[k]))))) {
    if (placeNoun(tokens[k]) && tokens[k + 1]?.norm === 'of') k++;
    k++;
  }
  // A country, or a capital standing as a place ("Israeli-annexed east Jerusalem").
  const named = v.places.find((p) => p.firstToken === k)
    ?? v.actors.find((a) => a.firstToken === k && (a.kind === 'state' || (a.kind === 'government' && a.code === `${a.country}GOV` && a.endToken - a.firstToken === 1)));
  let end = named ? named.endToken : k;
  // A name goes on over capitalised words and hyphens inside words ("Nagorno-Karabakh", "Jordan Valley").
  while (end < to && end - k < MAX_OBJECT_TOKENS && (capitalised(tokens[end]) || (end > k && innerHyphen(tokens, end)))) end++;
  // A run may not end in a hyphen, nor be a lone capitalised function word ("The").
  while (end > k && tokens[end - 1].text === '-') end--;
  // One capitalised word must be a proper noun, or a noun not capitalised only for opening the sentence ("Trade is …").
  if (end === k || (!named && end - k === 1 && tokens[k].pos !== 'PROPN' && (tokens[k].pos !== 'NOUN' || k === v.from))) return null;
  // A possessor is no object: "mistrust … over Yerevan's charges".
  if (POSSESSIVES.has(tokens[end]?.norm)) return null;
  // "the Palestinian territories": a place noun after the name belongs to it, and makes a demonym a place.
  const placed = placeNoun(tokens[end]) && tokens[end].pos === 'NOUN';
  if (placed) end++;
  else if (v.actors.some((a) => a !== named && a.firstToken < end && k < a.endToken && a.kind !== 'state')) return null;
  return [k, end];
}

/** The object name ending right before token j (over at most MAX_GAP fillers), or null. */
export function objectEndingAt(v: SentenceView, j: number): [number, number] | null {
  const { tokens, from } = v;
  let end = j;
  while (end > from && j - end < MAX_GAP && isFiller(tokens[end - 1]) && !capitalised(tokens[end - 1])) end--;
  let start = end;
  while (start > from && end - start < MAX_OBJECT_TOKENS && (capitalised(tokens[start - 1]) || innerHyphen(tokens, start - 1))) start--;
  while (start < end && tokens[start].text === '-') start++;
  return start < end ? objectAt(v, start) : null;
}


/** Verbs and words after which the name a cue is about may stand further back ("Crimea is internationally recognized as part of"). */
function linked(t: Token | undefined): boolean {
  return !!t && (t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'ADV' || t.norm === 'as');
}

/**
 * The name a cue without {O} is about: the antecedent of a relative pronoun before it
 * ("Nagorno-Karabakh, which lies within … but is controlled by"; "territory that is now part of"
 * is about no name), else, after a verb, the nearest name before it in the clause ("Crimea is …
 * part of"); a reduced relative takes only the name right before it or in apposition ("Rafah, the
 * border crossing controlled by Egypt"; "sailors held by Iran" is about no place).
 */
export function objectBeforeCue(v: SentenceView, at: number, reducedRelative: boolean): [number, number] | null {
  const { tokens, from } = v;
  const floor = Math.max(from, at - OBJECT_BEFORE_WINDOW);
  for (let k = at - 1; k > floor && !BREAKS.has(tokens[k].text); k--) {
    if (!RELATIVES.has(tokens[k].norm)) continue;
    const end = tokens[k - 1].text === ',' ? k - 1 : k;
    const o = objectEndingAt(v, end);
    return o && o[1] === end ? o : null;
  }
  if (reducedRelative && !linked(tokens[at - 1])) {
    let k = at - 1;
    while (k > floor && !capitalised(tokens[k]) && ['DET', 'ADJ', 'NOUN'].includes(tokens[k].pos)) k--;
    const end = tokens[k]?.text === ',' ? k : at;
    const o = objectEndingAt(v, end);
    return o && o[1] === end ? o : null;
  }
  // The nearest name decides: a place further back is not what the clause is about.
  for (let k = at - 1; k >= floor && !BREAKS.has(tokens[k].text); k--) {
    if (capitalised(tokens[k]) || v.actors.some((a) => a.endToken === k + 1)) {
      const o = objectEndingAt(v, k + 1);
      return o && o[1] === k + 1 ? o : null;
    }
  }
  return null;
}
