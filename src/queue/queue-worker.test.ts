import { describe, expect, it } from 'vitest';
import type { Store } from '../storage/store.js';
import type { FetchedJob } from './document-queue.js';
import type { JobFailure } from './job-data.js';
import { MAX_DATABASE_ATTEMPTS, runWorker, type WorkQueue } from './queue-worker.js';

/** A queue in memory: hands out `jobs` in order, records what the worker reports. */
function memoryQueue(jobs: FetchedJob[], pending: WorkQueue['pending'] = async () => ({ waiting: false, active: false })) {
  const failed: Array<{ id: string; failure: JobFailure }> = [];
  const queue: WorkQueue = {
    fetch: async () => jobs.shift() ?? null,
    pending,
    complete: async () => undefined,
    fail: async (id, failure) => { failed.push({ id, failure }); },
  };
  return { queue, failed };
}

const noStore = {} as Store;

describe('runWorker', () => {
  it('sends a failed attempt back while it has retries left, and counts it failed when it has none', async () => {
    const bad = { uri: 'feed:x', content: 7, format: 'text' };
    const { queue, failed } = memoryQueue([
      { id: 'a', data: bad, retryCount: 0, retryLimit: 1 },
      { id: 'b', data: bad, retryCount: 1, retryLimit: 1 },
    ]);
    const warnings: string[] = [];
    const summary = await runWorker(queue, noStore, { once: true, onWarning: (m) => warnings.push(m) });
    expect(summary).toMatchObject({ done: 0, retried: 1, failed: 1 });
    expect(summary.failures).toEqual([{ input: 'job b', reason: 'E005 job b: the job\'s data is not a document: field "content" is number, expected a string' }]);
    expect(failed.map((f) => f.id)).toEqual(['a', 'b']);
    expect(warnings).toEqual([
      'E005 job a: the job\'s data is not a document: field "content" is number, expected a string (attempt 1 of 2; it will be retried)',
      'E005 job b: the job\'s data is not a document: field "content" is number, expected a string (failed; no retries left)',
    ]);
  });

  it(`gives up with E040 after ${MAX_DATABASE_ATTEMPTS} failed attempts in a row to reach the database`, async () => {
    const { queue } = memoryQueue([], async () => { throw new Error('connect ECONNREFUSED 127.0.0.1:5432'); });
    const warnings: string[] = [];
    await expect(runWorker(queue, noStore, { pollSeconds: 0.001, onWarning: (m) => warnings.push(m) }))
      .rejects.toThrow(`E040 gave up after ${MAX_DATABASE_ATTEMPTS} failed attempts in a row to reach the database (internal error: connect ECONNREFUSED 127.0.0.1:5432)`);
    expect(warnings).toHaveLength(MAX_DATABASE_ATTEMPTS - 1);
    expect(warnings[0]).toBe(`internal error: connect ECONNREFUSED 127.0.0.1:5432 (attempt 1 of ${MAX_DATABASE_ATTEMPTS}; trying again)`);
  });

  it('returns at once when aborted before it starts', async () => {
    const { queue } = memoryQueue([{ id: 'a', data: {}, retryCount: 0, retryLimit: 1 }]);
    const summary = await runWorker(queue, noStore, { signal: AbortSignal.abort() });
    expect(summary).toMatchObject({ done: 0, retried: 0, failed: 0 });
  });
});
