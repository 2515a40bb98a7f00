/** The HTTP API: thin routes over the Store, with problem+json errors, limits and an OpenAPI document. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { Coder } from '../coder.js';
import { DyadError } from '../core/errors.js';
import { allowPrivateFromEnv } from '../ingest/url-policy.js';
import type { Store } from '../storage/store.js';
import { DYAD_VERSION } from '../version.js';
import { requireToken } from './middleware/bearer-token.js';
import { rateLimit } from './middleware/rate-limit.js';
import { requestLog } from './middleware/request-log.js';
import { DEFAULT_LIMITS, type AppOptions, type ServerLimits } from './options.js';
import { problem, ProblemError } from './problem.js';
import { registerActorRoutes } from './routes/actors.js';
import { registerAggregateRoutes } from './routes/aggregates.js';
import { registerArticleRoutes } from './routes/articles.js';
import { registerClaimRoutes } from './routes/claims.js';
import { registerCodebookRoutes } from './routes/codebook.js';
import { registerEventRoutes } from './routes/events.js';
import { registerExportRoutes } from './routes/export.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerIngestRoutes } from './routes/ingest.js';
import { registerQuoteRoutes } from './routes/quotes.js';
import { registerRelationRoutes } from './routes/relations.js';
import { registerSummaryRoutes } from './routes/summary.js';
import type { RouteDeps } from './routes/route-deps.js';
import { mountWebApp } from './static.js';

export type { AppOptions, ServerLimits } from './options.js';
export { DEFAULT_LIMITS } from './options.js';

/** Error codes that mean the request was wrong (a bad cursor, a bad record), not the server. */
const CLIENT_ERROR_CODES: ReadonlySet<string> = new Set(['E005', 'E030']);

/** A validation failure as one readable sentence plus the list of bad parameters. */
function validationProblem(target: string, issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): Response {
  const errors = issues.map((i) => ({ in: target, name: i.path.map(String).join('.') || '(body)', message: i.message }));
  const detail = errors.map((e) => `${e.in === 'json' ? 'body field' : `${e.in} parameter`} "${e.name}": ${e.message}`).join('; ');
  return problem(400, detail, { errors });
}

/** Any thrown error as a problem response; unexpected ones are logged and answered 500 without internals. */
function errorResponse(err: unknown, c: Context, log: (line: string) => void): Response {
  if (err instanceof ProblemError) return problem(err.status, err.detail, err.extra);
  if (err instanceof DyadError && CLIENT_ERROR_CODES.has(err.code)) return problem(400, err.message);
  if (err instanceof HTTPException) {
    const detail = err.status === 415 ? `the body is ${c.req.header('content-type') ?? 'untyped'}, expected application/json` : err.message;
    return problem(err.status, detail || 'the request was not accepted');
  }
  log(`error on ${c.req.method} ${new URL(c.req.url).pathname}: ${(err as Error)?.stack ?? String(err)}`);
  return problem(500, 'the server failed to answer this request; the error is in its log');
}

/**
 * The Dyad HTTP API over a store: read-only unless a token is given, then POST /api/ingest codes and stores.
 * @example serve({ fetch: createApp(await openStore('sqlite:dyad.db')).fetch, port: 8765 })
 */
export function createApp(store: Store, options: AppOptions = {}): OpenAPIHono {
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...options.limits };
  // Unexpected errors are always reported: to the request log when there is one, else to stderr.
  const write = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const log = options.logJson ? (message: string) => write(JSON.stringify({ time: new Date().toISOString(), error: message })) : write;
  const app = new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return validationProblem(result.target, result.error.issues);
      return undefined;
    },
  });

  if (options.log) app.use('*', requestLog(options.log, { json: options.logJson, trustProxy: options.trustProxy }));
  app.use('/api/*', rateLimit({ max: limits.rateLimit, windowMs: limits.rateWindowMs, trustProxy: options.trustProxy }));
  // The token is checked before the body is read, the body size before it is parsed.
  const tokenCheck = requireToken(options.token);
  app.use('/api/ingest', (c, next) => (c.req.method === 'POST' ? tokenCheck(c, next) : next()));
  app.use('/api/*', bodyLimit({
    maxSize: limits.bodyBytes,
    onError: () => problem(413, `the request body is larger than ${limits.bodyBytes} bytes`),
  }));

  const deps: RouteDeps = { store, limits, logError: log };
  let coder: Promise<Pick<Coder, 'code' | 'dicts'>> | null = options.coder ? Promise.resolve(options.coder) : null;
  // Loading the dictionaries takes a while, so a read-only server never does it.
  const getCoder = () => (coder ??= import('../coder.js').then((m) => new m.Coder()));

  for (const register of [
    registerEventRoutes, registerArticleRoutes, registerActorRoutes, registerClaimRoutes, registerQuoteRoutes, registerRelationRoutes,
    registerAggregateRoutes, registerSummaryRoutes, registerCodebookRoutes, registerExportRoutes, registerHealthRoutes,
  ]) register(app, deps);
  const web = { ...options.fetch, allowPrivate: options.fetch?.allowPrivate ?? allowPrivateFromEnv() };
  registerIngestRoutes(app, { ...deps, getCoder, web });

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', description: 'the DYAD_TOKEN the server was started with' });
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Dyad API', version: DYAD_VERSION,
      description: 'Political event data coded from news (CAMEO, with evidence). Errors are application/problem+json. '
        + `Limits: ${limits.rateLimit || 'no'} requests per ${limits.rateWindowMs / 1000} s per client address, bodies up to ${limits.bodyBytes} bytes.`,
    },
  });

  mountWebApp(app, options.webRoot);
  app.notFound((c) => problem(404, `no route for ${c.req.method} ${new URL(c.req.url).pathname}; the routes are listed at /openapi.json`));
  app.onError((err, c) => errorResponse(err, c, log));
  return app;
}
