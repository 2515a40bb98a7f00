import type { CodedEvent, EventTelling } from './document.js';

/**
 * Every sentence's telling of the events, in article order: each event and its retellings.
 * For what is read per sentence (mention rows, highlights, sentence-level scoring).
 */
export function tellings(events: readonly CodedEvent[]): EventTelling[] {
  const all: EventTelling[] = [];
  for (const e of events) {
    const { retellings, ...first } = e;
    all.push(first, ...(retellings ?? []));
  }
  // Stable: within a sentence, tellings keep the order the coder gave them.
  return all.sort((a, b) => a.sentence - b.sentence);
}
