import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { RawDoc } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { loadFurnitureRules } from './furniture-rules.js';
import { extractHtml } from './html-extractor.js';

const rules = loadFurnitureRules(fileURLToPath(new URL('../../data/', import.meta.url)));
const P1 = 'The Freedonian foreign minister on Tuesday met her Sylvanian counterpart in Marsovia, the first talks between the two governments since the border war of 2019.';
const P2 = 'Both sides agreed to reopen their embassies and to meet again next month, a spokesman for the Freedonian foreign ministry said in a statement.';
const P3 = 'The talks were brokered by the Marsovian government, which has offered to host a summit of the two presidents later this year.';

const HTML = `<!doctype html><html><head>
  <title>Freedonia and Sylvania agree to reopen embassies | Example News</title>
  <meta property="og:site_name" content="Example News">
  <meta property="article:published_time" content="2020-03-03T09:00:00Z">
</head><body>
  <nav><a href="/">Home</a> <a href="/world">World</a></nav>
  <article>
    <h1>Freedonia and Sylvania agree to reopen embassies</h1>
    <p class="byline">By Jane Doe</p>
    <figure><img src="a.jpg" alt="The two foreign ministers"><figcaption>The ministers meet in Marsovia. (AP Photo/Jane Roe)</figcaption></figure>
    <p>${P1}</p><p>${P2}</p><p>Advertisement</p><p>${P3}</p><p>${P1}</p>
  </article>
  <footer><p>© 2020 Example News Ltd. All rights reserved.</p></footer>
</body></html>`;

function raw(extra: Partial<RawDoc> = {}): RawDoc {
  return { uri: 'file:page.html', format: 'html', content: HTML, ...extra };
}

describe('extractHtml', () => {
  const article = extractHtml(raw(), rules);

  it('takes the h1 as title and the content paragraphs as body', () => {
    expect(article.title).toBe('Freedonia and Sylvania agree to reopen embassies');
    expect(article.text).toBe([P1, P2, P3, P1].join('\n\n'));
  });

  it('marks alt text, figure captions, bylines, in-body navigation and the footer copyright', () => {
    expect(article.furniture).toEqual([
      { kind: 'byline', text: 'By Jane Doe' },
      { kind: 'image', text: 'The two foreign ministers' },
      { kind: 'caption', text: 'The ministers meet in Marsovia. (AP Photo/Jane Roe)' },
      { kind: 'navigation', text: 'Advertisement' },
      { kind: 'copyright', text: '© 2020 Example News Ltd. All rights reserved.' },
    ]);
    expect(article.publisher).toBe('Example News Ltd.');
  });

  it('dates from the page metadata unless the input or the caller gives a date', () => {
    expect(article).toMatchObject({ published: '2020-03-03', publishedFrom: 'text' });
    expect(extractHtml(raw(), rules, '2020-03-05')).toMatchObject({ published: '2020-03-05', publishedFrom: 'option' });
    expect(extractHtml(raw({ date: '2020-03-04' }), rules, '2020-03-05')).toMatchObject({ published: '2020-03-04', publishedFrom: 'input' });
  });

  it('falls back to the site name as publisher when no copyright line exists', () => {
    const noFooter = extractHtml(raw({ content: HTML.replace(/<footer>.*<\/footer>/s, '') }), rules);
    expect(noFooter.publisher).toBe('Example News');
  });

  it('reports a page without article text', () => {
    expect(() => extractHtml(raw({ content: '<html><body></body></html>' }), rules)).toThrow(DyadError);
  });

  it('reads authors and the canonical URL from the page metadata', () => {
    const page = HTML.replace('</head>', '<meta name="author" content="Jane Doe"><link rel="canonical" href="https://example.com/world/embassies"></head>');
    expect(extractHtml(raw({ content: page }), rules)).toMatchObject({ authors: ['Jane Doe'], canonicalUrl: 'https://example.com/world/embassies' });
  });

  it('dates a page without a published-time tag from JSON-LD, a <time> element or its URL', () => {
    const noMeta = HTML.replace(/<meta property="article:published_time"[^>]*>/, '');
    const ld = noMeta.replace('</head>', '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-03-01T10:00:00Z"}</script></head>');
    expect(extractHtml(raw({ content: ld }), rules).published).toBe('2020-03-01');
    expect(extractHtml(raw({ content: noMeta, uri: 'https://example.com/2020/02/28/embassies' }), rules).published).toBe('2020-02-28');
  });

  it('skips index pages and pages in other languages with a reason, unless checks are off', () => {
    const listing = `<html><body><main>${[1, 2, 3, 4].map((i) => `<article><h2><a href="/s/${i}">Story number ${i} from Marsovia today</a></h2><p>Teaser ${i}.</p></article>`).join('')}</main></body></html>`;
    expect(() => extractHtml(raw({ content: listing }), rules)).toThrow(/E056 file:page\.html: skipped: an index page/);
    const spanish = '<html lang="es"><body><article><p>' + 'El ministro de Asuntos Exteriores se reunió el martes con su homólogo en la capital para hablar de las embajadas. '.repeat(4) + '</p></article></body></html>';
    expect(() => extractHtml(raw({ content: spanish }), rules)).toThrow(/E057 file:page\.html: the page is in Spanish \(franc: spa; the page declares "es"\); Dyad codes English text/);
    expect(extractHtml(raw({ content: spanish }), rules, undefined, { checks: false }).text).toContain('El ministro');
  });

  it('reads a fragment and flattens absurdly deep nesting instead of stalling', () => {
    expect(extractHtml(raw({ content: `<p>${P1}</p>` }), rules).text).toBe(P1);
    const deep = `<html><body>${'<div>'.repeat(2000)}<p>${P1}</p>${'</div>'.repeat(2000)}</body></html>`;
    const started = Date.now();
    expect(extractHtml(raw({ content: deep }), rules).text).toBe(P1);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(() => extractHtml(raw({ content: '<div>'.repeat(6000) }), rules)).toThrow(/E059 .*nests 6000 elements deep/);
  });
});
