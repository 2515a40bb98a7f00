import type { EventFilter } from '../store.js';
import type { SqlDriver } from './sql-driver.js';

/**
 * Most exact codes a prefix is expanded to. Above it the prefix stays a range condition: an IN list
 * that long seeks no faster than a range reads.
 */
export const MAX_EXPANDED_CODES = 200;

/** The code prefixes a filter names (actor, source, target, both sides of a dyad), upper-cased. */
function prefixes(f: EventFilter): string[] {
  const all = [f.actor, f.source, f.target, ...(f.dyad ?? [])].filter((p): p is string => !!p).map((p) => p.toUpperCase());
  return [...new Set(all)];
}

/**
 * The exact actor codes of each code prefix in a filter, read from `actor_counts`, which has a
 * row for every code of every mention and event (migration 0003): "USA" → USA, USAGOV, USAMIL….
 */
export async function codeLists(db: SqlDriver, f: EventFilter): Promise<Map<string, string[]>> {
  const lists = new Map<string, string[]>();
  for (const prefix of prefixes(f)) {
    const like = db.dialect.startsWith('code', prefix);
    const rows = await db.all<{ code: string }>(`SELECT code FROM actor_counts WHERE ${like.sql} ORDER BY code LIMIT ?`, [...like.params, MAX_EXPANDED_CODES + 1]);
    if (rows.length <= MAX_EXPANDED_CODES) lists.set(prefix, rows.map((r) => r.code));
  }
  return lists;
}
