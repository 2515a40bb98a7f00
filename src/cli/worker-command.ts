import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Command } from 'commander';
import { DEFAULT_DATA_DIR, hashDataDir } from '../dictionaries/dictionaries.js';
import { DEFAULT_POLL_SECONDS, DEFAULT_SWEEP_SECONDS, MIN_POLL_SECONDS, queueDbUrl } from '../queue/queue-config.js';
import { runWorker, type WorkerCounts } from '../queue/queue-worker.js';
import { redactUrl } from '../storage/store-error.js';
import { DYAD_VERSION } from '../version.js';
import { EXIT, out, warn } from './output.js';
import { addQueueSchemaOption, numberFlag, queueSchema, withQueue } from './queue-options.js';
import { addDbOption, reportStoreErrors, withStore } from './store-options.js';

/** Seconds between progress lines on stderr while a worker runs. */
const PROGRESS_EVERY_SECONDS = 30;
/** The most jobs one worker process runs at once. */
const MAX_CONCURRENCY = 256;

interface WorkerFlags {
  db?: string;
  concurrency?: string;
  once?: boolean;
  poll?: string;
  sweep?: string;
  queueSchema?: string;
  json?: boolean;
}

function runId(): string {
  const host = hostname().replace(/[^A-Za-z0-9.-]/g, '').slice(0, 40) || 'host';
  return `worker-${new Date().toISOString().replace(/[-:.]/g, '').slice(0, 15)}-${host}-${process.pid}-${randomBytes(2).toString('hex')}`;
}

function line(c: WorkerCounts): string {
  return `${c.done} done (${c.stored} stored, ${c.present} already present), ${c.retried} to retry, ${c.failed} failed`;
}

/** An AbortSignal for the first SIGINT or SIGTERM; a second one ends the process at once. */
function stopOnSignal(onStop: (signal: string) => void): { signal: AbortSignal; dispose: () => void } {
  const stop = new AbortController();
  const second = () => process.exit(EXIT.failed);
  const first = (signal: string) => {
    process.off('SIGINT', first);
    process.off('SIGTERM', first);
    process.once('SIGINT', second);
    process.once('SIGTERM', second);
    onStop(signal);
    stop.abort();
  };
  process.on('SIGINT', first);
  process.on('SIGTERM', first);
  return {
    signal: stop.signal,
    dispose: () => ['SIGINT', 'SIGTERM'].forEach((s) => { process.off(s, first); process.off(s, second); }),
  };
}

/**
 * `dyad worker`: takes documents from the job queue in PostgreSQL, codes them and stores them in
 * the same database, until SIGINT or SIGTERM (jobs in progress finish) or, with --once, until the
 * queue is empty. Any number of workers may run, on any machines.
 */
export async function runWorkerCommand(flags: WorkerFlags): Promise<number> {
  queueDbUrl(flags.db);
  const schema = queueSchema(flags.queueSchema);
  const concurrency = flags.concurrency === undefined ? 1 : numberFlag('--concurrency', flags.concurrency, 1, MAX_CONCURRENCY);
  const pollSeconds = flags.poll === undefined ? DEFAULT_POLL_SECONDS : numberFlag('--poll', flags.poll, MIN_POLL_SECONDS, 3600, true);
  const sweepSeconds = flags.sweep === undefined ? DEFAULT_SWEEP_SECONDS : numberFlag('--sweep', flags.sweep, 1, 3600);
  return reportStoreErrors(() => withStore(flags.db, (store) => withQueue(flags.db, schema, async (queue, url) => {
    const id = runId();
    await store.startRun({ id, startedAt: new Date().toISOString(), dyadVersion: DYAD_VERSION, dictionaries: hashDataDir(DEFAULT_DATA_DIR) });
    const where = `${redactUrl(url)} (schema ${queue.schema})`;
    if (!flags.json) warn(`worker ${id}: taking jobs from ${where}, ${concurrency} at a time${flags.once ? ', until the queue is empty' : '; SIGINT or SIGTERM stops it'}`);
    const stopper = stopOnSignal((signal) => warn(`${signal}: finishing the jobs in progress, then stopping (again to stop at once; unfinished jobs are handed out again when their lease ends)`));
    let lastLine = Date.now();
    try {
      const summary = await runWorker(queue, store, {
        concurrency, once: flags.once, pollSeconds, runId: id, signal: stopper.signal,
        onWarning: warn,
        onJob: (c) => {
          if (flags.json || Date.now() - lastLine < PROGRESS_EVERY_SECONDS * 1000) return;
          lastLine = Date.now();
          warn(`worker: ${line(c)}`);
        },
      });
      await store.finishRun(id, { stored: summary.stored, skipped: summary.present, rejected: summary.failures });
      const rate = summary.done / Math.max(summary.seconds, 0.001);
      // The process's CPU time and peak memory: what a machine needs per worker.
      const usage = process.resourceUsage();
      const cpuSeconds = (usage.userCPUTime + usage.systemCPUTime) / 1e6;
      const peakRssMb = Math.round(usage.maxRSS / 1024);
      if (flags.json) out(JSON.stringify({ run: id, db: redactUrl(url), queue: queue.schema, ...summary, cpuSeconds, peakRssMb }));
      else out(`worker ${id}: ${line(summary)} in ${summary.seconds.toFixed(1)} s (${rate.toFixed(1)}/s); events ${summary.events.new} new, ${summary.events.merged} merged`);
      return summary.failed ? EXIT.rejected : EXIT.ok;
    } finally {
      stopper.dispose();
    }
  }, { sweepSeconds })));
}

/** Registers the `worker` command. */
export function registerWorker(program: Command, done: (code: number) => void): void {
  const cmd = program
    .command('worker')
    .description('take documents from the job queue (dyad ingest --enqueue), code them and store them; run any number, on any machines');
  addDbOption(cmd)
    .option('--concurrency <N>', 'jobs at once; more than 1 codes in that many worker threads (default 1)')
    .option('--once', 'stop when no job is waiting or in progress anywhere (for batch runs and tests)')
    .option('--poll <seconds>', `how often to look at an empty queue (default ${DEFAULT_POLL_SECONDS})`)
    .option('--sweep <seconds>', `how often to hand out again the jobs of workers that died, once their lease ends (default ${DEFAULT_SWEEP_SECONDS})`)
    .option('--json', 'no progress lines; the summary as one JSON object');
  addQueueSchemaOption(cmd)
    .action(async (flags: WorkerFlags) => done(await runWorkerCommand(flags)));
}
