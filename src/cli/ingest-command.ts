import { randomBytes } from 'node:crypto';
import type { Command } from 'commander';
import { DEFAULT_DATA_DIR, hashDataDir } from '../dictionaries/dictionaries.js';
import { codeInputs } from '../parallel/code-inputs.js';
import { runEnqueue } from './enqueue-command.js';
import type { DyadDocument } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { codeLinkingCopies, createCopyLinker } from '../ingest/duplicate-links.js';
import { readInputs } from '../ingest/input-reader.js';
import { isUrl } from '../ingest/url-reader.js';
import { parseIsoDate } from '../nlp/iso-date.js';
import { effectiveDbUrl } from '../storage/open-store.js';
import { redactUrl } from '../storage/store-error.js';
import { DYAD_VERSION } from '../version.js';
import { DEFAULT_LEASE_SECONDS, DEFAULT_RETRY_LIMIT } from '../queue/queue-config.js';
import { IngestProgress } from './ingest-progress.js';
import { addQueueSchemaOption } from './queue-options.js';
import { describeError, describeFailure, EXIT, out, parseJobs, parseTimeBudget, TIME_BUDGET_HELP, warn } from './output.js';
import { addDbOption, reportStoreErrors, withStore } from './store-options.js';

/** Articles stored per transaction (and per progress line) when --batch is not given. */
export const DEFAULT_BATCH = 100;

interface IngestFlags {
  db?: string;
  date?: string;
  json?: boolean;
  batch?: string;
  jobs?: string;
  enqueue?: boolean;
  lease?: string;
  retries?: string;
  queueSchema?: string;
  timeBudgetMs?: string;
}

async function countInputs(inputs: string[]): Promise<number> {
  let n = 0;
  for await (const _ of readInputs(inputs)) n++;
  return n;
}

function newRunId(): string {
  return `run-${new Date().toISOString().replace(/[-:.]/g, '').slice(0, 15)}-${randomBytes(3).toString('hex')}`;
}

/** `dyad ingest INPUTS…`: codes inputs and stores them in batched transactions, then prints a summary. */
export async function runIngest(inputs: string[], flags: IngestFlags): Promise<number> {
  if (flags.date && !parseIsoDate(flags.date)) throw new DyadError('E030', `--date is "${flags.date}", expected a real date as YYYY-MM-DD`);
  const size = flags.batch === undefined ? DEFAULT_BATCH : Number(flags.batch);
  if (!Number.isInteger(size) || size < 1) throw new DyadError('E030', `--batch is "${flags.batch}", expected a whole number of articles, 1 or more`);
  const list = inputs.length ? inputs : ['-'];
  if (flags.enqueue) return runEnqueue(list, { ...flags, batchSize: size });
  const queueFlag = flags.lease !== undefined ? '--lease' : flags.retries !== undefined ? '--retries' : flags.queueSchema !== undefined ? '--queue-schema' : null;
  if (queueFlag) throw new DyadError('E030', `${queueFlag} applies to queued jobs; add --enqueue`);
  const budgetMs = parseTimeBudget(flags.timeBudgetMs);
  const started = Date.now();
  return reportStoreErrors(() => withStore(flags.db, async (store) => {
    const runId = newRunId();
    await store.startRun({ id: runId, startedAt: new Date().toISOString(), dyadVersion: DYAD_VERSION, dictionaries: hashDataDir(DEFAULT_DATA_DIR) });
    const mode = IngestProgress.modeFor(Boolean(flags.json));
    // Counting would fetch every URL twice; runs with URLs show a count without a total.
    const progress = new IngestProgress(mode, mode === 'bar' && !list.includes('-') && !list.some(isUrl) ? await countInputs(list) : null);
    const counts = { read: 0, stored: 0, present: 0, rejected: 0 };
    const events = { new: 0, merged: 0 };
    const rejected: Array<{ input: string; reason: string }> = [];
    let batch: DyadDocument[] = [];
    const reject = (input: string, reason: string) => {
      counts.rejected++;
      rejected.push({ input, reason });
      progress.clear();
      warn(reason);
    };
    const flush = async () => {
      for (const r of await store.putDocuments(batch, runId)) {
        if (r.inserted) counts.stored++;
        else counts.present++;
        events.new += r.newEvents;
        events.merged += r.mergedEvents;
      }
      batch = [];
      progress.batch(counts);
    };
    const items = readInputs(list, process.stdin, { duplicates: true });
    for await (const item of codeLinkingCopies(items, (rest) => codeInputs(rest, { jobs: parseJobs(flags.jobs), date: flags.date, budgetMs }), createCopyLinker(undefined, flags.date))) {
      counts.read++;
      if ('error' in item) {
        reject(item.error.where ?? 'input', describeError(item.error));
        continue;
      }
      if ('failure' in item) reject(item.raw.uri, describeFailure(item.raw.uri, item.failure));
      else batch.push(item.doc);
      progress.tick(counts, item.raw.uri);
      if (batch.length >= size) await flush();
    }
    if (batch.length) await flush();
    progress.clear();
    await store.finishRun(runId, { stored: counts.stored, skipped: counts.present, rejected });
    const seconds = (Date.now() - started) / 1000;
    const db = redactUrl(effectiveDbUrl(flags.db));
    if (flags.json) {
      out(JSON.stringify({ run: runId, db, read: counts.read, stored: counts.stored, present: counts.present, rejected, events, seconds }));
    } else {
      const reasons = new Map<string, number>();
      for (const r of rejected) reasons.set(r.reason.split(' ')[0], (reasons.get(r.reason.split(' ')[0]) ?? 0) + 1);
      out([
        `ingested ${counts.read} input${counts.read === 1 ? '' : 's'} into ${db} in ${seconds.toFixed(1)} s (${(counts.read / Math.max(seconds, 0.001)).toFixed(1)}/s), run ${runId}`,
        `  stored           ${counts.stored}`,
        `  already present  ${counts.present}`,
        `  rejected         ${counts.rejected}${reasons.size ? `  (${[...reasons].map(([code, n]) => `${code} ×${n}`).join(', ')}; reasons above)` : ''}`,
        `  events           ${events.new} new, ${events.merged} merged into stored events`,
      ].join('\n'));
    }
    return rejected.length ? EXIT.rejected : EXIT.ok;
  }));
}

/** Registers the `ingest` command. */
export function registerIngest(program: Command, done: (code: number) => void): void {
  const cmd = program
    .command('ingest')
    .description('code articles and store them (idempotent: an article already stored is skipped)')
    .argument('[inputs...]', 'files, directories, URLs (pages or feeds), WARC files, or - for standard input (text, HTML or JSON Lines)');
  addDbOption(cmd)
    .option('--date <YYYY-MM-DD>', 'publication date for inputs that carry none')
    .option('--batch <n>', `articles per transaction (default ${DEFAULT_BATCH})`)
    .option('--jobs <N>', 'worker threads that code (default: one per core); one writer stores')
    .option('--time-budget-ms <ms>', TIME_BUDGET_HELP)
    .option('--json', 'no progress; the summary as one JSON object')
    .option('--enqueue', 'PostgreSQL only: add one job per document to the queue instead of coding here; `dyad worker` codes them')
    .option('--lease <seconds>', `with --enqueue: how long a worker may hold a job before it is handed out again (default ${DEFAULT_LEASE_SECONDS})`)
    .option('--retries <n>', `with --enqueue: attempts after a failure, or after a worker died, before a job stays failed (default ${DEFAULT_RETRY_LIMIT})`);
  addQueueSchemaOption(cmd)
    .action(async (inputs: string[], flags: IngestFlags) => done(await runIngest(inputs, flags)));
}
