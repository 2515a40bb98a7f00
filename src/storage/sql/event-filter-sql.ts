import type { EventFilter } from '../store.js';
import { searchWords, type SqlDialect, type SqlFragment } from './sql-driver.js';

/** Fields of a filter that are about the events themselves (not the articles or actors around them). */
const EVENT_FIELDS = ['actor', 'source', 'target', 'dyad', 'code', 'root', 'quadClass', 'country', 'from', 'to', 'text', 'minConfidence'] as const;

/** A date bound as given, or with '~' appended so that an upper bound takes in all its days ('2022-07' ≥ '2022-07-31'). */
function upperBound(to: string): string {
  return `${to}~`;
}

/** Root codes are two digits: '4' → '04'. */
export function rootCode(root: string): string {
  return /^\d$/.test(root) ? `0${root}` : root;
}

/** How `eventConditions` writes some of its conditions; the result is the same, the plan differs. */
export interface ConditionOptions {
  /**
   * The exact codes of a code prefix ("USA" → USA, USAGOV…), from the actor counts: `IN (…)` seeks
   * each code in an index, where a prefix range reads every code between.
   */
  codes?: ReadonlyMap<string, readonly string[]>;
  /** Test the text one event at a time, for plans that walk the date index (see event-plans.ts). */
  textPerRow?: boolean;
}

/** A code column starting with a prefix: its exact codes when known, else a prefix range. */
function codePrefix(d: SqlDialect, column: string, prefix: string, o: ConditionOptions): SqlFragment {
  const codes = o.codes?.get(prefix);
  if (!codes) return d.startsWith(column, prefix);
  if (!codes.length) return { sql: '1 = 0', params: [] };
  return { sql: `${column} IN (${codes.map(() => '?').join(', ')})`, params: [...codes] };
}

function either(d: SqlDialect, a: string, b: string, prefix: string, o: ConditionOptions): SqlFragment {
  const x = codePrefix(d, a, prefix, o);
  const y = codePrefix(d, b, prefix, o);
  return { sql: `(${x.sql} OR ${y.sql})`, params: [...x.params, ...y.params] };
}

function dyad(d: SqlDialect, alias: string, [a, b]: [string, string], o: ConditionOptions): SqlFragment {
  const parts = [
    codePrefix(d, `${alias}.source_code`, a, o), codePrefix(d, `${alias}.target_code`, b, o),
    codePrefix(d, `${alias}.source_code`, b, o), codePrefix(d, `${alias}.target_code`, a, o),
  ];
  return {
    sql: `((${parts[0].sql} AND ${parts[1].sql}) OR (${parts[2].sql} AND ${parts[3].sql}))`,
    params: parts.flatMap((p) => p.params),
  };
}

/** True when the filter restricts events by anything (negated events aside). */
export function hasEventConditions(f: EventFilter): boolean {
  return EVENT_FIELDS.some((k) => f[k] !== undefined && f[k] !== null && f[k] !== '');
}

/**
 * SQL conditions on the events table (alias `e` by default) for a filter. Codes match by prefix
 * ("USA" matches USAGOV); dates compare as ISO strings, `to` inclusive; negated events are left
 * out unless `includeNegated`.
 */
export function eventConditions(f: EventFilter, d: SqlDialect, alias = 'e', o: ConditionOptions = {}): SqlFragment[] {
  const c: SqlFragment[] = [];
  const col = (name: string) => `${alias}.${name}`;
  if (f.actor) c.push(either(d, col('source_code'), col('target_code'), f.actor.toUpperCase(), o));
  if (f.source) c.push(codePrefix(d, col('source_code'), f.source.toUpperCase(), o));
  if (f.target) c.push(codePrefix(d, col('target_code'), f.target.toUpperCase(), o));
  if (f.dyad) c.push(dyad(d, alias, [f.dyad[0].toUpperCase(), f.dyad[1].toUpperCase()], o));
  if (f.code) {
    c.push(f.code.endsWith('*') ? d.startsWith(col('code'), f.code.slice(0, -1)) : { sql: `${col('code')} = ?`, params: [f.code] });
  }
  if (f.root) c.push({ sql: `${col('root_code')} = ?`, params: [rootCode(f.root)] });
  if (f.quadClass !== undefined && f.quadClass !== null) c.push({ sql: `${col('quad_class')} = ?`, params: [f.quadClass] });
  if (f.country) {
    const cc = f.country.toUpperCase();
    c.push({ sql: `(${col('source_country')} = ? OR ${col('target_country')} = ? OR ${col('location_country')} = ?)`, params: [cc, cc, cc] });
  }
  if (f.from) c.push({ sql: `${col('date')} >= ?`, params: [f.from] });
  if (f.to) c.push({ sql: `${col('date')} <= ?`, params: [upperBound(f.to)] });
  if (f.minConfidence !== undefined && f.minConfidence !== null) c.push({ sql: `${col('confidence')} >= ?`, params: [f.minConfidence] });
  if (!f.includeNegated) c.push({ sql: `${col('negated')} = 0`, params: [] });
  // Last: tested per event, the full-text condition is the costliest, so the cheap ones go first.
  if (f.text) c.push(eventTextCondition(d, col('id'), f.text, o.textPerRow));
  return c;
}

/** Date-range conditions on a column holding a publication date. */
export function dateConditions(f: Pick<EventFilter, 'from' | 'to'>, column: string): SqlFragment[] {
  const c: SqlFragment[] = [];
  if (f.from) c.push({ sql: `${column} >= ?`, params: [f.from] });
  if (f.to) c.push({ sql: `${column} <= ?`, params: [upperBound(f.to)] });
  return c;
}

/** Full-text search over evidence sentences; a query with no words matches nothing. */
export function eventTextCondition(d: SqlDialect, eventId: string, text: string, perRow = false): SqlFragment {
  const words = searchWords(text);
  if (!words.length) return { sql: '1 = 0', params: [] };
  return perRow ? d.eventTextPerRow(eventId, words) : d.eventText(eventId, words);
}

/** Full-text search over article titles and texts; a query with no words matches nothing. */
export function articleTextCondition(d: SqlDialect, alias: string, text: string): SqlFragment {
  const words = searchWords(text);
  return words.length ? d.articleText(alias, words) : { sql: '1 = 0', params: [] };
}
