import type { SqlExecutor, SqlFragment, SqlRow, SqlValue } from './sql-driver.js';

/** Rows per multi-row INSERT: well under SQLite's and PostgreSQL's bound-parameter limits. */
const INSERT_CHUNK_ROWS = 200;

/** Joins conditions with AND into a WHERE clause ('' when there are none). */
export function whereClause(conditions: SqlFragment[], keyword = 'WHERE'): SqlFragment {
  if (!conditions.length) return { sql: '', params: [] };
  return { sql: `${keyword} ${conditions.map((c) => c.sql).join(' AND ')}`, params: conditions.flatMap((c) => c.params) };
}

/** `?, ?, ?` for n parameters. */
export function placeholders(n: number): string {
  return Array.from({ length: n }, () => '?').join(', ');
}

/** A case-insensitive substring condition on a text column. */
export function containsText(column: string, needle: string): SqlFragment {
  const escaped = needle.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
  return { sql: `lower(${column}) LIKE ? ESCAPE '\\'`, params: [`%${escaped}%`] };
}

/** Inserts one row; `suffix` may add ON CONFLICT …. Returns the number of rows inserted. */
export function insertRow(db: SqlExecutor, table: string, row: Record<string, SqlValue>, suffix = ''): Promise<number> {
  const columns = Object.keys(row);
  return db.run(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${placeholders(columns.length)}) ${suffix}`, Object.values(row));
}

/** Inserts rows that share their columns, several per statement. */
export async function insertRows(db: SqlExecutor, table: string, rows: Array<Record<string, SqlValue>>): Promise<void> {
  if (!rows.length) return;
  const columns = Object.keys(rows[0]);
  const tuple = `(${placeholders(columns.length)})`;
  for (let i = 0; i < rows.length; i += INSERT_CHUNK_ROWS) {
    const chunk = rows.slice(i, i + INSERT_CHUNK_ROWS);
    await db.run(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}`,
      chunk.flatMap((r) => columns.map((c) => r[c])),
    );
  }
}

/** A count or sum as a number (PostgreSQL returns bigint aggregates as strings). */
export function num(v: unknown): number {
  return v === null || v === undefined ? 0 : Number(v);
}

/** A nullable number column. */
export function numOrNull(v: unknown): number | null {
  return v === null || v === undefined ? null : Number(v);
}

/** A timestamp column as an ISO string (PostgreSQL returns Date objects for timestamptz). */
export function iso(v: unknown): string {
  return v instanceof Date ? v.toISOString() : String(v);
}

/** Reads one row or undefined. */
export async function first<T = SqlRow>(db: SqlExecutor, sql: string, params: SqlValue[] = []): Promise<T | undefined> {
  return (await db.all<T>(sql, params))[0];
}
