import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractStage } from './extract-stage.js';
import { loadFurnitureRules } from './furniture-rules.js';

const rules = loadFurnitureRules(fileURLToPath(new URL('../../data/', import.meta.url)));
const P1 = 'The Freedonian foreign minister on Tuesday met her Sylvanian counterpart in Marsovia, the first talks between the two governments since the border war of 2019.';
const P2 = 'Both sides agreed to reopen their embassies and to meet again next month, a spokesman for the Freedonian foreign ministry said in a statement.';

describe('extractStage', () => {
  it('declares that it needs nothing and adds the article', () => {
    expect(extractStage.name).toBe('extract');
    expect(extractStage.requires).toEqual([]);
    expect(extractStage.assigns).toEqual(['article']);
  });

  it('extracts plain text and passes the caller date through', () => {
    const run = extractStage.create(rules);
    const update = run({ raw: { uri: 'file:a.txt', format: 'text', content: `Talks in Marsovia end\n\n${P1}\n\nAdvertisement` }, defaultDate: '2020-03-03' });
    expect(Object.keys(update)).toEqual(['article']);
    expect(update.article).toMatchObject({ title: 'Talks in Marsovia end', text: P1, published: '2020-03-03', publishedFrom: 'option' });
  });

  it('extracts HTML through Readability', () => {
    const html = `<html><head><title>Talks in Marsovia end | Example News</title></head><body>
      <article><h1>Talks in Marsovia end</h1>${[P1, P2, P1, P2].map((p) => `<p>${p}</p>`).join('')}</article></body></html>`;
    const update = extractStage.create(rules)({ raw: { uri: 'file:a.html', format: 'html', content: html } });
    expect(update.article?.title).toBe('Talks in Marsovia end');
    expect(update.article?.text.startsWith(P1)).toBe(true);
  });
});
