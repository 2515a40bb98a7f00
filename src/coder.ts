import { createHash } from 'node:crypto';
import type { DyadDocument, RawDoc } from './core/document.js';
import type { Pipeline } from './core/pipeline-builder.js';
import { pageFields } from './extract/article-builder.js';
import { loadDictionaries, type Dictionaries } from './dictionaries/dictionaries.js';
import { createPipeline } from './pipeline.js';
import { DYAD_VERSION } from './version.js';

/** Options for coding one document. */
export interface CodeOptions {
  /** Publication date (YYYY-MM-DD) used when the input has none. */
  date?: string;
}

/** Codes raw inputs into Dyad documents; dictionaries and stages are compiled once. */
export class Coder {
  readonly dicts: Dictionaries;
  private pipeline: Pipeline;

  constructor(dicts: Dictionaries = loadDictionaries()) {
    this.dicts = dicts;
    this.pipeline = createPipeline(dicts);
  }

  /**
   * Codes one short sentence so that what the stages load on first use (models, tables) is
   * loaded before any document's time budget starts. Returns this coder.
   * @example const coder = new Coder().warmUp();
   */
  warmUp(): this {
    this.code({ uri: 'warm-up:', content: 'Russia attacked Ukraine on Monday, officials said.', format: 'text' }, { date: '2022-02-28' });
    return this;
  }

  /**
   * Runs the whole pipeline on one input.
   * @example new Coder().code({ uri: 'stdin:', content: 'Russia attacked Ukraine.', format: 'text' }, { date: '2022-02-24' })
   */
  code(raw: RawDoc, options: CodeOptions = {}): DyadDocument {
    const doc = this.pipeline({ raw, defaultDate: options.date });
    const article = doc.article!;
    const hash = `sha256:${createHash('sha256').update(article.text).digest('hex')}`;
    return {
      id: raw.id ?? hash, hash, uri: raw.uri,
      title: article.title, published: article.published, publisher: article.publisher, language: article.language,
      text: article.text, furniture: article.furniture,
      actors: doc.actors!, places: doc.places!, events: doc.events!,
      claims: doc.claims ?? [], quotes: doc.quotes ?? [], relations: doc.relations ?? [],
      versions: { dyad: DYAD_VERSION, dictionaries: this.dicts.version },
      ...pageFields(raw, article),
    };
  }
}
