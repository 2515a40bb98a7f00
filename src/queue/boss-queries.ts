/**
 * Reads of pg-boss 10's own tables (its schema version 24: `job`, partitioned by queue name, and
 * `archive`) for what its API does not offer: counts by state, completion times, and a batch
 * look-up of job ids. Only this file knows those tables.
 */
import { QUEUE_NAME } from './queue-config.js';

/** Runs one statement: pg-boss's `getDb().executeSql`. */
export type Execute = (sql: string, values?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>;

/** Jobs in each state, live and archived. */
export interface StateCounts {
  created: number;
  retry: number;
  active: number;
  /** Active jobs held past their lease: their worker is gone; the next sweep hands them out again. */
  overdue: number;
  completed: number;
  /** Completed jobs whose article was new to the store. */
  stored: number;
  cancelled: number;
  failed: number;
}

/** Jobs completed in one minute: `ago` 0 is the minute now ending. */
export interface MinuteCount {
  ago: number;
  done: number;
  stored: number;
}

/** A job that failed for good, with why. */
export interface FailedJob {
  id: string;
  uri: string | null;
  reason: string | null;
  at: string | null;
}

/** Which of these job ids are in the queue already, live or archived. */
export async function existingJobIds(exec: Execute, schema: string, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const { rows } = await exec(
    `SELECT id::text AS id FROM ${schema}.job WHERE name = $1 AND id = ANY($2::uuid[])
     UNION SELECT id::text FROM ${schema}.archive WHERE name = $1 AND id = ANY($2::uuid[])`,
    [QUEUE_NAME, ids],
  );
  return new Set(rows.map((r) => String(r.id)));
}

/**
 * Whether any job waits (created or to retry, whatever its start time) and whether any is held by a
 * worker. EXISTS stops at the first row: workers ask this each time they find the queue empty.
 */
export async function pendingJobs(exec: Execute, schema: string): Promise<{ waiting: boolean; active: boolean }> {
  const { rows } = await exec(
    `SELECT EXISTS (SELECT 1 FROM ${schema}.job WHERE name = $1 AND state < 'active') AS waiting,
            EXISTS (SELECT 1 FROM ${schema}.job WHERE name = $1 AND state = 'active') AS active`,
    [QUEUE_NAME],
  );
  return { waiting: rows[0]?.waiting === true, active: rows[0]?.active === true };
}

/** Counts jobs by state over the live table and the archive. */
export async function stateCounts(exec: Execute, schema: string): Promise<StateCounts> {
  const { rows } = await exec(
    `SELECT state::text AS state, count(*)::int AS n,
            count(*) FILTER (WHERE state = 'active' AND started_on + expire_in < now())::int AS overdue,
            count(*) FILTER (WHERE state = 'completed' AND output->>'stored' = 'true')::int AS stored
     FROM (SELECT state, started_on, expire_in, output FROM ${schema}.job WHERE name = $1
           UNION ALL SELECT state, started_on, expire_in, output FROM ${schema}.archive WHERE name = $1) j
     GROUP BY state`,
    [QUEUE_NAME],
  );
  const counts: StateCounts = { created: 0, retry: 0, active: 0, overdue: 0, completed: 0, stored: 0, cancelled: 0, failed: 0 };
  for (const r of rows) {
    const state = String(r.state) as keyof StateCounts;
    if (state in counts) counts[state] = Number(r.n);
    counts.overdue += Number(r.overdue);
    counts.stored += Number(r.stored);
  }
  return counts;
}

/** Completions per minute over the last `minutes` minutes, newest first, minutes without any included. */
export async function completionsByMinute(exec: Execute, schema: string, minutes: number): Promise<MinuteCount[]> {
  const { rows } = await exec(
    `SELECT floor(extract(epoch FROM now() - completed_on) / 60)::int AS ago, count(*)::int AS done,
            count(*) FILTER (WHERE output->>'stored' = 'true')::int AS stored
     FROM (SELECT completed_on, output FROM ${schema}.job WHERE name = $1 AND state = 'completed'
           UNION ALL SELECT completed_on, output FROM ${schema}.archive WHERE name = $1 AND state = 'completed') j
     WHERE completed_on > now() - make_interval(mins => $2)
     GROUP BY 1`,
    [QUEUE_NAME, minutes],
  );
  const byAgo = new Map(rows.map((r) => [Number(r.ago), r]));
  return Array.from({ length: minutes }, (_, ago) => ({ ago, done: Number(byAgo.get(ago)?.done ?? 0), stored: Number(byAgo.get(ago)?.stored ?? 0) }));
}

/** The latest jobs that failed for good, newest first. */
export async function recentFailures(exec: Execute, schema: string, limit: number): Promise<FailedJob[]> {
  const { rows } = await exec(
    `SELECT id::text AS id, data->>'uri' AS uri, output->>'message' AS reason, completed_on
     FROM ${schema}.job WHERE name = $1 AND state = 'failed' ORDER BY completed_on DESC NULLS LAST, id LIMIT $2`,
    [QUEUE_NAME, limit],
  );
  return rows.map((r) => ({
    id: String(r.id), uri: (r.uri as string | null) ?? null, reason: (r.reason as string | null) ?? null,
    at: r.completed_on instanceof Date ? r.completed_on.toISOString() : null,
  }));
}
