import type { CodedEvent } from '../core/document.js';
import type { Stage } from '../core/stage.js';
import type { Codebook } from '../dictionaries/codebook.js';
import type { PatternSet } from '../dictionaries/verb-patterns.js';
import { buildEvents } from './event-builder.js';
import { matchPatterns } from './pattern-matcher.js';

/** What the event coder needs. */
export interface EventResources {
  codebook: Codebook;
  patterns: PatternSet;
}

/** The CAMEO coder: patterns over each sentence, actors assigned to source and target. */
export const eventsStage: Stage<EventResources> = {
  name: 'events',
  requires: ['article', 'nlp', 'actors', 'places'],
  assigns: ['events'],
  create: ({ codebook, patterns }) => (doc) => {
    const { sentences, tokens, dates } = doc.nlp!;
    const text = doc.article!.text;
    const events: CodedEvent[] = [];
    sentences.forEach((s, index) => {
      const actors = doc.actors!.filter((a) => a.sentence === index);
      const matches = matchPatterns(patterns, tokens, s.firstToken, s.endToken, actors);
      if (!matches.length) return;
      events.push(...buildEvents({
        text, tokens, index, firstToken: s.firstToken, endToken: s.endToken, start: s.start, end: s.end, actors,
        places: doc.places!.filter((p) => p.sentence === index), dates: dates.filter((d) => d.sentence === index),
        published: doc.article!.published,
      }, matches, codebook, patterns));
    });
    return { events };
  },
};
