import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { corpus } from '../../src/storage/contract/corpus.js';
import { openStore } from '../../src/storage/open-store.js';
import type { Store } from '../../src/storage/store.js';
import { dyad } from '../helpers/cli.js';
import { PG_URL, probePostgres } from '../helpers/postgres.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-integrity-'));
const schemas: string[] = [];
const unreachable = await probePostgres();

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (!schemas.length) return;
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
  await client.end();
});

/** A store of four coded articles, and a way to run raw SQL on it with its foreign keys off (as a broken tool or disk would). */
interface Damaged {
  store: Store;
  url: string;
  sql(text: string): Promise<void>;
}

async function sqliteStore(): Promise<Damaged> {
  const path = join(dir, `${randomBytes(4).toString('hex')}.db`);
  return {
    store: await openStore(`sqlite:${path}`), url: `sqlite:${path}`,
    sql: async (text) => {
      const db = new Database(path);
      db.pragma('foreign_keys = OFF');
      db.exec(text);
      db.close();
    },
  };
}

async function postgresStore(): Promise<Damaged> {
  const schema = `dyad_integrity_${randomBytes(4).toString('hex')}`;
  schemas.push(schema);
  const url = `${PG_URL}${PG_URL.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return {
    store: await openStore(PG_URL, { schema }), url,
    sql: async (text) => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      // Replica mode skips the foreign-key triggers: the damage a bad restore or a manual edit does.
      await client.query(`SET search_path = ${schema}; SET session_replication_role = replica; ${text}`);
      await client.end();
    },
  };
}

const backends: Array<[string, () => Promise<Damaged>]> = [['sqlite', sqliteStore]];
if (!unreachable) backends.push(['postgres', postgresStore]);

describe.each(backends)('Store.check() on %s finds damage', (_name, open) => {
  it('names each broken check, with the offending rows, and `dyad db check` exits 1', async () => {
    const { store, url, sql } = await open();
    const { attackA, attackB, talks, sanctions } = corpus();
    await store.putDocuments([attackA, attackB, talks, sanctions]);
    expect((await store.check()).ok).toBe(true);
    const ok = dyad(['db', 'check', '--db', url, '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, counts: { articles: 4 } });

    await sql(`
      DELETE FROM event_mentions WHERE article_id = '${sanctions.hash}';
      INSERT INTO mentions (article_id, idx, sentence, char_start, char_end, text, code, name, kind)
        VALUES ('sha256:gone', 0, 0, 0, 6, 'Russia', 'RUS', 'Russia', 'state');
      UPDATE articles SET text = text || ' edited' WHERE id = '${talks.hash}';
      UPDATE events SET num_mentions = num_mentions + 5 WHERE id IN (SELECT event_id FROM event_mentions WHERE article_id = '${attackA.hash}');
    `);
    const report = await store.check();
    expect(report.ok).toBe(false);
    const failed = Object.fromEntries(report.checks.filter((c) => c.rows).map((c) => [c.check, c.examples]));
    expect(Object.keys(failed).sort()).toEqual([
      'every article has as many event mentions as its num_events (no half-written article)',
      'every article id is the sha256 content hash of its text',
      'every event counts its mentions, articles and sources right',
      'every event has at least one mention (no orphan events)',
      'every mentions.article_id names a row of articles',
    ]);
    expect(failed['every article id is the sha256 content hash of its text']).toEqual([talks.hash]);
    expect(failed['every article has as many event mentions as its num_events (no half-written article)']).toEqual([sanctions.hash]);
    expect(failed['every mentions.article_id names a row of articles']).toEqual(['sha256:gone:0']);

    const bad = dyad(['db', 'check', '--db', url]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/PROBLEMS FOUND/);
    expect(bad.stdout).toMatch(/FAIL every mentions\.article_id names a row of articles: 1 row, e\.g\. sha256:gone:0/);
    expect(bad.stderr).toMatch(/^dyad: E062 .*: 5 integrity checks failed: /);
    await store.close();
  });
});
