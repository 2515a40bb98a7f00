import type { CodedEvent, EventTelling } from './document.js';

/** One event's tellings: its own sentence's, then those of its retellings. */
export function tellingsOf(event: CodedEvent): EventTelling[] {
  const { retellings, ...first } = event;
  return [first, ...(retellings ?? [])];
}

/** How many sentences tell the events: each event and its retellings. */
export function tellingCount(events: readonly CodedEvent[]): number {
  return events.reduce((n, e) => n + 1 + (e.retellings?.length ?? 0), 0);
}

/**
 * Every sentence's telling of the events, in article order: each event and its retellings.
 * For what is read per sentence (highlights, sentence-level scoring).
 */
export function tellings(events: readonly CodedEvent[]): EventTelling[] {
  // Stable: within a sentence, tellings keep the order the coder gave them.
  return events.flatMap(tellingsOf).sort((a, b) => a.sentence - b.sentence);
}
