import type { Command } from 'commander';
import { queueDbUrl } from '../queue/queue-config.js';
import { DEFAULT_WINDOW_MINUTES, queueStatus, type QueueStatus } from '../queue/queue-status.js';
import { redactUrl } from '../storage/store-error.js';
import { EXIT, out } from './output.js';
import { addQueueSchemaOption, numberFlag, queueSchema, withQueue } from './queue-options.js';
import { addDbOption, reportStoreErrors } from './store-options.js';

interface StatusFlags {
  db?: string;
  minutes?: string;
  queueSchema?: string;
  json?: boolean;
}

/** The status as text: one line per state, throughput, then the latest failures. */
export function formatStatus(s: QueueStatus, db: string): string {
  const j = s.jobs;
  const t = s.throughput;
  const n = (x: number) => String(x).padStart(8);
  const lines = [
    `job queue at ${db} (schema ${s.schema})`,
    `  queued     ${n(j.queued)}${j.retrying ? `  (${j.retrying} to retry after a failure or a lost worker)` : ''}`,
    `  active     ${n(j.active)}${j.overdue ? `  (${j.overdue} past their lease: their worker is gone; the next sweep hands them out again)` : ''}`,
    `  failed     ${n(j.failed)}`,
    `  completed  ${n(j.completed)}  (${j.stored} stored, ${j.completed - j.stored} already in the store)`,
    `throughput over the last ${t.windowMinutes} min: ${t.perMinute} documents/min, ${t.storedPerMinute} stored/min; by minute, newest first: ${t.minutes.map((m) => m.done).join(' ')}`,
  ];
  if (s.failures.length) {
    lines.push(`latest failures (dyad status --json lists their job ids):`);
    for (const f of s.failures) lines.push(`  ${f.reason ?? f.uri ?? f.id}`);
  }
  return lines.join('\n');
}

/** `dyad status`: jobs queued, active, failed and completed in the queue, and throughput. */
export async function runStatus(flags: StatusFlags): Promise<number> {
  queueDbUrl(flags.db);
  const schema = queueSchema(flags.queueSchema);
  const minutes = flags.minutes === undefined ? DEFAULT_WINDOW_MINUTES : numberFlag('--minutes', flags.minutes, 1, 24 * 60);
  return reportStoreErrors(() => withQueue(flags.db, schema, async (queue, url) => {
    const status = await queueStatus(queue, minutes);
    const db = redactUrl(url);
    out(flags.json ? JSON.stringify({ db, ...status }) : formatStatus(status, db));
    return EXIT.ok;
  }));
}

/** Registers the `status` command. */
export function registerStatus(program: Command, done: (code: number) => void): void {
  const cmd = program
    .command('status')
    .description('the job queue: documents queued, in progress, failed and done, and throughput');
  addDbOption(cmd)
    .option('--minutes <n>', `the window that throughput is measured over (default ${DEFAULT_WINDOW_MINUTES})`)
    .option('--json', 'the status as one JSON object');
  addQueueSchemaOption(cmd)
    .action(async (flags: StatusFlags) => done(await runStatus(flags)));
}
