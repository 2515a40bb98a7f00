/** Who "he" and "she" stand for, from the person mentions of the article. */
import type { ActorMention } from '../core/document.js';

/** How many sentences back a pronoun may look for its person. */
const SALIENCE_SENTENCES = 3;

/**
 * A resolver for personal pronouns: the latest person named earlier in the same sentence
 * ("Putin said he would…"), else the first person named in the nearest sentence before that
 * names one (news puts the subject first), at most three sentences back.
 * @example personAntecedents(doc.actors)(tokenIndex, sentenceIndex)
 */
export function personAntecedents(actors: readonly ActorMention[]): (token: number, sentence: number) => ActorMention | null {
  const people = actors.filter((a) => a.kind === 'person');
  return (token, sentence) => {
    let same: ActorMention | null = null;
    for (const p of people) if (p.sentence === sentence && p.endToken <= token) same = p;
    if (same) return same;
    for (let back = sentence - 1; back >= 0 && sentence - back <= SALIENCE_SENTENCES; back--) {
      const first = people.find((p) => p.sentence === back);
      if (first) return first;
    }
    return null;
  };
}
