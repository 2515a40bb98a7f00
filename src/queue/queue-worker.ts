/** A worker: takes jobs from the queue, codes each document and stores it; a job that runs twice stores once. */
import { Coder } from '../coder.js';
import type { DyadDocument, RawDoc } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { CoderPool } from '../parallel/worker-pool.js';
import { StoreError } from '../storage/store-error.js';
import type { Store } from '../storage/store.js';
import type { DocumentQueue, FetchedJob } from './document-queue.js';
import { readJobData } from './job-data.js';
import { DEFAULT_POLL_SECONDS } from './queue-config.js';

/** Failed attempts in a row to reach the database before the worker gives up. */
export const MAX_DATABASE_ATTEMPTS = 10;
/** The longest wait between attempts to reach the database. */
const MAX_BACKOFF_MS = 30_000;

/** What a worker needs of the queue. */
export type WorkQueue = Pick<DocumentQueue, 'fetch' | 'pending' | 'complete' | 'fail'>;

/** How a worker runs. */
export interface WorkerOptions {
  /** Jobs in progress at once (default 1); more than one codes in that many worker threads. */
  concurrency?: number;
  /** Return when no job is waiting or held by any worker, instead of waiting for more. */
  once?: boolean;
  /** Seconds between looks at an empty queue (default 2). */
  pollSeconds?: number;
  /** The store run that articles are recorded under. */
  runId?: string;
  /** Aborting stops taking jobs; jobs in progress finish and are marked done. */
  signal?: AbortSignal;
  /** Hears the totals after each job. */
  onJob?: (counts: WorkerCounts) => void;
  /** Hears problems that do not stop the worker: failed attempts, database errors being retried. */
  onWarning?: (message: string) => void;
}

/** What a worker has done so far. */
export interface WorkerCounts {
  /** Jobs completed. */
  done: number;
  /** Of the completed, articles new to the store. */
  stored: number;
  /** Of the completed, articles the store had already. */
  present: number;
  /** Failed attempts that go back to the queue to be retried. */
  retried: number;
  /** Jobs that failed with no retries left. */
  failed: number;
  events: { new: number; merged: number };
}

/** What a worker did, when it returns. */
export interface WorkerSummary extends WorkerCounts {
  /** Jobs that failed for good here: the input and why. */
  failures: Array<{ input: string; reason: string }>;
  seconds: number;
}

/** Codes documents: in this thread, or in worker threads when jobs run in parallel. */
interface DocumentCoder {
  code(raw: RawDoc): Promise<DyadDocument>;
  close(): Promise<void>;
}

/** A document that warms up each thread, so that no job's lease pays for loading dictionaries. */
const WARM_UP: RawDoc = { uri: 'warm-up:', content: 'Warm-up.', format: 'text' };

async function documentCoder(threads: number): Promise<DocumentCoder> {
  if (threads > 1) {
    const pool = new CoderPool(threads);
    // The pool gives each new document to the least busy thread: one each.
    await Promise.all(Array.from({ length: threads }, () => pool.code(WARM_UP))).catch(async (e) => {
      await pool.close();
      throw e;
    });
    return { code: (raw) => pool.code(raw), close: () => pool.close() };
  }
  const coder = new Coder();
  return { code: async (raw) => coder.code(raw), close: async () => undefined };
}

function describe(e: unknown): string {
  return e instanceof DyadError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => { clearTimeout(timer); signal.removeEventListener('abort', done); resolve(); };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done);
  });
}

/**
 * Runs a worker until it is stopped (or, with `once`, until the queue is empty): each job's
 * document is coded, stored (idempotent by content hash), and the job marked done. A failed
 * attempt goes back to the queue while it has retries left. A worker killed mid-job loses
 * nothing: its job is handed out again when its lease runs out.
 * @example const summary = await runWorker(queue, store, { once: true, concurrency: 2 })
 */
export async function runWorker(queue: WorkQueue, store: Store, options: WorkerOptions = {}): Promise<WorkerSummary> {
  const started = Date.now();
  const concurrency = options.concurrency ?? 1;
  const pollMs = (options.pollSeconds ?? DEFAULT_POLL_SECONDS) * 1000;
  const warn = options.onWarning ?? (() => undefined);
  // Ready before the first job is taken: its lease runs from then.
  const coder = await documentCoder(concurrency);
  // Stops the lanes when the caller aborts, or when one lane gives up on the database.
  const stop = new AbortController();
  const onAbort = () => stop.abort();
  options.signal?.addEventListener('abort', onAbort);
  if (options.signal?.aborted) stop.abort();

  const counts: WorkerCounts = { done: 0, stored: 0, present: 0, retried: 0, failed: 0, events: { new: 0, merged: 0 } };
  const failures: WorkerSummary['failures'] = [];
  let databaseErrors = 0;

  /** A database call failed: wait longer each time, and give up after MAX_DATABASE_ATTEMPTS in a row. */
  const databaseTrouble = async (e: unknown) => {
    databaseErrors++;
    if (databaseErrors >= MAX_DATABASE_ATTEMPTS) {
      throw new StoreError('E040', `gave up after ${MAX_DATABASE_ATTEMPTS} failed attempts in a row to reach the database (${describe(e)}); jobs this worker held come back when their lease ends`);
    }
    warn(`${describe(e)} (attempt ${databaseErrors} of ${MAX_DATABASE_ATTEMPTS}; trying again)`);
    await sleep(Math.min(MAX_BACKOFF_MS, pollMs * 2 ** (databaseErrors - 1)), stop.signal);
  };

  const work = async (job: FetchedJob) => {
    let input = `job ${job.id}`;
    let named = false;
    try {
      const raw = readJobData(job.data, input);
      input = raw.uri;
      named = true;
      const doc = await coder.code(raw);
      const put = await store.putDocument(doc, options.runId);
      counts.done++;
      if (put.inserted) counts.stored++;
      else counts.present++;
      counts.events.new += put.newEvents;
      counts.events.merged += put.mergedEvents;
      // Should this fail, the lease runs out and the job runs again: the store keeps one copy.
      await queue.complete(job.id, { article: put.articleId, stored: put.inserted, newEvents: put.newEvents, mergedEvents: put.mergedEvents })
        .catch((e) => warn(`${input}: stored, but the job could not be marked done (${describe(e)}); it will run again and find the article stored`));
    } catch (e) {
      // An unreadable job is named by the error itself ("E005 job 1f…: …").
      const reason = named ? `${input}: ${describe(e)}` : describe(e);
      const final = job.retryCount >= job.retryLimit;
      if (final) {
        counts.failed++;
        failures.push({ input, reason });
      } else counts.retried++;
      warn(final ? `${reason} (failed; no retries left)` : `${reason} (attempt ${job.retryCount + 1} of ${job.retryLimit + 1}; it will be retried)`);
      await queue.fail(job.id, { message: reason }).catch((err) => warn(`${input}: the failure could not be recorded (${describe(err)}); the job runs again when its lease ends`));
    }
    options.onJob?.(counts);
  };

  const lane = async () => {
    while (!stop.signal.aborted) {
      let job: FetchedJob | null;
      try {
        job = await queue.fetch();
        if (!job) {
          // pg-boss's fetch hides database errors; this count shows them, and tells `once` when to stop.
          const { waiting, active } = await queue.pending();
          databaseErrors = 0;
          if (options.once && !waiting && !active) return;
          // Jobs held by others (or by a dead worker, until its lease runs out) may come back.
          await sleep(pollMs, stop.signal);
          continue;
        }
        databaseErrors = 0;
      } catch (e) {
        await databaseTrouble(e);
        continue;
      }
      await work(job);
    }
  };

  try {
    const lanes = Array.from({ length: concurrency }, () => lane().catch((e) => { stop.abort(); throw e; }));
    const results = await Promise.allSettled(lanes);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    await coder.close();
  }
  return { ...counts, failures, seconds: (Date.now() - started) / 1000 };
}
