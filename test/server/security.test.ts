/**
 * Hostile requests against the HTTP API, driven by its own OpenAPI document so that a new route or
 * filter is covered the day it is added: SQL injection in every query parameter of every GET route,
 * path traversal in every path parameter and in the static file server, CORS, security headers.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openStore } from '../../src/storage/open-store.js';
import type { Store } from '../../src/storage/store.js';
import { PG_URL, probePostgres } from '../helpers/postgres.js';
import { ARTICLES, openFixture, type Fixture } from './fixture.js';

let fx: Fixture;
let app: ReturnType<typeof createApp>;
/** The same articles in PostgreSQL, when it runs: the injections go to both dialects. */
let pgStore: Store | null = null;
const PG_SCHEMA = `dyad_security_${randomBytes(4).toString('hex')}`;
const pgDown = await probePostgres();
const web = mkdtempSync(join(tmpdir(), 'dyad-web-'));

beforeAll(async () => {
  fx = await openFixture();
  mkdirSync(join(web, 'root', 'assets'), { recursive: true });
  writeFileSync(join(web, 'root', 'index.html'), '<!doctype html><title>Dyad</title>');
  writeFileSync(join(web, 'root', 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(web, 'secret.txt'), 'TOP-SECRET');
  writeFileSync(join(web, 'root', '.env'), 'DYAD_TOKEN=TOP-SECRET');
  app = createApp(fx.store, { token: 'secret', coder: fx.coder, limits: { rateLimit: 0 }, webRoot: join(web, 'root') });
  if (!pgDown) {
    pgStore = await openStore(PG_URL, { schema: PG_SCHEMA });
    await pgStore.putDocuments(ARTICLES.map(([uri, content, date]) => fx.coder.code({ uri, content, format: 'text', title: uri }, { date })));
  }
});
afterAll(async () => {
  await fx?.close();
  if (pgStore) {
    await pgStore.close();
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${PG_SCHEMA} CASCADE`);
    await client.end();
  }
  rmSync(web, { recursive: true, force: true });
});

/** Classic injection strings, for SQLite and PostgreSQL alike. */
const INJECTIONS = [
  "' OR '1'='1", "USA' OR 1=1 --", "'; DROP TABLE events; --", '" OR ""="', "1; SELECT pg_sleep(5)", "1' AND randomblob(1000000000)--",
  "%' UNION SELECT id, text FROM articles --", '*', '%', '_', '\\', "USA') OR ('a'='a", 'NULL', '0x27', "'||(SELECT sqlite_version())||'",
  '"ceasefire" OR 1', 'NEAR(a b)', 'a* OR b*', '$1', '?',
];

interface Route { path: string; query: string[]; pathParams: string[] }

async function routes(): Promise<Route[]> {
  const doc = await (await app.request('/openapi.json')).json() as { paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string }> }>> };
  return Object.entries(doc.paths).filter(([, ops]) => ops.get).map(([path, ops]) => ({
    path,
    query: (ops.get.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
    pathParams: (ops.get.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name),
  }));
}

/** Everything a store holds, to compare before and after the attacks. */
async function snapshot(store: Store) {
  const report = await store.check();
  return { ok: report.ok, counts: report.counts, events: (await store.queryEvents({ includeNegated: true }, { limit: 500 })).rows.map((e) => e.id).sort() };
}

describe('SQL injection', () => {
  it.each(['sqlite', 'postgres'])('in every query parameter of every GET route on %s: answered 200 or 400, never 500, never more rows, the store untouched', async (kind) => {
    const store = kind === 'sqlite' ? fx.store : pgStore;
    if (!store) return void console.log(`SQL injection on postgres skipped: ${pgDown}`);
    const target = kind === 'sqlite' ? app : createApp(store, { limits: { rateLimit: 0 }, webRoot: false });
    const before = await snapshot(store);
    const list = await routes();
    const filters = list.flatMap((r) => r.query.map((q) => `${r.path}?${q}`));
    // Every list endpoint and its filters are covered.
    expect(list.map((r) => r.path)).toEqual(expect.arrayContaining(['/api/events', '/api/articles', '/api/actors', '/api/claims', '/api/quotes', '/api/relations', '/api/export']));
    expect(filters.length).toBeGreaterThan(100);
    const statuses = new Map<number, number>();
    for (const route of list.filter((r) => !r.pathParams.length)) {
      const baseline = route.path === '/api/aggregates/dyad' ? 'a=USA&b=RUS&' : '';
      for (const name of route.query) {
        for (const attack of INJECTIONS) {
          const res = await target.request(`${route.path}?${baseline}${name}=${encodeURIComponent(attack)}`);
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          expect([200, 400], `${route.path}?${name}=${attack}: ${res.status} ${await res.clone().text()}`).toContain(res.status);
          const body = await res.text();
          expect(body).not.toMatch(/SQLITE_|SqliteError|syntax error at|internal error|at \S+\.(js|ts):\d+/);
          // A free-text filter may match by its words; it may never widen the result to everything.
          if (res.status === 200 && route.path === '/api/events' && attack.includes("'1'='1")) expect(JSON.parse(body).rows).toEqual([]);
        }
      }
    }
    expect(await snapshot(store)).toEqual(before);
    console.log(`SQL injection on ${kind}: ${[...statuses.values()].reduce((a, b) => a + b, 0)} requests over ${filters.length} parameters; statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  });

  it('in free-text filters is a search for the words, not SQL', async () => {
    const res = await app.request(`/api/events?text=${encodeURIComponent("Berlin' OR '1'='1")}`);
    expect(res.status).toBe(200);
    expect((await res.json()).rows.map((e: { sourceCode: string }) => e.sourceCode)).toEqual([]);
    const actors = await app.request(`/api/actors?name=${encodeURIComponent("%' OR 1=1 --")}`);
    expect((await actors.json()).rows).toEqual([]);
  });
});

describe('path traversal', () => {
  const ATTACKS = ['../../../../etc/passwd', '..%2F..%2F..%2Fetc%2Fpasswd', '%2e%2e%2f%2e%2e%2fsecret.txt', '..\\..\\secret.txt', 'x%00.json', '....//....//etc/passwd', '%252e%252e%252f'];

  it('in every path parameter: 404 problem+json naming nothing outside the store', async () => {
    const withParams = (await routes()).filter((r) => r.pathParams.length);
    expect(withParams.map((r) => r.path).sort()).toEqual(['/api/articles/{id}', '/api/events/{id}', '/api/relations/{id}']);
    for (const route of withParams) {
      for (const attack of ATTACKS) {
        const res = await app.request(route.path.replace(/\{\w+\}/, attack));
        expect([400, 404], `${route.path} ${attack}`).toContain(res.status);
        expect(res.headers.get('content-type')).toBe('application/problem+json');
        expect(await res.text()).not.toMatch(/root:|TOP-SECRET/);
      }
    }
  });

  it('in the static file server: nothing outside its folder, no hidden files', async () => {
    for (const path of ['/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/.env', '/%2eenv', '/assets/../.env', '/..%5csecret.txt', '/index.html%00.js', '/%c0%ae%c0%ae/secret.txt', '/assets/app.js/..%2f..%2f..%2fsecret.txt']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain('TOP-SECRET');
    }
    expect((await app.request('/assets/app.js')).status).toBe(200);
  });
});

describe('CORS and headers', () => {
  it('sends no CORS headers: other sites cannot read the API from a browser', async () => {
    const get = await app.request('/api/events', { headers: { origin: 'https://evil.example' } });
    expect(get.status).toBe(200);
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await app.request('/api/ingest', {
      method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-headers')).toBeNull();
    expect(preflight.status).toBe(404);
  });

  it('puts the security headers on the UI: CSP with frame-ancestors, nosniff, X-Frame-Options, Referrer-Policy', async () => {
    for (const path of ['/', '/index.html', '/assets/app.js']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });
});

describe('write endpoints', () => {
  it('refuse missing, malformed and wrong tokens before reading the body, and oversized or malformed bodies', async () => {
    const body = JSON.stringify({ text: 'Iran criticized Israel.' });
    const cases: Array<[Record<string, string>, number]> = [
      [{}, 401], [{ authorization: 'Bearer' }, 401], [{ authorization: 'Bearer ' }, 401], [{ authorization: 'Token secret' }, 401],
      [{ authorization: 'Bearer secret extra' }, 401], [{ authorization: 'Bearer Secret' }, 403], [{ authorization: 'Bearer secre' }, 403],
      [{ authorization: `Bearer ${'s'.repeat(10_000)}` }, 403], [{ authorization: "Bearer ' OR '1'='1" }, 401], [{ authorization: "Bearer '||'1'='1" }, 403],
    ];
    for (const [headers, status] of cases) {
      const res = await app.request('/api/ingest', { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
      expect(res.status, JSON.stringify(headers).slice(0, 60)).toBe(status);
    }
    const auth = { authorization: 'Bearer secret', 'content-type': 'application/json' };
    const huge = await app.request('/api/ingest', { method: 'POST', headers: auth, body: JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) }) });
    expect(huge.status).toBe(413);
    for (const bad of ['{', '{"text": "a"', '[1,2', 'null', '"text"', '{"text": "a"}}', '\u0000']) {
      const res = await app.request('/api/ingest', { method: 'POST', headers: auth, body: bad });
      expect(res.status, bad).toBe(400);
      expect(res.headers.get('content-type')).toBe('application/problem+json');
    }
    const deep = await app.request('/api/ingest', { method: 'POST', headers: auth, body: `${'['.repeat(100_000)}${']'.repeat(100_000)}` });
    expect(deep.status).toBe(400);
  });
});
