/** The job queue of documents to code: pg-boss 10 in PostgreSQL, one job per document keyed by content. */
import type PgBoss from 'pg-boss';
import type { RawDoc } from '../core/document.js';
import { redactUrl, StoreError } from '../storage/store-error.js';
import { existingJobIds, pendingJobs, type Execute } from './boss-queries.js';
import { jobId, jobKey } from './job-key.js';
import type { JobFailure, JobOutput } from './job-data.js';
import { DEFAULT_LEASE_SECONDS, DEFAULT_QUEUE_SCHEMA, DEFAULT_RETRY_LIMIT, QUEUE_NAME } from './queue-config.js';

/** Connections of the queue's own pool; a worker needs one or two at a time. */
const QUEUE_POOL_SIZE = 4;

/** How to open the queue. */
export interface OpenQueueOptions {
  /** The schema of pg-boss's tables (default dyad_boss); created with them on first use. */
  schema?: string;
  /**
   * Workers only: seconds between sweeps that hand out again the jobs of dead workers (and archive
   * old jobs). Sweeps are shared: one worker in the database does each. Omitted: no sweeps.
   */
  sweepSeconds?: number;
}

/** How to enqueue: the lease and the retries each job gets. */
export interface EnqueueOptions {
  /** Seconds a worker may hold the job before it is handed out again (default 300). */
  leaseSeconds?: number;
  /** Attempts after the first failure (default 2). */
  retryLimit?: number;
}

/** What enqueuing a batch did. */
export interface EnqueueResult {
  enqueued: number;
  /** Documents whose job was already in the queue (or twice in the batch). */
  alreadyQueued: number;
}

/** A job handed to this worker. */
export interface FetchedJob {
  id: string;
  data: unknown;
  /** Attempts before this one. */
  retryCount: number;
  retryLimit: number;
}

function reason(e: unknown): string {
  const err = e as { message?: string; code?: string; errors?: Array<{ message?: string }> };
  return err.message || err.errors?.[0]?.message || err.code || String(e);
}

/** The queue of documents to code, shared by `dyad ingest --enqueue`, `dyad worker` and `dyad status`. */
export class DocumentQueue {
  /** The schema of pg-boss's tables. */
  readonly schema: string;
  private readonly exec: Execute;
  private readonly errors = new Set<string>();

  private constructor(private readonly boss: PgBoss, schema: string, private readonly onError: (message: string) => void) {
    this.schema = schema;
    const db = boss.getDb();
    this.exec = (sql, values) => db.executeSql(sql, values ?? []);
  }

  /**
   * Connects, creates pg-boss's schema and the queue when missing (safe when many start at once).
   * A connection failure is E040; `onError` hears pg-boss's background errors, each message once.
   * @example const queue = await DocumentQueue.open('postgres://postgres@127.0.0.1:5432/news')
   */
  static async open(url: string, options: OpenQueueOptions = {}, onError: (message: string) => void = () => undefined): Promise<DocumentQueue> {
    const schema = options.schema ?? DEFAULT_QUEUE_SCHEMA;
    const { default: Boss } = await import('pg-boss');
    const boss = new Boss({
      connectionString: url, schema, max: QUEUE_POOL_SIZE, application_name: 'dyad',
      schedule: false, supervise: options.sweepSeconds !== undefined,
      ...(options.sweepSeconds !== undefined ? { maintenanceIntervalSeconds: options.sweepSeconds } : {}),
    });
    const queue = new DocumentQueue(boss, schema, onError);
    boss.on('error', (e) => queue.reportOnce(reason(e)));
    try {
      await boss.start();
      await boss.createQueue(QUEUE_NAME, { name: QUEUE_NAME, policy: 'standard' });
      return queue;
    } catch (e) {
      await boss.stop({ graceful: false }).catch(() => undefined);
      throw new StoreError('E040', `cannot open the job queue in schema ${schema} (${reason(e)})`, redactUrl(url));
    }
  }

  private reportOnce(message: string): void {
    if (this.errors.has(message)) return;
    this.errors.add(message);
    this.onError(`job queue: ${message}`);
  }

  /** Runs SQL on the queue's pool (for the status queries). */
  get execute(): Execute {
    return this.exec;
  }

  /**
   * Adds one job per document unless a job with the same key is in the queue already (live or archived).
   * @example await queue.enqueue([{ uri: 'file:a.txt', content: 'Russia attacked Ukraine.', format: 'text' }])
   */
  async enqueue(raws: RawDoc[], options: EnqueueOptions = {}): Promise<EnqueueResult> {
    const byId = new Map<string, RawDoc>();
    for (const raw of raws) {
      const id = jobId(jobKey(raw));
      if (!byId.has(id)) byId.set(id, raw);
    }
    const present = await existingJobIds(this.exec, this.schema, [...byId.keys()]);
    const jobs = [...byId].filter(([id]) => !present.has(id)).map(([id, raw]) => ({
      id, name: QUEUE_NAME, data: raw,
      expireInSeconds: options.leaseSeconds ?? DEFAULT_LEASE_SECONDS,
      retryLimit: options.retryLimit ?? DEFAULT_RETRY_LIMIT,
    }));
    // Two producers racing on one document: the insert skips the second (ON CONFLICT DO NOTHING).
    if (jobs.length) await this.boss.insert(jobs);
    return { enqueued: jobs.length, alreadyQueued: raws.length - jobs.length };
  }

  /** Takes the next waiting job, or null when none is ready. Its lease starts now. */
  async fetch(): Promise<FetchedJob | null> {
    const [job] = await this.boss.fetch<unknown>(QUEUE_NAME, { batchSize: 1, includeMetadata: true });
    return job ? { id: job.id, data: job.data, retryCount: job.retryCount, retryLimit: job.retryLimit } : null;
  }

  /** Marks a job done, with what storing it did. */
  async complete(id: string, output: JobOutput): Promise<void> {
    await this.boss.complete(QUEUE_NAME, id, output);
  }

  /** Marks an attempt failed: the job is retried while it has retries left, else it stays failed. */
  async fail(id: string, failure: JobFailure): Promise<void> {
    await this.boss.fail(QUEUE_NAME, id, failure);
  }

  /** Whether jobs are still to do: waiting (created or to retry), or held by workers. A database error is thrown. */
  pending(): Promise<{ waiting: boolean; active: boolean }> {
    return pendingJobs(this.exec, this.schema);
  }

  /** Stops sweeping and closes the connections; jobs it holds are not touched (their leases run out). */
  async close(): Promise<void> {
    await this.boss.stop({ graceful: false, close: true });
  }
}
