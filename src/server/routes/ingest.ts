/** POST /api/ingest: codes text or HTML records with the Coder and stores them (needs the bearer token). */
import { randomUUID } from 'node:crypto';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Coder } from '../../coder.js';
import type { RawDoc } from '../../core/document.js';
import { parseJsonLine } from '../../ingest/jsonl-record.js';
import { ProblemError, problemResponses } from '../problem.js';
import { PutResultSchema } from '../schemas/rows.js';
import type { RouteDeps } from './route-deps.js';

/** A record as a JSON Lines input has it: `{ id?, text? | html?, title?, date?, url? }`. */
const IngestRecord = z.object({
  id: z.union([z.string().max(500), z.number()]).optional().openapi({ description: 'the input\'s own id', type: 'string' }),
  text: z.string().optional().openapi({ description: 'the article as plain text' }),
  html: z.string().optional().openapi({ description: 'the article as HTML (used when there is no text)' }),
  title: z.string().max(1000).optional(),
  date: z.string().max(40).optional().openapi({ description: 'publication date, YYYY-MM-DD', example: '2022-07-18' }),
  url: z.string().max(2000).optional().openapi({ description: 'where the article came from; recorded as its URI, never fetched' }),
}).openapi('IngestRecord');

const IngestResult = PutResultSchema.extend({ id: z.string(), uri: z.string(), events: z.number().int() }).openapi('IngestResult');

/** What the ingest route needs beyond the store: the coder, built on first use. */
export interface IngestDeps extends RouteDeps {
  getCoder: () => Promise<Pick<Coder, 'code' | 'dicts'>>;
}

/** The records of a body: `{ records: […] }` or one record on its own. */
function recordsOf(body: z.infer<typeof IngestRecord> & { records?: z.infer<typeof IngestRecord>[] }) {
  const { records, ...single } = body;
  return records ?? [single];
}

/** Registers POST /api/ingest; the caller puts the token and body-size checks in front of it. */
export function registerIngestRoutes(app: OpenAPIHono, { store, limits, getCoder }: IngestDeps): void {
  const route = createRoute({
    method: 'post', path: '/api/ingest', tags: ['ingest'],
    summary: 'Code and store articles given as text or HTML (one record, or { records: [...] })',
    security: [{ bearer: [] }],
    request: {
      body: {
        required: true,
        content: {
          'application/json': {
            schema: IngestRecord.extend({
              records: z.array(IngestRecord).min(1).max(limits.maxIngestRecords).optional()
                .openapi({ description: `up to ${limits.maxIngestRecords} records` }),
            }).refine((b) => !(b.records && (b.text !== undefined || b.html !== undefined || b.url !== undefined)), {
              message: 'send one record or "records", not both',
            }),
          },
        },
      },
    },
    responses: {
      200: {
        description: 'what storing each record did, in order',
        content: { 'application/json': { schema: z.object({ runId: z.string(), results: z.array(IngestResult) }) } },
      },
      ...problemResponses(400, 401, 403, 413, 422),
    },
  });
  app.openapi(route, async (c) => {
    const records = recordsOf(c.req.valid('json'));
    const runId = `api-${new Date().toISOString().replace(/[-:.]/g, '')}-${randomUUID().slice(0, 8)}`;
    // Check every record before coding any, so a bad one stores nothing.
    const raws: RawDoc[] = records.map((rec, i) => {
      const where = records.length > 1 ? `records[${i}]` : 'the record';
      if (!rec.text?.trim() && !rec.html?.trim()) {
        if (rec.url) throw new ProblemError(422, `${where} has only a "url": fetching URLs is not supported yet; send its "text" or "html"`);
        throw new ProblemError(400, `${where} has no "text" or "html"`);
      }
      return parseJsonLine(JSON.stringify(rec), `api:${runId}#${i + 1}`, where);
    });
    const coder = await getCoder();
    const docs = raws.map((raw) => coder.code(raw));
    await store.startRun({ id: runId, startedAt: new Date().toISOString(), dyadVersion: docs[0].versions.dyad, dictionaries: coder.dicts.version });
    const put = await store.putDocuments(docs, runId);
    const stored = put.filter((p) => p.inserted).length;
    await store.finishRun(runId, { stored, skipped: put.length - stored, rejected: [] });
    const results = put.map((p, i) => ({ ...p, id: docs[i].id, uri: docs[i].uri, events: docs[i].events.length }));
    return c.json({ runId, results }, 200);
  });
}
