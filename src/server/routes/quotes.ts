/** GET /api/quotes: direct quotations with their speaker. */
import { createRoute, z } from '@hono/zod-openapi';
import { problemResponses } from '../problem.js';
import { EventFilterQuery, toEventFilter } from '../schemas/event-filter.js';
import { nextLinkHeader, pageOf, pageQuery, toPage } from '../schemas/page.js';
import { StoredQuoteSchema } from '../schemas/rows.js';
import type { RegisterRoutes } from './route-deps.js';

export const registerQuoteRoutes: RegisterRoutes = (app, { store, limits }) => {
  const list = createRoute({
    method: 'get', path: '/api/quotes', tags: ['quotes'],
    summary: 'Direct quotations with speaker (and the spokesperson they came through)',
    request: {
      query: z.object({
        ...EventFilterQuery.shape,
        speaker: z.string().min(1).max(200).optional()
          .openapi({ description: 'the speaker\'s actor code (prefix) or part of the speaker\'s words', example: 'USAGOV' }),
        ...pageQuery(limits).shape,
      }),
    },
    responses: {
      200: { description: 'a page of quotes', content: { 'application/json': { schema: pageOf(StoredQuoteSchema, 'QuotePage') } } },
      ...problemResponses(400),
    },
  });
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const page = await store.queryQuotes({ ...toEventFilter(q), ...(q.speaker ? { speaker: q.speaker } : {}) }, toPage(q));
    return c.json(page, 200, nextLinkHeader(c.req.url, page.next));
  });
};
