/** Reads a URL input: an HTML page becomes one document, a feed becomes the documents it links to. */
import type { RawDoc } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { decodeMarkup } from './charset.js';
import { hasFeedRoot, isFeedContentType, parseFeed, type FeedItem } from './feed-reader.js';
import { fetchUrl, type FetchedResource, type FetchOptions } from './http-fetch.js';
import { allowPrivateFromEnv } from './url-policy.js';

/** How web inputs are fetched: the fetch limits and the private-address policy. */
export type WebOptions = FetchOptions;

/** One item read from a URL: a page, or a page or feed that could not be read, with the reason. */
export type UrlItem = { raw: RawDoc } | { error: DyadError };

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;
const XML_TYPE = /^\s*(?:application\/(?:[\w.-]+\+)?xml|text\/xml|application\/(?:feed\+)?json)\b/i;
const TEXT_TYPE = /^\s*text\/plain\b/i;
/** What an HTML document starts with, after white space and comments. */
const HTML_START = /^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*\?>)*<(?:!doctype\s+html|html|head|body|meta|title)\b/i;

/** Whether an input names a URL rather than a file. */
export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** The web options of a command-line run: the defaults, with private addresses allowed by `DYAD_ALLOW_PRIVATE_URLS=1`. */
export function webOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): WebOptions {
  return { allowPrivate: allowPrivateFromEnv(env) };
}

/** What a fetched resource is. */
export type WebResource =
  | { kind: 'page'; raw: RawDoc }
  | { kind: 'feed'; items: FeedItem[]; title: string | null };

/**
 * Fetches a URL and tells what it is: a feed (by a feed content type, or a first element such
 * as `<rss>` whatever the type), an HTML page (by type or first element), or plain text. Throws a DyadError naming `where` when it is neither (E053) or
 * when it cannot be fetched or parsed.
 */
export async function fetchResource(url: string, options: WebOptions, where = url): Promise<WebResource> {
  return classify(await fetchUrl(url, { refuseType: unreadableType, ...options }, where), url, where);
}

/** Why a content type cannot be read (an image, a video, a PDF), or null. */
function unreadableType(type: string | null): string | null {
  if (!type || HTML_TYPE.test(type) || XML_TYPE.test(type) || TEXT_TYPE.test(type)) return null;
  return `the server sent ${type.split(';')[0].trim()}; expected an HTML page or a feed`;
}

/** Tells a fetched response's kind and decodes it. */
export function classify(res: FetchedResource, uri: string, where: string): WebResource {
  const type = res.contentType;
  const refusal = unreadableType(type);
  if (refusal) throw new DyadError('E053', refusal, where);
  const markupKind = type && HTML_TYPE.test(type) ? 'html' : 'xml';
  const { text } = decodeMarkup(res.body, { kind: markupKind, contentType: type }, where);
  // A declared feed that turns out to be HTML is a broken feed (E054), not a page.
  if (isFeedContentType(type) || hasFeedRoot(text)) {
    const feed = parseFeed(text, where, res.url);
    return { kind: 'feed', items: feed.items, title: feed.title };
  }
  const isHtml = (type !== null && HTML_TYPE.test(type)) || HTML_START.test(text.slice(0, 2048));
  if (!isHtml && type && XML_TYPE.test(type)) {
    throw new DyadError('E054', `the server sent ${type.split(';')[0].trim()} that is not an RSS, Atom or JSON feed`, where);
  }
  const raw: RawDoc = { uri, url: res.url, content: text, format: isHtml ? 'html' : 'text', fetched: res.fetched };
  if (!text.trim()) throw new DyadError('E002', 'the page is empty', where);
  return { kind: 'page', raw };
}

/**
 * Reads a URL input: a page yields one document (`uri` the URL as given, `url` where redirects
 * led, `fetched` the time); a feed yields the pages of its items in feed order, each dated by
 * its item. Every failure (the URL, the feed, one item's page) yields an error item and reading
 * goes on with the next.
 * @example for await (const item of readUrl('https://example.com/feed.xml', { allowPrivate: false })) …
 */
export async function* readUrl(url: string, options: WebOptions): AsyncGenerator<UrlItem> {
  let resource: WebResource;
  try {
    resource = await fetchResource(url, options);
  } catch (e) {
    yield { error: asError(e, url) };
    return;
  }
  if (resource.kind === 'page') {
    yield { raw: resource.raw };
    return;
  }
  if (resource.items.length === 0) {
    yield { error: new DyadError('E054', 'the feed has no items', url) };
    return;
  }
  for (const [i, item] of resource.items.entries()) yield* readFeedItem(item, i, url, options);
}

/** Fetches the page a feed item links to; the item's date is the page's input date. */
export async function* readFeedItem(item: FeedItem, index: number, feedUrl: string, options: WebOptions): AsyncGenerator<UrlItem> {
  if (!item.url) {
    yield { error: new DyadError('E054', `item ${index + 1}${item.title ? ` ("${item.title}")` : ''} has no link`, feedUrl) };
    return;
  }
  try {
    const resource = await fetchResource(item.url, options);
    if (resource.kind === 'feed') throw new DyadError('E053', 'the item links to another feed, not an article', item.url);
    yield { raw: { ...resource.raw, ...(item.published ? { date: item.published } : {}) } };
  } catch (e) {
    yield { error: asError(e, item.url) };
  }
}

function asError(e: unknown, where: string): DyadError {
  return e instanceof DyadError ? e : new DyadError('E050', (e as Error)?.message ?? String(e), where);
}
