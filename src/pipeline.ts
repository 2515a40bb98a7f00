import { actorsStage } from './actors/actors-stage.js';
import { claimsStage, loadClaimResources } from './claims/claims-stage.js';
import { buildPipeline, type Pipeline } from './core/pipeline-builder.js';
import type { Dictionaries } from './dictionaries/dictionaries.js';
import { eventsStage } from './events/events-stage.js';
import { extractStage } from './extract/extract-stage.js';
import { loadFurnitureRules } from './extract/furniture-rules.js';
import { nlpStage } from './nlp/nlp-stage.js';
import { defaultSyntaxModels } from './nlp/parser/index.js';
import { loadQuoteResources, quotesStage } from './quotes/quotes-stage.js';
import { loadRelationResources, relationsStage } from './relations/relations-stage.js';

/**
 * The stage order, in one place: the table of contents of Dyad.
 * raw input → article (title, date, body, furniture) → sentences, tokens, dates
 * → actors and places → CAMEO events → claims (casualty and other figures) and quotes
 * → standing relations (alliances, backing, membership, ties, rivalry, disputes, control, offices).
 */
export function createPipeline(dicts: Dictionaries): Pipeline {
  return buildPipeline([
    { stage: extractStage, resources: loadFurnitureRules(dicts.dataDir) },
    { stage: nlpStage, resources: undefined },
    { stage: actorsStage, resources: dicts.actors },
    { stage: eventsStage, resources: { codebook: dicts.codebook, patterns: dicts.patterns, topics: dicts.topics, syntax: defaultSyntaxModels() } },
    { stage: claimsStage, resources: loadClaimResources(dicts.dataDir) },
    { stage: quotesStage, resources: loadQuoteResources(dicts.dataDir) },
    { stage: relationsStage, resources: loadRelationResources(dicts.dataDir, dicts) },
  ]);
}
