import type { Stage } from '../core/stage.js';
import { Salience } from '../claims/attribution.js';
import { speakerContext } from '../claims/speaker-phrase.js';
import { findQuotes } from './quote-finder.js';
import type { QuoteResources } from './quote-resources.js';

export { loadQuoteResources, type QuoteResources } from './quote-resources.js';

/**
 * Quotes: every direct quotation with its speaker (with the actor code of the mention that names
 * them) and the statement or spokesperson it came through. Scare quotes are left out.
 */
export const quotesStage: Stage<QuoteResources> = {
  name: 'quotes',
  requires: ['article', 'nlp', 'actors'],
  assigns: ['quotes'],
  create: (res) => (doc) => {
    const ctx = speakerContext(doc.article!.text, doc.nlp!, doc.actors!, res);
    return { quotes: findQuotes(ctx, new Salience(ctx)) };
  },
};
