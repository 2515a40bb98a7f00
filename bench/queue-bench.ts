// Throughput of the distributed mode: `dyad ingest --enqueue` then 1, 2 and 4 `dyad worker --once`
// processes against the machine's PostgreSQL, over a fixed slice of ../shared/datasets/news/news.jsonl
// (first N records, N from argv, default 300). For each count of workers: wall time from start to
// the last exit (process start and dictionary loading included), and the steady rate, from the first
// job taken to the last job done (pg-boss's started_on and completed_on), the time a job is held,
// the workers' CPU time per article (start-up included) and their peak RSS. Every run starts on a fresh
// store and queue, and checks that each document was stored once.
// Each count runs `--repeat N` times (default 2) and the best run is kept, since other work on the
// machine slows some runs down.
// Usage: npx tsx bench/queue-bench.ts [articles=300] [--repeat N] [--json]; DYAD_BENCH_PG picks the database.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CORPUS = join(ROOT, '../shared/datasets/news/news.jsonl');
const PG_URL = process.env.DYAD_BENCH_PG ?? process.env.DYAD_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const WORKER_COUNTS = [1, 2, 4];
const args = process.argv.slice(2);
const json = args.includes('--json');
const repeatAt = args.indexOf('--repeat');
const repeat = repeatAt >= 0 ? Number(args[repeatAt + 1]) : 2;
const count = Number(args.find((a, i) => /^\d+$/.test(a) && i !== repeatAt + 1) ?? 300);

if (!existsSync(CORPUS)) {
  console.error(`bench: ${CORPUS} is absent; nothing to measure`);
  process.exit(1);
}

async function query<T = Record<string, unknown>>(text: string, values: unknown[] = []): Promise<T[]> {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  await c.connect();
  try {
    return (await c.query(text, values)).rows as T[];
  } finally {
    await c.end();
  }
}

try {
  await query('SELECT 1');
} catch (e) {
  console.error(`bench: PostgreSQL at ${PG_URL} is unreachable (${(e as Error).message}); the distributed mode needs it`);
  process.exit(1);
}

function dyad(argv: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', ...argv], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'dyad-queue-bench-'));
const lines = readFileSync(CORPUS, 'utf8').split('\n').filter(Boolean).slice(0, count);
const input = join(tmp, 'slice.jsonl');
writeFileSync(input, `${lines.join('\n')}\n`);
const mb = lines.reduce((n, l) => n + (JSON.parse(l).text ?? JSON.parse(l).html ?? '').length, 0) / 1e6;
const cores = availableParallelism();
const run = randomBytes(3).toString('hex');

interface Row { workers: number; wallSeconds: number; articlesPerSec: number; steadyArticlesPerSec: number; steadyMbPerSec: number; msPerJob: number; cpuMsPerArticle: number; peakRssMb: number; enqueueSeconds: number }
const rows: Row[] = [];
console.log(`queue benchmark: news.jsonl, first ${count} records (${mb.toFixed(2)} MB of text); ${cores} cores; workers run --once --concurrency 1; best of ${repeat}`);
let baseline = 0;

/** One run: a fresh store and queue, the slice enqueued, `workers` processes until the queue is empty. */
async function measure(workers: number, round: number): Promise<Row> {
  const store = `dyad_qbench_${run}_${workers}_${round}`;
  const boss = `dyad_qbboss_${run}_${workers}_${round}`;
  const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${store}`)}`;
  await query(`CREATE SCHEMA ${store}`);
  try {
    let t0 = performance.now();
    const enq = await dyad(['ingest', '--db', url, '--queue-schema', boss, '--enqueue', '--json', input]);
    const enqueueSeconds = (performance.now() - t0) / 1000;
    if (enq.code !== 0) throw new Error(`enqueue failed (${enq.code}): ${enq.stderr}`);
    t0 = performance.now();
    const results = await Promise.all(Array.from({ length: workers }, () => dyad(['worker', '--db', url, '--queue-schema', boss, '--once', '--poll', '0.5', '--json'])));
    const wallSeconds = (performance.now() - t0) / 1000;
    for (const r of results) if (r.code !== 0) throw new Error(`a worker failed (${r.code}): ${r.stderr}`);
    const [span] = await query<{ seconds: number; ms: number }>(
      `SELECT extract(epoch FROM max(completed_on) - min(started_on))::float AS seconds,
              avg(extract(epoch FROM completed_on - started_on))::float * 1000 AS ms
       FROM ${boss}.job WHERE state = 'completed'`,
    );
    const [stored] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM ${store}.articles`);
    if (stored.n !== count) throw new Error(`expected ${count} articles stored once, found ${stored.n}`);
    const summaries = results.map((r) => JSON.parse(r.stdout) as { cpuSeconds: number; peakRssMb: number });
    return {
      workers, wallSeconds, enqueueSeconds, msPerJob: span.ms,
      cpuMsPerArticle: (summaries.reduce((n, x) => n + x.cpuSeconds, 0) * 1000) / count,
      peakRssMb: Math.max(...summaries.map((x) => x.peakRssMb)),
      articlesPerSec: count / wallSeconds, steadyArticlesPerSec: count / span.seconds, steadyMbPerSec: mb / span.seconds,
    };
  } finally {
    await query(`DROP SCHEMA IF EXISTS ${store} CASCADE; DROP SCHEMA IF EXISTS ${boss} CASCADE`);
  }
}

try {
  // The reference: one process coding and storing in this machine's PostgreSQL, no queue.
  {
    const store = `dyad_qbench_${run}_local`;
    const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${store}`)}`;
    await query(`CREATE SCHEMA ${store}`);
    try {
      const t0 = performance.now();
      const r = await dyad(['ingest', '--db', url, '--jobs', '1', '--json', input]);
      if (r.code !== 0) throw new Error(`ingest failed (${r.code}): ${r.stderr}`);
      baseline = count / ((performance.now() - t0) / 1000);
      console.log(`  local ingest, --jobs 1, no queue: ${baseline.toFixed(1)} articles/s (wall)`);
    } finally {
      await query(`DROP SCHEMA IF EXISTS ${store} CASCADE`);
    }
  }
  for (const workers of WORKER_COUNTS) {
    let best: Row | null = null;
    for (let round = 1; round <= repeat; round++) {
      const row = await measure(workers, round);
      if (!best || row.steadyArticlesPerSec > best.steadyArticlesPerSec) best = row;
    }
    rows.push(best!);
    const speedup = best!.steadyArticlesPerSec / rows[0].steadyArticlesPerSec;
    console.log(`  ${String(workers).padStart(2)} worker${workers === 1 ? ' ' : 's'}  wall ${best!.wallSeconds.toFixed(1).padStart(6)} s  ${best!.articlesPerSec.toFixed(1).padStart(6)} articles/s   steady ${best!.steadyArticlesPerSec.toFixed(1).padStart(6)} articles/s ${best!.steadyMbPerSec.toFixed(3)} MB/s  ×${speedup.toFixed(2)}   ${best!.msPerJob.toFixed(0)} ms per job, worker CPU ${best!.cpuMsPerArticle.toFixed(0)} ms per article, peak RSS ${best!.peakRssMb} MB   (enqueue ${best!.enqueueSeconds.toFixed(1)} s)`);
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

const by = (w: number) => rows.find((r) => r.workers === w)!;
if (json) {
  console.log(JSON.stringify({
    articles: count, mb, cores,
    localIngestArticlesPerSec: baseline,
    workers: rows,
    scaling2Workers: by(2).steadyArticlesPerSec / by(1).steadyArticlesPerSec,
    scaling4Workers: by(4).steadyArticlesPerSec / by(1).steadyArticlesPerSec,
  }));
}
