/** Settings of the distributed work queue: pg-boss 10 in the PostgreSQL database that holds the store. */
import { DyadError } from '../core/errors.js';
import { effectiveDbUrl, parseDbUrl } from '../storage/open-store.js';
import { redactUrl } from '../storage/store-error.js';

/** The pg-boss queue that holds one job per document to code. */
export const QUEUE_NAME = 'dyad-documents';
/** The PostgreSQL schema of pg-boss's tables, apart from the store's; created on first use. */
export const DEFAULT_QUEUE_SCHEMA = 'dyad_boss';
/** Seconds a worker may hold a job before it is presumed dead and the job is handed out again. */
export const DEFAULT_LEASE_SECONDS = 300;
/** Attempts after the first failure before a job stays failed. */
export const DEFAULT_RETRY_LIMIT = 2;
/** Seconds a worker waits before it looks at an empty queue again. */
export const DEFAULT_POLL_SECONDS = 2;
/** Seconds between sweeps that hand out again the jobs of dead workers (leases past their time). */
export const DEFAULT_SWEEP_SECONDS = 60;
/** pg-boss refuses a lease of a day or more. */
export const MAX_LEASE_SECONDS = 24 * 60 * 60 - 1;
/** pg-boss polls no faster than this. */
export const MIN_POLL_SECONDS = 0.5;

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,49}$/i;

/**
 * The database URL for the queue: it must be PostgreSQL, since workers on other machines share it.
 * @example queueDbUrl('postgres://postgres@db:5432/news') // 'postgres://postgres@db:5432/news'
 */
export function queueDbUrl(db?: string): string {
  const url = effectiveDbUrl(db);
  if (parseDbUrl(url).kind !== 'postgres') {
    throw new DyadError('E030', `the job queue needs PostgreSQL, but the store is "${redactUrl(url)}" (SQLite); pass --db postgres://… (workers on any machine share that database)`);
  }
  return url;
}

/** Checks a pg-boss schema name: a plain identifier of at most 50 characters. */
export function checkQueueSchema(name: string): string {
  if (!SCHEMA_NAME.test(name)) throw new DyadError('E030', `--queue-schema is "${name}", expected a plain identifier (letters, digits, _; at most 50)`);
  return name;
}
