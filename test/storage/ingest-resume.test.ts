import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';

const ARTICLES = 200;
const BATCH = 5;
const dir = mkdtempSync(join(tmpdir(), 'dyad-resume-'));
const inputs = join(dir, 'articles');

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** ~200 small articles: a few actors and verbs on a few weekdays, so many events merge across articles. */
function writeArticles(): void {
  const actors = ['Russia', 'Ukraine', 'France', 'Germany', 'China', 'Japan', 'Iran', 'Israel', 'Turkey', 'Egypt'];
  const verbs = ['attacked', 'condemned', 'criticized', 'praised', 'accused {} of war crimes', 'called for talks with', 'imposed sanctions on', 'threatened'];
  const days = ['Monday', 'Tuesday', 'Wednesday'];
  let seed = 7;
  const pick = <T>(xs: T[]) => xs[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % xs.length];
  mkdirSync(inputs);
  for (let i = 0; i < ARTICLES; i++) {
    const sentences = [0, 1, 2].map(() => {
      const a = pick(actors);
      const b = pick(actors.filter((x) => x !== a));
      const verb = pick(verbs);
      return verb.includes('{}') ? `${a} ${verb.replace('{}', b)} on ${pick(days)}.` : `${a} ${verb} ${b} on ${pick(days)}.`;
    });
    writeFileSync(join(inputs, `${String(i).padStart(3, '0')}.txt`), `Dispatch ${i}\n\n${sentences.join(' ')} The bureau filed report ${i}.\n`);
  }
}

function ingestArgs(db: string): string[] {
  return ['--import', 'tsx', 'src/cli/run.ts', 'ingest', '--db', `sqlite:${db}`, '--date', '2022-03-10', '--batch', String(BATCH), inputs];
}

function count(db: string, sql: string): number {
  const conn = new Database(db, { readonly: true, fileMustExist: true });
  try {
    return Number((conn.prepare(sql).get() as { n: number }).n);
  } finally {
    conn.close();
  }
}

/** Everything that must be identical between a resumed run and a clean one. */
function snapshot(db: string) {
  const conn = new Database(db, { readonly: true });
  try {
    const one = (sql: string) => conn.prepare(sql).get();
    return {
      integrity: one('PRAGMA integrity_check'),
      articles: one('SELECT count(*) AS n FROM articles'),
      actorMentions: one('SELECT count(*) AS n FROM mentions'),
      eventMentions: one('SELECT count(*) AS n FROM event_mentions'),
      fts: one("SELECT count(*) AS n FROM event_mentions_fts WHERE event_mentions_fts MATCH 'report OR attacked OR condemned'"),
      events: conn.prepare('SELECT id, num_mentions, num_articles, num_sources, date FROM events ORDER BY id').all(),
      articleIds: conn.prepare('SELECT id, num_events FROM articles ORDER BY id').all(),
    };
  } finally {
    conn.close();
  }
}

/** Articles whose stored event mentions do not match their event count: half-written ones. */
function halfWritten(db: string): number {
  return count(db, 'SELECT count(*) AS n FROM articles a WHERE a.num_events <> (SELECT count(*) FROM event_mentions m WHERE m.article_id = a.id)');
}

describe('dyad ingest killed with SIGKILL', () => {
  it('resumes with no duplicates and no half-written article, ending as a clean run does', async () => {
    writeArticles();
    const clean = join(dir, 'clean.db');
    const r = spawnSync(process.execPath, ingestArgs(clean), { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(count(clean, 'SELECT count(*) AS n FROM articles')).toBe(ARTICLES);
    // The corpus is built so that events merge across articles: the resumed run must redo those counts too.
    expect(count(clean, 'SELECT count(*) AS n FROM events WHERE num_articles > 1')).toBeGreaterThan(10);

    const killed = join(dir, 'killed.db');
    const child = spawn(process.execPath, ingestArgs(killed), { cwd: ROOT, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    let stored = 0;
    const deadline = Date.now() + 60_000;
    while (stored === 0 && Date.now() < deadline) {
      await new Promise((res) => setTimeout(res, 10));
      try {
        if (existsSync(killed)) stored = count(killed, 'SELECT count(*) AS n FROM articles');
      } catch {
        // The schema is not there yet: the child is still migrating.
      }
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    const before = count(killed, 'SELECT count(*) AS n FROM articles');
    expect(before).toBeGreaterThan(0);
    expect(before, 'the run finished before it could be killed; nothing was resumed').toBeLessThan(ARTICLES);
    expect(before % BATCH, 'a batch was committed in part').toBe(0);
    expect(halfWritten(killed)).toBe(0);

    const again = spawnSync(process.execPath, ingestArgs(killed), { cwd: ROOT, encoding: 'utf8' });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain(`stored           ${ARTICLES - before}`);
    expect(again.stdout).toContain(`already present  ${before}`);
    expect(halfWritten(killed)).toBe(0);
    expect(snapshot(killed)).toEqual(snapshot(clean));
    expect(count(killed, 'SELECT count(*) AS n FROM runs WHERE finished_at IS NULL')).toBe(1);
  });
});
