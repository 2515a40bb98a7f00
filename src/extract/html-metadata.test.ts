import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readMetadata } from './html-metadata.js';

function meta(head: string, body = '', url?: string) {
  const { document } = parseHTML(`<!doctype html><html lang="en-GB"><head>${head}</head><body>${body}</body></html>`);
  return readMetadata(document as never, url);
}

describe('readMetadata', () => {
  it('reads Open Graph and article meta tags', () => {
    const m = meta(`<title>Talks end | Example</title><meta property="og:title" content="Talks in Marsovia end">
      <meta property="og:site_name" content="Example News"><meta property="og:type" content="article">
      <meta property="article:published_time" content="2022-07-18T23:30:00-05:00"><meta name="author" content="By Jane Roe and John Doe">
      <link rel="canonical" href="/world/talks-end">`, '', 'https://example.com/x?utm=1');
    expect(m).toMatchObject({
      title: 'Talks in Marsovia end', published: '2022-07-18', publishedFrom: 'meta', authors: ['Jane Roe', 'John Doe'],
      siteName: 'Example News', canonicalUrl: 'https://example.com/world/talks-end', lang: 'en-gb', ogType: 'article',
    });
  });

  it('reads JSON-LD (with @graph) for the date, authors, headline and publisher', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [
      { '@type': 'WebSite', name: 'Site name' },
      { '@type': 'NewsArticle', headline: 'Headline from JSON-LD', datePublished: '2021-03-04T10:00:00Z', author: [{ '@type': 'Person', name: 'Ann Lee' }, { name: 'Bo Kim' }], publisher: { '@type': 'Organization', name: 'Example Daily' } },
    ] };
    const m = meta(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(m).toMatchObject({ title: 'Headline from JSON-LD', published: '2021-03-04', publishedFrom: 'json-ld', authors: ['Ann Lee', 'Bo Kim'], siteName: 'Example Daily', schemaTypes: ['WebSite', 'NewsArticle'] });
  });

  it('survives malformed JSON-LD', () => {
    expect(meta('<script type="application/ld+json">{ "@type": "NewsArticle", </script>').schemaTypes).toEqual([]);
  });

  it('falls back to a <time> element, then to a date in the URL', () => {
    expect(meta('', '<article><time datetime="2019-11-18T08:00:00Z">Nov 18</time></article>')).toMatchObject({ published: '2019-11-18', publishedFrom: 'time' });
    expect(meta('', '<div class="submitted">post by <a href="/u/k">Kim Roe</a> on April 11, 2013 - 12:44pm</div>')).toMatchObject({ published: '2013-04-11', publishedFrom: 'time' });
    expect(meta('', '', 'https://example.com/news/2019/11/18/story-slug')).toMatchObject({ published: '2019-11-18', publishedFrom: 'url' });
    expect(meta('', '', 'https://example.com/news/20191118/story')).toMatchObject({ published: '2019-11-18' });
    expect(meta('', '', 'https://example.com/news/story-123')).toMatchObject({ published: null, publishedFrom: null });
  });

  it('reads dates written in words and skips author URLs', () => {
    const m = meta('<meta name="pubdate" content="March 4, 2021"><meta property="article:author" content="https://facebook.com/someone">');
    expect(m).toMatchObject({ published: '2021-03-04', authors: [] });
  });
});
