/** GET /api/codebook: the CAMEO event codes with their labels, Goldstein scores and QuadClass, for labelling events. */
import { createRoute, z } from '@hono/zod-openapi';
import { DEFAULT_DATA_DIR } from '../../dictionaries/dictionaries.js';
import { loadCodebook, type CameoCode } from '../../dictionaries/codebook.js';
import type { CodebookEntry } from '../schemas/explorer-types.js';
import type { RegisterRoutes } from './route-deps.js';

/** The codebook changes only with a new release, so clients may keep it for an hour. */
const CACHE_CONTROL = 'public, max-age=3600';

const CodebookEntrySchema = z.object({
  code: z.string(), label: z.string(), goldstein: z.number(), quadClass: z.number().int(),
}).openapi('CodebookEntry');

/** Registers /api/codebook. */
export const registerCodebookRoutes: RegisterRoutes = (app) => {
  // Read on the first request only: a server that is never asked never reads data/.
  let codes: CodebookEntry[] | null = null;
  app.openapi(createRoute({
    method: 'get', path: '/api/codebook', tags: ['meta'],
    summary: 'The CAMEO event codes (two-digit roots included) with label, Goldstein score and QuadClass',
    responses: {
      200: { description: 'every code, in code order', content: { 'application/json': { schema: z.object({ codes: z.array(CodebookEntrySchema) }) } } },
    },
  }), (c) => {
    codes ??= loadCodebook(DEFAULT_DATA_DIR).codes().map(({ code, label, goldstein, quadClass }) => ({ code, label, goldstein, quadClass }));
    return c.json({ codes }, 200, { 'Cache-Control': CACHE_CONTROL });
  });
};

// Compile-time check: the schema, the shared type and the dictionaries' type must agree.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [Same<z.infer<typeof CodebookEntrySchema>, CodebookEntry>, Same<CodebookEntry, CameoCode>] = [true, true];
void checks;
