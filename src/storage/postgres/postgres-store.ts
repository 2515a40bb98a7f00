import { createHash } from 'node:crypto';
import pg from 'pg';
import { loadMigrations } from '../migrations/migrations.js';
import type { SqlDialect, SqlDriver, SqlExecutor, SqlTransaction, SqlValue } from '../sql/sql-driver.js';
import { SqlStore } from '../sql/sql-store.js';
import { redactUrl, StoreError } from '../store-error.js';
import type { OpenStoreOptions } from '../open-store.js';

/** Connections per store. */
export const PG_POOL_SIZE = 10;
/**
 * Longest time one SQL statement may run (ms) before PostgreSQL cancels it (error 57014); every
 * query the API makes is bounded by an index and a page size, so this only stops the unforeseen.
 */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 30_000;
/** Longest wait for a new connection (ms): a server that is down fails a request instead of hanging it. */
const CONNECT_TIMEOUT_MS = 10_000;
/** Attempts at a transaction that PostgreSQL aborted to break a deadlock or a serialization conflict. */
const PG_TRANSACTION_ATTEMPTS = 3;
const RETRYABLE_CODES = new Set(['40P01', '40001']);
const SCHEMA_NAME = /^[a-z_][a-z0-9_]*$/i;


/** LIKE on "C"-collated columns uses their btree index; full-text search uses the GIN-indexed tsvector columns. */
const pgDialect: SqlDialect = {
  startsWith: (column, prefix) => ({ sql: `${column} LIKE ?`, params: [`${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`] }),
  eventText: (eventId, words) => ({
    sql: `${eventId} IN (SELECT em.event_id FROM event_mentions em WHERE em.tsv @@ plainto_tsquery('english', ?))`,
    params: [words.join(' ')],
  }),
  eventTextPerRow: (eventId, words) => ({
    sql: `EXISTS (SELECT 1 FROM event_mentions em WHERE em.event_id = ${eventId} AND em.tsv @@ plainto_tsquery('english', ?))`,
    params: [words.join(' ')],
  }),
  eventTextProbe: (words, limit) => ({
    sql: `SELECT count(*) AS n FROM (SELECT 1 FROM event_mentions WHERE tsv @@ plainto_tsquery('english', ?) LIMIT ?) x`,
    params: [words.join(' '), limit],
  }),
  eventsByIndex: () => 'events e',
  // PostgreSQL weighs the sort index against the filter's with statistics of its own.
  unindexed: (column) => column,
  articleText: (alias, words) => ({ sql: `${alias}.tsv @@ plainto_tsquery('english', ?)`, params: [words.join(' ')] }),
  // Right after a large first ingest autovacuum has not yet run, and without statistics the
  // planner sorts whole tables instead of walking the date index.
  analyze: ['ANALYZE articles, mentions, events, event_mentions, claims, quotes, relations, relation_statements'],
  integrityCheck: null,
  unboundedTransaction: 'SET LOCAL statement_timeout = 0',
};

/** `?` placeholders → `$1, $2…` (the shared SQL never has a literal `?`). */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/**
 * Writes run as named prepared statements (parsed once per connection); reads stay unnamed, so
 * that PostgreSQL plans them for their actual values (a LIKE 'USA%' prefix can use an index).
 */
function query(sql: string, params: readonly SqlValue[]): pg.QueryConfig {
  const text = numbered(sql);
  if (!/^\s*(INSERT|UPDATE)\b/i.test(sql)) return { text, values: [...params] };
  return { name: `dyad_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`, text, values: [...params] };
}

function executor(q: pg.Pool | pg.PoolClient): SqlTransaction {
  return {
    all: async <T>(sql: string, params: readonly SqlValue[] = []) => (await q.query(query(sql, params))).rows as T[],
    run: async (sql, params = []) => (await q.query(query(sql, params))).rowCount ?? 0,
    exec: async (sql) => void (await q.query(sql)),
    // One query takes the locks in array order: sorted, so two writers never wait on each other in a cycle.
    lock: async (keys) => {
      const sorted = [...new Set(keys)].sort();
      if (sorted.length) await q.query('SELECT pg_advisory_xact_lock(hashtextextended(k, 0)) FROM unnest($1::text[]) AS k', [sorted]);
    },
  };
}

/** node-postgres behind the async driver surface: a pool for reads, one pooled client per transaction. */
class PostgresDriver implements SqlDriver {
  readonly kind = 'postgres' as const;
  readonly dialect = pgDialect;
  private readonly reads: SqlExecutor;

  constructor(private readonly pool: pg.Pool) {
    this.reads = executor(pool);
  }

  all<T>(sql: string, params?: readonly SqlValue[]): Promise<T[]> {
    return this.reads.all<T>(sql, params);
  }

  run(sql: string, params?: readonly SqlValue[]): Promise<number> {
    return this.reads.run(sql, params);
  }

  exec(sql: string): Promise<void> {
    return this.reads.exec(sql);
  }

  async transaction<T>(fn: (tx: SqlTransaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      let broken = false;
      // A connection lost mid-transaction (a server restart, pg_terminate_backend) fails the query in
      // flight; without a listener its 'error' event would also end the process.
      const lost = () => { broken = true; };
      client.on('error', lost);
      try {
        await client.query('BEGIN');
        const value = await fn(executor(client));
        await client.query('COMMIT');
        return value;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => { broken = true; });
        if (attempt < PG_TRANSACTION_ATTEMPTS && RETRYABLE_CODES.has((e as { code?: string }).code ?? '')) continue;
        throw e;
      } finally {
        client.off('error', lost);
        client.release(broken);
      }
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/**
 * The URL with the session settings added to its `options` (after any it has, so ours win): the
 * schema as search_path, and the statement timeout. node-postgres lets the URL's options override
 * its config, so they go in the URL.
 */
function withSessionOptions(url: string, schema: string | undefined, timeoutMs: number): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const settings = [parsed.searchParams.get('options'), schema ? `-c search_path=${schema}` : null, `-c statement_timeout=${timeoutMs}`];
  parsed.searchParams.set('options', settings.filter(Boolean).join(' '));
  return parsed.href;
}

/** The reason a connection failed, also for Node's AggregateError (every address refused) whose message is empty. */
function reason(e: unknown): string {
  const err = e as { message?: string; code?: string; errors?: Array<{ message?: string }> };
  return err.message || err.errors?.[0]?.message || err.code || String(e);
}

/**
 * Opens a PostgreSQL store (a pool of connections) and applies pending migrations.
 * @example const store = await openPostgresStore('postgres://postgres@127.0.0.1:5432/dyad')
 */
export async function openPostgresStore(url: string, options: OpenStoreOptions = {}): Promise<SqlStore> {
  const where = redactUrl(url);
  const { schema } = options;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new StoreError('E040', `schema "${schema}" is not a plain identifier (letters, digits, _)`, where);
  }
  const timeoutMs = Math.max(0, Math.floor(options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS));
  const poolOf = (ms: number, max: number) => {
    const pool = new pg.Pool({ connectionString: withSessionOptions(url, schema, ms), max, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // An idle connection that drops is reported on the next query; without a listener it would end the process.
    pool.on('error', () => undefined);
    return pool;
  };
  // Set-up (the schema, migrations) runs on its own connection without the statement timeout: a
  // short timeout must not fail it, not even the BEGIN before a transaction lifts its own bound.
  const setup = poolOf(0, 1);
  try {
    if (schema) await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    if (options.migrate !== false) await new SqlStore(new PostgresDriver(setup), loadMigrations('postgres'), where, options).migrate();
    else await setup.query('SELECT 1');
    await setup.end();
    return new SqlStore(new PostgresDriver(poolOf(timeoutMs, PG_POOL_SIZE)), loadMigrations('postgres'), where, options);
  } catch (e) {
    await setup.end().catch(() => undefined);
    if (e instanceof StoreError) throw e;
    throw new StoreError('E040', `cannot open the PostgreSQL database (${reason(e)})`, where);
  }
}
