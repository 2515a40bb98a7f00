/** What `dyad status` reports: jobs by state, throughput, and the latest failures. */
import { completionsByMinute, recentFailures, stateCounts, type FailedJob, type MinuteCount } from './boss-queries.js';
import type { DocumentQueue } from './document-queue.js';

/** Minutes of completions that throughput is measured over, unless told otherwise. */
export const DEFAULT_WINDOW_MINUTES = 5;
/** Failed jobs listed. */
export const FAILURES_SHOWN = 10;

/** The state of the queue at one moment; the shape of `dyad status --json`. */
export interface QueueStatus {
  /** The pg-boss schema. */
  schema: string;
  jobs: {
    /** Waiting for a worker: new jobs plus jobs to retry. */
    queued: number;
    /** Of the queued, those that failed before and wait to be retried. */
    retrying: number;
    active: number;
    /** Of the active, those held past their lease (their worker is gone); the next sweep hands them out again. */
    overdue: number;
    /** Done, including jobs pg-boss has archived (after 12 hours; it deletes them after 7 days). */
    completed: number;
    /** Of the completed, those whose article was new to the store (the others were already there). */
    stored: number;
    failed: number;
    cancelled: number;
  };
  throughput: {
    windowMinutes: number;
    /** Jobs completed per minute over the window. */
    perMinute: number;
    /** Articles newly stored per minute over the window. */
    storedPerMinute: number;
    /** Minute by minute, newest first (`ago` 0 is the current minute). */
    minutes: MinuteCount[];
  };
  /** The latest jobs that failed for good. */
  failures: FailedJob[];
}

/**
 * Reads the queue's state.
 * @example const s = await queueStatus(queue); s.jobs.queued
 */
export async function queueStatus(queue: DocumentQueue, windowMinutes = DEFAULT_WINDOW_MINUTES): Promise<QueueStatus> {
  const [c, minutes, failures] = await Promise.all([
    stateCounts(queue.execute, queue.schema),
    completionsByMinute(queue.execute, queue.schema, windowMinutes),
    recentFailures(queue.execute, queue.schema, FAILURES_SHOWN),
  ]);
  const done = minutes.reduce((n, m) => n + m.done, 0);
  const stored = minutes.reduce((n, m) => n + m.stored, 0);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    schema: queue.schema,
    jobs: {
      queued: c.created + c.retry, retrying: c.retry, active: c.active, overdue: c.overdue,
      completed: c.completed, stored: c.stored, failed: c.failed, cancelled: c.cancelled,
    },
    throughput: { windowMinutes, perMinute: round(done / windowMinutes), storedPerMinute: round(stored / windowMinutes), minutes },
    failures,
  };
}
