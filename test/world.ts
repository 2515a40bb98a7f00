import { fileURLToPath } from 'node:url';
import { actorsStage } from '../src/actors/actors-stage.js';
import type { Article } from '../src/core/document.js';
import { buildPipeline } from '../src/core/pipeline-builder.js';
import type { WorkingDoc } from '../src/core/stage.js';
import { loadActorDictionary } from '../src/dictionaries/actor-dictionary.js';
import { loadCodebook } from '../src/dictionaries/codebook.js';
import { loadTopics } from '../src/dictionaries/topics.js';
import { loadPatternSet } from '../src/dictionaries/verb-patterns.js';
import { eventsStage } from '../src/events/events-stage.js';
import { nlpStage } from '../src/nlp/nlp-stage.js';

/** The fictional world of test/dictionaries/world (Freedonia, Sylvania, Ruritania…). */
export const WORLD_DIR = fileURLToPath(new URL('./dictionaries/world/', import.meta.url));

const codebook = loadCodebook(WORLD_DIR);
const actors = loadActorDictionary(WORLD_DIR);
const patterns = loadPatternSet(WORLD_DIR, codebook);
const topics = loadTopics(WORLD_DIR);

/** A hand-built article layer, so stage tests need no extraction. */
export function article(text: string, published: string | null = '2022-07-18'): Article {
  return { title: null, published, publishedFrom: published ? 'option' : null, publisher: null, language: 'en', text, furniture: [] };
}

const pipeline = buildPipeline([
  { stage: nlpStage, resources: undefined },
  { stage: actorsStage, resources: actors },
  // Roles from word order only: the fictional names would only test how the parser guesses at unknown words.
  { stage: eventsStage, resources: { codebook, patterns, topics, syntax: null } },
], ['article']);

/** Runs nlp, actors and events on a text in the fictional world. */
export function annotate(text: string, published: string | null = '2022-07-18'): WorkingDoc {
  return pipeline({ raw: { uri: 'test:', content: text, format: 'text' }, article: article(text, published) });
}

export const world = { codebook, actors, patterns };
