import type { Stage } from '../core/stage.js';
import { findDates } from './dates.js';
import { tokenize } from './tokenizer.js';

/** Sentences, tokens with offsets, POS and lemmas, and dates resolved against publication. */
export const nlpStage: Stage<void> = {
  name: 'nlp',
  requires: ['article'],
  assigns: ['nlp'],
  create: () => (doc) => {
    const article = doc.article!;
    const { sentences, tokens } = tokenize(article.text);
    return { nlp: { sentences, tokens, dates: findDates(article.text, sentences, tokens, article.published) } };
  },
};
