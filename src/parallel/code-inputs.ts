import { availableParallelism } from 'node:os';
import type { DyadDocument, RawDoc } from '../core/document.js';
import type { DyadError } from '../core/errors.js';
import { DEFAULT_TIME_BUDGET_MS, withTimeBudget } from '../core/pipeline-builder.js';
import type { InputItem } from '../ingest/input-reader.js';
import { OrderedResults } from './ordered-results.js';
import { CoderPool, type PoolOptions } from './worker-pool.js';

/** Documents in flight per worker: enough to keep workers busy, few enough to bound memory. */
const IN_FLIGHT_PER_JOB = 8;
/**
 * Documents per worker that may wait, coded, for an older one still being coded (output keeps
 * input order): room for the short documents a thread codes while the other is on a long one.
 */
const WAITING_PER_JOB = 64;

/** One input after coding: its document, or why it failed (reading or coding). */
export type CodedItem =
  | { raw: RawDoc; doc: DyadDocument }
  | { raw: RawDoc; failure: unknown }
  | { error: DyadError };

/** Options for `codeInputs`. */
export interface CodeInputsOptions {
  /** Worker threads; 1 codes in this thread. Default: the number of cores. */
  jobs?: number;
  date?: string;
  /**
   * Time budget per document (ms), default DEFAULT_TIME_BUDGET_MS: past it the document is rejected
   * with E060. Checked between stages; in worker threads an overrunning thread is also stopped.
   */
  budgetMs?: number;
  /** Extra time before an overrunning worker thread is stopped (see CoderPool). */
  graceMs?: PoolOptions['graceMs'];
  /**
   * Documents a worker thread must have to be worth starting; default 1. A thread pays its own
   * start-up and compiles the hot code again (see {@link SMALL_RUN_DOCS_PER_JOB}), so a run that
   * ends within `jobs` × this many documents uses fewer threads, or codes in this one.
   */
  minDocsPerJob?: number;
}

/**
 * What `dyad code` asks of a worker thread (minDocsPerJob). A thread loads its own modules,
 * dictionaries and models and compiles the hot code again: two threads took 2.4 to 3.5 s more
 * CPU than coding in the main thread for 40 to 160 documents, and were slower on this two-core
 * machine at each of those sizes (three runs each, under load); with one job the main thread
 * codes about 100 documents in the time a second thread saves only past some 200.
 */
export const SMALL_RUN_DOCS_PER_JOB = 100;

/** How long codeInputs waits for input to tell a short run from a long one (see minDocsPerJob). */
const LOOKAHEAD_MS = 250;

/** The promise's value, or null when it has not settled by `deadline` (performance.now() time). */
async function beforeDeadline<T>(promise: Promise<T>, deadline: number): Promise<T | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), Math.max(0, deadline - performance.now())); });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The item, unless its failure is the pool's: threads that cannot start (bad dictionaries) fail the
 * whole run, as loading them in this thread would, and not each document in turn.
 */
function settled(item: CodedItem, pool: CoderPool): CodedItem {
  if ('failure' in item && item.failure === pool.startupError) throw item.failure;
  return item;
}

/** The default number of jobs: one per core. */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Codes inputs in worker threads and yields them in input order; reading errors pass through
 * in their place. With one job it codes in this thread.
 * @example for await (const item of codeInputs(readInputs(['news/']), { jobs: 2 })) …
 */
export async function* codeInputs(items: AsyncIterable<InputItem>, options: CodeInputsOptions = {}): AsyncGenerator<CodedItem> {
  let jobs = options.jobs ?? defaultJobs();
  const iterator = items[Symbol.asyncIterator]();
  // Look ahead: a short run is not worth starting (all the) workers for. Input slower in coming
  // than LOOKAHEAD_MS (a stream, pages fetched one by one) is taken for a long run, so that its
  // first documents are not held back.
  const perJob = Math.max(1, options.minDocsPerJob ?? 1);
  const head: InputItem[] = [];
  let docs = 0;
  let ended = false;
  let pending: Promise<IteratorResult<InputItem>> | null = null;
  const deadline = performance.now() + LOOKAHEAD_MS;
  while (jobs > 1 && docs < jobs * perJob) {
    pending ??= iterator.next();
    const next = perJob > 1 ? await beforeDeadline(pending, deadline) : await pending;
    if (next === null) break;
    pending = null;
    if (next.done) { ended = true; break; }
    head.push(next.value);
    if ('raw' in next.value) docs++;
  }
  if (ended) jobs = Math.max(1, Math.min(jobs, Math.floor(docs / perJob)));
  const all: AsyncIterable<InputItem> = {
    async *[Symbol.asyncIterator]() {
      yield* head;
      if (ended) return;
      for (let n = await (pending ?? iterator.next()); !n.done; n = await iterator.next()) yield n.value;
    },
  };
  const budgetMs = options.budgetMs ?? DEFAULT_TIME_BUDGET_MS;
  if (jobs <= 1) {
    // Imported here, not at the top: with worker threads this thread never codes, and the pipeline's
    // modules would cost it compile time and memory for nothing.
    const { Coder } = await import('../coder.js');
    // As in a worker thread: loading on first use is not the first document's time.
    const coder = new Coder().warmUp();
    for await (const item of all) {
      if ('error' in item) { yield item; continue; }
      try {
        yield { raw: item.raw, doc: withTimeBudget(budgetMs, () => coder.code(item.raw, { date: options.date })) };
      } catch (failure) {
        yield { raw: item.raw, failure };
      }
    }
    return;
  }
  const pool = new CoderPool(jobs, options.date, { budgetMs, graceMs: options.graceMs });
  const results = new OrderedResults<CodedItem>();
  /** Hands back, in input order, every finished item no older one is still holding up. */
  function* finished(): Generator<CodedItem> {
    while (results.headReady) yield settled(results.take(), pool);
  }
  try {
    for await (const item of all) {
      if ('error' in item) results.add(item);
      else {
        const raw = item.raw;
        results.add(pool.code(raw).then((doc): CodedItem => ({ raw, doc }), (failure): CodedItem => ({ raw, failure })));
      }
      // Keep order: hand back what has finished in turn; take new input only while the threads
      // have room for it and the finished documents waiting behind a slow one fit in the window.
      yield* finished();
      while (results.busy >= jobs * IN_FLIGHT_PER_JOB || results.size >= jobs * WAITING_PER_JOB) {
        await results.settle();
        yield* finished();
      }
    }
    while (results.size) {
      await results.settle();
      yield* finished();
    }
  } finally {
    await pool.close();
  }
}
