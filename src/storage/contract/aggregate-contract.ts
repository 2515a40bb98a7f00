import { describe, expect, it } from 'vitest';
import type { EventRow, Store, StoreOptions } from '../store.js';
import { corpusStore } from './shared-store.js';

function goldsteinOf(rows: EventRow[], label: string): number {
  const e = rows.find((r) => `${r.sourceCode} ${r.code} ${r.targetCode}` === label);
  if (!e) throw new Error(`no event ${label}`);
  return e.goldstein;
}

/** Timelines, dyad series, the actor network and counts by country. */
export function runAggregateContract(newStore: (options?: StoreOptions) => Promise<Store>): void {
  describe('aggregates', () => {
    const shared = corpusStore(newStore);
    const events = async () => (await shared.get().queryEvents({}, { limit: 100 })).rows;

    it('counts events per day by QuadClass, agreeing with the event rows', async () => {
      const rows = (await events()).filter((r) => r.date);
      const points = await shared.get().timeline({}, 'day', 'quad');
      const expected = new Map<string, { events: number; goldstein: number }>();
      for (const r of rows) {
        const k = `${r.date} ${r.quadClass}`;
        const p = expected.get(k) ?? { events: 0, goldstein: 0 };
        expected.set(k, { events: p.events + 1, goldstein: p.goldstein + r.goldstein });
      }
      expect(points.map((p) => `${p.period} ${p.key}`)).toEqual([...expected.keys()].sort());
      for (const p of points) {
        expect(p.events).toBe(expected.get(`${p.period} ${p.key}`)!.events);
        expect(p.goldstein).toBeCloseTo(expected.get(`${p.period} ${p.key}`)!.goldstein, 6);
      }
    });

    it('buckets by ISO week (from Monday) and by month, split by root code', async () => {
      const store = shared.get();
      const weeks = await store.timeline({}, 'week', 'root');
      const perWeek = (w: string) => weeks.filter((p) => p.period === w).reduce((n, p) => n + p.events, 0);
      expect([perWeek('2022-02-21'), perWeek('2022-02-28'), perWeek('2022-03-14')]).toEqual([4, 2, 2]);
      expect(weeks.every((p) => /^\d{2}$/.test(p.key))).toBe(true);
      const months = await store.timeline({}, 'month', 'quad');
      expect([...new Set(months.map((p) => p.period))]).toEqual(['2022-02', '2022-03']);
      expect(months.filter((p) => p.period === '2022-02').reduce((n, p) => n + p.events, 0)).toBe(5);
      expect(await store.timeline({ actor: 'JPN' }, 'month', 'root')).toEqual([{ period: '2022-03', key: '16', events: 1, goldstein: expect.any(Number) }]);
    });

    it('gives a dyad series in both directions', async () => {
      const rows = await events();
      const series = await shared.get().dyadSeries('RUS', 'UKR', {}, 'day');
      expect(series.map((p) => [p.period, p.direction, p.events])).toEqual([
        ['2022-02-24', 'ab', 1], ['2022-02-24', 'ba', 1], ['2022-02-28', 'ba', 1], ['2022-03-15', 'ba', 1],
      ]);
      expect(series[0].goldstein).toBeCloseTo(goldsteinOf(rows, 'RUS 190 UKR'), 6);
      expect(series[1].goldstein).toBeCloseTo(goldsteinOf(rows, 'UKR 1124 RUS'), 6);
      const monthly = await shared.get().dyadSeries('ukr', 'rus', {}, 'month');
      expect(monthly.map((p) => [p.period, p.direction, p.events])).toEqual([['2022-02', 'ab', 2], ['2022-02', 'ba', 1], ['2022-03', 'ab', 1]]);
      expect(await shared.get().dyadSeries('RUS', 'UKR', { code: '19*' }, 'month')).toMatchObject([{ period: '2022-02', direction: 'ab', events: 1 }]);
    });

    it('draws the actor network, busiest edges first', async () => {
      const rows = await events();
      const edges = await shared.get().network({}, 2);
      expect(edges.map((e) => [e.source, e.target, e.events])).toEqual([['ISR', 'IRN', 2], ['UKR', 'RUS', 2]]);
      expect(edges[1].meanGoldstein).toBeCloseTo((goldsteinOf(rows, 'UKR 1123 RUS') + goldsteinOf(rows, 'UKR 1124 RUS')) / 2, 6);
      expect((await shared.get().network({ root: '19' }, 10)).map((e) => `${e.source}-${e.target}`)).toEqual(['RUS-UKR']);
    });

    it('totals the whole store from its rollups, agreeing with the event rows', async () => {
      const rows = await events();
      const days = rows.filter((r) => r.date?.length === 10).map((r) => r.date!).sort();
      const byQuad: Record<string, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
      for (const r of rows) byQuad[r.quadClass]++;
      const totals = await shared.get().totals({});
      expect(totals).toEqual({
        events: rows.length, mentions: rows.reduce((n, r) => n + r.numMentions, 0),
        actors: new Set(rows.flatMap((r) => [r.sourceCode, ...(r.targetCode ? [r.targetCode] : [])])).size,
        countries: new Set(rows.flatMap((r) => (r.locationCountry ? [r.locationCountry] : []))).size,
        located: rows.filter((r) => r.lat !== null && r.lon !== null).length, byQuad,
        firstDay: days[0] ?? null, lastDay: days[days.length - 1] ?? null, meanGoldstein: expect.any(Number),
      });
      expect(totals!.meanGoldstein).toBeCloseTo(rows.reduce((g, r) => g + r.goldstein, 0) / rows.length, 6);
      expect(await shared.get().totals({ actor: 'RUS' })).toBeNull();
    });

    it('counts events by country: the place, else the source actor\'s country', async () => {
      const counts = await shared.get().countryCounts({});
      expect(counts.map((c) => [c.country, c.events])).toEqual([
        ['ISR', 2], ['UKR', 2], ['BLR', 1], ['DEU', 1], ['FRA', 1], ['JPN', 1], ['RUS', 1], ['USA', 1],
      ]);
      const ukr = counts.find((c) => c.country === 'UKR')!;
      const rows = await events();
      expect(ukr.goldstein).toBeCloseTo(goldsteinOf(rows, 'UKR 1123 RUS') + goldsteinOf(rows, 'UKR 1124 RUS'), 6);
      expect(await shared.get().countryCounts({ from: '2022-03-10' })).toMatchObject([{ country: 'JPN' }, { country: 'UKR' }]);
    });
  });
}
