/** Cursor pagination: `?limit&cursor&sort` in, `{ rows, next }` out. */
import { z } from '@hono/zod-openapi';
import type { Page } from '../../storage/store.js';

/** The sort orders the Store understands; `-` means descending. */
export const SORTS = ['date', '-date', 'mentions', '-mentions'] as const;

/** Query parameters of a paged list, with the page size bounded by the server's limits. */
export function pageQuery(limits: { defaultPageSize: number; maxPageSize: number }) {
  return z.object({
    limit: z.coerce.number().int().min(1).max(limits.maxPageSize).default(limits.defaultPageSize)
      .openapi({ description: `rows per page, 1–${limits.maxPageSize}` }),
    cursor: z.string().min(1).max(2000).optional().openapi({ description: 'the `next` value of the previous page' }),
    sort: z.enum(SORTS).optional().openapi({ description: 'sort order; `-` for descending (default: newest first)' }),
  });
}

/** The Store's Page from a parsed page query. */
export function toPage(q: { limit: number; cursor?: string; sort?: Page['sort'] }): Page {
  return { limit: q.limit, cursor: q.cursor ?? null, sort: q.sort };
}

/** `{ rows, next }` around a row schema. */
export function pageOf<T extends z.ZodType>(row: T, name: string) {
  return z.object({
    rows: z.array(row),
    next: z.string().nullable().openapi({ description: 'cursor for the next page, null on the last page' }),
    truncated: z.boolean().optional().openapi({
      description: 'true when the server stopped reading rows before it had them all: a page of events may then be short or empty (a filter few events match), and `next` goes on from where it stopped; a page of actors was counted over the first rows read only',
    }),
  }).openapi(name);
}

/** Sets `Link: <…&cursor=next>; rel="next"` (RFC 8288) when there is a next page, for clients that follow links. */
export function nextLinkHeader(requestUrl: string, next: string | null): Record<string, string> {
  if (!next) return {};
  const url = new URL(requestUrl);
  url.searchParams.set('cursor', next);
  return { Link: `<${url.pathname}${url.search}>; rel="next"` };
}
