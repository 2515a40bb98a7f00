import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readInputs, type InputItem } from './input-reader.js';

async function collect(inputs: string[], stdin = ''): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(inputs, Readable.from([Buffer.from(stdin)]))) items.push(item);
  return items;
}

function summary(items: InputItem[]): string[] {
  return items.map((i) => ('error' in i ? `error ${i.error.code} ${i.error.message}` : `${i.raw.format} ${i.raw.uri} ${i.raw.id ?? ''}`.trim()));
}

describe('readInputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-inputs-'));
  writeFileSync(join(dir, 'a.txt'), 'Freedonia criticized Sylvania.');
  writeFileSync(join(dir, 'b.html'), '<html><body><p>Hi</p></body></html>');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x01]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
  writeFileSync(join(dir, 'ignored.png'), 'x');
  writeFileSync(join(dir, 'c.jsonl'), '{"id":"one","text":"A.","date":"2020-01-02T10:00:00Z"}\nnot json\n\n{"id":2,"html":"<p>B</p>"}\n{"id":"x"}\n');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'd.txt'), 'Nested.');

  it('reads a directory in sorted order, skipping other file types, and rejects bad files with reasons', async () => {
    const s = summary(await collect([dir]));
    expect(s).toHaveLength(10);
    expect(s[0]).toBe(`text file:${join(dir, 'a.txt')}`);
    expect(s[1]).toBe(`html file:${join(dir, 'b.html')}`);
    expect(s[2]).toMatch(/^error E003 .*binary\.txt: the input looks binary/);
    expect(s[3]).toBe(`text file:${join(dir, 'c.jsonl')}#1 one`);
    expect(s[4]).toMatch(/^error E005 .*c\.jsonl:2: not valid JSON/);
    expect(s[5]).toBe(`html file:${join(dir, 'c.jsonl')}#4 2`);
    expect(s[6]).toMatch(/^error E005 .*c\.jsonl:5: the record has no "text" or "html"/);
    expect(s[7]).toMatch(/^error E002 .*empty\.txt: the input is empty/);
    expect(s[8]).toMatch(/^error E004 .*latin1\.txt: the input is not valid UTF-8 \(first bad byte at offset 3\)/);
    expect(s[9]).toBe(`text file:${join(dir, 'sub', 'd.txt')}`);
  });

  it('keeps the date of a JSON Lines record as a day', async () => {
    const [first] = await collect([join(dir, 'c.jsonl')]);
    expect('raw' in first && first.raw.date).toBe('2020-01-02');
  });

  it('reports a missing path and goes on', async () => {
    const s = summary(await collect([join(dir, 'nope.txt'), join(dir, 'a.txt')]));
    expect(s[0]).toMatch(/^error E001 .*nope\.txt: no such file or directory/);
    expect(s[1]).toMatch(/^text /);
  });

  it('reads standard input as text, or as JSON Lines when it starts with {', async () => {
    expect(summary(await collect(['-'], 'Plain text.'))).toEqual(['text stdin:']);
    expect(summary(await collect(['-'], '{"id":"a","text":"x"}\n{"id":"b","text":"y"}\n'))).toEqual(['text stdin:#1 a', 'text stdin:#2 b']);
  });
});
