/** POST /api/ingest: codes text or HTML records with the Coder and stores them (needs the bearer token). */
import { randomUUID } from 'node:crypto';
import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import type { Coder } from '../../coder.js';
import type { RawDoc } from '../../core/document.js';
import { DyadError } from '../../core/errors.js';
import { parseJsonLine } from '../../ingest/jsonl-record.js';
import { fetchResource, type WebOptions } from '../../ingest/url-reader.js';
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
  url: z.string().max(2000).optional().openapi({
    description: 'where the article came from, recorded as its URI; fetched when the record has no text or html (public http/https addresses only)',
  }),
}).openapi('IngestRecord');

const IngestResult = PutResultSchema.extend({ id: z.string(), uri: z.string(), events: z.number().int() }).openapi('IngestResult');

/** What the ingest route needs beyond the store: the coder, built on first use, and how URLs are fetched. */
export interface IngestDeps extends RouteDeps {
  getCoder: () => Promise<Pick<Coder, 'code' | 'dicts'>>;
  web: WebOptions;
}

/** Fetch failures that are the remote server's (502); every other refusal is the record's (422). */
const UPSTREAM_CODES: ReadonlySet<string> = new Set(['E050', 'E058']);

/** Fetches a record's page through the URL policy (no private addresses unless allowed, limited redirects and size). */
async function fetchRecord(url: string, where: string, web: WebOptions, given: RawDoc): Promise<RawDoc> {
  try {
    const resource = await fetchResource(url, web, url);
    if (resource.kind === 'feed') throw new ProblemError(422, `${where}: ${url} is a feed; send its items' page addresses one by one`);
    const { id, title, date } = given;
    return { ...resource.raw, ...(id !== undefined ? { id } : {}), ...(title ? { title } : {}), ...(date ? { date } : {}) };
  } catch (e) {
    if (!(e instanceof DyadError)) throw e;
    throw new ProblemError(UPSTREAM_CODES.has(e.code) ? 502 : 422, `${where}: ${e.message}`);
  }
}

/** The records of a body: `{ records: […] }` or one record on its own. */
function recordsOf(body: z.infer<typeof IngestRecord> & { records?: z.infer<typeof IngestRecord>[] }) {
  const { records, ...single } = body;
  return records ?? [single];
}

/** Registers POST /api/ingest; the caller puts the token and body-size checks in front of it. */
export function registerIngestRoutes(app: OpenAPIHono, { store, limits, getCoder, web }: IngestDeps): void {
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
      ...problemResponses(400, 401, 403, 413, 422, 502),
    },
  });
  app.openapi(route, async (c) => {
    const records = recordsOf(c.req.valid('json'));
    const runId = `api-${new Date().toISOString().replace(/[-:.]/g, '')}-${randomUUID().slice(0, 8)}`;
    // Check (and fetch) every record before coding any, so a bad one stores nothing.
    const checked = records.map((rec, i) => {
      const where = records.length > 1 ? `records[${i}]` : 'the record';
      const fetch = !rec.text?.trim() && !rec.html?.trim() ? rec.url : undefined;
      if (!rec.text?.trim() && !rec.html?.trim() && !fetch) throw new ProblemError(400, `${where} has no "text" or "html"`);
      // A record to fetch is checked (id, title, date) with a stand-in text; its page replaces it below.
      const raw = parseJsonLine(JSON.stringify(fetch ? { ...rec, url: undefined, text: fetch } : rec), `api:${runId}#${i + 1}`, where);
      return { raw, where, fetch };
    });
    const raws: RawDoc[] = [];
    for (const { raw, where, fetch } of checked) raws.push(fetch ? await fetchRecord(fetch, where, web, raw) : raw);
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
