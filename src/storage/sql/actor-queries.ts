import type { ActorRow, EventFilter, Page, PageResult } from '../store.js';
import { articleTextCondition, dateConditions, eventConditions } from './event-filter-sql.js';
import { DEFAULT_QUERY_LIMITS } from './event-plans.js';
import { afterCursor, finishPage, pageSize, type SortSpec } from './paging.js';
import type { SqlDriver, SqlFragment, SqlRow } from './sql-driver.js';
import { containsText, num, placeholders, whereClause } from './sql-helpers.js';

/** Actors come most-mentioned first, then by code; the three ways of counting share their cursors. */
const MENTION_ORDER: SortSpec = { columns: ['count(*)', 'm.code'], keys: ['mentions', 'code'], desc: [true, false] };
const COUNTED_ORDER: SortSpec = { columns: ['ac.mentions', 'ac.code'], keys: ['mentions', 'code'], desc: [true, false] };
const NAMED_ORDER: SortSpec = { columns: ['sum(n.mentions)', 'n.code'], keys: ['mentions', 'code'], desc: [true, false] };

/** Filter fields no rollup answers: the articles' dates and text, and the event fields that restrict asSource/asTarget. */
const UNCOUNTED_FIELDS = ['text', 'from', 'to', 'code', 'root', 'quadClass', 'minConfidence', 'includeNegated'] as const;

type ActorFilter = EventFilter & { name?: string };

/** The most frequent name for each code (ties: alphabetical), e.g. USAGOV → "Joe Biden", from the name counts. */
async function namesOf(db: SqlDriver, codes: string[]): Promise<Map<string, string>> {
  // PostgreSQL refuses an empty IN ().
  if (!codes.length) return new Map();
  const rows = await db.all<{ code: string; name: string; n: unknown }>(
    `SELECT code, name, sum(mentions) AS n FROM actor_names WHERE code IN (${placeholders(codes.length)}) GROUP BY code, name`,
    codes,
  );
  const best = new Map<string, { name: string; n: number }>();
  for (const r of rows) {
    const b = best.get(r.code);
    const n = num(r.n);
    if (!b || n > b.n || (n === b.n && r.name < b.name)) best.set(r.code, { name: r.name, n });
  }
  return new Map([...best].map(([code, b]) => [code, b.name]));
}

/** Each code's events as source and target (not negated), from the actor counts. */
async function actsOf(db: SqlDriver, codes: string[]): Promise<Map<string, { asSource: number; asTarget: number }>> {
  if (!codes.length) return new Map();
  const rows = await db.all<{ code: string; s: unknown; t: unknown }>(
    `SELECT code, as_source AS s, as_target AS t FROM actor_counts WHERE code IN (${placeholders(codes.length)})`, codes,
  );
  return new Map(rows.map((r) => [r.code, { asSource: num(r.s), asTarget: num(r.t) }]));
}

/** A page of codes with mention counts, completed with names and event counts from the rollups. */
async function fromRollups(db: SqlDriver, raw: SqlRow[], limit: number, spec: SortSpec): Promise<PageResult<ActorRow>> {
  const codes = raw.slice(0, limit).map((r) => String(r.code));
  const [names, acts] = [await namesOf(db, codes), await actsOf(db, codes)];
  return finishPage(raw, limit, spec, 'actors', (r): ActorRow => ({
    code: String(r.code), name: names.get(String(r.code)) ?? String(r.code), mentions: num(r.mentions),
    asSource: acts.get(String(r.code))?.asSource ?? 0, asTarget: acts.get(String(r.code))?.asTarget ?? 0,
  }));
}

/** One page of actors from the rollups: actor counts, or name counts when the filter names a name or a country. */
async function countedActors(db: SqlDriver, f: ActorFilter, page: Page): Promise<PageResult<ActorRow>> {
  const limit = pageSize(page);
  if (!f.name && !f.country) {
    const c: SqlFragment[] = [{ sql: 'ac.mentions > 0', params: [] }];
    if (f.actor) c.push(db.dialect.startsWith('ac.code', f.actor.toUpperCase()));
    const after = afterCursor(COUNTED_ORDER, 'actors', page.cursor);
    const where = whereClause(after ? [...c, after] : c);
    const raw = await db.all(`SELECT ac.code AS code, ac.mentions AS mentions FROM actor_counts ac ${where.sql}
       ORDER BY ac.mentions DESC, ac.code LIMIT ?`, [...where.params, limit + 1]);
    return fromRollups(db, raw, limit, COUNTED_ORDER);
  }
  const c: SqlFragment[] = [];
  if (f.actor) c.push(db.dialect.startsWith('n.code', f.actor.toUpperCase()));
  if (f.name) c.push(containsText('n.name', f.name));
  if (f.country) c.push({ sql: 'n.country = ?', params: [f.country.toUpperCase()] });
  const where = whereClause(c);
  const after = afterCursor(NAMED_ORDER, 'actors', page.cursor);
  const having = whereClause([{ sql: 'sum(n.mentions) > 0', params: [] }, ...(after ? [after] : [])], 'HAVING');
  const raw = await db.all(`SELECT n.code AS code, sum(n.mentions) AS mentions FROM actor_names n ${where.sql}
     GROUP BY n.code ${having.sql} ORDER BY sum(n.mentions) DESC, n.code LIMIT ?`, [...where.params, ...having.params, limit + 1]);
  return fromRollups(db, raw, limit, NAMED_ORDER);
}

/** How many matching events have each code as source (or target), reading at most `max` events. */
async function eventCounts(db: SqlDriver, side: 'source_code' | 'target_code', codes: string[], f: EventFilter, max: number): Promise<{ counts: Map<string, number>; cut: boolean }> {
  // The date range on sort_date too: the code indexes hold it (source_code or target_code, sort_date).
  const where = whereClause([
    ...eventConditions(f, db.dialect), ...dateConditions(f, 'e.sort_date'), { sql: `e.${side} IN (${placeholders(codes.length)})`, params: codes },
  ]);
  const rows = await db.all<{ code: string; n: unknown }>(
    `SELECT code, count(*) AS n FROM (SELECT e.${side} AS code FROM events e ${where.sql} LIMIT ?) x GROUP BY code`,
    [...where.params, max + 1],
  );
  const read = rows.reduce((n, r) => n + num(r.n), 0);
  return { counts: new Map(rows.map((r) => [r.code, num(r.n)])), cut: read > max };
}

/**
 * One page of actors seen in the stored articles, by code. `actor` matches the code (prefix),
 * `name` the name (substring), `country` the actor's country, `from`/`to` and `text` the
 * article; `asSource`/`asTarget` count events that also match `code`, `root`, `quadClass`,
 * `from`/`to`, `minConfidence` and `includeNegated`. Filters on the articles or the events are
 * answered from at most `max` mentions and events (the store's `maxAggregatedRows`: a tenth of a
 * second or so each at 1,000,000 events), and say `truncated` past them.
 */
export async function queryActors(db: SqlDriver, f: ActorFilter, page: Page, max = DEFAULT_QUERY_LIMITS.maxAggregatedRows): Promise<PageResult<ActorRow>> {
  if (!UNCOUNTED_FIELDS.some((k) => f[k] !== undefined && f[k] !== null && f[k] !== '' && f[k] !== false)) return countedActors(db, f, page);
  const limit = pageSize(page);
  // The same range on sort_date (published, '' when unknown) lets the articles' date index find them.
  const c: SqlFragment[] = [...dateConditions(f, 'a.published'), ...dateConditions(f, 'a.sort_date')];
  if (f.actor) c.push(db.dialect.startsWith('m.code', f.actor.toUpperCase()));
  if (f.name) c.push(containsText('m.name', f.name));
  if (f.country) c.push({ sql: 'm.country = ?', params: [f.country.toUpperCase()] });
  if (f.text) c.push(articleTextCondition(db.dialect, 'a', f.text));
  const where = whereClause(c);
  const after = afterCursor(MENTION_ORDER, 'actors', page.cursor);
  const having = whereClause(after ? [after] : [], 'HAVING');
  const read = await db.all<{ n: unknown }>(`SELECT count(*) AS n FROM (SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id ${where.sql} LIMIT ?) x`,
    [...where.params, max + 1]);
  const raw = await db.all<{ code: string; mentions: unknown }>(
    `SELECT m.code AS code, count(*) AS mentions
     FROM (SELECT m.code FROM mentions m JOIN articles a ON a.id = m.article_id ${where.sql} LIMIT ?) m
     GROUP BY m.code ${having.sql} ORDER BY count(*) DESC, m.code LIMIT ?`,
    [...where.params, max, ...having.params, limit + 1],
  );
  const rows = raw.map((r) => ({ code: r.code, mentions: num(r.mentions) }));
  const codes = rows.slice(0, limit).map((r) => r.code);
  const cut = num(read[0]?.n) > max;
  if (!codes.length) return cut ? { rows: [], next: null, truncated: true } : { rows: [], next: null };
  const eventFilter: EventFilter = { code: f.code, root: f.root, quadClass: f.quadClass, from: f.from, to: f.to, minConfidence: f.minConfidence, includeNegated: f.includeNegated };
  const names = await namesOf(db, codes);
  const [asSource, asTarget] = [await eventCounts(db, 'source_code', codes, eventFilter, max), await eventCounts(db, 'target_code', codes, eventFilter, max)];
  const result = finishPage(rows, limit, MENTION_ORDER, 'actors', (r): ActorRow => ({
    code: String(r.code), name: names.get(String(r.code)) ?? String(r.code), mentions: num(r.mentions),
    asSource: asSource.counts.get(String(r.code)) ?? 0, asTarget: asTarget.counts.get(String(r.code)) ?? 0,
  }));
  return cut || asSource.cut || asTarget.cut ? { ...result, truncated: true } : result;
}
