import { describe, expect, it } from 'vitest';
import type { EventFilter, EventRow, Page, Store, StoreOptions } from '../store.js';
import { corpus } from './corpus.js';
import { corpusStore } from './shared-store.js';

function label(e: Pick<EventRow, 'sourceCode' | 'code' | 'targetCode'>): string {
  return `${e.sourceCode} ${e.code} ${e.targetCode ?? '-'}`;
}

async function labels(store: Store, filter: EventFilter): Promise<string[]> {
  return (await store.queryEvents(filter, { limit: 100 })).rows.map(label).sort();
}

/** Follows `next` to the end, a page of `limit` at a time. */
async function everyPage<T>(fetch: (page: Page) => Promise<{ rows: T[]; next: string | null }>, limit: number, sort?: Page['sort']): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | null = null;
  do {
    const page: { rows: T[]; next: string | null } = await fetch({ limit, cursor, sort });
    pages.push(page.rows);
    cursor = page.next;
  } while (cursor && pages.length < 100);
  return pages;
}

/** Filters, sorting and pagination of events, articles, actors, claims and quotes. */
export function runQueryContract(newStore: (options?: StoreOptions) => Promise<Store>): void {
  describe('queries', () => {
    const shared = corpusStore(newStore);

    it.each<[string, EventFilter, string[]]>([
      ['no filter: negated events left out', {}, ['DEU 026 RUS', 'FRA 0256 RUS', 'ISR 111 IRN', 'ISR 111 IRN', 'JPN 163 RUS', 'RUS 190 UKR', 'UKR 1123 RUS', 'UKR 1124 RUS', 'UKRGOV 044 RUSGOV', 'USA 111 RUS']],
      ['actor on either side, by code prefix', { actor: 'ukr' }, ['RUS 190 UKR', 'UKR 1123 RUS', 'UKR 1124 RUS', 'UKRGOV 044 RUSGOV']],
      ['source', { source: 'UKR' }, ['UKR 1123 RUS', 'UKR 1124 RUS', 'UKRGOV 044 RUSGOV']],
      ['target by prefix (RUS takes RUSGOV)', { target: 'RUS', source: 'UKR' }, ['UKR 1123 RUS', 'UKR 1124 RUS', 'UKRGOV 044 RUSGOV']],
      ['dyad, both directions', { dyad: ['RUS', 'UKR'] }, ['RUS 190 UKR', 'UKR 1123 RUS', 'UKR 1124 RUS', 'UKRGOV 044 RUSGOV']],
      ['dyad, given the other way round', { dyad: ['UKR', 'RUS'] }, ['RUS 190 UKR', 'UKR 1123 RUS', 'UKR 1124 RUS', 'UKRGOV 044 RUSGOV']],
      ['exact code', { code: '190' }, ['RUS 190 UKR']],
      ['code prefix', { code: '112*' }, ['UKR 1123 RUS', 'UKR 1124 RUS']],
      ['root code', { root: '11' }, ['ISR 111 IRN', 'ISR 111 IRN', 'UKR 1123 RUS', 'UKR 1124 RUS', 'USA 111 RUS']],
      ['root code of one digit', { root: '4' }, ['UKRGOV 044 RUSGOV']],
      ['QuadClass', { quadClass: 4 }, ['JPN 163 RUS', 'RUS 190 UKR']],
      ['country of the place', { country: 'BLR' }, ['UKRGOV 044 RUSGOV']],
      ['country of an actor', { country: 'jpn' }, ['JPN 163 RUS']],
      ['date range, inclusive', { from: '2022-02-28', to: '2022-03-02' }, ['FRA 0256 RUS', 'UKRGOV 044 RUSGOV']],
      ['a month as upper bound takes all its days', { to: '2022-02' }, ['DEU 026 RUS', 'RUS 190 UKR', 'UKR 1124 RUS', 'UKRGOV 044 RUSGOV', 'USA 111 RUS']],
      ['full-text search, stemmed', { text: 'attacks' }, ['RUS 190 UKR']],
      ['full-text search, every word', { text: 'criticized television' }, ['ISR 111 IRN']],
      ['full-text search with punctuation', { text: 'Belarus!' }, ['UKRGOV 044 RUSGOV']],
      ['minimum confidence', { minConfidence: 0.85 }, ['FRA 0256 RUS', 'UKR 1123 RUS', 'UKR 1124 RUS']],
      ['negated events on request', { includeNegated: true, actor: 'CHN' }, ['CHN 111 RUS']],
      ['filters combine', { actor: 'RUS', quadClass: 3, from: '2022-03-01' }, ['UKR 1123 RUS']],
      ['no match', { dyad: ['USA', 'UKR'] }, []],
    ])('filters events: %s', async (_name, filter, expected) => {
      expect(await labels(shared.get(), filter)).toEqual(expected);
    });

    it('sorts events by date both ways (undated first ascending) and by mentions', async () => {
      const store = shared.get();
      const asc = (await store.queryEvents({}, { limit: 100, sort: 'date' })).rows;
      expect(asc.slice(0, 2).map((r) => r.date)).toEqual([null, null]);
      const dated = asc.filter((r) => r.date).map((r) => r.date!);
      expect(dated).toEqual([...dated].sort());
      const desc = (await store.queryEvents({}, { limit: 100, sort: '-date' })).rows;
      expect(desc.map((r) => r.id)).toEqual(asc.map((r) => r.id).reverse());
      const byDefault = (await store.queryEvents({}, { limit: 100 })).rows;
      expect(byDefault.map((r) => r.id)).toEqual(desc.map((r) => r.id));
      const most = (await store.queryEvents({}, { limit: 1, sort: '-mentions' })).rows[0];
      expect([label(most), most.numMentions]).toEqual(['RUS 190 UKR', 3]);
      const least = (await store.queryEvents({}, { limit: 100, sort: 'mentions' })).rows.map((r) => r.numMentions);
      expect(least).toEqual([...least].sort((a, b) => a - b));
    });

    it.each<Page['sort']>(['date', '-date', 'mentions', '-mentions'])('pages through events by %s with stable cursors', async (sort) => {
      const store = shared.get();
      const whole = (await store.queryEvents({ includeNegated: true }, { limit: 100, sort })).rows.map((r) => r.id);
      const pages = await everyPage((p) => store.queryEvents({ includeNegated: true }, p), 3, sort);
      expect(pages.map((p) => p.length)).toEqual([3, 3, 3, 2]);
      expect(pages.flat().map((r) => r.id)).toEqual(whole);
      const again = await everyPage((p) => store.queryEvents({ includeNegated: true }, p), 3, sort);
      expect(again).toEqual(pages);
    });

    it('refuses a cursor issued for another sort order', async () => {
      const store = shared.get();
      const { next } = await store.queryEvents({}, { limit: 2, sort: 'date' });
      await expect(store.queryEvents({}, { limit: 2, sort: '-mentions', cursor: next })).rejects.toThrow(/E030/);
    });

    it('lists articles with filters, sorting and pagination', async () => {
      const store = shared.get();
      const { talks, sanctions, attackA, attackB, attackC } = corpus();
      const ids = async (f: EventFilter, sort?: Page['sort']) => (await store.queryArticles(f, { limit: 50, sort })).rows.map((r) => r.id);
      expect(await ids({}, 'date')).toHaveLength(7);
      expect((await ids({}, '-date')).slice(0, 2)).toEqual([sanctions.hash, talks.hash]);
      expect(await ids({ text: 'Kharkiv' })).toEqual([talks.hash]);
      expect(await ids({ actor: 'JPN' })).toEqual([sanctions.hash]);
      expect(await ids({ country: 'CHN' })).toEqual([attackC.hash]);
      expect((await ids({ code: '190' })).sort()).toEqual([attackA.hash, attackB.hash, attackC.hash].sort());
      expect(await ids({ from: '2022-03-01', to: '2022-03-31' }, 'date')).toEqual([talks.hash, sanctions.hash]);
      const row = (await store.queryArticles({ text: 'sanctions' }, { limit: 5 })).rows[0];
      expect(row).toMatchObject({ id: sanctions.hash, uri: sanctions.uri, title: sanctions.title, published: '2022-03-15', publisher: null, events: 2 });
      const pages = await everyPage((p) => store.queryArticles({}, p), 2, '-mentions');
      expect(pages.flat().map((r) => r.id)).toEqual(await ids({}, '-mentions'));
      expect(pages.flat().map((r) => r.events)).toEqual(pages.flat().map((r) => r.events).sort((a, b) => b - a));
    });

    it('lists actors by mentions with their roles in events', async () => {
      const store = shared.get();
      const docs = Object.values(corpus()).filter((d) => d !== corpus().nextDay);
      const mentions = (code: string) => docs.flatMap((d) => d.actors).filter((a) => a.code === code).length;
      const { rows } = await store.queryActors({}, { limit: 100 });
      expect(rows[0]).toEqual({ code: 'RUS', name: 'Russia', mentions: mentions('RUS'), asSource: 1, asTarget: 6 });
      expect(rows.map((r) => r.mentions)).toEqual(rows.map((r) => r.mentions).sort((a, b) => b - a));
      expect(rows.find((r) => r.code === 'UKR')).toMatchObject({ mentions: mentions('UKR'), asSource: 2, asTarget: 1 });
      expect((await store.queryActors({ name: 'UKRAIN' }, { limit: 10 })).rows.map((r) => r.code)).toEqual(['UKR', 'UKRGOV']);
      expect((await store.queryActors({ name: 'zelensk' }, { limit: 10 })).rows.map((r) => r.code)).toEqual(['UKRGOV']);
      expect((await store.queryActors({ actor: 'RUS' }, { limit: 10 })).rows.map((r) => r.code).sort()).toEqual(['RUS', 'RUSGOV']);
      expect((await store.queryActors({ country: 'JPN' }, { limit: 10 })).rows.map((r) => r.code)).toEqual(['JPN']);
      expect((await store.queryActors({ actor: 'RUS', code: '190' }, { limit: 1 })).rows[0]).toMatchObject({ code: 'RUS', asSource: 1, asTarget: 0 });
      const pages = await everyPage((p) => store.queryActors({}, p), 2);
      expect(pages.flat()).toEqual(rows);
    });

    it('stores claims and quotes with their article', async () => {
      const store = shared.get();
      const { talks } = corpus();
      const claims = await store.queryClaims({ kind: 'killed' }, { limit: 10 });
      expect(claims.rows).toEqual([{ ...talks.claims[0], articleId: talks.hash }]);
      expect((await store.queryClaims({ actor: '---GOV', from: '2022-03-01' }, { limit: 10 })).rows).toHaveLength(1);
      expect((await store.queryClaims({ text: 'KILLED in kharkiv' }, { limit: 10 })).rows).toHaveLength(1);
      expect((await store.queryClaims({ kind: 'detained' }, { limit: 10 })).rows).toEqual([]);
      const quotes = await store.queryQuotes({ speaker: 'Zelenskyy' }, { limit: 10 });
      expect(quotes.rows).toEqual([{ ...talks.quotes[0], articleId: talks.hash }]);
      expect((await store.queryQuotes({ speaker: 'UKR' }, { limit: 10 })).rows).toHaveLength(1);
      expect((await store.queryQuotes({ text: 'surrender' }, { limit: 10 })).rows).toHaveLength(1);
      expect((await store.queryQuotes({ actor: 'USA' }, { limit: 10 })).rows).toEqual([]);
    });

    it('streams every matching event in date order for exports', async () => {
      const store = shared.get();
      const exported: EventRow[] = [];
      for await (const e of store.exportEvents({})) exported.push(e);
      expect(exported.map((e) => e.id)).toEqual((await store.queryEvents({}, { limit: 100, sort: 'date' })).rows.map((e) => e.id));
      const dyad: string[] = [];
      for await (const e of store.exportEvents({ dyad: ['RUS', 'UKR'], from: '2022-03-01' })) dyad.push(label(e));
      expect(dyad).toEqual(['UKR 1123 RUS']);
    });
  });
}
