/**
 * How a page of events is found, so that its cost is bounded whatever the filter. Two plans:
 * - "index": the filter's own indexes find the matching events, which are then sorted. Cheap when
 *   they are few (actor=a rare code, a rare word), ruinous when they are many (a million sentences
 *   hold "report": all their ids were collected before the first row came out).
 * - "scan": walk the sort index (newest first…) and test each event, stopping when the page is full
 *   or after `maxExaminedEvents` events; cheap when many events match, bounded when few do.
 * A probe counts the matches up to `selectiveMatches` (a LIMIT, so bounded too) and picks the plan.
 */
import type { EventFilter, QueryLimits } from '../store.js';
import { searchWords, type SqlDriver, type SqlFragment } from './sql-driver.js';
import { first, num, whereClause } from './sql-helpers.js';
import { eventConditions, type ConditionOptions } from './event-filter-sql.js';

/**
 * The limits when the store's options give none, measured on SQLite at 1,000,000 events: collecting
 * and sorting a match costs 10–30 µs, examining an event on the date index 2–15 µs, testing its
 * sentences against a merged full-text index about 40 µs (300–440 µs on one left in many segments,
 * see migration 0003). So each plan stays within some 100 ms.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = {
  selectiveMatches: 1_000, maxExaminedEvents: 10_000, maxExaminedWithText: 2_000,
  // Aggregates and actor lists that no rollup answers: about a quarter of a second of reading at most.
  maxAggregatedRows: 20_000,
};

/**
 * Filter fields whose matches an index counts without reading the events (migration 0001's code
 * indexes). Country has no such index (its place column has none), nor has confidence; a date range
 * needs none, since the scan plan walks only that range of the date index.
 */
const INDEXED_FIELDS: ReadonlyArray<keyof EventFilter> = ['actor', 'source', 'target', 'dyad', 'code', 'root'];

/** The plan for one page and how its conditions are written. */
export interface EventPlan {
  kind: 'index' | 'scan';
  options: ConditionOptions;
  /** Index plan: keep the planner off the sort index (it would walk it, testing every event, for the ORDER BY's sake). */
  unordered?: boolean;
  /** Scan plan: only the text (and negation) is tested, at its own cost per event. */
  textOnly?: boolean;
}

async function count(db: SqlDriver, q: SqlFragment): Promise<number> {
  return num((await first<{ n: unknown }>(db, q.sql, q.params))?.n);
}

/** The probes' bound on a second look: matches up to this many times `selectiveMatches` may still be sorted. */
const SORTABLE_FACTOR = 5;

/**
 * How many events match the filter's most selective indexed field, counted up to `limit`; null when
 * it has none. Each field is counted alone, in its own index: a count of their conjunction would
 * read an event for every entry of one index to test the others, and that is not bounded.
 */
async function indexedMatches(db: SqlDriver, f: EventFilter, options: ConditionOptions, limit: number): Promise<number | null> {
  let fewest: number | null = null;
  for (const field of INDEXED_FIELDS) {
    if (f[field] === undefined || f[field] === null || f[field] === '') continue;
    const where = whereClause(eventConditions({ [field]: f[field], includeNegated: true }, db.dialect, 'e', options));
    const n = await count(db, { sql: `SELECT count(*) AS n FROM (SELECT 1 FROM events e ${where.sql} LIMIT ?) x`, params: [...where.params, limit] });
    fewest = fewest === null ? n : Math.min(fewest, n);
  }
  return fewest;
}

/**
 * True when the filter's indexed fields find few enough events to sort: under `selectiveMatches`,
 * or under SORTABLE_FACTOR times that when they are so rare that walking the sort index would
 * examine more than `maxExaminedEvents` events to fill a page (a dyad: 1 event in 450).
 */
async function indexedFieldsSelective(db: SqlDriver, f: EventFilter, options: ConditionOptions, limits: QueryLimits, pageRows: number): Promise<boolean> {
  const few = await indexedMatches(db, f, options, limits.selectiveMatches);
  if (few === null) return false;
  if (few < limits.selectiveMatches) return true;
  const sortable = limits.selectiveMatches * SORTABLE_FACTOR;
  const some = (await indexedMatches(db, f, options, sortable))!;
  if (some >= sortable) return false;
  // The events counted at write time, from the smallest rollup (places × countries), not a count of the events.
  const total = await count(db, { sql: 'SELECT sum(events) AS n FROM event_places', params: [] });
  return (pageRows * total) / Math.max(some, 1) > limits.maxExaminedEvents;
}

/**
 * Picks the plan for a filter. A filter with no condition, or whose indexed fields match few
 * events, or whose only common-looking part is a rare word, uses its indexes; anything else scans.
 * A common word is tested event by event in both plans, never collected.
 */
export async function chooseEventPlan(db: SqlDriver, f: EventFilter, codes: ReadonlyMap<string, readonly string[]>, limits: QueryLimits, pageRows: number): Promise<EventPlan> {
  const selective = limits.selectiveMatches;
  const words = f.text ? searchWords(f.text) : [];
  const commonWord = words.length > 0 && (await count(db, db.dialect.eventTextProbe(words, selective))) >= selective;
  const options: ConditionOptions = { codes, textPerRow: commonWord };
  const others = eventConditions({ ...f, text: undefined, includeNegated: true }, db.dialect, 'e', options);
  if (!others.length && !commonWord) return { kind: 'index', options };
  if (await indexedFieldsSelective(db, f, options, limits, pageRows)) return { kind: 'index', options, unordered: true };
  if (f.text && !commonWord) return { kind: 'index', options, unordered: true };
  return { kind: 'scan', options, textOnly: commonWord && !others.length };
}
