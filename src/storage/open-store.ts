import { DyadError } from '../core/errors.js';
import { redactUrl } from './store-error.js';
import type { Store, StoreOptions } from './store.js';

/** The store used when neither `--db` nor DYAD_DB names one. */
export const DEFAULT_DB_URL = 'sqlite:./dyad.db';

/** How to open a store: merge options plus how to connect. */
export interface OpenStoreOptions extends StoreOptions {
  /** PostgreSQL only: the schema holding the tables (created when missing); default: the search_path. */
  schema?: string;
  /** Apply pending migrations on open (default true); `dyad db migrate` turns it off to count them itself. */
  migrate?: boolean;
  /** SQLite only: create the file when it is missing (default true); read-only commands say it is missing instead. */
  create?: boolean;
  /** PostgreSQL only: longest time one SQL statement may run, in ms (default 30,000; 0 for none). */
  statementTimeoutMs?: number;
}

/** The URL a command uses: the one given, else DYAD_DB, else ./dyad.db. */
export function effectiveDbUrl(url?: string): string {
  return url || process.env.DYAD_DB || DEFAULT_DB_URL;
}

/** Where a database URL points. */
export type DbTarget = { kind: 'sqlite'; path: string } | { kind: 'postgres'; url: string };

/**
 * Reads a database URL: `sqlite:PATH` (also `sqlite://PATH` and `sqlite::memory:`), a bare file
 * path, or `postgres://…` / `postgresql://…`. Any other scheme is a usage error (E030).
 * @example parseDbUrl('sqlite:./dyad.db') // { kind: 'sqlite', path: './dyad.db' }
 */
export function parseDbUrl(url: string): DbTarget {
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: 'postgres', url };
  const sqlite = /^sqlite:(?:\/\/)?(.*)$/i.exec(url);
  if (sqlite) {
    if (!sqlite[1]) throw new DyadError('E030', `"${url}" names no file; expected sqlite:PATH, e.g. sqlite:./dyad.db`);
    return { kind: 'sqlite', path: sqlite[1] };
  }
  const scheme = /^([a-z][a-z0-9+.-]+):/i.exec(url)?.[1];
  if (scheme && !/^[a-z]:[\\/]/i.test(url)) {
    throw new DyadError('E030', `unknown database "${redactUrl(url)}" (scheme ${scheme}:); expected sqlite:PATH, a file path, or postgres://…`);
  }
  if (!url.trim()) throw new DyadError('E030', 'the database URL is empty; expected sqlite:PATH, a file path, or postgres://…');
  return { kind: 'sqlite', path: url };
}

/**
 * Opens the store a URL names (default: DYAD_DB, else ./dyad.db) and migrates it. Drivers load
 * only when used.
 * @example const store = await openStore('postgres://postgres@127.0.0.1:5432/dyad', { mergeWindowDays: 1 })
 */
export async function openStore(url?: string, options: OpenStoreOptions = {}): Promise<Store> {
  const target = parseDbUrl(effectiveDbUrl(url));
  if (target.kind === 'postgres') {
    const { openPostgresStore } = await import('./postgres/postgres-store.js');
    return openPostgresStore(target.url, options);
  }
  const { openSqliteStore } = await import('./sqlite/sqlite-store.js');
  return openSqliteStore(target.path, options);
}
