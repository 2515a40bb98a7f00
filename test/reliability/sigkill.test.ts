/**
 * Crash safety: `dyad ingest` (SQLite) and `dyad worker` (PostgreSQL queue) killed with SIGKILL at
 * random points, many times, and a worker whose database connections are cut under it. After each
 * kill the store passes `Store.check()` and holds each article once or not at all; the next run
 * completes the rest. DYAD_SOAK=1 kills many more times.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/storage/open-store.js';
import { redactUrl } from '../../src/storage/store-error.js';
import { random } from './synthetic-store.js';
import { count, dropSandboxes, PG_URL, probePostgres, sandbox, sql, start, until, writeArticles, type Sandbox } from '../queue/queue-fixture.js';

const SOAK = process.env.DYAD_SOAK === '1';
/** Kills per command. */
export const KILLS = SOAK ? 50 : 10;
const DOCS = 60;
/**
 * Articles for the ingest run: enough that most kills land mid-run although one run stores a dozen
 * or more articles between the moment a kill point is reached and the kill itself.
 */
const INGEST_DOCS = 150;
const dir = mkdtempSync(join(tmpdir(), 'dyad-sigkill-'));
const unreachable = await probePostgres();

afterAll(async () => {
  if (!unreachable) await dropSandboxes();
  rmSync(dir, { recursive: true, force: true });
});


const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The most articles a start-up kill lets a run store before it lands: a fast run may have started work by then. */
const START_UP_CAP = 8;

/**
 * Where to kill: during start-up (one time in five, after 0–2 s, but before the run has stored more than
 * START_UP_CAP articles, so that a fast run cannot finish the input and leave too few kills mid-run), else
 * once the store holds a random number of articles beyond `stored` (a few batches on), plus a few
 * milliseconds, mid-write or between.
 */
async function killPoint(next: () => number, stored: number, storedNow: () => Promise<number>, exited: () => boolean, total = DOCS): Promise<string> {
  if (next() < 0.2) {
    const ms = Math.round(next() * 2_000);
    const cap = Math.min(total - 1, stored + START_UP_CAP);
    const t0 = Date.now();
    await until(async () => Date.now() - t0 >= ms || exited() || (await storedNow()) >= cap, ms + 120_000, `start-up +${ms} ms`);
    return `start-up +${ms} ms`;
  }
  const target = Math.min(total - 1, stored + 1 + Math.floor(next() * 8));
  await until(async () => exited() || (await storedNow()) >= target, 120_000, `${target} articles stored`);
  const ms = Math.round(next() * 20);
  await sleep(ms);
  return `${target} stored +${ms} ms`;
}

/** Articles in a SQLite store, read beside the writer (0 before its tables exist). */
function sqliteArticles(path: string): () => Promise<number> {
  return async () => {
    try {
      const db = new Database(path, { readonly: true, fileMustExist: true });
      try {
        return Number((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n);
      } finally {
        db.close();
      }
    } catch {
      return 0;
    }
  };
}

/** The store's integrity report and how many articles it holds, each once (by the input's own id too). */
async function consistent(url: string): Promise<number> {
  const store = await openStore(url);
  try {
    const report = await store.check();
    expect(report.checks.filter((c) => c.rows)).toEqual([]);
    const ids = new Set<string>();
    for (let page = await store.queryArticles({}, { limit: 500 }); ; ) {
      for (const row of page.rows) ids.add(row.id);
      if (!page.next) break;
      page = await store.queryArticles({}, { limit: 500, cursor: page.next });
    }
    expect(ids.size).toBe(report.counts.articles);
    return report.counts.articles;
  } finally {
    await store.close();
  }
}

describe('dyad ingest killed with SIGKILL at random points', () => {
  it(`stays consistent after each of ${KILLS} kills, and the next run stores the rest once`, async () => {
    const input = writeArticles(dir, 'ingest.jsonl', INGEST_DOCS, [], 3);
    const path = join(dir, 'killed.db');
    const db = `sqlite:${path}`;
    const args = ['ingest', '--db', db, '--batch', '2', '--jobs', '1', '--date', '2022-03-10', input];
    const next = random(20240518);
    const log: Array<{ after: string; stored: number }> = [];
    let stored = 0;
    for (let i = 0; i < KILLS; i++) {
      const child = start(args);
      const after = await killPoint(next, stored, sqliteArticles(path), () => child.exitCode !== null, INGEST_DOCS);
      child.kill('SIGKILL');
      const result = await child.result;
      const now = await consistent(db).catch((e) => {
        // A kill before the first migration leaves no tables; any other failure is a real one.
        if (/no such table|E040/.test(String(e)) && stored === 0) return 0;
        throw e;
      });
      expect(now).toBeGreaterThanOrEqual(stored);
      stored = now;
      log.push({ after, stored });
      if (result.signal !== 'SIGKILL') expect(result.code).toBe(0);
    }
    const last = await start(args).result;
    expect(last.code, last.stderr).toBe(0);
    expect(last.stdout).toContain(`stored           ${INGEST_DOCS - stored}`);
    expect(last.stdout).toContain(`already present  ${stored}`);
    expect(await consistent(db)).toBe(INGEST_DOCS);
    // Some kills must have landed mid-run, or the test proved nothing.
    expect(log.filter((l) => l.stored > 0 && l.stored < INGEST_DOCS).length, JSON.stringify(log)).toBeGreaterThanOrEqual(KILLS / 2);
    console.log(`ingest SIGKILL: ${JSON.stringify(log)}`);
  }, SOAK ? 3_600_000 : 180_000);
});

if (unreachable) {
  describe('dyad worker killed with SIGKILL', () => {
    const why = `PostgreSQL at ${redactUrl(PG_URL)} is unreachable (${unreachable})`;
    if (process.env.CI) it('needs a running PostgreSQL', () => { throw new Error(why); });
    else it.skip(`skipped: ${why}`, () => undefined);
  });
} else {
  /** A sandbox's store URL with an application name, so that its connections can be found and cut. */
  const named = (s: Sandbox, app: string) => `${s.url}&application_name=${app}`;
  const at = (s: Sandbox, url = s.url) => ['--db', url, '--queue-schema', s.boss];
  const jobStates = async (s: Sandbox) => Object.fromEntries((await sql<{ state: string; n: number }>(
    `SELECT state::text AS state, count(*)::int AS n FROM ${s.boss}.job WHERE name = 'dyad-documents' GROUP BY state`)).map((r) => [r.state, r.n]));

  describe('dyad worker killed with SIGKILL at random points', () => {
    it(`stays consistent after each of ${KILLS} kills, and a last worker finishes every job once`, async () => {
      const s = await sandbox();
      const input = writeArticles(dir, 'queue.jsonl', DOCS, [], 3);
      const enqueued = await start(['ingest', ...at(s), '--enqueue', '--lease', '2', '--retries', String(KILLS + 5), input]).result;
      expect(enqueued.code, enqueued.stderr).toBe(0);
      const next = random(7);
      const log: Array<{ after: string; stored: number }> = [];
      const storedNow = () => count(`SELECT count(*) AS n FROM ${s.store}.articles`).catch(() => 0);
      let stored = 0;
      for (let i = 0; i < KILLS && stored < DOCS; i++) {
        const child = start(['worker', ...at(s), '--poll', '0.5', '--sweep', '1', '--concurrency', String(1 + (i % 2))]);
        const after = await killPoint(next, stored, storedNow, () => child.exitCode !== null);
        child.kill('SIGKILL');
        await child.result;
        const now = await consistent(s.url).catch((e) => {
          if (/does not exist|no such table/.test(String(e)) && stored === 0) return 0;
          throw e;
        });
        expect(now).toBeGreaterThanOrEqual(stored);
        stored = now;
        log.push({ after, stored });
      }
      const last = await start(['worker', ...at(s), '--once', '--poll', '0.5', '--sweep', '1', '--json']).result;
      expect(last.code, last.stderr).toBe(0);
      expect(await consistent(s.url)).toBe(DOCS);
      expect(await jobStates(s)).toEqual({ completed: DOCS });
      expect(await count(`SELECT count(DISTINCT doc_id) AS n FROM ${s.store}.articles`)).toBe(DOCS);
      expect(log.filter((l) => l.stored > 0 && l.stored < DOCS).length, JSON.stringify(log)).toBeGreaterThanOrEqual(KILLS / 2);
      console.log(`worker SIGKILL: ${JSON.stringify(log)}`);
    }, SOAK ? 3_600_000 : 240_000);

    it('survives its database connections being cut (pg_terminate_backend) while it works, storing each article once', async () => {
      // Restarting the shared PostgreSQL would break the test files running beside this one; cutting
      // this worker's own connections is what a restart does to it, and touches nothing else.
      const s = await sandbox();
      const app = `dyad_cut_${s.store.slice(-12)}`;
      const input = writeArticles(dir, 'cut.jsonl', DOCS, [], 3);
      expect((await start(['ingest', ...at(s), '--enqueue', '--lease', '2', '--retries', '10', input]).result).code).toBe(0);
      const worker = start(['worker', ...at(s, named(s, app)), '--once', '--poll', '0.5', '--sweep', '1', '--json']);
      const storedNow = () => count(`SELECT count(*) AS n FROM ${s.store}.articles`).catch(() => 0);
      let cuts = 0;
      for (const threshold of [5, 20, 35]) {
        await until(async () => (await storedNow()) >= threshold || worker.exitCode !== null, 120_000, `${threshold} articles stored`);
        if (worker.exitCode !== null) break;
        cuts += await count(`SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity WHERE application_name = $1`, [app]);
      }
      expect(cuts).toBeGreaterThan(0);
      // The worker rides over the lost connections: the jobs in flight fail, go back to the queue and run again.
      const first = await worker.result;
      expect(first.code, first.stderr).toBe(0);
      expect(first.stderr).toMatch(/terminating connection due to administrator command/);
      expect(await consistent(s.url)).toBe(DOCS);
      expect(await jobStates(s)).toEqual({ completed: DOCS });
      console.log(`connection cuts: ${cuts} backends terminated; ${JSON.parse(first.stdout).retried} jobs retried`);
    }, 240_000);
  });
}
