import type { RawDoc } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { readInputs } from '../ingest/input-reader.js';
import { DEFAULT_LEASE_SECONDS, DEFAULT_RETRY_LIMIT, MAX_LEASE_SECONDS } from '../queue/queue-config.js';
import { redactUrl } from '../storage/store-error.js';
import { describeError, EXIT, out, warn } from './output.js';
import { numberFlag, queueSchema, withQueue } from './queue-options.js';
import { reportStoreErrors } from './store-options.js';

/** The flags of `dyad ingest --enqueue`. */
export interface EnqueueFlags {
  db?: string;
  date?: string;
  json?: boolean;
  batch?: string;
  jobs?: string;
  lease?: string;
  retries?: string;
  queueSchema?: string;
}

/**
 * `dyad ingest --enqueue INPUTS…`: reads the inputs and adds one job per document to the queue in
 * PostgreSQL, for `dyad worker` to code and store; a document already queued adds nothing.
 * `date` and `batch` are checked by the caller.
 */
export async function runEnqueue(inputs: string[], flags: EnqueueFlags & { batchSize: number }): Promise<number> {
  if (flags.jobs !== undefined) throw new DyadError('E030', '--jobs codes on this machine; with --enqueue the workers code (dyad worker --concurrency N)');
  const leaseSeconds = flags.lease === undefined ? DEFAULT_LEASE_SECONDS : numberFlag('--lease', flags.lease, 1, MAX_LEASE_SECONDS);
  // At least one retry: the retry is also what hands out again the job of a worker that died.
  const retryLimit = flags.retries === undefined ? DEFAULT_RETRY_LIMIT : numberFlag('--retries', flags.retries, 1, 100);
  const schema = queueSchema(flags.queueSchema);
  const started = Date.now();
  return reportStoreErrors(() => withQueue(flags.db, schema, async (queue, url) => {
    const counts = { read: 0, enqueued: 0, alreadyQueued: 0 };
    const rejected: Array<{ input: string; reason: string }> = [];
    let batch: RawDoc[] = [];
    const flush = async () => {
      const r = await queue.enqueue(batch, { leaseSeconds, retryLimit });
      counts.enqueued += r.enqueued;
      counts.alreadyQueued += r.alreadyQueued;
      batch = [];
    };
    for await (const item of readInputs(inputs)) {
      counts.read++;
      if ('error' in item) {
        const reason = describeError(item.error);
        rejected.push({ input: item.error.where ?? 'input', reason });
        warn(reason);
        continue;
      }
      // The job carries the date so that any worker codes it as this machine would have.
      batch.push(flags.date && !item.raw.date ? { ...item.raw, date: flags.date } : item.raw);
      if (batch.length >= flags.batchSize) await flush();
    }
    if (batch.length) await flush();
    const seconds = (Date.now() - started) / 1000;
    const db = redactUrl(url);
    if (flags.json) {
      out(JSON.stringify({ db, queue: queue.schema, read: counts.read, enqueued: counts.enqueued, alreadyQueued: counts.alreadyQueued, rejected, seconds }));
    } else {
      const codes = new Map<string, number>();
      for (const r of rejected) codes.set(r.reason.split(' ')[0], (codes.get(r.reason.split(' ')[0]) ?? 0) + 1);
      out([
        `read ${counts.read} input${counts.read === 1 ? '' : 's'} for the job queue at ${db} (schema ${queue.schema}) in ${seconds.toFixed(1)} s`,
        `  enqueued         ${counts.enqueued}`,
        `  already queued   ${counts.alreadyQueued}`,
        `  rejected         ${rejected.length}${codes.size ? `  (${[...codes].map(([code, n]) => `${code} ×${n}`).join(', ')}; reasons above)` : ''}`,
        counts.enqueued ? '  run `dyad worker --db …` on any machine to code and store them; `dyad status` shows progress' : '',
      ].filter(Boolean).join('\n'));
    }
    return rejected.length ? EXIT.rejected : EXIT.ok;
  }));
}
