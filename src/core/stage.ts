import type { ActorMention, Article, Claim, CodedEvent, NlpLayer, PlaceMention, Quote, RawDoc, Relation } from './document.js';

/** The document while it moves through the stages: each stage adds layers, none rewrites one. */
export interface WorkingDoc {
  raw: RawDoc;
  /** Publication date forced by the caller (`--date`), used when the input has none. */
  defaultDate?: string;
  article?: Article;
  nlp?: NlpLayer;
  actors?: ActorMention[];
  places?: PlaceMention[];
  events?: CodedEvent[];
  claims?: Claim[];
  quotes?: Quote[];
  relations?: Relation[];
}

/** A layer name a stage can require or assign. */
export type LayerName = Exclude<keyof WorkingDoc, 'raw' | 'defaultDate'>;

/** What a stage adds: only the layers it declared in `assigns`. */
export type LayerUpdate = Partial<Pick<WorkingDoc, LayerName>>;

/**
 * A pipeline stage: declares the layers it needs and adds, and a factory that compiles its
 * state once (dictionaries, tries) and returns a pure function over one document.
 */
export interface Stage<R = unknown> {
  name: string;
  requires: LayerName[];
  assigns: LayerName[];
  create(resources: R): (doc: WorkingDoc) => LayerUpdate;
}
