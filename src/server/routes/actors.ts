/** GET /api/actors: actors by code with their mention and event counts. */
import { createRoute, z } from '@hono/zod-openapi';
import { problemResponses } from '../problem.js';
import { EventFilterQuery, toEventFilter } from '../schemas/event-filter.js';
import { nextLinkHeader, pageOf, pageQuery, toPage } from '../schemas/page.js';
import { ActorRowSchema } from '../schemas/rows.js';
import type { RegisterRoutes } from './route-deps.js';

export const registerActorRoutes: RegisterRoutes = (app, { store, limits }) => {
  const list = createRoute({
    method: 'get', path: '/api/actors', tags: ['actors'],
    summary: 'Actors with how often they are mentioned and how often they act or are acted upon',
    request: {
      query: z.object({
        ...EventFilterQuery.shape,
        name: z.string().min(1).max(200).optional().openapi({ description: 'part of the actor\'s name', example: 'Blinken' }),
        ...pageQuery(limits).shape,
      }),
    },
    responses: {
      200: { description: 'a page of actors', content: { 'application/json': { schema: pageOf(ActorRowSchema, 'ActorPage') } } },
      ...problemResponses(400),
    },
  });
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const page = await store.queryActors({ ...toEventFilter(q), ...(q.name ? { name: q.name } : {}) }, toPage(q));
    return c.json(page, 200, nextLinkHeader(c.req.url, page.next));
  });
};
