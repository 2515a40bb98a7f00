/** GET /api/aggregates/{timeline,dyad,network,map}: counts and Goldstein sums for charts and maps. */
import { createRoute, z } from '@hono/zod-openapi';
import { problemResponses } from '../problem.js';
import { EventFilterQuery, toEventFilter } from '../schemas/event-filter.js';
import { CountryCountSchema, DyadPointSchema, NetworkEdgeSchema, TimelinePointSchema } from '../schemas/rows.js';
import { wasTruncated } from '../../storage/truncated.js';
import type { RegisterRoutes } from './route-deps.js';

/** Edges of the actor network when `limit` is absent. */
const DEFAULT_NETWORK_EDGES = 100;

const interval = z.enum(['day', 'week', 'month']).default('month').openapi({ description: 'length of a period' });
const actor = (what: string) => z.string().regex(/^[A-Za-z-]{3,30}$/, 'expected a CAMEO actor code or prefix such as USA')
  .transform((s) => s.toUpperCase()).openapi({ description: what, example: 'USA' });
const json = <T extends z.ZodType>(schema: T, description: string) => ({ description, content: { 'application/json': { schema } } });
/** Set when no rollup answers the filter and more events match than an aggregate reads (src/storage/sql/aggregate-queries.ts). */
const truncated = z.boolean().optional().openapi({ description: 'true when only part of the matching events were read (a filter the stored counts cannot answer, matching more events than the bound)' });
/** `{ truncated: true }` for rows computed from part of the events, else nothing. */
const flag = (rows: readonly unknown[]) => (wasTruncated(rows) ? { truncated: true } : {});

export const registerAggregateRoutes: RegisterRoutes = (app, { store, limits }) => {
  app.openapi(createRoute({
    method: 'get', path: '/api/aggregates/timeline', tags: ['aggregates'],
    summary: 'Events and Goldstein sums per period, split by QuadClass or root code',
    request: {
      query: z.object({
        ...EventFilterQuery.shape, interval,
        split: z.enum(['quad', 'root']).default('quad').openapi({ description: 'what `key` holds: QuadClass (1–4) or root code' }),
      }),
    },
    responses: { 200: json(z.object({ points: z.array(TimelinePointSchema), truncated }), 'points in period order'), ...problemResponses(400) },
  }), async (c) => {
    const q = c.req.valid('query');
    const points = await store.timeline(toEventFilter(q), q.interval, q.split);
    return c.json({ points, ...flag(points) }, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/aggregates/dyad', tags: ['aggregates'],
    summary: 'Events and Goldstein sums per period between two actors, both directions (ab: a acts on b)',
    request: { query: z.object({ ...EventFilterQuery.shape, a: actor('the first actor'), b: actor('the second actor'), interval }) },
    responses: {
      200: json(z.object({ a: z.string(), b: z.string(), points: z.array(DyadPointSchema), truncated }), 'points in period order'),
      ...problemResponses(400),
    },
  }), async (c) => {
    const q = c.req.valid('query');
    const points = await store.dyadSeries(q.a, q.b, toEventFilter(q), q.interval);
    return c.json({ a: q.a, b: q.b, points, ...flag(points) }, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/aggregates/network', tags: ['aggregates'],
    summary: 'Actor network: directed edges with event counts and mean Goldstein, busiest first',
    request: {
      query: z.object({
        ...EventFilterQuery.shape,
        limit: z.coerce.number().int().min(1).max(limits.maxPageSize).default(Math.min(DEFAULT_NETWORK_EDGES, limits.maxPageSize))
          .openapi({ description: `most edges, 1–${limits.maxPageSize}` }),
      }),
    },
    responses: { 200: json(z.object({ edges: z.array(NetworkEdgeSchema), truncated }), 'the edges'), ...problemResponses(400) },
  }), async (c) => {
    const q = c.req.valid('query');
    const edges = await store.network(toEventFilter(q), q.limit);
    return c.json({ edges, ...flag(edges) }, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/aggregates/map', tags: ['aggregates'],
    summary: 'Events and Goldstein sums by country (ISO3): where the event happened, else the source actor\'s country',
    request: { query: EventFilterQuery },
    responses: { 200: json(z.object({ countries: z.array(CountryCountSchema), truncated }), 'one entry per country'), ...problemResponses(400) },
  }), async (c) => {
    const countries = await store.countryCounts(toEventFilter(c.req.valid('query')));
    return c.json({ countries, ...flag(countries) }, 200);
  });
};
