import type { CountryCount, DyadPoint, EventFilter, Interval, NetworkEdge, TimelinePoint } from '../store.js';
import { eventConditions } from './event-filter-sql.js';
import type { SqlDriver, SqlFragment } from './sql-driver.js';
import { num, whereClause } from './sql-helpers.js';

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

function where(db: SqlDriver, f: EventFilter, extra: SqlFragment[] = []): SqlFragment {
  return whereClause([...eventConditions(f, db.dialect), ...extra]);
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
export async function timeline(db: SqlDriver, f: EventFilter, interval: Interval, split: 'quad' | 'root'): Promise<TimelinePoint[]> {
  const col = split === 'quad' ? 'e.quad_class' : 'e.root_code';
  const w = where(db, f, [DAY_DATED]);
  const rows = await db.all<{ date: string; k: unknown; n: unknown; g: unknown }>(
    `SELECT e.date AS date, ${col} AS k, count(*) AS n, sum(e.goldstein) AS g FROM events e ${w.sql} GROUP BY e.date, ${col}`,
    w.params,
  );
  return bucket(rows.map((r) => {
    const p = period(r.date, interval);
    const key = String(r.k);
    return { key: `${p}\0${key.padStart(2, '0')}`, make: () => ({ period: p, key, events: 0, goldstein: 0 }), events: num(r.n), goldstein: num(r.g) };
  }));
}

/** Events between two actors (code prefixes) per period, both directions: 'ab' is a → b. */
export async function dyadSeries(db: SqlDriver, a: string, b: string, f: EventFilter, interval: Interval): Promise<DyadPoint[]> {
  const [ua, ub] = [a.toUpperCase(), b.toUpperCase()];
  const w = where(db, { ...f, dyad: [ua, ub] }, [DAY_DATED]);
  const rows = await db.all<{ date: string; s: string; t: string; n: unknown; g: unknown }>(
    `SELECT e.date AS date, e.source_code AS s, e.target_code AS t, count(*) AS n, sum(e.goldstein) AS g
     FROM events e ${w.sql} GROUP BY e.date, e.source_code, e.target_code`,
    w.params,
  );
  return bucket(rows.map((r) => {
    const p = period(r.date, interval);
    const direction: DyadPoint['direction'] = r.s.startsWith(ua) && r.t.startsWith(ub) ? 'ab' : 'ba';
    return { key: `${p}\0${direction}`, make: () => ({ period: p, direction, events: 0, goldstein: 0 }), events: num(r.n), goldstein: num(r.g) };
  }));
}

/** The `limit` busiest source → target edges with their event counts and mean Goldstein. */
export async function network(db: SqlDriver, f: EventFilter, limit: number): Promise<NetworkEdge[]> {
  const w = where(db, f, [{ sql: 'e.target_code IS NOT NULL', params: [] }]);
  const rows = await db.all<{ s: string; t: string; n: unknown; g: unknown }>(
    `SELECT e.source_code AS s, e.target_code AS t, count(*) AS n, avg(e.goldstein) AS g FROM events e ${w.sql}
     GROUP BY e.source_code, e.target_code ORDER BY count(*) DESC, e.source_code, e.target_code LIMIT ?`,
    [...w.params, Math.max(1, Math.floor(limit))],
  );
  return rows.map((r) => ({ source: r.s, target: r.t, events: num(r.n), meanGoldstein: num(r.g) }));
}

/** Events and their Goldstein sum per country: where the event happened, else the source actor's country. */
export async function countryCounts(db: SqlDriver, f: EventFilter): Promise<CountryCount[]> {
  const country = 'COALESCE(e.location_country, e.source_country)';
  const w = where(db, f, [{ sql: `${country} IS NOT NULL`, params: [] }]);
  const rows = await db.all<{ c: string; n: unknown; g: unknown }>(
    `SELECT ${country} AS c, count(*) AS n, sum(e.goldstein) AS g FROM events e ${w.sql} GROUP BY ${country} ORDER BY count(*) DESC, ${country}`,
    w.params,
  );
  return rows.map((r) => ({ country: r.c, events: num(r.n), goldstein: num(r.g) }));
}
