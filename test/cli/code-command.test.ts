import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dyad } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-cli-'));
const good = join(dir, 'good.txt');
writeFileSync(good, 'Russia condemns Ukraine\n\nRussian Foreign Minister Sergei Lavrov on Monday sharply condemned Ukraine.\n');

describe('dyad code', () => {
  it('prints one JSON document per input with events, evidence and versions', () => {
    const r = dyad(['code', '--json', '--date', '2022-07-18', good]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const doc = JSON.parse(lines[0]);
    expect(doc).toMatchObject({ uri: `file:${good}`, title: 'Russia condemns Ukraine', published: '2022-07-18', language: 'en' });
    expect(doc.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const e = doc.events.find((x: { code: string }) => x.code.startsWith('11'));
    expect(e).toMatchObject({ source: { code: 'RUSGOV' }, target: { code: 'UKR' }, date: '2022-07-18', datePrecision: 'day' });
    expect(doc.text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
    expect(doc.versions).toMatchObject({ dyad: '0.1.0', dictionaries: expect.stringMatching(/^sha256:/) });
  });

  it('reads JSON Lines from stdin and keeps input order', () => {
    const input = ['{"id":"b","text":"Israel criticized Iran.","date":"2020-01-01"}', '{"id":"a","text":"Iran criticized Israel."}'].join('\n');
    const r = dyad(['code', '--json', '-'], input);
    expect(r.code).toBe(0);
    const docs = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.id)).toEqual(['b', 'a']);
    expect(docs[0].published).toBe('2020-01-01');
    expect(docs[1].published).toBeNull();
  });

  it('rejects bad inputs with one line each, codes the rest, and exits 3', () => {
    const empty = join(dir, 'empty.txt');
    const binary = join(dir, 'binary.txt');
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x00, 0x01]));
    writeFileSync(latin1, Buffer.from('Caf\xe9 au lait', 'latin1'));
    const missing = join(dir, 'missing.txt');
    const r = dyad(['code', '--json', empty, good, binary, latin1, missing]);
    expect(r.code).toBe(3);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toEqual([
      `dyad: E002 ${empty}: the input is empty (0 bytes)`,
      `dyad: E003 ${binary}: the input looks binary (it contains NUL bytes); expected UTF-8 text, HTML or JSON Lines`,
      `dyad: E004 ${latin1}: the input is not valid UTF-8 (first bad byte at offset 3); convert it, e.g. with iconv -t UTF-8`,
      `dyad: E001 ${missing}: no such file or directory`,
    ]);
    expect(r.stderr).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });

  it('prints a human-readable table without --json', () => {
    const r = dyad(['code', '--date', '2022-07-18', good]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Russia condemns Ukraine');
    expect(r.stdout).toMatch(/2022-07-18\s+RUSGOV\s+11\d/);
    expect(r.stderr).toContain('1 coded, 0 rejected');
  });

  it('exits 2 on a usage error', () => {
    expect(dyad(['code', '--date', '2022-13-45', good]).code).toBe(2);
    expect(dyad(['frobnicate']).code).toBe(2);
  });
});

describe('dyad code --jobs', () => {
  it('codes in worker threads and keeps input order', () => {
    // dyad code keeps runs under 100 documents per thread in fewer threads, so 250 make it use two.
    const texts = ['Israel criticized Iran.', 'Russia attacked Ukraine.', 'China praised Pakistan.', 'France met Germany.', 'Egypt condemned Israel.'];
    const n = 250;
    const records = Array.from({ length: n }, (_, i) => JSON.stringify({ id: `r${i}`, text: texts[i % texts.length], date: '2021-05-0' + ((i % 9) + 1) })).join('\n');
    const one = dyad(['code', '--json', '--jobs', '1', '-'], records);
    const two = dyad(['code', '--json', '--jobs', '2', '-'], records);
    expect(two.code).toBe(0);
    const ids = (r: typeof one) => r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids(two)).toEqual(Array.from({ length: n }, (_, i) => `r${i}`));
    expect(two.stdout).toBe(one.stdout);
  });

  it('rejects a bad --jobs value as a usage error', () => {
    expect(dyad(['code', '--jobs', 'many', good]).code).toBe(2);
  });
});
