/** GET /api/events (filtered, paged) and GET /api/events/{id} (with every mention as evidence). */
import { createRoute, z } from '@hono/zod-openapi';
import { ProblemError, problemResponses } from '../problem.js';
import { EventFilterQuery, toEventFilter } from '../schemas/event-filter.js';
import { nextLinkHeader, pageOf, pageQuery, toPage } from '../schemas/page.js';
import { EventRowSchema, EventWithMentionsSchema } from '../schemas/rows.js';
import type { RegisterRoutes } from './route-deps.js';

/** Longest event id accepted in a path. */
const MAX_ID_LENGTH = 200;

export const registerEventRoutes: RegisterRoutes = (app, { store, limits }) => {
  const list = createRoute({
    method: 'get', path: '/api/events', tags: ['events'],
    summary: 'Events matching the filters, newest first, a page at a time',
    request: { query: z.object({ ...EventFilterQuery.shape, ...pageQuery(limits).shape }) },
    responses: {
      200: { description: 'a page of events', content: { 'application/json': { schema: pageOf(EventRowSchema, 'EventPage') } } },
      ...problemResponses(400),
    },
  });
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const page = await store.queryEvents(toEventFilter(q), toPage(q));
    return c.json(page, 200, nextLinkHeader(c.req.url, page.next));
  });

  const one = createRoute({
    method: 'get', path: '/api/events/{id}', tags: ['events'],
    summary: 'One event with every mention that reported it (article, sentence, offsets)',
    request: { params: z.object({ id: z.string().min(1).max(MAX_ID_LENGTH).openapi({ example: 'ev-3f2a…' }) }) },
    responses: {
      200: { description: 'the event and its mentions', content: { 'application/json': { schema: EventWithMentionsSchema } } },
      ...problemResponses(404),
    },
  });
  app.openapi(one, async (c) => {
    const { id } = c.req.valid('param');
    const found = await store.getEvent(id);
    if (!found) throw new ProblemError(404, `no event with id "${id}"`);
    return c.json(found, 200);
  });
};
