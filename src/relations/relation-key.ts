/** The identity of a relation, shared by the stage (one statement per article) and the store (merging across articles). */
import type { Relation } from '../core/document.js';
import { partyKey } from './relation-parties.js';

/** An object's words, compared without case, articles and spacing ("the West Bank" = "West Bank"). */
export function objectKey(text: string | null | undefined): string {
  return (text ?? '').toLowerCase().replace(/’/g, "'").replace(/^(the|a|an)\s+/, '').replace(/\s+/g, ' ').trim();
}

/**
 * What makes two statements one relation: kind, the two parties (in either order for a mutual
 * kind) and the object. Label, polarity, negation and voice are not part of it, so that
 * conflicting statements ("allies" / "no longer allies", "strategic ties" / "severed ties") land
 * on the same relation side by side.
 * @example relationKey(r) // 'ties|USA|ARM|'
 */
export function relationKey(r: Pick<Relation, 'kind' | 'a' | 'b' | 'direction' | 'object'>): string {
  let sides = [partyKey(r.a), r.b ? partyKey(r.b) : ''];
  if (r.direction === 'mutual') sides = [...sides].sort();
  return [r.kind, ...sides, objectKey(r.object?.text)].join('|');
}

/** The key of one statement: the relation and what this statement says of it. */
export function statementKey(r: Relation): string {
  return [relationKey(r), r.label, r.polarity, r.negated ? 1 : 0, r.time.basis].join('|');
}
