import type { CodedEvent } from '../core/document.js';
import type { Stage } from '../core/stage.js';
import type { Codebook } from '../dictionaries/codebook.js';
import type { PatternSet } from '../dictionaries/verb-patterns.js';
import type { SyntaxModels } from '../nlp/parser/index.js';
import { RoleReader } from './dependency-roles.js';
import { buildEvents } from './event-builder.js';
import { matchPatterns } from './pattern-matcher.js';
import { personAntecedents } from './pronoun-antecedents.js';
import { parseSentence } from './sentence-parse.js';

/** What the event coder needs. */
export interface EventResources {
  codebook: Codebook;
  patterns: PatternSet;
  /** Our tagger and parser; without them roles come from word order alone. */
  syntax: SyntaxModels | null;
}

/**
 * The CAMEO coder: patterns over each sentence, actors assigned to source and target from
 * the dependency parse. Only sentences where a pattern matched are parsed: most sentences
 * of an article hold no event, and parsing is the costliest step.
 */
export const eventsStage: Stage<EventResources> = {
  name: 'events',
  requires: ['article', 'nlp', 'actors', 'places'],
  assigns: ['events'],
  create: ({ codebook, patterns, syntax }) => (doc) => {
    const { sentences, tokens, dates } = doc.nlp!;
    const text = doc.article!.text;
    const events: CodedEvent[] = [];
    const antecedent = personAntecedents(doc.actors!);
    sentences.forEach((s, index) => {
      const actors = doc.actors!.filter((a) => a.sentence === index);
      const matches = matchPatterns(patterns, tokens, s.firstToken, s.endToken, actors);
      if (!matches.length) return;
      const parse = syntax ? parseSentence(syntax, tokens, s.firstToken, s.endToken, actors) : null;
      events.push(...buildEvents({
        text, tokens, index, firstToken: s.firstToken, endToken: s.endToken, start: s.start, end: s.end, actors,
        places: doc.places!.filter((p) => p.sentence === index), dates: dates.filter((d) => d.sentence === index),
        published: doc.article!.published,
        roles: parse ? new RoleReader(parse, tokens, actors, patterns.modifiers, (t) => antecedent(t, index)) : null,
      }, matches, codebook, patterns));
    });
    return { events };
  },
};
