import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { openStore } from '../../src/storage/open-store.js';
import type { PageResult, RelationRow, Store } from '../../src/storage/store.js';
import { testCoder } from './fixture.js';

/** Articles stating relations, coded by the real Coder: [uri, text, publication date]. */
const ARTICLES: Array<[string, string, string]> = [
  ['https://a.example/1', 'Armenia has a defense pact with Russia. The U.S. has strategic ties with both Armenia and Azerbaijan.', '2022-07-18'],
  ['https://b.example/2', 'Russia is an ally of Armenia, officials said. Armenian Prime Minister Nikol Pashinyan spoke.', '2022-07-20'],
  ['https://a.example/3', 'Armenia is not an ally of Russia. Nagorno-Karabakh lies within sovereign Azerbaijan.', '2022-08-01'],
];

let dir: string;
let store: Store;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-relations-api-'));
  store = await openStore(`sqlite:${join(dir, 'dyad.db')}`);
  const coder = testCoder();
  await store.putDocuments(ARTICLES.map(([uri, content, date]) => coder.code({ uri, content, format: 'text' }, { date })));
  app = createApp(store, { limits: { rateLimit: 0 } });
});
afterAll(async () => {
  await store?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function get<T = any>(path: string): Promise<{ status: number; body: T; res: Response }> {
  const res = await app.request(path);
  return { status: res.status, body: (await res.json()) as T, res };
}

const handles = (rows: RelationRow[]) => rows.map((r) => `${r.kind} ${r.aCode} ${r.bCode ?? '-'}${r.object ? ` ${r.object}` : ''}`).sort();

describe('GET /api/relations', () => {
  it('lists relations merged across articles, most stated first, with their stances', async () => {
    const r = await get<PageResult<RelationRow>>('/api/relations');
    expect(r.status).toBe(200);
    expect(handles(r.body.rows)).toEqual([
      'allied ARM RUS', 'office ARMGOV ARM Prime Minister', 'sovereign AZE - Nagorno-Karabakh', 'ties ARM USA', 'ties AZE USA',
    ]);
    expect(r.body.rows[0]).toMatchObject({
      kind: 'allied', numStatements: 3, numArticles: 3, numSources: 2, firstSeen: '2022-07-18', lastSeen: '2022-08-01', conflicting: true,
      stances: expect.arrayContaining([expect.objectContaining({ label: 'ally', negated: true, statements: 1 })]),
    });
  });

  it.each([
    ['?kind=ties', ['ties ARM USA', 'ties AZE USA']],
    ['?actor=aze', ['sovereign AZE - Nagorno-Karabakh', 'ties AZE USA']],
    ['?a=ARMGOV', ['office ARMGOV ARM Prime Minister']],
    ['?b=arm', ['office ARMGOV ARM Prime Minister']],
    ['?dyad=RUS-ARM', ['allied ARM RUS']],
    ['?label=defense%20pact', ['allied ARM RUS']],
    ['?object=karabakh', ['sovereign AZE - Nagorno-Karabakh']],
    ['?from=2022-07-19&to=2022-07', ['allied ARM RUS', 'office ARMGOV ARM Prime Minister']],
    ['?text=officials', ['allied ARM RUS']],
    ['?conflicting=true', ['allied ARM RUS']],
    ['?conflicting=false&kind=allied', []],
    ['?minArticles=2', ['allied ARM RUS']],
  ])('filters %s', async (query, expected) => {
    const r = await get<PageResult<RelationRow>>(`/api/relations${query}`);
    expect(r.status).toBe(200);
    expect(handles(r.body.rows)).toEqual(expected);
  });

  it('pages with a cursor and a Link header', async () => {
    const all = (await get<PageResult<RelationRow>>('/api/relations?sort=-date')).body.rows.map((x) => x.id);
    const seen: string[] = [];
    let url = '/api/relations?sort=-date&limit=2';
    for (let i = 0; i < 10 && url; i++) {
      const r = await get<PageResult<RelationRow>>(url);
      seen.push(...r.body.rows.map((x) => x.id));
      const link = r.res.headers.get('link');
      url = link ? link.slice(1, link.indexOf('>')) : '';
    }
    expect(seen).toEqual(all);
  });

  it.each([['?kind=Allied!', 'kind'], ['?minArticles=0', 'minArticles'], ['?dyad=ARM', 'dyad'], ['?conflicting=maybe', 'conflicting'], ['?from=2022-13-01', 'from']])(
    'answers 400 problem+json for %s, naming the parameter',
    async (query, name) => {
      const r = await get(`/api/relations${query}`);
      expect(r.status).toBe(400);
      expect(r.res.headers.get('content-type')).toBe('application/problem+json');
      expect(r.body.errors[0]).toMatchObject({ in: 'query', name });
    },
  );
});

describe('GET /api/relations/{id}', () => {
  it('gives the relation with every statement, evidence offsets pointing into each article', async () => {
    const [allied] = (await get<PageResult<RelationRow>>('/api/relations?kind=allied')).body.rows;
    const r = await get(`/api/relations/${allied.id}`);
    expect(r.status).toBe(200);
    expect(r.body.relation).toEqual(allied);
    expect(r.body.statements.map((s: { uri: string }) => s.uri)).toEqual(['https://a.example/1', 'https://b.example/2', 'https://a.example/3']);
    for (const s of r.body.statements) {
      const article = await get(`/api/articles/${encodeURIComponent(s.articleId)}`);
      expect(article.body.text.slice(s.start, s.end)).toBe(s.text);
      expect(article.body.relations).toContainEqual(s.relation);
    }
    expect(r.body.statements[1].relation).toMatchObject({ asserted: false, attributedTo: { text: 'officials' } });
  });

  it('answers 404 problem+json for an unknown id', async () => {
    const r = await get('/api/relations/rel-nope');
    expect(r).toMatchObject({ status: 404, body: { status: 404, detail: 'no relation with id "rel-nope"' } });
  });
});
