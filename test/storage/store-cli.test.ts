import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dyad } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-store-cli-'));
const db = `sqlite:${join(dir, 'cli.db')}`;
const a = join(dir, 'a.txt');
const b = join(dir, 'b.txt');
const empty = join(dir, 'empty.txt');
writeFileSync(a, 'Russia attacks Ukraine\n\nRussia attacked Ukraine on Thursday. The United States condemned Russia.\n');
writeFileSync(b, 'Invasion begins\n\nRussia attacked Ukraine on Thursday, officials said. Ukraine accused Russia of war crimes.\n');
writeFileSync(empty, '');
const STACK_FRAME = /\bat .*\.(js|ts):\d+/;

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dyad ingest and the query commands', () => {
  it('ingests, reports rejected inputs with exit 3, and summarizes', () => {
    const r = dyad(['ingest', '--db', db, '--date', '2022-02-24', a, b, empty]);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/^ingested 3 inputs into sqlite:.*cli\.db in [\d.]+ s/);
    expect(r.stdout).toMatch(/stored {11}2\n {2}already present {2}0\n {2}rejected {9}1 {2}\(E002 ×1; reasons above\)\n {2}events {11}3 new, 1 merged into stored events/);
    expect(r.stderr).toContain(`dyad: E002 ${empty}: the input is empty (0 bytes)`);
    expect(r.stderr).not.toMatch(STACK_FRAME);
  });

  it('ingesting again stores nothing and prints a JSON summary with --json', () => {
    const r = dyad(['ingest', '--db', db, '--date', '2022-02-24', '--json', a, b]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const summary = JSON.parse(r.stdout);
    expect(summary).toMatchObject({ read: 2, stored: 0, present: 2, rejected: [], events: { new: 0, merged: 0 } });
    expect(summary.run).toMatch(/^run-/);
  });

  it('lists merged events as JSON lines, with filters', () => {
    const r = dyad(['events', '--db', db, '--json', '--dyad', 'UKR-RUS', '--sort', '-mentions']);
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((e) => [e.sourceCode, e.code, e.targetCode, e.numMentions, e.numArticles])).toEqual([['RUS', '190', 'UKR', 2, 2], ['UKR', '1124', 'RUS', 1, 1]]);
    expect(dyad(['events', '--db', db, '--json', '--text', 'condemned']).stdout.trim().split('\n')).toHaveLength(1);
  });

  it('prints tables and says how to get the next page', () => {
    const r = dyad(['events', '--db', db, '--limit', '1', '--sort', 'date']);
    expect(r.code).toBe(0);
    const [header, row] = r.stdout.trim().split('\n');
    expect(header).toMatch(/^date\s+source\s+code\s+event\s+target\s+mentions\s+articles\s+sources\s+id$/);
    expect(row).toMatch(/^2022-02-24\s+\S+\s+\d{3,4}\s+.+\s+ev-[0-9a-f]{24}$/);
    const cursor = /--cursor (\S+)/.exec(r.stderr)?.[1];
    expect(cursor).toBeTruthy();
    const next = dyad(['events', '--db', db, '--limit', '10', '--sort', 'date', '--cursor', cursor!, '--json']);
    expect(next.stdout.trim().split('\n')).toHaveLength(2);
    const actors = dyad(['actors', '--db', db, '--limit', '2']);
    expect(actors.stdout.split('\n')[1]).toMatch(/^RUS\s+Russia\s+\d+\s+1\s+2$/);
    const articles = dyad(['articles', '--db', db, '--json', '--actor', 'USA']);
    expect(articles.stdout.trim().split('\n').map((l) => JSON.parse(l).title)).toEqual(['Russia attacks Ukraine']);
  });

  it('migrates a new store and says when one is up to date', () => {
    const fresh = `sqlite:${join(dir, 'fresh.db')}`;
    expect(JSON.parse(dyad(['db', 'migrate', '--db', fresh, '--json']).stdout)).toMatchObject({ kind: 'sqlite', applied: 3, version: 3 });
    expect(dyad(['db', 'migrate', '--db', fresh]).stdout).toMatch(/already up to date, schema version 3/);
  });

  it('explains bad options and unreachable stores in one line, without a stack trace', () => {
    const scheme = dyad(['events', '--db', 'mysql://root:secret@db/x']);
    expect(scheme.code).toBe(2);
    expect(scheme.stderr).toBe('dyad: E030 unknown database "mysql://root:***@db/x" (scheme mysql:); expected sqlite:PATH, a file path, or postgres://…\n');
    const missing = dyad(['events', '--db', join(dir, 'missing.db')]);
    expect([missing.code, missing.stderr]).toEqual([1, `dyad: E040 sqlite:${join(dir, 'missing.db')}: no such database file; \`dyad ingest\` creates it, or pass --db\n`]);
    const unopenable = dyad(['ingest', '--db', join(dir, 'no', 'such', 'dir.db'), a]);
    expect(unopenable.code).toBe(1);
    expect(unopenable.stderr).toMatch(/^dyad: E040 sqlite:.*dir\.db: cannot open the SQLite database \(.+\)\n$/);
    const quad = dyad(['events', '--db', db, '--quad', '9']);
    expect([quad.code, quad.stderr]).toEqual([2, 'dyad: E030 --quad is "9", expected a QuadClass 1–4\n']);
    for (const r of [scheme, missing, unopenable, quad]) expect(r.stderr).not.toMatch(STACK_FRAME);
  });
});
