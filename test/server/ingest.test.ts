import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { articlePage, startServer } from '../ingest/web-server.js';
import { openFixture, type Fixture } from './fixture.js';

let fx: Fixture;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  fx = await openFixture();
  app = createApp(fx.store, { token: 'secret', coder: fx.coder, limits: { rateLimit: 0 } });
});
afterAll(async () => fx?.close());

function post(body: unknown, headers: Record<string, string> = { authorization: 'Bearer secret' }, target: ReturnType<typeof createApp> = app) {
  return target.request('/api/ingest', {
    method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { 'content-type': 'application/json', ...headers },
  });
}

describe('POST /api/ingest', () => {
  it('needs a bearer token: 401 without one, 403 with a wrong one', async () => {
    const none = await post({ text: 'Iran criticized Israel.' }, {});
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toBe('application/problem+json');
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="dyad"');
    expect(await none.json()).toMatchObject({ title: 'Unauthorized', status: 401 });
    const wrong = await post({ text: 'Iran criticized Israel.' }, { authorization: 'Bearer nope' });
    expect(wrong.status).toBe(403);
    expect((await post({ text: 'x' }, { authorization: 'Basic c2VjcmV0' })).status).toBe(401);
  });

  it('is closed (403) when the server has no token: read-only', async () => {
    const readOnly = createApp(fx.store, { coder: fx.coder });
    const r = await post({ text: 'Iran criticized Israel.' }, { authorization: 'Bearer secret' }, readOnly);
    expect(r.status).toBe(403);
    expect((await r.json()).detail).toMatch(/read-only.*DYAD_TOKEN/);
  });

  it('codes and stores a text record, once', async () => {
    const r = await post({ id: 'post-1', text: 'France criticized Mali on Tuesday.', date: '2022-02-15', title: 'France and Mali' });
    expect(r.status).toBe(200);
    const body = await r.json();
    expect(body.runId).toMatch(/^api-/);
    expect(body.results).toEqual([expect.objectContaining({ id: 'post-1', inserted: true, newEvents: 1, events: 1, uri: expect.stringMatching(/^api:/) })]);
    const found = await (await app.request('/api/events?dyad=FRA-MLI')).json();
    expect(found.rows).toEqual([expect.objectContaining({ code: '111', date: '2022-02-15' })]);
    const again = await (await post({ id: 'post-1', text: 'France criticized Mali on Tuesday.', date: '2022-02-15' })).json();
    expect(again.results[0]).toMatchObject({ inserted: false, newEvents: 0 });
    expect((await fx.store.getRun(body.runId))).toMatchObject({ stored: 1, skipped: 0 });
  });

  it('takes several records and HTML, keeping their order', async () => {
    const r = await post({ records: [
      { text: 'Japan praised India on Monday.', date: '2022-06-06', url: 'https://example.org/japan-india' },
      { html: '<html><body><p>Egypt accused Ethiopia on Monday.</p></body></html>', date: '2022-06-06' },
    ] });
    expect(r.status).toBe(200);
    const { results } = await r.json();
    expect(results.map((x: { uri: string; inserted: boolean }) => [x.uri.startsWith('https:') || x.uri.startsWith('api:'), x.inserted])).toEqual([[true, true], [true, true]]);
    expect(results[0].uri).toBe('https://example.org/japan-india');
  });

  it('refuses to fetch a private, loopback or link-local URL (no server-side request forgery): 422 E051', async () => {
    for (const url of ['http://127.0.0.1:9/story', 'http://localhost/story', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/x', 'http://10.0.0.8/', 'file:///etc/passwd']) {
      const r = await post({ url }, { authorization: 'Bearer secret' }, createApp(fx.store, { token: 'secret', coder: fx.coder, fetch: { allowPrivate: false } }));
      expect(r.status, url).toBe(422);
      expect((await r.json()).detail, url).toMatch(/^the record: E051 /);
    }
  });

  it('fetches a URL record when the operator allows private addresses, with the redirect and size limits', async () => {
    const server = await startServer({
      '/story.html': { body: articlePage('Freedonia and Sylvania agree to reopen embassies') },
      '/loop': { status: 302, headers: { location: '/loop' }, body: '' },
      '/big.html': { body: `<html><body><p>${'x'.repeat(5_000)}</p></body></html>` },
      '/feed.xml': { headers: { 'content-type': 'application/rss+xml' }, body: '<rss version="2.0"><channel><title>f</title><item><link>/story.html</link></item></channel></rss>' },
    });
    try {
      const open = createApp(fx.store, { token: 'secret', coder: fx.coder, limits: { rateLimit: 0 }, fetch: { allowPrivate: true, maxBytes: 4_000 } });
      const ok = await post({ url: `${server.url}/story.html`, id: 'fetched-1' }, undefined, open);
      expect(ok.status).toBe(200);
      expect((await ok.json()).results).toEqual([expect.objectContaining({ id: 'fetched-1', uri: `${server.url}/story.html`, inserted: true })]);
      const loop = await post({ url: `${server.url}/loop` }, undefined, open);
      expect([loop.status, (await loop.json()).detail]).toEqual([502, expect.stringMatching(/E050 .*more than 5 redirects/)]);
      const big = await post({ url: `${server.url}/big.html` }, undefined, open);
      expect([big.status, (await big.json()).detail]).toEqual([422, expect.stringMatching(/E052 .*larger than the 3\.9 KB limit/)]);
      const feed = await post({ url: `${server.url}/feed.xml` }, undefined, open);
      expect([feed.status, (await feed.json()).detail]).toEqual([422, expect.stringMatching(/is a feed/)]);
      // A refused record among good ones stores nothing.
      const before = (await fx.store.queryArticles({}, { limit: 100 })).rows.length;
      const closed = createApp(fx.store, { token: 'secret', coder: fx.coder, fetch: { allowPrivate: false } });
      const mixed = await post({ records: [{ text: 'Iran praised Iraq on Friday.' }, { url: 'http://169.254.169.254/' }] }, undefined, closed);
      expect(mixed.status).toBe(422);
      expect((await fx.store.queryArticles({}, { limit: 100 })).rows.length).toBe(before);
    } finally {
      await server.close();
    }
  });

  it.each([
    [{}, /no "text" or "html"/],
    [{ text: 'Iran criticized Israel.', date: 'yesterday' }, /date.*expected YYYY-MM-DD/],
    [{ records: [] }, /records/],
    [{ records: [{ text: 'a' }], text: 'b' }, /one record or "records"/],
    [{ text: 42 }, /text/],
  ])('answers 400 for a bad body %j', async (body, detail) => {
    const r = await post(body);
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toBe('application/problem+json');
    expect((await r.json()).detail).toMatch(detail);
  });

  it('answers 400 for malformed JSON and 415 without a JSON content type', async () => {
    const bad = await post('{"text": ');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    const plain = await app.request('/api/ingest', { method: 'POST', body: 'hello', headers: { authorization: 'Bearer secret', 'content-type': 'text/plain' } });
    expect(plain.status).toBe(415);
    expect(plain.headers.get('content-type')).toBe('application/problem+json');
  });
});

describe('limits', () => {
  it('answers 413 for a body over the limit, with or without Content-Length', async () => {
    const small = createApp(fx.store, { token: 'secret', coder: fx.coder, limits: { bodyBytes: 100 } });
    const big = JSON.stringify({ text: `Iran criticized Israel. ${'x'.repeat(200)}` });
    const r = await post(big, { authorization: 'Bearer secret', 'content-length': String(big.length) }, small);
    expect(r.status).toBe(413);
    expect(await r.json()).toMatchObject({ title: 'Payload Too Large', status: 413, detail: 'the request body is larger than 100 bytes' });
    const chunked = await small.request('/api/ingest', {
      method: 'POST', headers: { authorization: 'Bearer secret', 'content-type': 'application/json' },
      body: new Blob([big]).stream(), duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
  });

  it('answers 429 with Retry-After past the rate limit, and counts down in RateLimit headers', async () => {
    const limited = createApp(fx.store, { limits: { rateLimit: 3, rateWindowMs: 60_000 } });
    const statuses: number[] = [];
    const remaining: Array<string | null> = [];
    for (let i = 0; i < 4; i++) {
      const r = await limited.request('/api/health');
      statuses.push(r.status);
      remaining.push(r.headers.get('ratelimit-remaining'));
      if (r.status === 429) {
        expect(r.headers.get('content-type')).toBe('application/problem+json');
        expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(await r.json()).toMatchObject({ title: 'Too Many Requests', status: 429 });
      }
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(remaining).toEqual(['2', '1', '0', '0']);
  });
});
