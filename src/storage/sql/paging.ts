import { DyadError } from '../../core/errors.js';
import type { Page } from '../store.js';
import type { SqlFragment, SqlRow, SqlValue } from './sql-driver.js';

/** Rows per page when the caller asks for fewer than one or more than this. */
export const MAX_PAGE_SIZE = 10_000;

/** An ORDER BY for keyset pagination: the SQL expressions, the result keys they come back as, and directions. */
export interface SortSpec {
  columns: string[];
  keys: string[];
  desc: boolean[];
}

/** A page size within 1…MAX_PAGE_SIZE. */
export function pageSize(page: Page): number {
  return Math.min(Math.max(Math.floor(page.limit) || 1, 1), MAX_PAGE_SIZE);
}

/** `ORDER BY …` for a sort spec. */
export function orderBy(spec: SortSpec): string {
  return `ORDER BY ${spec.columns.map((c, i) => `${c}${spec.desc[i] ? ' DESC' : ''}`).join(', ')}`;
}

/** The opaque cursor of a sort and the key values of the row it follows. */
export function encodeCursor(sort: string, values: SqlValue[]): string {
  return Buffer.from(JSON.stringify([sort, ...values])).toString('base64url');
}

function decode(cursor: string, sort: string, arity: number): SqlValue[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const ok = Array.isArray(parsed) && parsed.length === arity + 1 && parsed[0] === sort
    && parsed.slice(1).every((v) => v === null || typeof v === 'string' || typeof v === 'number');
  if (!ok) throw new DyadError('E030', `the cursor "${cursor.slice(0, 40)}" was not returned by a query sorted by ${sort}; pass the "next" value of the previous page`);
  return (parsed as SqlValue[]).slice(1);
}

/**
 * The condition for rows after the cursor: a row-value comparison when every column sorts the
 * same way (uses the index), else the expanded form `(a < ? OR (a = ? AND b > ?))`.
 */
export function afterCursor(spec: SortSpec, sort: string, cursor: string | null | undefined): SqlFragment | null {
  if (!cursor) return null;
  const values = decode(cursor, sort, spec.columns.length);
  const op = (i: number) => (spec.desc[i] ? '<' : '>');
  if (spec.desc.every((d) => d === spec.desc[0])) {
    return { sql: `(${spec.columns.join(', ')}) ${op(0)} (${spec.columns.map(() => '?').join(', ')})`, params: values };
  }
  const parts: string[] = [];
  const params: SqlValue[] = [];
  spec.columns.forEach((col, i) => {
    const eq = spec.columns.slice(0, i).map((c) => `${c} = ?`);
    parts.push(`(${[...eq, `${col} ${op(i)} ?`].join(' AND ')})`);
    params.push(...values.slice(0, i), values[i]);
  });
  return { sql: `(${parts.join(' OR ')})`, params };
}

/** Splits the extra row fetched beyond the page off, and returns the cursor for the next page. */
export function finishPage<T>(raw: SqlRow[], limit: number, spec: SortSpec, sort: string, map: (r: SqlRow) => T): { rows: T[]; next: string | null } {
  const more = raw.length > limit;
  const kept = more ? raw.slice(0, limit) : raw;
  const last = kept[kept.length - 1];
  const next = more && last ? encodeCursor(sort, spec.keys.map((k) => normalize(last[k]))) : null;
  return { rows: kept.map(map), next };
}

/** A driver value as a cursor value (PostgreSQL may return bigints). */
export function normalize(v: unknown): SqlValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'bigint') return Number(v);
  return String(v);
}
