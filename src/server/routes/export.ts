/** GET /api/export?format=…: every matching event in an export format, streamed as the store reads it. */
import { PassThrough, Readable } from 'node:stream';
import { createRoute, z } from '@hono/zod-openapi';
import { FORMAT_NAMES, FORMATS, getFormat } from '../../formats/registry.js';
import { problemResponses } from '../problem.js';
import { EventFilterQuery, toEventFilter } from '../schemas/event-filter.js';
import type { RegisterRoutes } from './route-deps.js';

export const registerExportRoutes: RegisterRoutes = (app, { store, logError }) => {
  const route = createRoute({
    method: 'get', path: '/api/export', tags: ['export'],
    summary: 'Every event matching the filters, in date order, streamed in an export format',
    description: [...FORMATS.values()].map((f) => `- \`${f.name}\` (${f.mediaType}): ${f.description}`).join('\n'),
    request: {
      query: z.object({
        format: z.enum(FORMAT_NAMES).openapi({ description: 'the export format', example: 'gdelt' }),
        ...EventFilterQuery.shape,
      }),
    },
    responses: {
      200: {
        description: 'the export, as an attachment',
        content: Object.fromEntries([...FORMATS.values()].map((f) => [f.mediaType, { schema: z.string() }])),
      },
      ...problemResponses(400),
    },
  });
  app.openapi(route, async (c) => {
    const q = c.req.valid('query');
    const format = getFormat(q.format);
    const out = new PassThrough();
    // The writer waits for the client to read; a client that hangs up destroys `out`, which stops the
    // writer and closes the store's cursor. Any other failure comes after the 200 was sent: the client sees
    // a cut-off download, and the log says why.
    format.write(store.exportEvents(toEventFilter(q)), out).then(() => out.end(), (e: Error) => {
      if (!out.destroyed) logError(`export (${c.req.url}) failed after the response began: ${e.stack ?? e.message}`);
      out.destroy(e);
    });
    return c.body(Readable.toWeb(out) as ReadableStream, 200, {
      'Content-Type': format.mediaType,
      'Content-Disposition': `attachment; filename="dyad-events.${format.extension}"`,
      'Cache-Control': 'no-store',
    });
  });
};
