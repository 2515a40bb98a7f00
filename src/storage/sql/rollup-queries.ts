/**
 * The aggregates read from the rollup tables (migration 0003) when the filter only names what a
 * rollup is keyed by: a few thousand rows instead of every event. Each returns null when it cannot
 * answer, and the caller reads the events.
 */
import type { CountryCount, EventFilter, EventTotals, NetworkEdge } from '../store.js';
import { eventConditions } from './event-filter-sql.js';
import type { SqlDriver } from './sql-driver.js';
import { first, num, whereClause } from './sql-helpers.js';

/** The filter fields each rollup is keyed by. */
const DAY_FIELDS = ['from', 'to', 'code', 'root', 'quadClass', 'includeNegated'] as const;
const PAIR_FIELDS = ['actor', 'source', 'target', 'dyad', 'includeNegated'] as const;
const PLACE_FIELDS = ['includeNegated'] as const;
/** The summary counts distinct actors from the actor counts, which leave negated events out. */
const TOTAL_FIELDS = [] as const;

/** True when every field the filter sets is one of `fields`. */
function answers(f: EventFilter, fields: readonly string[]): boolean {
  return Object.entries(f).every(([k, v]) => v === undefined || v === null || v === '' || v === false || fields.includes(k));
}

/** Rows per day and split key (QuadClass or root code) for the timeline, or null when the filter needs the events. */
export async function dayRollup(db: SqlDriver, f: EventFilter, split: 'quad' | 'root'): Promise<Array<{ date: string; k: unknown; n: unknown; g: unknown }> | null> {
  if (!answers(f, DAY_FIELDS)) return null;
  const col = split === 'quad' ? 'd.quad_class' : 'd.root_code';
  const w = whereClause([...eventConditions(f, db.dialect, 'd'), { sql: 'length(d.date) = 10', params: [] }]);
  return db.all(
    `SELECT d.date AS date, ${col} AS k, sum(d.events) AS n, sum(d.goldstein) AS g FROM event_days d ${w.sql}
     GROUP BY d.date, ${col} HAVING sum(d.events) > 0`,
    w.params,
  );
}

/** The busiest edges from the pair counts, or null when the filter needs the events. */
export async function pairRollup(db: SqlDriver, f: EventFilter, limit: number): Promise<NetworkEdge[] | null> {
  if (!answers(f, PAIR_FIELDS)) return null;
  const w = whereClause(eventConditions(f, db.dialect, 'p'));
  // Without negated events each pair is one row: walk event_pairs_busiest and stop at the limit.
  const rows = await db.all<{ s: string; t: string; n: unknown; g: unknown }>(f.includeNegated
    ? `SELECT p.source_code AS s, p.target_code AS t, sum(p.events) AS n, sum(p.goldstein) AS g FROM event_pairs p ${w.sql}
       GROUP BY p.source_code, p.target_code HAVING sum(p.events) > 0 ORDER BY sum(p.events) DESC, p.source_code, p.target_code LIMIT ?`
    : `SELECT p.source_code AS s, p.target_code AS t, p.events AS n, p.goldstein AS g FROM event_pairs p ${w.sql} AND p.events > 0
       ORDER BY p.events DESC, p.source_code, p.target_code LIMIT ?`,
  [...w.params, limit]);
  return rows.map((r) => ({ source: r.s, target: r.t, events: num(r.n), meanGoldstein: num(r.g) / num(r.n) }));
}

/** Events per country from the place counts, or null when the filter needs the events. */
export async function placeRollup(db: SqlDriver, f: EventFilter): Promise<CountryCount[] | null> {
  if (!answers(f, PLACE_FIELDS)) return null;
  const country = "COALESCE(NULLIF(p.location_country, ''), NULLIF(p.source_country, ''))";
  const w = whereClause(eventConditions(f, db.dialect, 'p'));
  const rows = await db.all<{ c: string; n: unknown; g: unknown }>(
    `SELECT ${country} AS c, sum(p.events) AS n, sum(p.goldstein) AS g FROM event_places p ${w.sql}
     GROUP BY ${country} HAVING ${country} IS NOT NULL AND sum(p.events) > 0 ORDER BY sum(p.events) DESC, ${country}`,
    w.params,
  );
  return rows.map((r) => ({ country: r.c, events: num(r.n), goldstein: num(r.g) }));
}

/** Totals over every event not negated, from the rollups, or null when the filter needs the events. */
export async function totalsRollup(db: SqlDriver, f: EventFilter): Promise<EventTotals | null> {
  if (!answers(f, TOTAL_FIELDS)) return null;
  // One pass over the day counts gives the classes, the sums and the span.
  const dated = 'CASE WHEN events > 0 AND length(date) = 10 THEN date END';
  const days = await db.all<{ q: unknown; n: unknown; m: unknown; g: unknown; a: string | null; b: string | null }>(
    `SELECT quad_class AS q, sum(events) AS n, sum(mentions) AS m, sum(goldstein) AS g, min(${dated}) AS a, max(${dated}) AS b
     FROM event_days WHERE negated = 0 GROUP BY quad_class`,
  );
  const places = await first<{ located: unknown; countries: unknown }>(db,
    `SELECT sum(CASE WHEN located = 1 THEN events ELSE 0 END) AS located,
            count(DISTINCT CASE WHEN location_country <> '' AND events > 0 THEN location_country END) AS countries
     FROM event_places WHERE negated = 0`);
  const actors = await first<{ n: unknown }>(db, 'SELECT count(*) AS n FROM actor_counts WHERE as_source > 0 OR as_target > 0');
  const byQuad: Record<string, number> = { 1: 0, 2: 0, 3: 0, 4: 0 };
  let [events, mentions, goldstein] = [0, 0, 0];
  let [firstDay, lastDay]: Array<string | null> = [null, null];
  for (const d of days) {
    byQuad[String(num(d.q))] = num(d.n);
    events += num(d.n);
    mentions += num(d.m);
    goldstein += num(d.g);
    if (d.a && (firstDay === null || d.a < firstDay)) firstDay = d.a;
    if (d.b && (lastDay === null || d.b > lastDay)) lastDay = d.b;
  }
  return {
    events, mentions, actors: num(actors?.n), countries: num(places?.countries), located: num(places?.located), byQuad,
    firstDay, lastDay, meanGoldstein: events ? goldstein / events : null,
  };
}
