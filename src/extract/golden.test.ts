import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Furniture } from '../core/document.js';
import { loadFurnitureRules } from './furniture-rules.js';
import { extractText } from './text-extractor.js';

/** Golden cases: every folder under test/fixtures/extract/ with an input.txt and an expected.json. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURES = join(ROOT, 'test', 'fixtures', 'extract');

interface Expected {
  title: string | null;
  published?: string | null;
  publisher?: string | null;
  bodyStart: string;
  bodyEnd: string;
  /** Number of body paragraphs, when the case pins it. */
  paragraphs?: number;
  furniture: Furniture[];
}

const cases = existsSync(FIXTURES)
  ? readdirSync(FIXTURES, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(FIXTURES, e.name, 'input.txt')))
      .map((e) => e.name)
      .sort()
  : [];
const rules = loadFurnitureRules(join(ROOT, 'data'));

describe('extract golden cases (test/fixtures/extract)', () => {
  it('finds the golden folders', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)('%s', (slug) => {
    const dir = join(FIXTURES, slug);
    const content = readFileSync(join(dir, 'input.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
    const article = extractText({ uri: `file:${slug}/input.txt`, format: 'text', content }, rules);

    expect(article.title).toBe(expected.title);
    if ('published' in expected) expect(article.published).toBe(expected.published);
    if ('publisher' in expected) expect(article.publisher).toBe(expected.publisher);
    expect(article.text.startsWith(expected.bodyStart)).toBe(true);
    expect(article.text.endsWith(expected.bodyEnd)).toBe(true);
    if (expected.paragraphs !== undefined) expect(article.text.split('\n\n')).toHaveLength(expected.paragraphs);
    expect(article.furniture).toEqual(expected.furniture);
    // No furniture line survives as a body paragraph (a tag such as "Iran" may of course occur in a sentence).
    const paragraphs = article.text.split('\n\n');
    for (const piece of article.furniture) expect(paragraphs).not.toContain(piece.text);
  });
});
