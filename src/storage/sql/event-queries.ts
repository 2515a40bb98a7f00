import type { EventFilter, EventMention, EventRow, Page, PageResult, QueryLimits } from '../store.js';
import { codeLists } from './code-lists.js';
import { dateConditions, eventConditions } from './event-filter-sql.js';
import { chooseEventPlan, DEFAULT_QUERY_LIMITS, type EventPlan } from './event-plans.js';
import { afterCursor, encodeCursor, finishPage, normalize, orderBy, pageSize, type SortSpec } from './paging.js';
import type { SqlDriver, SqlFragment, SqlRow } from './sql-driver.js';
import { first, iso, num, numOrNull, whereClause } from './sql-helpers.js';

/** Events per query while streaming an export. */
const EXPORT_PAGE_SIZE = 1000;

type EventSort = NonNullable<Page['sort']>;

/** The default order: newest first. */
export const DEFAULT_EVENT_SORT: EventSort = '-date';

const EVENT_SORTS: Record<EventSort, SortSpec> = {
  date: { columns: ['e.sort_date', 'e.id'], keys: ['sort_date', 'id'], desc: [false, false] },
  '-date': { columns: ['e.sort_date', 'e.id'], keys: ['sort_date', 'id'], desc: [true, true] },
  mentions: { columns: ['e.num_mentions', 'e.id'], keys: ['num_mentions', 'id'], desc: [false, false] },
  '-mentions': { columns: ['e.num_mentions', 'e.id'], keys: ['num_mentions', 'id'], desc: [true, true] },
};

/** The index each sort walks in the scan plan. */
const SORT_INDEXES: Record<EventSort, string> = {
  date: 'events_sort_date', '-date': 'events_sort_date', mentions: 'events_mentions', '-mentions': 'events_mentions',
};

/** The sort spec of a page's sort (date ascending, descending, mentions…). */
export function eventSort(sort: Page['sort']): { name: EventSort; spec: SortSpec } {
  const name = sort && sort in EVENT_SORTS ? sort : DEFAULT_EVENT_SORT;
  return { name, spec: EVENT_SORTS[name] };
}

/** Maps an `events` row to the shared EventRow shape. */
export function toEventRow(r: SqlRow): EventRow {
  return {
    id: String(r.id), date: (r.date as string | null) ?? null, datePrecision: (r.date_precision as string | null) ?? null,
    sourceCode: String(r.source_code), sourceName: (r.source_name as string | null) ?? null,
    targetCode: (r.target_code as string | null) ?? null, targetName: (r.target_name as string | null) ?? null,
    code: String(r.code), baseCode: String(r.base_code), rootCode: String(r.root_code),
    quadClass: num(r.quad_class), goldstein: num(r.goldstein),
    ploverType: (r.plover_type as string | null) ?? null, ploverMode: (r.plover_mode as string | null) ?? null,
    negated: num(r.negated) === 1,
    locationName: (r.location_name as string | null) ?? null, locationCountry: (r.location_country as string | null) ?? null,
    lat: numOrNull(r.lat), lon: numOrNull(r.lon),
    numMentions: num(r.num_mentions), numArticles: num(r.num_articles), numSources: num(r.num_sources),
    confidence: num(r.confidence), firstSeen: iso(r.first_seen), sourceUrl: String(r.source_url),
    dyadVersion: String(r.dyad_version), dictionaries: String(r.dictionaries),
  };
}

function toMention(r: SqlRow): EventMention {
  return {
    eventId: String(r.event_id), articleId: String(r.article_id), sentence: num(r.sentence),
    start: num(r.char_start), end: num(r.char_end), text: String(r.text), trigger: String(r.trigger_text),
    sourceText: String(r.source_text), targetText: (r.target_text as string | null) ?? null,
    confidence: num(r.confidence), modality: String(r.modality), date: (r.date as string | null) ?? null,
    uri: String(r.uri), title: (r.title as string | null) ?? null, published: (r.published as string | null) ?? null,
  };
}

/**
 * The scan plan (event-plans.ts): walk the sort index from the cursor, at most `maxExamined`
 * events, testing each. When the page is not full by then, it comes back short with
 * `truncated: true` and a `next` cursor after the last event examined.
 */
async function scanEvents(db: SqlDriver, f: EventFilter, plan: EventPlan, sort: EventSort, limit: number, after: SqlFragment | null, maxExamined: number): Promise<PageResult<EventRow>> {
  const spec = EVENT_SORTS[sort];
  const from = db.dialect.eventsByIndex(SORT_INDEXES[sort]);
  // A date range narrows the walk itself: sort_date is the date ('' when undated, which no range holds).
  const range = [...(after ? [after] : []), ...(sort.endsWith('date') ? dateConditions(f, 'e.sort_date') : [])];
  const r = whereClause(range);
  const stop = await first<SqlRow>(db, `SELECT ${spec.columns.join(', ')} FROM ${from} ${r.sql} ${orderBy(spec)} LIMIT 1 OFFSET ?`, [...r.params, maxExamined - 1]);
  const stopKey = stop ? spec.keys.map((k) => normalize(stop[k])) : null;
  const bound: SqlFragment[] = stopKey ? [{ sql: `(${spec.columns.join(', ')}) ${spec.desc[0] ? '>=' : '<='} (${stopKey.map(() => '?').join(', ')})`, params: stopKey }] : [];
  const where = whereClause([...range, ...bound, ...eventConditions(f, db.dialect, 'e', plan.options)]);
  const raw = await db.all(`SELECT e.* FROM ${from} ${where.sql} ${orderBy(spec)} LIMIT ?`, [...where.params, limit + 1]);
  if (raw.length > limit || !stopKey) return finishPage(raw, limit, spec, sort, toEventRow);
  return { rows: raw.map(toEventRow), next: encodeCursor(sort, stopKey), truncated: true };
}

/** One page of events matching a filter, in the page's order, by the plan that bounds its cost. */
export async function queryEvents(db: SqlDriver, filter: EventFilter, page: Page, limits: QueryLimits = DEFAULT_QUERY_LIMITS): Promise<PageResult<EventRow>> {
  const { name, spec } = eventSort(page.sort);
  const limit = pageSize(page);
  const plan = await chooseEventPlan(db, filter, await codeLists(db, filter), limits, limit + 1);
  if (plan.kind === 'scan') {
    const after = afterCursor(spec, name, page.cursor);
    return scanEvents(db, filter, plan, name, limit, after, plan.textOnly ? limits.maxExaminedWithText : limits.maxExaminedEvents);
  }
  // The cursor too: a range on the sort index would tempt the planner to walk it.
  const order = plan.unordered ? { ...spec, columns: spec.columns.map(db.dialect.unindexed) } : spec;
  const conditions = eventConditions(filter, db.dialect, 'e', plan.options);
  const after = afterCursor(order, name, page.cursor);
  if (after) conditions.push(after);
  const where = whereClause(conditions);
  const raw = await db.all(`SELECT e.* FROM events e ${where.sql} ${orderBy(order)} LIMIT ?`, [...where.params, limit + 1]);
  return finishPage(raw, limit, spec, name, toEventRow);
}

/** One event with every sentence that reported it, in the order they were stored. */
export async function getEvent(db: SqlDriver, id: string): Promise<{ event: EventRow; mentions: EventMention[] } | null> {
  const [row] = await db.all('SELECT e.* FROM events e WHERE e.id = ?', [id]);
  if (!row) return null;
  const mentions = await db.all(
    `SELECT m.*, a.uri, a.title, a.published FROM event_mentions m JOIN articles a ON a.id = m.article_id
     WHERE m.event_id = ? ORDER BY m.seq`,
    [id],
  );
  return { event: toEventRow(row), mentions: mentions.map(toMention) };
}

/** Every matching event, oldest first (undated first), fetched a page at a time. */
export async function* exportEvents(db: SqlDriver, filter: EventFilter, limits: QueryLimits = DEFAULT_QUERY_LIMITS): AsyncIterable<EventRow> {
  let cursor: string | null = null;
  do {
    // A truncated page is short, not the last: its cursor goes on.
    const page: PageResult<EventRow> = await queryEvents(db, filter, { limit: EXPORT_PAGE_SIZE, cursor, sort: 'date' }, limits);
    yield* page.rows;
    cursor = page.next;
  } while (cursor);
}
