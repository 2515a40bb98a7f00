import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { loadMigrations } from '../migrations/migrations.js';
import type { SqlDialect, SqlDriver, SqlExecutor, SqlTransaction, SqlValue } from '../sql/sql-driver.js';
import { SqlStore } from '../sql/sql-store.js';
import { StoreError } from '../store-error.js';
import type { OpenStoreOptions } from '../open-store.js';

/** How long a writer waits for another process's write lock before giving up (ms). */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;
/** Page cache per connection (KiB): SQLite's default 2 MB makes aggregates over 100,000 events read from disk. */
export const SQLITE_CACHE_KIB = 65_536;
/** Pages of full-text index merged after each ingest run: a few MB of work, so a run's end stays quick. */
const FTS_MERGE_PAGES = 1000;
/** Prepared statements kept per connection; multi-row inserts vary in length, so the cache is bounded. */
const STATEMENT_CACHE_SIZE = 500;

/** Quoted words for an FTS5 MATCH: every word must occur; none is read as an operator. */
function ftsQuery(words: string[]): string {
  return words.map((w) => `"${w}"`).join(' ');
}

/** GLOB is case-sensitive and uses the index on the column; `*`, `?` and `[` in the prefix are bracketed. */
const sqliteDialect: SqlDialect = {
  startsWith: (column, prefix) => ({ sql: `${column} GLOB ?`, params: [`${prefix.replace(/[*?[]/g, (c) => `[${c}]`)}*`] }),
  eventText: (eventId, words) => ({
    sql: `${eventId} IN (SELECT em.event_id FROM event_mentions em WHERE em.seq IN
            (SELECT rowid FROM event_mentions_fts WHERE event_mentions_fts MATCH ?))`,
    params: [ftsQuery(words)],
  }),
  // FTS5 answers "this rowid AND this match" by seeking in the word's list, not by reading all of it;
  // CROSS JOIN keeps that order (the planner would otherwise read every match for every event).
  eventTextPerRow: (eventId, words) => ({
    sql: `EXISTS (SELECT 1 FROM event_mentions em CROSS JOIN event_mentions_fts f ON f.rowid = em.seq
                  WHERE em.event_id = ${eventId} AND event_mentions_fts MATCH ?)`,
    params: [ftsQuery(words)],
  }),
  eventTextProbe: (words, limit) => ({
    sql: 'SELECT count(*) AS n FROM (SELECT rowid FROM event_mentions_fts WHERE event_mentions_fts MATCH ? LIMIT ?)',
    params: [ftsQuery(words), limit],
  }),
  eventsByIndex: (index) => `events e INDEXED BY ${index}`,
  unindexed: (column) => `+${column}`,
  articleText: (alias, words) => ({
    sql: `${alias}.seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`,
    params: [ftsQuery(words)],
  }),
  // A bounded merge of the sentence index's segments (FTS_MERGE_PAGES pages of work): see migration 0003.
  analyze: ['PRAGMA optimize', `INSERT INTO event_mentions_fts (event_mentions_fts, rank) VALUES ('merge', ${FTS_MERGE_PAGES})`],
  integrityCheck: 'PRAGMA quick_check',
  // better-sqlite3 cannot interrupt a statement: bounded queries come from indexes and limits.
  unboundedTransaction: null,
};

/**
 * better-sqlite3 behind the async driver surface. Statements run synchronously; a transaction
 * (BEGIN IMMEDIATE) holds the connection until it ends, and other calls wait for it, so no
 * caller ever sees another's uncommitted rows.
 */
class SqliteDriver implements SqlDriver {
  readonly kind = 'sqlite' as const;
  readonly dialect = sqliteDialect;
  private readonly statements = new Map<string, Database.Statement>();
  private queue: Promise<unknown> = Promise.resolve();
  private readonly direct: SqlTransaction = {
    all: async <T>(sql: string, params: readonly SqlValue[] = []) => this.allNow(sql, params) as T[],
    run: async (sql, params = []) => this.prepare(sql).run(...params).changes,
    exec: async (sql) => void this.db.exec(sql),
    lock: async () => undefined,
  };

  constructor(private readonly db: Database.Database) {}

  private prepare(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      if (this.statements.size >= STATEMENT_CACHE_SIZE) this.statements.clear();
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  private allNow(sql: string, params: readonly SqlValue[]): unknown[] {
    const st = this.prepare(sql);
    if (st.reader) return st.all(...params);
    st.run(...params);
    return [];
  }

  private async idle<T>(fn: (x: SqlExecutor) => Promise<T>): Promise<T> {
    await this.queue;
    return fn(this.direct);
  }

  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.idle((x) => x.all<T>(sql, params));
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.idle((x) => x.run(sql, params));
  }

  exec(sql: string): Promise<void> {
    return this.idle((x) => x.exec(sql));
  }

  transaction<T>(fn: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    const result = this.queue.then(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const value = await fn(this.direct);
        this.db.exec('COMMIT');
        return value;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw e;
      }
    });
    this.queue = result.catch(() => undefined);
    return result;
  }

  async close(): Promise<void> {
    await this.queue;
    this.statements.clear();
    if (this.db.open) this.db.close();
  }
}

/**
 * Opens (creating it if needed) a SQLite store in one file with WAL, foreign keys and a busy
 * timeout, and applies pending migrations.
 * @example const store = await openSqliteStore('./dyad.db')
 */
export async function openSqliteStore(path: string, options: OpenStoreOptions = {}): Promise<SqlStore> {
  const where = `sqlite:${path}`;
  if (options.create === false && path !== ':memory:' && !existsSync(path)) {
    throw new StoreError('E040', 'no such database file; `dyad ingest` creates it, or pass --db', where);
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { timeout: SQLITE_BUSY_TIMEOUT_MS });
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    db.pragma(`cache_size = -${SQLITE_CACHE_KIB}`);
    db.pragma('temp_store = MEMORY');
    const store = new SqlStore(new SqliteDriver(db), loadMigrations('sqlite'), where, options);
    if (options.migrate !== false) await store.migrate();
    return store;
  } catch (e) {
    if (db?.open) db.close();
    if (e instanceof StoreError) throw e;
    throw new StoreError('E040', `cannot open the SQLite database (${(e as Error).message})`, where);
  }
}
