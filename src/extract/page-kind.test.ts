import { describe, expect, it } from 'vitest';
import type { PageMetadata } from './html-metadata.js';
import { judgePage, type PageEvidence } from './page-kind.js';

const META: PageMetadata = { title: null, published: null, publishedFrom: null, authors: [], siteName: null, canonicalUrl: null, lang: null, ogType: null, schemaTypes: [] };
const PROSE = 'The ministers met in Marsovia on Tuesday and agreed to reopen their embassies. '.repeat(10);

function page(extra: Partial<PageEvidence> & { meta?: Partial<PageMetadata> } = {}): PageEvidence {
  return { metadata: { ...META, ...extra.meta }, linkDensity: 0.05, headings: { headings: 0, linked: 0 }, text: PROSE, url: 'https://example.com/news/talks', ...extra };
}

describe('judgePage', () => {
  it('takes an ordinary page with prose as an article', () => {
    expect(judgePage(page())).toEqual({ kind: 'article' });
  });

  it('skips a page whose text is mostly links', () => {
    expect(judgePage(page({ linkDensity: 0.7 }))).toEqual({ kind: 'index', reason: 'an index page: 70% of its main text is links' });
  });

  it('skips a list of linked headlines, but not an article with a few linked subheadings', () => {
    expect(judgePage(page({ headings: { headings: 6, linked: 6 } })).kind).toBe('index');
    expect(judgePage(page({ headings: { headings: 5, linked: 3 } })).kind).toBe('article');
  });

  it('skips listing addresses and types with short text, unless the page says it is an article', () => {
    expect(judgePage(page({ url: 'https://example.com/tag/talks' })).kind).toBe('index');
    expect(judgePage(page({ url: 'https://example.com/' })).kind).toBe('index');
    expect(judgePage(page({ meta: { schemaTypes: ['CollectionPage'] } })).kind).toBe('index');
    expect(judgePage(page({ url: 'https://example.com/tag/talks', meta: { ogType: 'article' } })).kind).toBe('article');
  });

  it('skips a video page with little text, not a long article that embeds a video', () => {
    expect(judgePage(page({ meta: { ogType: 'video.other' }, text: 'Watch the ministers meet.' }))).toEqual({ kind: 'video', reason: 'a video page (og:type video.other) with 25 characters of text' });
    expect(judgePage(page({ meta: { ogType: 'video.other' }, text: PROSE.repeat(2) })).kind).toBe('article');
  });
});
