import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import { dyad } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-queue-usage-'));
const article = join(dir, 'a.txt');
writeFileSync(article, 'Russia attacks Ukraine\n\nRussia attacked Ukraine on Thursday.\n');
const sqlite = `sqlite:${join(dir, 'store.db')}`;
const STACK_FRAME = /\bat .*\.(js|ts):\d+/;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command line in this process (for errors found before any work starts), capturing stderr. */
async function dyadHere(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => { stderr += String(chunk); return true; });
  try {
    return { code: await main(['node', 'dyad', ...args]), stderr };
  } finally {
    spy.mockRestore();
  }
}

describe('the job queue needs PostgreSQL, and says so', () => {
  it('refuses a queue on SQLite with E030 and exit 2, for every queue command', () => {
    const expected = `dyad: E030 the job queue needs PostgreSQL, but the store is "${sqlite}" (SQLite); pass --db postgres://… (workers on any machine share that database)\n`;
    for (const args of [['ingest', '--enqueue', article], ['worker', '--once'], ['status']]) {
      const r = dyad([...args, '--db', sqlite]);
      expect([r.code, r.stderr], args.join(' ')).toEqual([2, expected]);
    }
    // DYAD_DB's default store is SQLite too.
    const byDefault = dyad(['status', '--db', join(dir, 'x.db')]);
    expect(byDefault.code).toBe(2);
    expect(byDefault.stderr).toMatch(/^dyad: E030 the job queue needs PostgreSQL, but the store is ".*x\.db" \(SQLite\)/);
  });

  it('checks the queue flags before connecting', async () => {
    const pg = 'postgres://nobody@127.0.0.1:1/none';
    const cases: Array<[string[], string]> = [
      [['worker', '--db', pg, '--concurrency', '0'], 'dyad: E030 --concurrency is "0", expected a whole number from 1 to 256\n'],
      [['worker', '--db', pg, '--poll', '0.1'], 'dyad: E030 --poll is "0.1", expected a number from 0.5 to 3600\n'],
      [['worker', '--db', pg, '--queue-schema', 'no-dashes'], 'dyad: E030 --queue-schema is "no-dashes", expected a plain identifier (letters, digits, _; at most 50)\n'],
      [['ingest', '--db', pg, '--enqueue', '--retries', '0', article], 'dyad: E030 --retries is "0", expected a whole number from 1 to 100\n'],
      [['ingest', '--db', pg, '--enqueue', '--lease', '86400', article], 'dyad: E030 --lease is "86400", expected a whole number from 1 to 86399\n'],
      [['ingest', '--db', pg, '--enqueue', '--jobs', '2', article], 'dyad: E030 --jobs codes on this machine; with --enqueue the workers code (dyad worker --concurrency N)\n'],
      [['ingest', '--db', sqlite, '--lease', '30', article], 'dyad: E030 --lease applies to queued jobs; add --enqueue\n'],
      [['status', '--db', pg, '--minutes', 'five'], 'dyad: E030 --minutes is "five", expected a whole number from 1 to 1440\n'],
    ];
    for (const [args, stderr] of cases) {
      const r = await dyadHere(args);
      expect([r.code, r.stderr], args.join(' ')).toEqual([2, stderr]);
    }
  });

  it('reports an unreachable PostgreSQL in one line with E040 and exit 1', () => {
    const r = dyad(['status', '--db', 'postgres://nobody:secret@127.0.0.1:1/none']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^dyad: E040 postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none: cannot open the job queue in schema dyad_boss \(.+\)\n$/);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});
