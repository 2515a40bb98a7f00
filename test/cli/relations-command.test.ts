import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dyad } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-relations-cli-'));
const db = `sqlite:${join(dir, 'relations.db')}`;
const a = join(dir, 'a.txt');
const b = join(dir, 'b.txt');
writeFileSync(a, 'Alliances\n\nArmenia has a defense pact with Russia. The U.S. has strategic ties with both Armenia and Azerbaijan.\n');
writeFileSync(b, 'Rift\n\nRussia is an ally of Armenia, officials said. Armenian Prime Minister Nikol Pashinyan spoke. Armenia is not an ally of Russia.\n');

beforeAll(() => {
  expect(dyad(['ingest', '--db', db, '--date', '2022-07-18', a]).code).toBe(0);
  expect(dyad(['ingest', '--db', db, '--date', '2022-07-20', b]).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Row { id: string; kind: string; aCode: string; bCode: string | null; numStatements: number; numArticles: number; conflicting: boolean; stances: Array<{ label: string; negated: boolean }> }

function rows(args: string[]): Row[] {
  const r = dyad(['relations', '--db', db, '--json', ...args]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.trim() ? r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Row) : [];
}

describe('dyad relations', () => {
  it('lists relations merged across articles as JSON lines, most stated first, conflicts side by side', () => {
    const all = rows([]);
    expect(all.map((r) => `${r.kind} ${r.aCode} ${r.bCode}`)).toEqual(expect.arrayContaining(['allied ARM RUS', 'ties ARM USA', 'ties AZE USA', 'office ARMGOV ARM']));
    const [allied] = all;
    expect(allied).toMatchObject({ kind: 'allied', aCode: 'ARM', bCode: 'RUS', numStatements: 3, numArticles: 2, conflicting: true });
    expect(allied.stances.map((s) => `${s.negated ? 'NOT ' : ''}${s.label}`)).toEqual(['defense pact', 'ally', 'NOT ally']);
  });

  it.each<[string[], string[]]>([
    [['--kind', 'ties'], ['ties ARM USA', 'ties AZE USA']],
    [['--actor', 'aze'], ['ties AZE USA']],
    [['--a', 'ARMGOV'], ['office ARMGOV ARM']],
    [['--dyad', 'RUS-ARM'], ['allied ARM RUS']],
    [['--label', 'defense pact'], ['allied ARM RUS']],
    [['--conflicting'], ['allied ARM RUS']],
    [['--min-articles', '2'], ['allied ARM RUS']],
    [['--from', '2022-07-19', '--kind', 'office'], ['office ARMGOV ARM']],
    [['--to', '2022-07-18', '--kind', 'office'], []],
    [['--text', 'officials said'], ['allied ARM RUS']],
  ])('filters: %j', (args, expected) => {
    expect(rows(args).map((r) => `${r.kind} ${r.aCode} ${r.bCode}`).sort()).toEqual(expected);
  });

  it('prints a table, the next page\'s cursor, and one relation with every statement', () => {
    const r = dyad(['relations', '--db', db, '--limit', '1']);
    expect(r.code).toBe(0);
    const [header, row] = r.stdout.trim().split('\n');
    expect(header).toMatch(/^stmts\s+arts\s+kind\s+a\s+b\s+object\s+said\s+last seen\s+id$/);
    expect(row).toMatch(/^\s+3\s+2\s+allied\s+ARM Armenia\s+<>\s+RUS Russia\s+! defense pact ×1 \| ally ×1 \| NOT ally ×1\s+2022-07-20\s+rel-[0-9a-f]{24}$/);
    expect(r.stderr).toMatch(/more relations match: add --cursor \S+/);
    const id = /rel-[0-9a-f]{24}/.exec(row)![0];
    const one = dyad(['relations', '--db', db, '--id', id]);
    expect(one.code).toBe(0);
    const lines = one.stdout.trim().split('\n');
    expect(lines[0]).toContain('ARM Armenia <> allied RUS Russia  (3 statements, 2 articles, 1 sources, CONFLICTING)');
    expect(lines.slice(1).map((l) => l.trim().slice(0, 10))).toEqual(['2022-07-18', '2022-07-20', '2022-07-20']);
    expect(lines[2]).toContain('ally [reported by officials]');
    expect(lines[3]).toContain('NOT ally');
    expect(JSON.parse(dyad(['relations', '--db', db, '--id', id, '--json']).stdout).statements).toHaveLength(3);
  });

  it('explains bad options as usage errors (exit 2) and an unknown id (exit 1)', () => {
    for (const args of [['--kind', 'Backs!'], ['--min-articles', 'two'], ['--dyad', 'ARM'], ['--from', '2022-13'], ['--sort', 'sideways']]) {
      const r = dyad(['relations', '--db', db, ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^dyad: E030 /);
    }
    const missing = dyad(['relations', '--db', db, '--id', 'rel-nope']);
    expect(missing).toMatchObject({ code: 1, stderr: 'dyad: no relation with id "rel-nope"\n' });
  });
});
