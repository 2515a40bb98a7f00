/** The small surface the shared SQL store needs from a database driver (SQLite or PostgreSQL). */

/** A value bound to a `?` placeholder. */
export type SqlValue = string | number | null;

/** A result row as the driver returns it (PostgreSQL may return bigint counts as strings). */
export type SqlRow = Record<string, unknown>;

/** A piece of SQL with its parameters, in placeholder order. */
export interface SqlFragment {
  sql: string;
  params: SqlValue[];
}

/** Runs parameterized SQL with `?` placeholders, on a connection or inside a transaction. */
export interface SqlExecutor {
  all<T = SqlRow>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Runs a statement and returns how many rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

/** A write transaction. */
export interface SqlTransaction extends SqlExecutor {
  /**
   * Holds named locks until the transaction ends, so concurrent writers merging the same events
   * take turns. Keys are locked in sorted order (no deadlocks between writers). A no-op where the
   * transaction already excludes every other writer (SQLite's BEGIN IMMEDIATE).
   */
  lock(keys: readonly string[]): Promise<void>;
}

/** The SQL that differs between SQLite and PostgreSQL; everything else is shared. */
export interface SqlDialect {
  /** A condition true when `column` starts with `prefix` (case-sensitive, index-friendly). */
  startsWith(column: string, prefix: string): SqlFragment;
  /** A condition on an event id column: the event has a mention whose evidence holds every word. */
  eventText(eventId: string, words: string[]): SqlFragment;
  /**
   * The same condition tested one event at a time (correlated on `eventId`), for plans that walk
   * the date index and must not collect every matching mention first.
   */
  eventTextPerRow(eventId: string, words: string[]): SqlFragment;
  /** A query whose one row `n` counts the mentions holding every word, up to `limit`. */
  eventTextProbe(words: string[], limit: number): SqlFragment;
  /** A column in an ORDER BY that the planner must not satisfy by walking an index (SQLite's unary +). */
  unindexed(column: string): string;
  /** The FROM item for `events e` walking the named index (SQLite's INDEXED BY; PostgreSQL's planner picks it itself). */
  eventsByIndex(index: string): string;
  /** A condition on an articles alias: the article's title or text holds every word. */
  articleText(alias: string, words: string[]): SqlFragment;
  /** Statements that refresh the query planner's statistics after many rows were written. */
  analyze: string[];
  /** The database's own consistency check, answering rows of 'ok' when sound; null where there is none. */
  integrityCheck: string | null;
  /** Lifts the statement timeout for the rest of a transaction (migrations on a large store); null where there is none. */
  unboundedTransaction: string | null;
}

/** One database connection (or pool) with its dialect. */
export interface SqlDriver extends SqlExecutor {
  readonly kind: 'sqlite' | 'postgres';
  readonly dialect: SqlDialect;
  /** Runs `fn` in one write transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: SqlTransaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Splits free text into the words a full-text index holds ("Russia-Ukraine talks" → Russia, Ukraine, talks). */
export function searchWords(query: string): string[] {
  return query.match(/[\p{L}\p{N}]+/gu) ?? [];
}
