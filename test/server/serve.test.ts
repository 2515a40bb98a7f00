import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { openFixture, type Fixture } from './fixture.js';

let fx: Fixture;

beforeAll(async () => {
  fx = await openFixture();
  await fx.store.close(); // the server opens the file itself
});
afterAll(async () => fx?.close().catch(() => {}));

describe('dyad serve over a real socket', () => {
  it('serves the API on an ephemeral port, logs each request, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/run.ts', 'serve', '--port', '0', '--host', '127.0.0.1', '--db', fx.dbUrl], {
      cwd: ROOT, env: { ...process.env, DYAD_TOKEN: 'e2e-token', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => { stderr += s; });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await expect.poll(() => /serving (http:\/\/127\.0\.0\.1:\d+)/.test(stderr), { timeout: 30_000, interval: 50 }).toBe(true);
    const base = /serving (http:\/\/127\.0\.0\.1:\d+)/.exec(stderr)![1];

    const events = await (await fetch(`${base}/api/events?actor=USA`)).json();
    expect(events.rows).toHaveLength(3);

    const ingest = await fetch(`${base}/api/ingest`, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer e2e-token' },
      body: JSON.stringify({ text: 'Japan praised India on Monday.', date: '2022-06-06' }),
    });
    expect(ingest.status).toBe(200);

    const exp = await fetch(`${base}/api/export?format=gdelt&dyad=JPN-IND`);
    expect(exp.headers.get('content-type')).toBe('text/tab-separated-values; charset=utf-8');
    const lines = (await exp.text()).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0].split('\t')).toHaveLength(61);

    const missing = await fetch(`${base}/api/events/ev-none`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toBe('application/problem+json');

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const log = stderr.split('\n').filter((l) => /^\S+Z \S+ (GET|POST) \/api\//.test(l));
    expect(log, stderr).toHaveLength(4);
    expect(log[0]).toMatch(/^\S+Z 127\.0\.0\.1 GET \/api\/events\?actor=USA 200 \d+ms$/);
    expect(log[1]).toMatch(/ POST \/api\/ingest 200 /);
    expect(stderr).toMatch(/SIGTERM: stopping/);
  }, 60_000);
});
