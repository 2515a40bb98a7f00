import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { FurnitureKind } from '../core/document.js';
import { loadFurnitureRules } from './furniture-rules.js';
import { extractText } from './text-extractor.js';

/** The shared seed page (outside the repo; never copied in): a news page saved as plain text, with its gold. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEED = join(ROOT, '..', 'shared', 'fixtures', 'seed', 'blinken-armenia-azerbaijan.txt');
const GOLD = SEED.replace(/\.txt$/, '.gold.json');
const present = existsSync(SEED) && existsSync(GOLD);

interface GoldDocument {
  title: string;
  image: { alt: string; credit: string; caption_starts: string };
  tags: string[];
  body_first_words: string;
  body_last_words: string;
  not_body: string[];
}

/** The kind each not_body line should get, read from its form rather than from a copy of the seed. */
function expectedKind(line: string, gold: GoldDocument): FurnitureKind {
  if (line === gold.image.credit) return 'credit';
  if (/updated/i.test(line)) return 'updated';
  if (/^tags\b/i.test(line)) return 'tags';
  if (/^copyright\b/i.test(line)) return 'copyright';
  return 'navigation';
}

describe('seed: blinken-armenia-azerbaijan.txt', () => {
  const load = () => {
    const gold = (JSON.parse(readFileSync(GOLD, 'utf8')) as { document: GoldDocument }).document;
    const rules = loadFurnitureRules(join(ROOT, 'data'));
    const raw = { uri: `file:${SEED}`, format: 'text' as const, content: readFileSync(SEED, 'utf8') };
    return { gold, rules, raw, article: extractText(raw, rules) };
  };

  it.skipIf(!present)('finds the title and the body bounds', () => {
    const { gold, article } = load();
    expect(article.title).toBe(gold.title);
    expect(article.text.startsWith(gold.body_first_words)).toBe(true);
    expect(article.text.endsWith(gold.body_last_words)).toBe(true);
    expect(article.text).not.toMatch(/ \n|\n /); // trailing spaces trimmed from every paragraph
  });

  it.skipIf(!present)('puts every not_body line in furniture, with its kind, and none in the body', () => {
    const { gold, article } = load();
    for (const line of gold.not_body) {
      expect(article.furniture).toContainEqual({ kind: expectedKind(line, gold), text: line });
      expect(article.text).not.toContain(line);
    }
  });

  it.skipIf(!present)('reads the image block: alt text, credit and dated caption', () => {
    const { gold, article } = load();
    expect(article.furniture).toContainEqual({ kind: 'image', text: gold.image.alt });
    expect(article.furniture).toContainEqual({ kind: 'credit', text: gold.image.credit });
    const caption = article.furniture.find((f) => f.kind === 'caption');
    expect(caption?.text.startsWith(gold.image.caption_starts)).toBe(true);
    expect(article.text).not.toContain(gold.image.caption_starts);
    const tags = article.furniture.find((f) => f.kind === 'tags');
    for (const tag of gold.tags) expect(tags?.text).toContain(tag);
  });

  it.skipIf(!present)('takes the publisher from the copyright line', () => {
    expect(load().article.publisher).toBe('Nexstar Media Inc.');
  });

  it.skipIf(!present)('never dates the article from the photo caption; --date fills in', () => {
    const { raw, rules, article } = load();
    expect(article.published).toBeNull();
    expect(article.publishedFrom).toBeNull();
    const dated = extractText(raw, rules, '2022-07-18');
    expect(dated.published).toBe('2022-07-18');
    expect(dated.publishedFrom).toBe('option');
  });
});
