import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/storage/store-error.js';
import { count, dropSandboxes, dyadAsync, PG_URL, probePostgres, sandbox, sql, start, until, type Sandbox } from './queue-fixture.js';
import { writeArticles } from './queue-fixture.js';

const unreachable = await probePostgres();
const dir = mkdtempSync(join(tmpdir(), 'dyad-queue-'));
const DOCS = 24;
const STACK_FRAME = /\bat .*\.(js|ts):\d+/;

/** Arguments that point a command at a sandbox's store and queue. */
function at(s: Sandbox): string[] {
  return ['--db', s.url, '--queue-schema', s.boss];
}

/** Everything that shows a document stored twice or an event counted twice. */
async function storeInvariants(s: Sandbox) {
  return {
    articles: await count(`SELECT count(*) AS n FROM ${s.store}.articles`),
    docIds: await count(`SELECT count(DISTINCT doc_id) AS n FROM ${s.store}.articles`),
    mentionsMatchArticles: await count(`SELECT ((SELECT coalesce(sum(num_events), 0) FROM ${s.store}.articles) = (SELECT count(*) FROM ${s.store}.event_mentions))::int AS n`),
    mentionsMatchEvents: await count(`SELECT ((SELECT coalesce(sum(num_mentions), 0) FROM ${s.store}.events) = (SELECT count(*) FROM ${s.store}.event_mentions))::int AS n`),
  };
}

async function jobStates(s: Sandbox): Promise<Record<string, number>> {
  const rows = await sql<{ state: string; n: number }>(`SELECT state::text AS state, count(*)::int AS n FROM ${s.boss}.job WHERE name = 'dyad-documents' GROUP BY state`);
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}

if (unreachable) {
  const why = `PostgreSQL at ${redactUrl(PG_URL)} is unreachable (${unreachable})`;
  describe('the job queue with worker processes', () => {
    // In CI the database must be there: a missing server is a failure, not a silent skip.
    if (process.env.CI) it('needs a running PostgreSQL', () => { throw new Error(`${why}; start it (see .ci/run) or set DYAD_TEST_PG`); });
    else it.skip(`skipped: ${why}; set DYAD_TEST_PG or start PostgreSQL (CI=1 makes this a failure)`, () => undefined);
  });
} else {
  afterAll(async () => {
    await dropSandboxes();
    rmSync(dir, { recursive: true, force: true });
  });

  describe('dyad ingest --enqueue, dyad worker and dyad status', () => {
    let s: Sandbox;
    let input: string;
    beforeAll(async () => {
      s = await sandbox();
      const lines = readFileSync(writeArticles(dir, 'tmp.jsonl', DOCS), 'utf8').trim().split('\n');
      // A duplicate of the third record and a record with no text.
      input = writeArticles(dir, 'news.jsonl', DOCS, [lines[2], '{"id":"empty","title":"Nothing"}']);
    });

    it('adds one job per document; a duplicate adds nothing; a rejected input is named and exits 3', async () => {
      const r = await dyadAsync(['ingest', ...at(s), '--enqueue', '--json', input]);
      expect(r.code).toBe(3);
      expect(JSON.parse(r.stdout)).toMatchObject({ read: DOCS + 2, enqueued: DOCS, alreadyQueued: 1, queue: s.boss });
      expect(JSON.parse(r.stdout).rejected).toEqual([{ input: `${input}:${DOCS + 2}`, reason: `E005 ${input}:${DOCS + 2}: the record has no "text" or "html"` }]);
      expect(r.stderr).toBe(`dyad: E005 ${input}:${DOCS + 2}: the record has no "text" or "html"\n`);
      const again = await dyadAsync(['ingest', ...at(s), '--enqueue', input]);
      expect(again.code).toBe(3);
      expect(again.stdout).toMatch(/^read 26 inputs for the job queue at postgres:.* \(schema dyad_qboss_\w+\) in [\d.]+ s\n {2}enqueued {9}0\n {2}already queued {3}25\n {2}rejected {9}1 {2}\(E005 ×1; reasons above\)\n$/);
      // Nothing is coded here: the store's tables come with the first worker.
      expect(await jobStates(s)).toEqual({ created: DOCS });
      expect(await count(`SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = $1`, [s.store])).toBe(0);
    });

    it('three worker processes store every document exactly once and stop when the queue is empty', async () => {
      // One of them codes in two worker threads.
      const runs = await Promise.all(['1', '1', '2'].map((n) => dyadAsync(['worker', ...at(s), '--once', '--poll', '0.5', '--concurrency', n, '--json'])));
      for (const r of runs) {
        expect(r.code, r.stderr).toBe(0);
        expect(r.stderr).toBe('');
      }
      const summaries = runs.map((r) => JSON.parse(r.stdout));
      expect(summaries.reduce((n, x) => n + x.done, 0)).toBe(DOCS);
      expect(summaries.reduce((n, x) => n + x.stored, 0)).toBe(DOCS);
      expect(summaries.every((x) => x.failed === 0 && x.retried === 0 && /^worker-/.test(x.run))).toBe(true);
      expect(await storeInvariants(s)).toEqual({ articles: DOCS, docIds: DOCS, mentionsMatchArticles: 1, mentionsMatchEvents: 1 });
      expect(await jobStates(s)).toEqual({ completed: DOCS });
      // Each worker is a run of the store, finished, with what it stored.
      const recorded = await sql<{ stored: number; finished: boolean }>(`SELECT stored, finished_at IS NOT NULL AS finished FROM ${s.store}.runs`);
      expect(recorded).toHaveLength(3);
      expect(recorded.every((r) => r.finished)).toBe(true);
      expect(recorded.reduce((n, r) => n + r.stored, 0)).toBe(DOCS);
    });

    it('status shows jobs by state and throughput, as text and as JSON', async () => {
      const json = await dyadAsync(['status', ...at(s), '--json']);
      expect(json.code).toBe(0);
      const status = JSON.parse(json.stdout);
      expect(Object.keys(status)).toEqual(['db', 'schema', 'jobs', 'throughput', 'failures']);
      expect(status.jobs).toEqual({ queued: 0, retrying: 0, active: 0, overdue: 0, completed: DOCS, stored: DOCS, failed: 0, cancelled: 0 });
      expect(status.throughput).toMatchObject({ windowMinutes: 5, perMinute: expect.any(Number), storedPerMinute: expect.any(Number) });
      expect(status.throughput.minutes).toHaveLength(5);
      expect(status.throughput.minutes.reduce((n: number, m: { done: number }) => n + m.done, 0)).toBe(DOCS);
      expect(status.throughput.perMinute).toBeCloseTo(DOCS / 5, 1);
      expect(status.failures).toEqual([]);
      const text = await dyadAsync(['status', ...at(s), '--minutes', '2']);
      expect(text.stdout).toMatch(new RegExp([
        '^job queue at postgres:.* \\(schema dyad_qboss_\\w+\\)',
        ' {2}queued {12}0',
        ' {2}active {12}0',
        ' {2}failed {12}0',
        ` {2}completed {8}${DOCS} {2}\\(${DOCS} stored, 0 already in the store\\)`,
        `throughput over the last 2 min: ${DOCS / 2} documents/min, ${DOCS / 2} stored/min; by minute, newest first: \\d+ \\d+\\n$`,
      ].join('\\n')));
    });
  });

  describe('workers that stop or die', () => {
    const JOBS = 40;
    let s: Sandbox;
    beforeAll(async () => {
      s = await sandbox();
      // A short lease, so that a dead worker's job comes back within seconds.
      // Thirty sentences each, so that a worker spends most of its time inside a job.
      const r = await dyadAsync(['ingest', ...at(s), '--enqueue', '--lease', '3', '--retries', '5', writeArticles(dir, 'more.jsonl', JOBS, [], 30)]);
      expect(r.code, r.stderr).toBe(0);
    });

    it('SIGTERM: the worker finishes the job in progress, records its run and exits 0', async () => {
      const w = start(['worker', ...at(s), '--poll', '0.5', '--json']);
      await until(async () => (await jobStates(s)).completed >= 3, 30_000, 'three jobs done');
      w.kill('SIGTERM');
      const r = await w.result;
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/^dyad: SIGTERM: finishing the jobs in progress, then stopping/);
      const summary = JSON.parse(r.stdout);
      expect(summary.done).toBeGreaterThanOrEqual(3);
      const states = await jobStates(s);
      expect(states.active).toBeUndefined();
      expect(states).toEqual({ completed: summary.done, created: JOBS - summary.done });
      expect(await count(`SELECT count(*) AS n FROM ${s.store}.runs WHERE finished_at IS NOT NULL AND stored = $1`, [summary.done])).toBe(1);
    });

    it('SIGKILL mid-job: the other workers finish, the dead worker\'s job is retried, nothing is lost or stored twice', async () => {
      const activeJobs = async () => (await sql<{ id: string }>(`SELECT id::text AS id FROM ${s.boss}.job WHERE state = 'active'`)).map((r) => r.id);
      // Kill a lone worker once it holds a job; should the kill land between two jobs, try again.
      let lost: string[] = [];
      for (let attempt = 1; attempt <= 3 && !lost.length; attempt++) {
        const doomed = start(['worker', ...at(s), '--poll', '0.5']);
        const before = (await jobStates(s)).completed ?? 0;
        await until(async () => ((await jobStates(s)).completed ?? 0) >= before + 2 && (await activeJobs()).length > 0, 30_000, 'the worker to hold a job');
        doomed.kill('SIGKILL');
        expect((await doomed.result).signal).toBe('SIGKILL');
        lost = await activeJobs();
      }
      expect(lost.length).toBe(1);
      const t0 = Date.now();
      const rest = await Promise.all([1, 2].map(() => dyadAsync(['worker', ...at(s), '--once', '--poll', '0.5', '--sweep', '1', '--json'])));
      for (const r of rest) expect(r.code, r.stderr).toBe(0);
      expect(Date.now() - t0).toBeLessThan(30_000);
      expect(await jobStates(s)).toEqual({ completed: JOBS });
      // The job the dead worker held ran again: a second attempt, now completed.
      const retried = await sql<{ retry_count: number; state: string }>(`SELECT retry_count, state::text AS state FROM ${s.boss}.job WHERE id = ANY($1::uuid[])`, [lost]);
      expect(retried).toEqual([{ retry_count: expect.any(Number), state: 'completed' }]);
      expect(retried[0].retry_count).toBeGreaterThanOrEqual(1);
      expect(await storeInvariants(s)).toEqual({ articles: JOBS, docIds: JOBS, mentionsMatchArticles: 1, mentionsMatchEvents: 1 });
    });
  });

  describe('a job that cannot be coded', () => {
    it('fails after its retries, the worker exits 3, and status lists it with the reason', async () => {
      const s = await sandbox();
      const { DocumentQueue } = await import('../../src/queue/document-queue.js');
      const queue = await DocumentQueue.open(s.url, { schema: s.boss });
      // Written by something else than dyad: the content is not text.
      await queue.enqueue([{ uri: 'feed:broken', content: 42, format: 'text' } as never], { retryLimit: 1 });
      await queue.close();
      const r = await dyadAsync(['worker', ...at(s), '--once', '--poll', '0.5']);
      expect(r.code).toBe(3);
      expect(r.stdout).toMatch(/^worker worker-\S+: 0 done \(0 stored, 0 already present\), 1 to retry, 1 failed in [\d.]+ s/);
      expect(r.stderr).toMatch(/^dyad: E005 job [0-9a-f-]{36}: the job's data/m);
      expect(r.stderr).toContain(`the job's data is not a document: field "content" is number, expected a string (attempt 1 of 2; it will be retried)`);
      expect(r.stderr).toMatch(/failed; no retries left\)\n/);
      expect(r.stderr).not.toMatch(STACK_FRAME);
      const status = JSON.parse((await dyadAsync(['status', ...at(s), '--json'])).stdout);
      expect(status.jobs).toMatchObject({ queued: 0, active: 0, failed: 1, completed: 0 });
      expect(status.failures).toEqual([{ id: expect.stringMatching(/^[0-9a-f-]{36}$/), uri: 'feed:broken', reason: expect.stringMatching(/^E005 job [0-9a-f-]{36}: the job's data is not a document/), at: expect.any(String) }]);
      const text = await dyadAsync(['status', ...at(s)]);
      expect(text.stdout).toMatch(/ {2}failed {12}1\n/);
      expect(text.stdout).toMatch(/latest failures \(dyad status --json lists their job ids\):\n {2}E005 job /);
    });
  });
}
