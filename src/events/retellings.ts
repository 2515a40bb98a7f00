import type { CodedEvent } from '../core/document.js';

/**
 * What makes two tellings one event: the same sides (full codes), CAMEO root, date and negation,
 * and the same footing (what a side did, whether the article or a speaker says so, is one thing;
 * what it intends and what might happen are others). The root, not the full code, because a
 * story retells an act in other words ("held separate calls" → "spoke separately with" → "in his call with").
 */
function tellingKey(e: CodedEvent): string {
  const footing = e.modality === 'reported' ? 'asserted' : e.modality;
  return `${e.source.code}|${e.target?.code ?? ''}|${e.rootCode}|${e.date ?? ''}|${e.negated ? 1 : 0}|${footing}`;
}

/** Whether two tellings may be of one event by place: unless both name a place and the places differ. */
function samePlace(a: CodedEvent, b: CodedEvent): boolean {
  return !a.location || !b.location || a.location.name === b.location.name;
}

/**
 * Folds the later tellings of an event in one article into its first: news tells its lead again
 * in the body, and one real event should be one entry with every sentence kept as evidence. Two
 * events of one sentence stay apart (a sentence can tell two acts of one kind), and so do acts
 * of one kind in two places (clashes in two towns), as GDELT keeps them. The event keeps its first
 * telling's words and code; its confidence is the best of its tellings, its place the first any
 * telling gives.
 */
export function foldRetellings(events: readonly CodedEvent[]): CodedEvent[] {
  const kept: CodedEvent[] = [];
  const byKey = new Map<string, Array<{ event: CodedEvent; sentences: Set<number> }>>();
  for (const e of events) {
    const key = tellingKey(e);
    const groups = byKey.get(key) ?? [];
    const first = groups.find((g) => !g.sentences.has(e.sentence) && samePlace(g.event, e));
    if (!first) {
      const event = { ...e };
      kept.push(event);
      groups.push({ event, sentences: new Set([e.sentence]) });
      byKey.set(key, groups);
      continue;
    }
    first.sentences.add(e.sentence);
    const into = first.event;
    (into.retellings ??= []).push(e);
    into.confidence = Math.max(into.confidence, e.confidence);
    into.location ??= e.location;
  }
  return kept;
}
