import type { Migration } from '../migrations/migrations.js';
import { StoreError } from '../store-error.js';
import type { SqlDriver } from './sql-driver.js';

/**
 * Applies pending migrations in one transaction that holds the migration lock, recording each
 * in `schema_migrations`. Returns how many were applied; refuses a database from a newer Dyad.
 */
export async function applyMigrations(db: SqlDriver, migrations: Migration[], where: string): Promise<number> {
  return db.transaction(async (tx) => {
    // Building an index on a large store may take longer than a query is allowed to.
    if (db.dialect.unboundedTransaction) await tx.exec(db.dialect.unboundedTransaction);
    await tx.lock(['dyad:migrations']);
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const applied = new Set((await tx.all<{ version: unknown }>('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
    const newest = Math.max(0, ...applied);
    if (newest > migrations.length) {
      throw new StoreError('E041', `the schema is at version ${newest}, this Dyad knows versions up to ${migrations.length}; upgrade Dyad`, where);
    }
    let count = 0;
    for (const m of migrations) {
      if (applied.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, new Date().toISOString()]);
      count++;
    }
    return count;
  });
}
