import { availableParallelism } from 'node:os';
import { Coder } from '../coder.js';
import type { DyadDocument, RawDoc } from '../core/document.js';
import type { DyadError } from '../core/errors.js';
import { DEFAULT_TIME_BUDGET_MS, withTimeBudget } from '../core/pipeline-builder.js';
import type { InputItem } from '../ingest/input-reader.js';
import { CoderPool, type PoolOptions } from './worker-pool.js';

/** Documents in flight per worker: enough to keep workers busy, few enough to bound memory. */
const IN_FLIGHT_PER_JOB = 8;

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
  // Look ahead: a run of one document is not worth starting workers for.
  const head: InputItem[] = [];
  let ended = false;
  while (jobs > 1 && head.filter((i) => 'raw' in i).length < 2) {
    const next = await iterator.next();
    if (next.done) { ended = true; break; }
    head.push(next.value);
  }
  if (ended) jobs = 1;
  const all: AsyncIterable<InputItem> = {
    async *[Symbol.asyncIterator]() {
      yield* head;
      if (ended) return;
      for (let n = await iterator.next(); !n.done; n = await iterator.next()) yield n.value;
    },
  };
  const budgetMs = options.budgetMs ?? DEFAULT_TIME_BUDGET_MS;
  if (jobs <= 1) {
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
  const queue: Array<Promise<CodedItem>> = [];
  try {
    for await (const item of all) {
      if ('error' in item) queue.push(Promise.resolve(item));
      else {
        const raw = item.raw;
        queue.push(pool.code(raw).then((doc) => ({ raw, doc }), (failure) => ({ raw, failure })));
      }
      // Keep order: yield the oldest when enough work is in flight.
      while (queue.length >= jobs * IN_FLIGHT_PER_JOB) yield await queue.shift()!;
    }
    while (queue.length) yield await queue.shift()!;
  } finally {
    await pool.close();
  }
}
