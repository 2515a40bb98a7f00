import type { Article, RawDoc } from '../core/document.js';
import { buildArticle } from './article-builder.js';
import { matchCue, type FurnitureRules } from './furniture-rules.js';
import { layoutPage } from './page-layout.js';
import { splitUnits } from './text-units.js';

/**
 * Extracts the article from a page saved as plain text: title, body, furniture, date, publisher.
 * Date precedence: `raw.date` ('input'), then `defaultDate` ('option'), then the text ('text').
 * @example
 * const article = extractText({ uri: 'file:a.txt', format: 'text', content }, loadFurnitureRules('data'));
 * article.furniture // [{ kind: 'credit', text: 'AP/Eugene Hoshiko' }, …]
 */
export function extractText(raw: RawDoc, rules: FurnitureRules, defaultDate?: string): Article {
  const units = splitUnits(raw.content, (line) => matchCue(rules, line) !== null);
  const texts = units.map((u) => u.text);
  const layout = layoutPage(texts, rules, { title: raw.title, blocks: units.map((u) => u.block) });
  return buildArticle(texts, layout, { input: raw.date, option: defaultDate });
}
