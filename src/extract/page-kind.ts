/** Tells article pages from pages that are not articles: index (section, tag, search) pages and video pages. */
import type { PageMetadata } from './html-metadata.js';

/** A page whose main text is at least this share links is a list of other pages. */
export const INDEX_LINK_DENSITY = 0.5;
/** A page whose main text has at least this many headings that are links… */
export const INDEX_MIN_LINKED_HEADINGS = 3;
/** …and at least this share of its headings links is a list of headlines (an article's subheadings are not links). */
export const INDEX_LINKED_HEADING_SHARE = 0.9;
/** A page with an index-like address or type is an index unless its text is at least this long. */
export const INDEX_MAX_TEXT_CHARS = 3000;
/** A video page (og:type video.*, a VideoObject) is an article only with at least this much text. */
export const VIDEO_MIN_TEXT_CHARS = 1000;
/** Addresses of listing pages: tags, categories, sections, authors, archives, search, page 2… */
const INDEX_PATH = /\/(?:tags?|categor(?:y|ies)|topics?|sections?|authors?|archives?|search|page\/\d+)(?:\/|$)|\/(?:index|default)\.(?:s?html?|php|aspx?)$|^\/?$/i;
/** schema.org types of listing pages. */
const INDEX_TYPES = /^(?:CollectionPage|ItemList|SearchResultsPage|ProfilePage)$/;
/** schema.org types of an article. */
const ARTICLE_TYPES = /(?:Article|BlogPosting|Report)$/;

/** What a page is, and why when it is not an article. */
export type PageKind = { kind: 'article' } | { kind: 'index' | 'video'; reason: string };

/** What the judgement looks at. */
export interface PageEvidence {
  metadata: PageMetadata;
  /** Link share of the text Readability chose, before cleanup. */
  linkDensity: number;
  /** Headings of that text, and how many are links. */
  headings: { headings: number; linked: number };
  /** The extracted body text. */
  text: string;
  /** The page's address, when known. */
  url: string | null;
}

/**
 * Judges whether a page is an article. A page is a video page when its type says video and its
 * text is short; an index page when its text is mostly links or a list of linked headlines, or
 * when its address or type says listing and its text is short. Any other page is an article,
 * however short (an HTML snippet posted to the API is one).
 * @example judgePage({ metadata, linkDensity: 0.8, text, url }).kind // 'index'
 */
export function judgePage(page: PageEvidence): PageKind {
  const { metadata, text } = page;
  const length = text.length;
  const isArticleType = metadata.ogType === 'article' || metadata.schemaTypes.some((t) => ARTICLE_TYPES.test(t));
  const videoType = metadata.ogType?.startsWith('video') ? `og:type ${metadata.ogType}` : !isArticleType && metadata.schemaTypes.includes('VideoObject') ? 'a schema.org VideoObject' : null;
  if (videoType && length < VIDEO_MIN_TEXT_CHARS) {
    return { kind: 'video', reason: `a video page (${videoType}) with ${length} characters of text` };
  }
  if (page.linkDensity >= INDEX_LINK_DENSITY) {
    return { kind: 'index', reason: `an index page: ${Math.round(page.linkDensity * 100)}% of its main text is links` };
  }
  const { headings, linked } = page.headings;
  if (linked >= INDEX_MIN_LINKED_HEADINGS && linked >= INDEX_LINKED_HEADING_SHARE * headings) {
    return { kind: 'index', reason: `an index page: its main text is a list of ${linked} linked headlines` };
  }
  if (!isArticleType && length < INDEX_MAX_TEXT_CHARS) {
    const type = metadata.schemaTypes.find((t) => INDEX_TYPES.test(t));
    if (type) return { kind: 'index', reason: `an index page (a schema.org ${type}) with ${length} characters of text` };
    const path = pathOf(page.url);
    if (path !== null && INDEX_PATH.test(path)) return { kind: 'index', reason: `an index page (its address ${path} is a listing's) with ${length} characters of text` };
  }
  return { kind: 'article' };
}

function pathOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).pathname;
  } catch {
    return null;
  }
}
