import type { SqlExecutor, SqlValue } from './sql-driver.js';
import { placeholders } from './sql-helpers.js';

/** Rows per upsert statement: well under both databases' bound-parameter limits. */
const UPSERT_CHUNK_ROWS = 200;

/**
 * Deltas to one rollup table, summed by key in memory and written as one upsert per chunk. Summing
 * first matters: PostgreSQL refuses an INSERT … ON CONFLICT DO UPDATE that touches a row twice.
 */
export class RollupSums {
  private readonly rows = new Map<string, Record<string, SqlValue>>();

  constructor(readonly table: string, readonly keys: readonly string[], readonly values: readonly string[]) {}

  /** Adds `delta` (missing values count 0) to the row with this key. */
  add(key: Record<string, SqlValue>, delta: Record<string, number>): void {
    const id = JSON.stringify(this.keys.map((k) => key[k]));
    const row = this.rows.get(id) ?? Object.fromEntries([...this.keys.map((k) => [k, key[k]]), ...this.values.map((v) => [v, 0])]);
    this.rows.set(id, row);
    for (const v of this.values) row[v] = (row[v] as number) + (delta[v] ?? 0);
  }

  /** Adds the summed deltas to the table, creating the rows it lacks. */
  async write(tx: SqlExecutor): Promise<void> {
    const rows = [...this.rows.values()];
    const columns = [...this.keys, ...this.values];
    const tuple = `(${placeholders(columns.length)})`;
    const set = this.values.map((v) => `${v} = ${this.table}.${v} + excluded.${v}`).join(', ');
    for (let i = 0; i < rows.length; i += UPSERT_CHUNK_ROWS) {
      const chunk = rows.slice(i, i + UPSERT_CHUNK_ROWS);
      await tx.run(
        `INSERT INTO ${this.table} (${columns.join(', ')}) VALUES ${chunk.map(() => tuple).join(', ')}
         ON CONFLICT (${this.keys.join(', ')}) DO UPDATE SET ${set}`,
        chunk.flatMap((r) => columns.map((c) => r[c])),
      );
    }
  }
}
