import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../src/storage/contract/corpus.js';
import { openStore } from '../../src/storage/open-store.js';
import type { Store } from '../../src/storage/store.js';
import { dyad } from '../helpers/cli.js';
import { PG_URL, probePostgres } from '../helpers/postgres.js';
import { scratch } from './scratch.js';

const { dir, schema: newSchema } = scratch('integrity');
const unreachable = await probePostgres();

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
  const schema = newSchema();
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
      // The stray mention and the inflated mention counts are not in the rollups either.
      'the rollup actor_counts matches the actor mentions and events',
      'the rollup actor_names matches the actor mentions',
      'the rollup event_days matches the events and their mention counts',
    ]);
    expect(failed['every article id is the sha256 content hash of its text']).toEqual([talks.hash]);
    expect(failed['every article has as many event mentions as its num_events (no half-written article)']).toEqual([sanctions.hash]);
    expect(failed['every mentions.article_id names a row of articles']).toEqual(['sha256:gone:0']);

    const bad = dyad(['db', 'check', '--db', url]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/PROBLEMS FOUND/);
    expect(bad.stdout).toMatch(/FAIL every mentions\.article_id names a row of articles: 1 row, e\.g\. sha256:gone:0/);
    expect(bad.stderr).toMatch(/^dyad: E062 .*: 8 integrity checks failed: /);
    await store.close();
  });

  it('finds rollup counts that no longer match the rows they count', async () => {
    const { store, sql } = await open();
    const { attackA, attackB, talks, sanctions } = corpus();
    await store.putDocuments([attackA, attackB, talks, sanctions]);
    expect((await store.check()).ok).toBe(true);
    await sql(`
      UPDATE actor_counts SET mentions = mentions + 1 WHERE code = 'RUS';
      DELETE FROM event_pairs WHERE source_code = 'RUS' AND target_code = 'UKR';
      UPDATE event_places SET goldstein = goldstein + 1;
      INSERT INTO event_days (date, code, root_code, quad_class, negated, events, mentions, goldstein) VALUES ('1999-01-01', '010', '01', 1, 0, 1, 1, 0);
    `);
    const report = await store.check();
    const failed = Object.fromEntries(report.checks.filter((c) => c.rows).map((c) => [c.check, c.examples]));
    expect(failed).toEqual({
      'the rollup actor_counts matches the actor mentions and events': ['RUS'],
      'the rollup event_pairs matches the events': [expect.stringMatching(/^RUS\|UKR\|0$/)],
      'the rollup event_places matches the events': expect.arrayContaining([expect.any(String)]),
      'the rollup event_days matches the events and their mention counts': ['1999-01-01|010|01|1|0'],
    });
    await store.close();
  });
});
