/**
 * The event query plans (src/storage/sql/event-plans.ts) on both back ends: with limits lowered so
 * that a store of 2,000 events reaches the scan plan and its truncated pages, every filter pages
 * through exactly the events the plain plan finds, in the same order.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/storage/open-store.js';
import { wasTruncated } from '../../src/storage/truncated.js';
import type { EventFilter, Page, QueryLimits, Store } from '../../src/storage/store.js';
import { PG_URL, probePostgres } from '../helpers/postgres.js';
import { SyntheticCorpus } from '../reliability/synthetic-store.js';
import { scratch } from './scratch.js';

const EVENTS = 2_000;
/** Low enough that most filters scan and some pages come back truncated. */
const SMALL: QueryLimits = { selectiveMatches: 50, maxExaminedEvents: 300, maxExaminedWithText: 100, maxAggregatedRows: 50 };
/** High enough that every filter of this store uses its indexes: the reference answers. */
const LARGE: QueryLimits = { selectiveMatches: 1_000_000, maxExaminedEvents: 1_000_000, maxExaminedWithText: 1_000_000, maxAggregatedRows: 1_000_000 };

const FILTERS: EventFilter[] = [
  { text: 'report' }, { text: 'toward USAGOV' }, { text: '17' }, { actor: 'USA' }, { source: 'RUSGOV' }, { dyad: ['USA', 'RUS'] },
  { actor: 'USA', text: 'report' }, { root: '19', minConfidence: 0.9 }, { actor: 'RUS', from: '2022-03', to: '2022-05' },
  { minConfidence: 0.95, text: 'report' }, { actor: 'ZZZ' }, { code: '190', country: 'UKR' },
];
const SORTS: Array<Page['sort']> = ['-date', 'date', '-mentions'];

const { dir, schema: newSchema } = scratch('plans');
const unreachable = await probePostgres();

/** Opens the same store twice, with small and large limits. */
type OpenPair = (limits: QueryLimits) => Promise<Store>;

function sqlite(): OpenPair {
  const path = join(dir, 'plans.db');
  return (queryLimits) => openStore(`sqlite:${path}`, { queryLimits });
}

function postgres(): OpenPair {
  const schema = newSchema();
  return (queryLimits) => openStore(PG_URL, { schema, queryLimits });
}

/** Every page of a filter: the ids in order, and how many pages were truncated. */
async function pages(store: Store, filter: EventFilter, sort: Page['sort']): Promise<{ ids: string[]; truncated: number; pages: number }> {
  const ids: string[] = [];
  let cursor: string | null = null;
  let truncated = 0;
  let n = 0;
  do {
    const page: Awaited<ReturnType<Store['queryEvents']>> = await store.queryEvents(filter, { limit: 25, cursor, sort });
    ids.push(...page.rows.map((r) => r.id));
    if (page.truncated) truncated++;
    cursor = page.next;
    n++;
  } while (cursor && n < 1000);
  return { ids, truncated, pages: n };
}

const backends: Array<[string, () => OpenPair]> = [['sqlite', sqlite]];
if (!unreachable) backends.push(['postgres', postgres]);

describe.each(backends)('event query plans on %s', (_name, make) => {
  let small: Store;
  let large: Store;
  beforeAll(async () => {
    const open = make();
    large = await open(LARGE);
    await new SyntheticCorpus(7).load(large, EVENTS);
    small = await open(SMALL);
  }, 120_000);
  afterAll(async () => {
    await small?.close();
    await large?.close();
  });

  it('page through the same events, in the same order, whichever plan and however short the pages', async () => {
    let truncatedPages = 0;
    for (const filter of FILTERS) {
      for (const sort of SORTS) {
        const want = await pages(large, filter, sort);
        const got = await pages(small, filter, sort);
        expect(want.truncated, JSON.stringify(filter)).toBe(0);
        expect(got.ids, `${JSON.stringify(filter)} ${sort}`).toEqual(want.ids);
        truncatedPages += got.truncated;
      }
    }
    expect(truncatedPages).toBeGreaterThan(0);
  }, 120_000);

  it('says when a page stopped early, and goes on from where it stopped', async () => {
    // Few events match both: the walk stops after 300 events with a short page and a cursor.
    const first = await small.queryEvents({ root: '19', minConfidence: 1 }, { limit: 25 });
    expect(first.truncated).toBe(true);
    expect(first.rows.length).toBeLessThan(25);
    expect(first.next).not.toBeNull();
    const all = await small.queryEvents({}, { limit: 1000 });
    expect(all.truncated).toBeUndefined();
  });

  it('bounds the aggregates and the actor list that no rollup answers, and says so', async () => {
    // Answered by the rollups: whole, whatever the bound.
    for (const rows of [await small.network({}, 10), await small.timeline({ root: '19' }, 'month', 'quad'), await small.countryCounts({})]) {
      expect(wasTruncated(rows)).toBe(false);
    }
    expect((await small.queryActors({ country: 'USA' }, { limit: 10 })).truncated).toBeUndefined();
    // Read from the events: at most 50 of them, flagged; the same filter under the large bound is whole.
    for (const [name, read] of [
      ['network', (s: Store) => s.network({ root: '19' }, 10)], ['timeline', (s: Store) => s.timeline({ actor: 'USA' }, 'month', 'quad')],
      ['map', (s: Store) => s.countryCounts({ from: '2022-03' })], ['dyad', (s: Store) => s.dyadSeries('A', 'I', { minConfidence: 0 }, 'month')],
    ] as const) {
      const [few, all] = [await read(small), await read(large)];
      expect([name, wasTruncated(few), wasTruncated(all)]).toEqual([name, true, false]);
      const events = (rows: Array<{ events: number }>) => rows.reduce((n, r) => n + r.events, 0);
      expect(events(few), name).toBeLessThanOrEqual(50);
    }
    expect((await small.queryActors({ from: '2022-01' }, { limit: 10 })).truncated).toBe(true);
    expect((await large.queryActors({ from: '2022-01' }, { limit: 10 })).truncated).toBeUndefined();
  });
});
