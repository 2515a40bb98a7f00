/** GET /api/claims: figures reported about people affected (killed, detained…), with their source. */
import { createRoute, z } from '@hono/zod-openapi';
import { problemResponses } from '../problem.js';
import { EventFilterQuery, toEventFilter } from '../schemas/event-filter.js';
import { nextLinkHeader, pageOf, pageQuery, toPage } from '../schemas/page.js';
import { StoredClaimSchema } from '../schemas/rows.js';
import type { RegisterRoutes } from './route-deps.js';

export const registerClaimRoutes: RegisterRoutes = (app, { store, limits }) => {
  const list = createRoute({
    method: 'get', path: '/api/claims', tags: ['claims'],
    summary: 'Reported figures (killed, wounded, detained, displaced…) with qualifier, hedge, attribution and evidence',
    request: {
      query: z.object({
        ...EventFilterQuery.shape,
        kind: z.string().regex(/^[a-z_-]{1,40}$/, 'expected a claim kind such as killed').optional().openapi({ example: 'killed' }),
        ...pageQuery(limits).shape,
      }),
    },
    responses: {
      200: { description: 'a page of claims', content: { 'application/json': { schema: pageOf(StoredClaimSchema, 'ClaimPage') } } },
      ...problemResponses(400),
    },
  });
  app.openapi(list, async (c) => {
    const q = c.req.valid('query');
    const page = await store.queryClaims({ ...toEventFilter(q), ...(q.kind ? { kind: q.kind } : {}) }, toPage(q));
    return c.json(page, 200, nextLinkHeader(c.req.url, page.next));
  });
};
