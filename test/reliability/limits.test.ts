/** Bounded memory on gigantic inputs, and bounded time for SQL statements. */
import { randomBytes } from 'node:crypto';
import { appendFileSync, createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { readWarc } from '../../src/ingest/warc-reader.js';
import { openStore } from '../../src/storage/open-store.js';
import { PG_URL, probePostgres } from '../helpers/postgres.js';
import { goodPage, warcResponse } from './hostile-files.js';
import { SyntheticCorpus } from './synthetic-store.js';

const SOAK = process.env.DYAD_SOAK === '1';
/** The size of the page inside the gigantic WARC record: 256 MB in `npm test`, 1 GB in `npm run soak`. */
const GIANT_BYTES = (SOAK ? 1024 : 256) * 1024 * 1024;
const dir = mkdtempSync(join(tmpdir(), 'dyad-limits-'));
const unreachable = await probePostgres();
const schema = `dyad_limits_${randomBytes(4).toString('hex')}`;

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (unreachable) return;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

/** Writes a .warc.gz: a page, a record holding a `bytes`-long HTML page (streamed, never in memory), a page. */
async function giantWarc(path: string, bytes: number): Promise<void> {
  const head = (length: number) => Buffer.from(['WARC/1.0', 'WARC-Type: response', 'WARC-Record-ID: <urn:uuid:giant>', 'WARC-Date: 2024-05-18T01:58:10Z',
    'WARC-Target-URI: https://example.org/giant', 'Content-Type: application/http; msgtype=response', `Content-Length: ${length}`, '', ''].join('\r\n'));
  const http = Buffer.from('HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n');
  const chunk = Buffer.alloc(1024 * 1024, 'Freedonia attacked Sylvania. ');
  async function* giant() {
    yield head(http.length + bytes);
    yield http;
    for (let n = 0; n < bytes; n += chunk.length) yield chunk.subarray(0, Math.min(chunk.length, bytes - n));
    yield Buffer.from('\r\n\r\n');
  }
  // Each record its own gzip member, as crawlers write them.
  writeFileSync(path, gzipSync(warcResponse('https://example.org/before', goodPage(1))));
  await pipeline(giant(), createGzip({ level: 1 }), createWriteStream(path, { flags: 'a' }));
  appendFileSync(path, gzipSync(warcResponse('https://example.org/after', goodPage(2))));
}

describe('gigantic inputs', () => {
  it(`streams a WARC with a ${GIANT_BYTES / 1024 / 1024} MB page: refuses that page (E052), keeps the others, memory stays bounded`, async () => {
    const path = join(dir, 'giant.warc.gz');
    await giantWarc(path, GIANT_BYTES);
    const base = process.memoryUsage().rss;
    let peak = base;
    const sample = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
    const out: string[] = [];
    const started = performance.now();
    try {
      for await (const item of readWarc(path)) {
        peak = Math.max(peak, process.memoryUsage().rss);
        out.push('raw' in item ? `page ${item.raw.uri}` : item.error.message);
      }
    } finally {
      clearInterval(sample);
    }
    const growthMb = Math.round((peak - base) / 1024 / 1024);
    console.log(`giant WARC: ${GIANT_BYTES / 1024 / 1024} MB page in a ${Math.round(statSync(path).size / 1024)} KB .warc.gz, read in ${((performance.now() - started) / 1000).toFixed(1)} s, RSS growth ${growthMb} MB`);
    expect(out).toEqual([
      'page https://example.org/before',
      expect.stringMatching(/^E052 https:\/\/example\.org\/giant \(.*\): the page is larger than the 10 MB limit$/),
      'page https://example.org/after',
    ]);
    // The limit is 10 MB of page; the rest of the record streams past.
    expect(growthMb).toBeLessThan(100);
  }, SOAK ? 600_000 : 120_000);
});

describe('SQL statement timeouts (PostgreSQL)', () => {
  it.skipIf(Boolean(unreachable))('cancels a statement past the timeout with a one-line error, and migrations are exempt', async () => {
    const store = await openStore(PG_URL, { schema });
    await new SyntheticCorpus(3).load(store, 10_000);
    expect((await store.check()).ok).toBe(true);
    await store.close();
    const hurried = await openStore(PG_URL, { schema, statementTimeoutMs: 1 });
    try {
      // A parallel scan's workers are cancelled with the statement, and PostgreSQL may report a worker's
      // "due to user request" instead of the leader's "due to statement timeout": both are SQLSTATE 57014.
      await expect(hurried.check()).rejects.toThrow(/canceling statement due to (statement timeout|user request)/);
      // Migrating lifts the timeout for its own transaction.
      expect(await hurried.migrate()).toBe(0);
    } finally {
      await hurried.close();
    }
  }, 120_000);
});
