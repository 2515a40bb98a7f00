import type { ActorRow, EventFilter, Page, PageResult } from '../store.js';
import { articleTextCondition, dateConditions, eventConditions } from './event-filter-sql.js';
import { afterCursor, finishPage, pageSize, type SortSpec } from './paging.js';
import type { SqlDriver, SqlFragment } from './sql-driver.js';
import { containsText, num, placeholders, whereClause } from './sql-helpers.js';

/** Actors come most-mentioned first, then by code. */
const ACTOR_ORDER: SortSpec = { columns: ['count(*)', 'm.code'], keys: ['mentions', 'code'], desc: [true, false] };

/** The most frequent name for each code (ties: alphabetical), e.g. USAGOV → "Joe Biden". */
async function namesOf(db: SqlDriver, codes: string[]): Promise<Map<string, string>> {
  const rows = await db.all<{ code: string; name: string; n: unknown }>(
    `SELECT code, name, count(*) AS n FROM mentions WHERE code IN (${placeholders(codes.length)}) GROUP BY code, name`,
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

/** How many matching events have each code as source (or target). */
async function eventCounts(db: SqlDriver, side: 'source_code' | 'target_code', codes: string[], f: EventFilter): Promise<Map<string, number>> {
  const where = whereClause([...eventConditions(f, db.dialect), { sql: `e.${side} IN (${placeholders(codes.length)})`, params: codes }]);
  const rows = await db.all<{ code: string; n: unknown }>(`SELECT e.${side} AS code, count(*) AS n FROM events e ${where.sql} GROUP BY e.${side}`, where.params);
  return new Map(rows.map((r) => [r.code, num(r.n)]));
}

/**
 * One page of actors seen in the stored articles, by code. `actor` matches the code (prefix),
 * `name` the name (substring), `country` the actor's country, `from`/`to` and `text` the
 * article; `asSource`/`asTarget` count events that also match `code`, `root`, `quadClass`,
 * `from`/`to`, `minConfidence` and `includeNegated`.
 */
export async function queryActors(db: SqlDriver, f: EventFilter & { name?: string }, page: Page): Promise<PageResult<ActorRow>> {
  const limit = pageSize(page);
  const c: SqlFragment[] = dateConditions(f, 'a.published');
  if (f.actor) c.push(db.dialect.startsWith('m.code', f.actor.toUpperCase()));
  if (f.name) c.push(containsText('m.name', f.name));
  if (f.country) c.push({ sql: 'm.country = ?', params: [f.country.toUpperCase()] });
  if (f.text) c.push(articleTextCondition(db.dialect, 'a', f.text));
  const where = whereClause(c);
  const after = afterCursor(ACTOR_ORDER, 'actors', page.cursor);
  const having = whereClause(after ? [after] : [], 'HAVING');
  const raw = await db.all<{ code: string; mentions: unknown }>(
    `SELECT m.code AS code, count(*) AS mentions FROM mentions m JOIN articles a ON a.id = m.article_id ${where.sql}
     GROUP BY m.code ${having.sql} ORDER BY count(*) DESC, m.code LIMIT ?`,
    [...where.params, ...having.params, limit + 1],
  );
  const rows = raw.map((r) => ({ code: r.code, mentions: num(r.mentions) }));
  const codes = rows.slice(0, limit).map((r) => r.code);
  if (!codes.length) return { rows: [], next: null };
  const eventFilter: EventFilter = { code: f.code, root: f.root, quadClass: f.quadClass, from: f.from, to: f.to, minConfidence: f.minConfidence, includeNegated: f.includeNegated };
  const [names, asSource, asTarget] = await Promise.all([
    namesOf(db, codes), eventCounts(db, 'source_code', codes, eventFilter), eventCounts(db, 'target_code', codes, eventFilter),
  ]);
  return finishPage(rows, limit, ACTOR_ORDER, 'actors', (r): ActorRow => ({
    code: String(r.code), name: names.get(String(r.code)) ?? String(r.code), mentions: num(r.mentions),
    asSource: asSource.get(String(r.code)) ?? 0, asTarget: asTarget.get(String(r.code)) ?? 0,
  }));
}
