/** Reads RSS 0.9x/2.0, RSS 1.0 (RDF), Atom and JSON Feed documents into a list of linked items. */
import { createRequire } from 'node:module';
import { DyadError } from '../core/errors.js';
import { findDate } from '../extract/dates.js';

/** One feed item: what identifies it, where its article is, and its date. */
export interface FeedItem {
  /** The item's GUID or id (RSS guid, Atom id, RDF about, JSON id); a hash of link and date when it has none. */
  guid: string;
  /** The article's absolute URL, or null when the item links nowhere. */
  url: string | null;
  title: string | null;
  /** The item's date as YYYY-MM-DD, as the feed writes it (no time-zone shift), or null. */
  published: string | null;
}

/** A parsed feed. */
export interface Feed {
  title: string | null;
  items: FeedItem[];
}

/** Content types that declare a feed. */
const FEED_TYPE = /^\s*application\/(?:rss|atom|rdf|feed)\+(?:xml|json)\b/i;
/** The root of an XML feed, after the XML declaration, comments and processing instructions. */
const XML_FEED_ROOT = /^(?:\s|<\?[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)*<(?:rss|feed|rdf:RDF|RDF)[\s>]/i;
/** A JSON Feed names its version by URL. */
const JSON_FEED = /^\s*\{[\s\S]{0,2000}"version"\s*:\s*"https?:\/\/jsonfeed\.org\/version\//;

type FeedExtractor = typeof import('@extractus/feed-extractor');
let extractor: FeedExtractor | null = null;

function loadExtractor(where: string): FeedExtractor {
  if (extractor) return extractor;
  try {
    extractor = createRequire(import.meta.url)('@extractus/feed-extractor') as FeedExtractor;
  } catch (e) {
    throw new DyadError('E054', `reading feeds needs @extractus/feed-extractor (${(e as Error).message})`, where);
  }
  return extractor;
}

/**
 * Whether a document starts like a feed: its first element is `<rss>`, `<feed>` or `<rdf:RDF>`,
 * or it is JSON naming a JSON Feed version.
 * @example hasFeedRoot('<?xml version="1.0"?><rss version="2.0">…') // true
 */
export function hasFeedRoot(text: string): boolean {
  const head = text.slice(0, 4096);
  return XML_FEED_ROOT.test(head) || JSON_FEED.test(head);
}

/** Whether a content type declares a feed (RSS, Atom, RDF, JSON Feed). */
export function isFeedContentType(contentType: string | null): boolean {
  return contentType !== null && FEED_TYPE.test(contentType);
}

/**
 * Parses a decoded feed. Throws E054 with the reason when it is not well-formed XML or JSON,
 * or not a feed.
 * @example parseFeed(xml, 'https://example.com/feed', 'https://example.com/feed').items[0].url
 */
export function parseFeed(text: string, where: string, baseUrl?: string): Feed {
  const { extractFromJson, extractFromXml } = loadExtractor(where);
  const options = {
    descriptionMaxLen: 0,
    baseUrl,
    // The date as written, before the library converts it to UTC (which can move it a day).
    getExtraEntryFields: (entry: Record<string, unknown>) => ({ dyadRawDate: rawDate(entry), dyadGuid: rawGuid(entry) }),
  };
  let data;
  try {
    data = text.trimStart().startsWith('{') ? extractFromJson(text, options) : extractFromXml(text, options);
  } catch (e) {
    const message = (e as Error).message;
    const reason = /well-formed/i.test(message) ? 'the feed is not well-formed XML'
      : /unrecognized/i.test(message) ? 'the document is not an RSS, Atom or RDF feed'
      : e instanceof SyntaxError ? `the feed is not valid JSON (${message})`
      : message;
    throw new DyadError('E054', reason, where);
  }
  const items = (data.entries ?? []).map((entry): FeedItem => {
    const url = typeof entry.link === 'string' && entry.link ? absolute(entry.link, baseUrl) : null;
    const written = typeof entry.dyadRawDate === 'string' ? findDate(entry.dyadRawDate) : null;
    const iso = typeof entry.published === 'string' && /^\d{4}-\d{2}-\d{2}/.test(entry.published) ? entry.published.slice(0, 10) : null;
    return {
      guid: String(entry.dyadGuid || url || entry.id || ''),
      url,
      title: typeof entry.title === 'string' && entry.title.trim() ? entry.title.trim() : null,
      published: written ?? iso,
    };
  });
  return { title: typeof data.title === 'string' && data.title ? data.title : null, items };
}

/** The entry's own identifier, if it has one: RSS guid, Atom or JSON id, RDF about. */
function rawGuid(entry: Record<string, unknown>): string {
  for (const key of ['guid', 'id', '@_rdf:about']) {
    const v = entry[key];
    if (typeof v === 'string' || typeof v === 'number') return String(v).trim();
    if (v && typeof v === 'object' && (v as Record<string, unknown>)['#text'] !== undefined) return String((v as Record<string, unknown>)['#text']).trim();
  }
  return '';
}

/** The first date field of an entry, as a string: RSS pubDate, Atom published/updated, Dublin Core date, JSON date_published. */
function rawDate(entry: Record<string, unknown>): string {
  for (const key of ['pubDate', 'pubdate', 'published', 'issued', 'dc:date', 'updated', 'modified', 'date_published']) {
    const v = entry[key];
    if (typeof v === 'string' && v.trim()) return v.trim();
    if (v && typeof v === 'object' && typeof (v as Record<string, unknown>)['#text'] === 'string') return String((v as Record<string, unknown>)['#text']);
  }
  return '';
}

function absolute(link: string, base: string | undefined): string | null {
  try {
    return new URL(link, base).href;
  } catch {
    return null;
  }
}
