import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import type { EventRow, PageResult } from '../../src/storage/store.js';
import { openFixture, type Fixture } from './fixture.js';

let fx: Fixture;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  fx = await openFixture();
  app = createApp(fx.store, { token: 'secret', coder: fx.coder, limits: { rateLimit: 0 } });
});
afterAll(async () => fx?.close());

async function get<T = any>(path: string): Promise<{ status: number; body: T; res: Response }> {
  const res = await app.request(path);
  const type = res.headers.get('content-type') ?? '';
  const json = /^application\/(problem\+)?json\b/.test(type);
  return { status: res.status, body: (json ? await res.json() : await res.text()) as T, res };
}

async function events(query = ''): Promise<EventRow[]> {
  const r = await get<PageResult<EventRow>>(`/api/events${query}`);
  expect(r.status).toBe(200);
  return r.body.rows;
}

const dyads = (rows: EventRow[]) => rows.map((e) => `${e.sourceCode}-${e.code}-${e.targetCode}`).sort();

describe('GET /api/events', () => {
  it('lists the stored events newest first, negated ones left out', async () => {
    const rows = await events();
    expect(dyads(rows)).toEqual(['CHN-044-USA', 'DEU-111-RUS', 'ISR-111-IRN', 'RUS-190-UKR', 'USAGOV-041-ARMGOV', 'USAGOV-041-AZEGOV']);
    const dates = rows.map((e) => e.date!);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(rows[0]).toMatchObject({ numMentions: 1, numArticles: 1, dyadVersion: '0.1.0' });
  });

  it.each([
    ['?actor=USA', ['CHN-044-USA', 'USAGOV-041-ARMGOV', 'USAGOV-041-AZEGOV']],
    ['?source=usa', ['USAGOV-041-ARMGOV', 'USAGOV-041-AZEGOV']],
    ['?target=RUS', ['DEU-111-RUS']],
    ['?dyad=RUS-UKR', ['RUS-190-UKR']],
    ['?dyad=UKR-RUS', ['RUS-190-UKR']],
    ['?quad=4', ['RUS-190-UKR']],
    ['?root=19', ['RUS-190-UKR']],
    ['?code=04*', ['CHN-044-USA', 'USAGOV-041-ARMGOV', 'USAGOV-041-AZEGOV']],
    ['?code=041', ['USAGOV-041-ARMGOV', 'USAGOV-041-AZEGOV']],
    ['?country=DEU', ['DEU-111-RUS']],
    ['?from=2022-05-01', ['CHN-044-USA', 'USAGOV-041-ARMGOV', 'USAGOV-041-AZEGOV']],
    ['?from=2022-03&to=2022-03', ['DEU-111-RUS', 'ISR-111-IRN']],
    ['?text=Berlin', ['DEU-111-RUS']],
    ['?includeNegated=true&dyad=RUS-GEO', ['RUS-190-GEO']],
    ['?dyad=RUS-GEO', []],
  ])('filters %s', async (query, expected) => {
    expect(dyads(await events(query))).toEqual(expected);
  });

  it('pages with a cursor until next is null, with a Link header to the next page', async () => {
    const all = await events();
    const seen: string[] = [];
    let url = '/api/events?limit=2';
    for (let i = 0; i < 10; i++) {
      const r = await get<PageResult<EventRow>>(url);
      expect(r.status).toBe(200);
      expect(r.body.rows.length).toBeLessThanOrEqual(2);
      seen.push(...r.body.rows.map((e) => e.id));
      if (!r.body.next) {
        expect(r.res.headers.get('link')).toBeNull();
        break;
      }
      const link = r.res.headers.get('link')!;
      expect(link).toMatch(/^<\/api\/events\?limit=2&cursor=[^>]+>; rel="next"$/);
      url = link.slice(1, link.indexOf('>'));
    }
    expect(seen).toEqual(all.map((e) => e.id));
  });

  it('sorts by date ascending on request', async () => {
    const dates = (await events('?sort=date')).map((e) => e.date!);
    expect(dates).toEqual([...dates].sort());
  });

  it.each([
    ['?quad=9', 'quad'],
    ['?limit=0', 'limit'],
    ['?limit=100000', 'limit'],
    ['?dyad=USA', 'dyad'],
    ['?from=2022-13-01', 'from'],
    ['?to=2022-02-30', 'to'],
    ['?sort=sideways', 'sort'],
    ['?includeNegated=maybe', 'includeNegated'],
    ['?minConfidence=2', 'minConfidence'],
    ['?actor=US%20A', 'actor'],
  ])('answers 400 problem+json for %s, naming the parameter', async (query, name) => {
    const r = await get(`/api/events${query}`);
    expect(r.status).toBe(400);
    expect(r.res.headers.get('content-type')).toBe('application/problem+json');
    expect(r.body).toMatchObject({ type: 'about:blank', title: 'Bad Request', status: 400, errors: [expect.objectContaining({ in: 'query', name })] });
    expect(r.body.detail).toContain(`"${name}"`);
  });

  it('answers 400 for a cursor it did not hand out', async () => {
    const r = await get('/api/events?cursor=bm90LWEtY3Vyc29y');
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ status: 400, detail: expect.stringContaining('cursor') });
  });
});

describe('GET /api/events/{id}', () => {
  it('gives the event with every mention as evidence', async () => {
    const [event] = await events('?dyad=RUS-UKR');
    const r = await get(`/api/events/${event.id}`);
    expect(r.status).toBe(200);
    expect(r.body.event).toEqual(event);
    expect(r.body.mentions).toHaveLength(1);
    expect(r.body.mentions[0]).toMatchObject({ eventId: event.id, uri: 'test:1', sentence: 0, text: 'Russia attacked Ukraine on Monday.' });
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const r = await get('/api/events/ev-nope');
    expect(r.status).toBe(404);
    expect(r.res.headers.get('content-type')).toBe('application/problem+json');
    expect(r.body).toEqual({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'no event with id "ev-nope"' });
  });
});

describe('articles', () => {
  it('lists articles and gives one annotated, offsets pointing into its text', async () => {
    const list = await get('/api/articles?limit=50');
    expect(list.status).toBe(200);
    expect(list.body.rows).toHaveLength(6);
    const row = list.body.rows.find((a: { uri: string }) => a.uri === 'test:6');
    const r = await get(`/api/articles/${encodeURIComponent(row.id)}`);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ articleId: row.id, uri: 'test:6', text: 'Germany condemned Russia in Berlin on Thursday.', furniture: [], claims: [], quotes: [] });
    expect(r.body.actors.map((a: { code: string }) => a.code)).toEqual(['DEU', 'RUS']);
    const e = r.body.events[0];
    expect(r.body.text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    expect(e.location).toMatchObject({ name: 'Berlin', country: 'DEU' });
  });

  it('answers 404 for an unknown article', async () => {
    const r = await get('/api/articles/sha256:0000');
    expect(r).toMatchObject({ status: 404, body: { status: 404, detail: 'no article with id "sha256:0000"' } });
  });
});

describe('actors, claims, quotes', () => {
  it('lists actors with counts, and finds them by name', async () => {
    const r = await get('/api/actors?limit=100');
    expect(r.status).toBe(200);
    expect(r.body.rows.find((a: { code: string }) => a.code === 'DEU')).toMatchObject({ mentions: 1, asSource: 1, asTarget: 0 });
    const blinken = await get('/api/actors?name=Blinken');
    expect(blinken.body.rows.map((a: { code: string }) => a.code)).toEqual(['USAGOV']);
  });

  it('lists claims and quotes (speaker filter) as pages', async () => {
    for (const path of ['/api/claims', '/api/claims?kind=killed', '/api/quotes', '/api/quotes?speaker=ISR']) {
      const r = await get(path);
      expect(r.status, path).toBe(200);
      expect(r.body).toMatchObject({ rows: expect.any(Array), next: null });
      for (const row of r.body.rows) expect(row.articleId).toEqual(expect.any(String));
    }
    expect((await get('/api/claims?kind=Killed!')).status).toBe(400);
  });
});

describe('aggregates', () => {
  it('timeline counts every event once, split by QuadClass', async () => {
    const r = await get('/api/aggregates/timeline?interval=month');
    expect(r.status).toBe(200);
    expect(r.body.points.reduce((n: number, p: { events: number }) => n + p.events, 0)).toBe(6);
    expect(r.body.points.find((p: { period: string; key: string }) => p.key === '4')).toMatchObject({ events: 1, goldstein: -10 });
  });

  it('dyad series has both directions; a and b are required', async () => {
    const r = await get('/api/aggregates/dyad?a=ukr&b=RUS');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ a: 'UKR', b: 'RUS', points: [{ direction: 'ba', events: 1 }] });
    expect((await get('/api/aggregates/dyad?a=USA')).status).toBe(400);
  });

  it('network edges and map counts', async () => {
    const net = await get('/api/aggregates/network?limit=3');
    expect(net.status).toBe(200);
    expect(net.body.edges.length).toBeLessThanOrEqual(3);
    expect(net.body.edges[0]).toEqual({ source: expect.any(String), target: expect.any(String), events: expect.any(Number), meanGoldstein: expect.any(Number) });
    const map = await get('/api/aggregates/map');
    expect(map.status).toBe(200);
    expect(map.body.countries.find((c: { country: string }) => c.country === 'DEU')).toMatchObject({ events: 1 });
  });
});

describe('GET /api/export', () => {
  it('streams csv as an attachment with a header and one row per event', async () => {
    const r = await get('/api/export?format=csv&actor=USA');
    expect(r.status).toBe(200);
    expect(r.res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(r.res.headers.get('content-disposition')).toBe('attachment; filename="dyad-events.csv"');
    const lines = (r.body as string).trim().split('\r\n');
    expect(lines[0]).toMatch(/^id,date,datePrecision,/);
    expect(lines).toHaveLength(4);
  });

  it('streams gdelt lines of 61 fields with FIPS geo codes', async () => {
    const r = await get('/api/export?format=gdelt');
    const lines = (r.body as string).trim().split('\n').map((l) => l.split('\t'));
    expect(lines).toHaveLength(6);
    for (const f of lines) expect(f).toHaveLength(61);
    const berlin = lines.find((f) => f[5] === 'DEU')!;
    expect(berlin.slice(51, 55)).toEqual(['4', 'Berlin, Germany', 'GM', 'GM']);
  });

  it('streams geojson and plover', async () => {
    const geo = JSON.parse((await get('/api/export?format=geojson')).body);
    expect(geo.type).toBe('FeatureCollection');
    // "met in Geneva" (data/actors/places.tsv) and "in Berlin" give the two located events.
    expect(geo.features.map((f: { properties: { locationName: string } }) => f.properties.locationName).sort()).toEqual(['Berlin', 'Geneva']);
    const plover = (await get('/api/export?format=plover&quad=4')).body as string;
    expect(JSON.parse(plover.trim())).toMatchObject({ event: ['ASSAULT'], source: [{ code: 'RUS' }], recipient: [{ code: 'UKR' }] });
  });

  it('rejects an unknown format with 400', async () => {
    const r = await get('/api/export?format=xml');
    expect(r.status).toBe(400);
    expect(r.body.errors[0]).toMatchObject({ name: 'format' });
    expect((await get('/api/export')).status).toBe(400);
  });
});

describe('/openapi.json', () => {
  it('is an OpenAPI 3.1 document listing every route with its schemas', async () => {
    const r = await get('/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe('3.1.0');
    expect(Object.keys(r.body.paths).sort()).toEqual([
      '/api/actors', '/api/aggregates/dyad', '/api/aggregates/map', '/api/aggregates/network', '/api/aggregates/places',
      '/api/aggregates/summary', '/api/aggregates/timeline', '/api/articles', '/api/articles/{id}', '/api/claims', '/api/codebook',
      '/api/events', '/api/events/{id}', '/api/export', '/api/health', '/api/ingest', '/api/quotes',
      '/api/relations', '/api/relations/{id}',
    ]);
    expect(Object.keys(r.body.components.schemas)).toEqual(expect.arrayContaining(['Event', 'EventPage', 'Problem', 'AnnotatedArticle', 'IngestRecord']));
    const params = r.body.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
    expect(params).toEqual(expect.arrayContaining(['actor', 'dyad', 'quad', 'from', 'to', 'limit', 'cursor', 'sort']));
    expect(r.body.paths['/api/ingest'].post.security).toEqual([{ bearer: [] }]);
    expect(r.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    // Every reference points at a schema the document defines.
    const refs = [...JSON.stringify(r.body).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(r.body.components.schemas, ref).toHaveProperty(ref);
    for (const [path, ops] of Object.entries<Record<string, { responses: object }>>(r.body.paths)) {
      for (const op of Object.values(ops)) expect(Object.keys(op.responses), path).toContain('200');
    }
  });
});

describe('errors', () => {
  it('answers 404 problem+json for an unknown route', async () => {
    const r = await get('/api/nothing-here');
    expect(r.status).toBe(404);
    expect(r.res.headers.get('content-type')).toBe('application/problem+json');
    expect(r.body).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404 });
  });

  it('health says which store it serves', async () => {
    expect((await get('/api/health')).body).toEqual({ ok: true, store: 'sqlite', version: '0.1.0' });
  });
});
