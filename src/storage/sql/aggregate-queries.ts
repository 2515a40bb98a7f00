import type { CountryCount, DyadPoint, EventFilter, Interval, NetworkEdge, TimelinePoint } from '../store.js';
import { codeLists } from './code-lists.js';
import { eventConditions } from './event-filter-sql.js';
import { DEFAULT_QUERY_LIMITS } from './event-plans.js';
import { markTruncated } from '../truncated.js';
import type { SqlDriver, SqlFragment, SqlValue } from './sql-driver.js';
import { dayRollup, pairRollup, placeRollup } from './rollup-queries.js';
import { first, num, whereClause } from './sql-helpers.js';

/** Only events dated to the day enter timelines (month- or year-precision dates have no day to count on). */
const DAY_DATED: SqlFragment = { sql: 'length(e.date) = 10', params: [] };

/**
 * The period a YYYY-MM-DD day falls in: the day itself, the Monday that starts its ISO week, or YYYY-MM.
 * @example period('2022-02-24', 'week') // '2022-02-21'
 */
export function period(day: string, interval: Interval): string {
  if (interval === 'day') return day;
  if (interval === 'month') return day.slice(0, 7);
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

/** The WHERE clause of a filter over the events, code prefixes expanded to exact codes (an IN list seeks each in an index). */
async function where(db: SqlDriver, f: EventFilter, extra: SqlFragment[] = []): Promise<SqlFragment> {
  return whereClause([...eventConditions(f, db.dialect, 'e', { codes: await codeLists(db, f) }), ...extra]);
}

/**
 * The matching events as a FROM item of at most `max` rows (those the filter's index gives first; `max`
 * is the store's `maxAggregatedRows`), and whether more match: counting past the bound reads one row more.
 * An answer from part of the events is marked truncated (src/storage/truncated.ts).
 */
async function bounded(db: SqlDriver, w: SqlFragment, columns: string, max: number): Promise<{ from: string; params: SqlValue[]; truncated: boolean }> {
  const over = await first<{ n: unknown }>(db, `SELECT count(*) AS n FROM (SELECT 1 FROM events e ${w.sql} LIMIT ?) x`, [...w.params, max + 1]);
  return { from: `(SELECT ${columns} FROM events e ${w.sql} LIMIT ?) e`, params: [...w.params, max], truncated: num(over?.n) > max };
}

/** Sums rows into buckets keyed by `key`, keeping the bucket order sorted. */
function bucket<T extends { events: number; goldstein: number }>(rows: Array<{ key: string; make: () => T; events: number; goldstein: number }>): T[] {
  const buckets = new Map<string, T>();
  for (const r of rows) {
    const b = buckets.get(r.key) ?? buckets.set(r.key, r.make()).get(r.key)!;
    b.events += r.events;
    b.goldstein += r.goldstein;
  }
  return [...buckets.keys()].sort().map((k) => buckets.get(k)!);
}

/** Distinct events and their Goldstein sum per period, split by QuadClass ('1'…'4') or root code ('01'…'20'). */
export async function timeline(db: SqlDriver, f: EventFilter, interval: Interval, split: 'quad' | 'root', max = DEFAULT_QUERY_LIMITS.maxAggregatedRows): Promise<TimelinePoint[]> {
  const col = split === 'quad' ? 'e.quad_class' : 'e.root_code';
  const counted = await dayRollup(db, f, split);
  const read = counted ? null : await bounded(db, await where(db, f, [DAY_DATED]), `e.date, ${col.slice(2)}, e.goldstein`, max);
  const rows = counted ?? await db.all<{ date: string; k: unknown; n: unknown; g: unknown }>(
    `SELECT e.date AS date, ${col} AS k, count(*) AS n, sum(e.goldstein) AS g FROM ${read!.from} GROUP BY e.date, ${col}`,
    read!.params,
  );
  return markTruncated(bucket(rows.map((r) => {
    const p = period(r.date, interval);
    const key = String(r.k);
    return { key: `${p}\0${key.padStart(2, '0')}`, make: () => ({ period: p, key, events: 0, goldstein: 0 }), events: num(r.n), goldstein: num(r.g) };
  })), read?.truncated ?? false);
}

/** Events between two actors (code prefixes) per period, both directions: 'ab' is a → b. */
export async function dyadSeries(db: SqlDriver, a: string, b: string, f: EventFilter, interval: Interval, max = DEFAULT_QUERY_LIMITS.maxAggregatedRows): Promise<DyadPoint[]> {
  const [ua, ub] = [a.toUpperCase(), b.toUpperCase()];
  const read = await bounded(db, await where(db, { ...f, dyad: [ua, ub] }, [DAY_DATED]), 'e.date, e.source_code, e.target_code, e.goldstein', max);
  const rows = await db.all<{ date: string; s: string; t: string; n: unknown; g: unknown }>(
    `SELECT e.date AS date, e.source_code AS s, e.target_code AS t, count(*) AS n, sum(e.goldstein) AS g
     FROM ${read.from} GROUP BY e.date, e.source_code, e.target_code`,
    read.params,
  );
  return markTruncated(bucket(rows.map((r) => {
    const p = period(r.date, interval);
    const direction: DyadPoint['direction'] = r.s.startsWith(ua) && r.t.startsWith(ub) ? 'ab' : 'ba';
    return { key: `${p}\0${direction}`, make: () => ({ period: p, direction, events: 0, goldstein: 0 }), events: num(r.n), goldstein: num(r.g) };
  })), read.truncated);
}

/** The `limit` busiest source → target edges with their event counts and mean Goldstein. */
export async function network(db: SqlDriver, f: EventFilter, limit: number, max = DEFAULT_QUERY_LIMITS.maxAggregatedRows): Promise<NetworkEdge[]> {
  const counted = await pairRollup(db, f, Math.max(1, Math.floor(limit)));
  if (counted) return counted;
  const read = await bounded(db, await where(db, f, [{ sql: 'e.target_code IS NOT NULL', params: [] }]), 'e.source_code, e.target_code, e.goldstein', max);
  const rows = await db.all<{ s: string; t: string; n: unknown; g: unknown }>(
    `SELECT e.source_code AS s, e.target_code AS t, count(*) AS n, avg(e.goldstein) AS g FROM ${read.from}
     GROUP BY e.source_code, e.target_code ORDER BY count(*) DESC, e.source_code, e.target_code LIMIT ?`,
    [...read.params, Math.max(1, Math.floor(limit))],
  );
  return markTruncated(rows.map((r) => ({ source: r.s, target: r.t, events: num(r.n), meanGoldstein: num(r.g) })), read.truncated);
}

/** Events and their Goldstein sum per country: where the event happened, else the source actor's country. */
export async function countryCounts(db: SqlDriver, f: EventFilter, max = DEFAULT_QUERY_LIMITS.maxAggregatedRows): Promise<CountryCount[]> {
  const counted = await placeRollup(db, f);
  if (counted) return counted;
  const country = 'COALESCE(e.location_country, e.source_country)';
  const read = await bounded(db, await where(db, f, [{ sql: `${country} IS NOT NULL`, params: [] }]), 'e.location_country, e.source_country, e.goldstein', max);
  const rows = await db.all<{ c: string; n: unknown; g: unknown }>(
    `SELECT ${country} AS c, count(*) AS n, sum(e.goldstein) AS g FROM ${read.from} GROUP BY ${country} ORDER BY count(*) DESC, ${country}`,
    read.params,
  );
  return markTruncated(rows.map((r) => ({ country: r.c, events: num(r.n), goldstein: num(r.g) })), read.truncated);
}
