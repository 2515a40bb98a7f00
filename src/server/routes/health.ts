/** GET /api/health: the server is up, and which store and version it runs. */
import { createRoute, z } from '@hono/zod-openapi';
import { DYAD_VERSION } from '../../version.js';
import type { RegisterRoutes } from './route-deps.js';

export const registerHealthRoutes: RegisterRoutes = (app, { store }) => {
  app.openapi(createRoute({
    method: 'get', path: '/api/health', tags: ['meta'], summary: 'Liveness, the store kind and the Dyad version',
    responses: {
      200: {
        description: 'the server is up',
        content: { 'application/json': { schema: z.object({ ok: z.literal(true), store: z.enum(['sqlite', 'postgres']), version: z.string() }) } },
      },
    },
  }), (c) => c.json({ ok: true as const, store: store.kind, version: DYAD_VERSION }, 200));
};
