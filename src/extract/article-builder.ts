import type { Article, DyadDocument, Furniture, FurnitureKind, RawDoc } from '../core/document.js';
import { findDate } from './dates.js';
import type { PageLayout } from './page-layout.js';
import { publisherFromCopyright } from './publisher.js';

/**
 * A wire dateline opening the body: "KYIV, July 18 (Reuters) -", "SAN SALVADOR, 3 JAN 90 (AFP) --".
 * It stays in the body; its date (when it has a year) is a publication date.
 */
export const DATELINE = /^\p{Lu}[\p{L}\p{M} .'’-]{1,40},\s+(?<date>[^()\n]{3,30}?)\s*(?:\([^()]{1,30}\)\s*)?(?:--|[-–—])\s/u;
/** Lines stating the publication date ("Published 18 July 2022", "First published on …"). */
const PUBLISHED_LINE = /^\W*(?:first\s+)?(?:published|posted)\b/iu;
/** "Updated …" and "Last modified …" lines date a revision, not the publication. */
const REVISION_LINE = /\b(?:updated|modified)\b/iu;
/** Header furniture whose date may be the publication date; captions date a photo, never the article. */
const DATED_HEADER_KINDS: ReadonlySet<string> = new Set<FurnitureKind>(['byline', 'dateline', 'updated', 'other']);

/** Where the caller's and the input's dates come from. */
export interface DateSources {
  /** The input's own date (RawDoc.date). */
  input?: string;
  /** The caller's `--date`. */
  option?: string;
  /** A date from page metadata (HTML), tried before the text. */
  metadata?: string | null;
}

/**
 * Assembles the Article from classified units: body paragraphs joined by blank lines,
 * furniture in page order, publisher from the copyright line, and the publication date.
 * Date precedence: the input's date, then the caller's `--date`, then page metadata, then the text.
 * @example buildArticle(units, layoutPage(units, rules), { option: '2022-07-18' }).published // '2022-07-18'
 */
export function buildArticle(
  units: readonly string[],
  layout: PageLayout,
  dates: DateSources,
  publisherFallback: string | null = null,
): Article {
  const body: string[] = [];
  const furniture: Furniture[] = [];
  units.forEach((text, i) => {
    const role = layout.roles[i];
    if (role === 'body') body.push(text.trim());
    else if (role !== 'title') furniture.push({ kind: role, text: text.trim() });
  });
  const copyright = furniture.find((f) => f.kind === 'copyright');
  const publisher = (copyright && publisherFromCopyright(copyright.text)) || publisherFallback;
  const { published, publishedFrom } = choosePublished(units, layout, dates);
  return { title: layout.title, published, publishedFrom, publisher, language: 'en', text: body.join('\n\n'), furniture };
}

function choosePublished(units: readonly string[], layout: PageLayout, dates: DateSources): Pick<Article, 'published' | 'publishedFrom'> {
  if (dates.input) return { published: dates.input, publishedFrom: 'input' };
  if (dates.option) return { published: dates.option, publishedFrom: 'option' };
  const fromText = (dates.metadata ? findDate(dates.metadata) : null) ?? dateFromText(units, layout);
  return fromText ? { published: fromText, publishedFrom: 'text' } : { published: null, publishedFrom: null };
}

/** A date in the header (byline, timestamp, "Published" line) or in the opening dateline. */
function dateFromText(units: readonly string[], layout: PageLayout): string | null {
  const firstBody = layout.roles.indexOf('body');
  const headerEnd = firstBody === -1 ? units.length : firstBody;
  for (let i = 0; i < headerEnd; i++) {
    if (!DATED_HEADER_KINDS.has(layout.roles[i]) || REVISION_LINE.test(units[i])) continue;
    const date = findDate(units[i]);
    if (date) return date;
  }
  for (let i = 0; i < units.length; i++) {
    if (layout.roles[i] === 'updated' && PUBLISHED_LINE.test(units[i])) {
      const date = findDate(units[i]);
      if (date) return date;
    }
  }
  const dateline = firstBody === -1 ? null : DATELINE.exec(units[firstBody]);
  return dateline?.groups ? findDate(dateline.groups.date, true) : null;
}

/**
 * The optional document fields that come from the page and its fetch: authors, canonical URL,
 * fetch time. Absent fields are left out, so plain-text documents look as they always did.
 * @example pageFields(raw, article) // { authors: ['Jane Doe'], canonicalUrl: 'https://…', fetched: '2024-05-18T01:58:10Z' }
 */
export function pageFields(raw: RawDoc, article: Article): Pick<DyadDocument, 'authors' | 'canonicalUrl' | 'fetched'> {
  return {
    ...(article.authors?.length ? { authors: article.authors } : {}),
    ...(article.canonicalUrl ? { canonicalUrl: article.canonicalUrl } : {}),
    ...(raw.fetched ? { fetched: raw.fetched } : {}),
  };
}
