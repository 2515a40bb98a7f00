/** One poll of a watched feed: which items are new, and their pages. */
import { createHash } from 'node:crypto';
import type { RawDoc } from '../core/document.js';
import { DyadError, type ErrorCode } from '../core/errors.js';
import { bodyText } from './body-text.js';
import type { FeedItem } from './feed-reader.js';
import { fetchResource, readFeedItem, type WebOptions } from './url-reader.js';
import type { SeenItems } from './watch-state.js';

/** A new item whose page was fetched: the page, its item, and its content hash. */
export interface FreshItem {
  raw: RawDoc;
  item: FeedItem;
  hash: string;
}

/** What one poll of one feed found. */
export interface FeedPoll {
  feed: string;
  /** Items in the feed. */
  items: number;
  /** New items whose pages were fetched, in feed order. */
  fresh: FreshItem[];
  /** New items whose content had been seen under another GUID or URL (marked seen, not fetched again). */
  repeats: number;
  /** The feed or item pages that could not be read; `final` ones are marked seen, the others are tried again next poll. */
  errors: Array<{ error: DyadError; item: FeedItem | null; final: boolean }>;
}

/** Errors that will not go away by asking again: refused, too large, not a page, not an article, not English. */
const FINAL_CODES: ReadonlySet<ErrorCode> = new Set(['E051', 'E052', 'E053', 'E054', 'E056', 'E057', 'E059', 'E002', 'E003']);

/** Whether an item that failed with this error should be skipped from now on (a 404 or a refusal) rather than retried. */
export function isFinal(error: DyadError): boolean {
  return FINAL_CODES.has(error.code) || (error.code === 'E050' && /HTTP 4\d\d/.test(error.message));
}

/**
 * The content hash of a page: sha256 of its body text with white space collapsed, so that the
 * same story at a new address (or with a new GUID) is recognised.
 */
export function contentHash(raw: RawDoc): string {
  return `sha256:${createHash('sha256').update(bodyText(raw).replace(/\s+/g, ' ').trim()).digest('hex')}`;
}

/**
 * Polls a feed: fetches it, and fetches the page of every item not seen before (by GUID or URL),
 * one request at a time. Pages whose content hash was seen are counted as repeats and marked
 * seen. Nothing else is marked: the caller marks items once they are stored.
 * @example const poll = await pollFeed('https://example.com/feed.xml', seen, { allowPrivate: false })
 */
export async function pollFeed(feed: string, seen: SeenItems, web: WebOptions): Promise<FeedPoll> {
  const result: FeedPoll = { feed, items: 0, fresh: [], repeats: 0, errors: [] };
  let items: FeedItem[];
  try {
    const resource = await fetchResource(feed, web);
    if (resource.kind !== 'feed') throw new DyadError('E054', 'the URL is a page, not a feed; pass it to dyad code or dyad ingest', feed);
    items = resource.items;
  } catch (e) {
    result.errors.push({ error: e instanceof DyadError ? e : new DyadError('E050', String((e as Error)?.message ?? e), feed), item: null, final: false });
    return result;
  }
  result.items = items.length;
  for (const [i, item] of items.entries()) {
    if (seen.hasItem(feed, item.guid, item.url)) continue;
    for await (const read of readFeedItem(item, i, feed, web)) {
      if ('error' in read) {
        result.errors.push({ error: read.error, item, final: isFinal(read.error) });
        continue;
      }
      const hash = contentHash(read.raw);
      if (seen.hasHash(hash)) {
        result.repeats++;
        seen.add({ feed, guid: item.guid, url: item.url, hash });
        continue;
      }
      result.fresh.push({ raw: read.raw, item, hash });
    }
  }
  return result;
}
