/** Reads an HTML page's metadata: title, dates, authors, site name, canonical URL, language, page type. */
import { findDate } from './dates.js';

/** What a page says about itself, from meta tags, JSON-LD, `<time>` elements and its URL. */
export interface PageMetadata {
  title: string | null;
  /** Publication date, YYYY-MM-DD, and where it came from. */
  published: string | null;
  publishedFrom: 'meta' | 'json-ld' | 'time' | 'url' | null;
  authors: string[];
  siteName: string | null;
  /** Absolute canonical URL, or null. */
  canonicalUrl: string | null;
  /** The declared language (`<html lang>`, Content-Language, og:locale), lower-case, or null. */
  lang: string | null;
  /** og:type ("article", "video.other", "website"), lower-case, or null. */
  ogType: string | null;
  /** Every schema.org @type in the page's JSON-LD ("NewsArticle", "VideoObject", "CollectionPage"). */
  schemaTypes: string[];
}

/** Meta tags (property, name or itemprop) that give the publication date, best first. */
export const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'article:published', 'datepublished', 'og:published_time',
  'published_time', 'publish-date', 'publish_date', 'publishdate', 'pubdate', 'parsely-pub-date', 'sailthru.date',
  'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'dc.date.created', 'date',
  'article.published', 'cxenseparse:recs:publishtime', 'originalpublicationdate',
];
/** Meta tags that name authors (values that are URLs, such as a Facebook profile, are skipped). */
export const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl'];
/** Meta tags that name the site or publisher. */
export const SITE_META = ['og:site_name', 'application-name', 'publisher', 'dc.publisher', 'twitter:site'];
/** Meta tags that give the headline. */
export const TITLE_META = ['og:title', 'twitter:title', 'headline', 'dc.title', 'parsely-title', 'sailthru.title'];
/** schema.org types of a news or blog article. */
const ARTICLE_TYPE = /(?:^|[^a-z])(?:\w*Article|BlogPosting|Report|ReportageNewsArticle|LiveBlogPosting)$/i;
/** Dates in a URL path: /2022/07/18/, /2022-07-18/, /20220718/. */
const URL_DATE = /\/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/;
/** The "byline" prefix in an author meta value ("By Jane Doe"). */
const BY_PREFIX = /^\s*by\s+/i;
/** Elements whose class says they hold the post's date or byline ("on April 11, 2013"): Drupal, WordPress and others. */
export const DATE_CLASSES = ['submitted', 'posted-on', 'entry-date', 'post-date', 'published', 'date', 'dateline', 'byline', 'meta-date', 'article-date', 'story-date'];
/** A date-bearing element longer than this is a container, not a date line. */
const DATE_LINE_MAX_CHARS = 200;
/** More JSON-LD than this is not parsed (a page that embeds a whole catalogue as JSON-LD). */
const JSON_LD_MAX_CHARS = 1_000_000;

/** The parts of a DOM this module reads (linkedom's document fits). */
interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<MetaElement>;
  querySelector(selector: string): MetaElement | null;
  documentElement: { getAttribute(name: string): string | null } | null;
}
interface MetaElement {
  getAttribute(name: string): string | null;
  readonly textContent: string | null;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * Reads the page's metadata. Call it before the page is cleaned: it reads `<script>` JSON-LD,
 * `<header>` and `<time>` elements that cleaning removes.
 * @example readMetadata(document, 'https://example.com/2022/07/18/story').published // '2022-07-18'
 */
export function readMetadata(document: MetaDocument, pageUrl?: string): PageMetadata {
  const meta = metaTags(document);
  const ld = jsonLd(document);
  const article = ld.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t))) ?? null;
  const first = (keys: readonly string[]) => keys.map((k) => meta.get(k)).find((v) => v !== undefined && v !== '') ?? null;

  const fromMeta = dateOf(first(PUBLISHED_META));
  const fromLd = article ? dateOf(text(article.datePublished) ?? text(article.dateCreated)) : null;
  const fromTime = fromMeta || fromLd ? null : timeElementDate(document);
  const fromUrl = fromMeta || fromLd || fromTime ? null : urlDate(pageUrl);
  const published = fromMeta ?? fromLd ?? fromTime ?? fromUrl;
  const publishedFrom = fromMeta ? 'meta' : fromLd ? 'json-ld' : fromTime ? 'time' : fromUrl ? 'url' : null;

  return {
    title: clean(first(TITLE_META) ?? (article ? text(article.headline) : null) ?? document.querySelector('title')?.textContent ?? null),
    published,
    publishedFrom,
    authors: authorsOf(article, meta, document),
    siteName: siteNameOf(meta, ld, article),
    canonicalUrl: canonicalOf(document, meta, pageUrl),
    lang: langOf(document, meta),
    ogType: meta.get('og:type')?.toLowerCase() ?? null,
    schemaTypes: [...new Set(ld.flatMap(types))],
  };
}

/** Meta tag values by lower-cased property, name or itemprop; the first tag of a key wins. */
function metaTags(document: MetaDocument): Map<string, string> {
  const meta = new Map<string, string>();
  for (const el of Array.from(document.querySelectorAll('meta'))) {
    const key = (el.getAttribute('property') ?? el.getAttribute('name') ?? el.getAttribute('itemprop') ?? el.getAttribute('http-equiv'))?.trim().toLowerCase();
    const value = (el.getAttribute('content') ?? el.getAttribute('datetime'))?.trim();
    if (key && value && !meta.has(key)) meta.set(key, value);
  }
  // itemprop="datePublished" is often on a <time> or <span>, not a <meta>.
  for (const el of Array.from(document.querySelectorAll('[itemprop="datePublished"]:not(meta)'))) {
    const value = el.getAttribute('datetime') ?? el.getAttribute('content') ?? el.textContent;
    if (value?.trim() && !meta.has('datepublished')) meta.set('datepublished', value.trim());
  }
  return meta;
}

/** Every JSON-LD object of the page, with `@graph` lists and arrays flattened. */
function jsonLd(document: MetaDocument): Array<Record<string, Json>> {
  const objects: Array<Record<string, Json>> = [];
  const visit = (node: Json, depth: number) => {
    if (depth > 4 || node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) { node.forEach((n) => visit(n, depth + 1)); return; }
    objects.push(node);
    if (node['@graph']) visit(node['@graph'], depth + 1);
    if (node.mainEntity) visit(node.mainEntity, depth + 1);
  };
  for (const el of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    const source = el.textContent ?? '';
    if (source.length > JSON_LD_MAX_CHARS) continue;
    try {
      // Some sites leave raw newlines or a trailing semicolon; neither is worth losing the date over.
      visit(JSON.parse(source.trim().replace(/;$/, '')) as Json, 0);
    } catch {
      // Malformed JSON-LD is common; the page's other metadata still counts.
    }
  }
  return objects;
}

function types(o: Record<string, Json>): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function text(v: Json | undefined): string | null {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return text(v[0]);
  if (v && typeof v === 'object' && typeof v.name === 'string') return v.name;
  return null;
}

function clean(v: string | null | undefined): string | null {
  const t = v?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** YYYY-MM-DD from an ISO timestamp as written (its own time zone's day), or from a date in words. */
function dateOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return findDate(`${iso[1]}-${iso[2]}-${iso[3]}`);
  // Epoch seconds or milliseconds (some sites' parsely or sailthru dates).
  if (/^\d{10}(?:\d{3})?$/.test(value.trim())) {
    const n = Number(value.trim());
    return new Date(value.trim().length === 10 ? n * 1000 : n).toISOString().slice(0, 10);
  }
  return findDate(value);
}

/**
 * The `<time>` marked as the publication time, else the first `<time datetime>` of the article,
 * else the first short element whose class names a date or byline and whose text has a date.
 */
function timeElementDate(document: MetaDocument): string | null {
  const marked = document.querySelector('time[pubdate], time[itemprop="datePublished"], time.published, time.entry-date');
  const candidate = marked ?? document.querySelector('article time[datetime], main time[datetime]') ?? document.querySelector('time[datetime]');
  const fromTime = dateOf(candidate?.getAttribute('datetime') ?? candidate?.textContent ?? null);
  if (fromTime) return fromTime;
  const selector = DATE_CLASSES.map((c) => `[class~="${c}"]`).join(', ');
  for (const el of Array.from(document.querySelectorAll(selector)).slice(0, 20)) {
    const text = el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const date = text.length <= DATE_LINE_MAX_CHARS ? findDate(text) : null;
    if (date) return date;
  }
  return null;
}

function urlDate(url: string | undefined): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m = URL_DATE.exec(path);
  return m ? findDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

function authorsOf(article: Record<string, Json> | null, meta: Map<string, string>, document: MetaDocument): string[] {
  const names: string[] = [];
  const add = (v: string | null | undefined) => {
    const name = clean(v?.replace(BY_PREFIX, ''));
    if (!name || /^https?:\/\//i.test(name) || name.length > 100) return;
    for (const part of name.split(/\s*(?:,|\band\b|&)\s*/i)) {
      const p = part.trim();
      if (p && !names.some((n) => n.toLowerCase() === p.toLowerCase())) names.push(p);
    }
  };
  const fromLd = article?.author;
  if (fromLd) for (const a of Array.isArray(fromLd) ? fromLd : [fromLd]) add(text(a));
  if (!names.length) for (const key of AUTHOR_META) add(meta.get(key));
  if (!names.length) for (const el of Array.from(document.querySelectorAll('[rel="author"], [itemprop="author"] [itemprop="name"]')).slice(0, 5)) add(el.textContent);
  return names;
}

function siteNameOf(meta: Map<string, string>, ld: Array<Record<string, Json>>, article: Record<string, Json> | null): string | null {
  for (const key of SITE_META) {
    const v = clean(meta.get(key));
    if (v && !(key === 'twitter:site' && v.startsWith('@'))) return v;
  }
  const publisher = article ? text(article.publisher) : null;
  if (publisher) return clean(publisher);
  const org = ld.find((o) => types(o).some((t) => /^(?:NewsMediaOrganization|Organization|WebSite)$/.test(t)) && typeof o.name === 'string');
  return org ? clean(org.name as string) : null;
}

function canonicalOf(document: MetaDocument, meta: Map<string, string>, pageUrl: string | undefined): string | null {
  const href = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? meta.get('og:url');
  if (!href) return null;
  try {
    const url = new URL(href.trim(), pageUrl);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

function langOf(document: MetaDocument, meta: Map<string, string>): string | null {
  const value = document.documentElement?.getAttribute('lang') ?? meta.get('content-language') ?? meta.get('og:locale') ?? meta.get('language');
  const lang = value?.trim().toLowerCase().replace('_', '-');
  return lang ? lang : null;
}
