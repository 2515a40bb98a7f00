import type { Stage } from '../core/stage.js';
import type { FurnitureRules } from './furniture-rules.js';
import { extractHtml } from './html-extractor.js';
import { extractText } from './text-extractor.js';

/**
 * The extraction stage: RawDoc → Article, plain text through the furniture rules, HTML through
 * Readability first. The caller's `--date` (doc.defaultDate) is used when the input has no date.
 * @example const extract = extractStage.create(loadFurnitureRules('data')); extract(doc).article?.title
 */
export const extractStage: Stage<FurnitureRules> = {
  name: 'extract',
  requires: [],
  assigns: ['article'],
  create(rules) {
    return (doc) => ({
      article: doc.raw.format === 'html'
        ? extractHtml(doc.raw, rules, doc.defaultDate)
        : extractText(doc.raw, rules, doc.defaultDate),
    });
  },
};
