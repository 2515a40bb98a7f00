// Load benchmark of the HTTP API: a SQLite store of 1,000,000 events (synthetic articles of 20
// events each, test/reliability/synthetic-store.ts), `dyad serve` in a child process, autocannon on
// loopback against the main endpoints; requests/s, p50/p99 latency, errors and the server's memory.
// Usage: npm run bench:load [-- EVENTS=1000000 SECONDS=10 CONNECTIONS=10 DB=path]; a DB that exists is used as it is.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../src/storage/open-store.js';
import { load, MAIN_ENDPOINTS, serve, table, type LoadFigures } from '../test/reliability/load-run.js';
import { SyntheticCorpus } from '../test/reliability/synthetic-store.js';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.split('=') as [string, string]));
const EVENTS = Number(args.EVENTS ?? 1_000_000);
const SECONDS = Number(args.SECONDS ?? 10);
const CONNECTIONS = Number(args.CONNECTIONS ?? 10);
const path = args.DB ?? join(mkdtempSync(join(tmpdir(), 'dyad-load-bench-')), 'load.db');
const db = `sqlite:${path}`;

const fresh = !existsSync(path);
const store = await openStore(db);
// A DB= that exists is used as it is (its counts are printed below).
if (fresh) {
  const started = performance.now();
  const loaded = await new SyntheticCorpus(1).load(store, EVENTS, (n) => {
    if (n % 100_000 < 4_000) process.stderr.write(`\rloading: ${n} events`);
  });
  // As `dyad ingest` does at the end of a run: refreshes the planner's statistics.
  await store.finishRun('bench', { stored: loaded.articles, skipped: 0, rejected: [] }).catch(() => undefined);
  console.log(`\nloaded ${loaded.events} events from ${loaded.articles} articles in ${((performance.now() - started) / 1000).toFixed(0)} s into ${path}`);
}
const t = performance.now();
const report = await store.check();
console.log(`db check: ${report.ok ? 'sound' : 'PROBLEMS'} in ${((performance.now() - t) / 1000).toFixed(1)} s; ${JSON.stringify(report.counts)}`);
const [event] = (await store.queryEvents({ actor: 'USA' }, { limit: 1 })).rows;
await store.close();

const server = await serve(db);
const rows: LoadFigures[] = [];
try {
  for (const endpoint of [...MAIN_ENDPOINTS, '/api/aggregates/summary']) {
    const figures = await load(server.url, endpoint.replace('{event}', event.id), SECONDS, CONNECTIONS);
    rows.push(figures);
    // SQLite answers one query at a time: wait until the requests still queued are answered, so that
    // one slow endpoint does not count against the next.
    const drain = performance.now();
    await fetch(`${server.url}/api/health`);
    console.log(`${figures.path}: ${figures.requestsPerSecond} req/s, p99 ${figures.p99} ms, ${figures.errors} errors, ${figures.non2xx} non-2xx; drained in ${Math.round(performance.now() - drain)} ms`);
  }
  const memory = server.memory();
  console.log(`\n${report.counts.events} events, ${report.counts.articles} articles; ${SECONDS} s per endpoint, ${CONNECTIONS} connections; server RSS ${memory.rssMb} MB, peak ${memory.peakMb} MB\n`);
  console.log(table(rows));
} finally {
  await server.stop();
}
