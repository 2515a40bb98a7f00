import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DyadError } from '../core/errors.js';
import { readTsv, splitList } from './tsv.js';

const COLUMNS = ['code', 'label', 'score'] as const;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-tsv-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function write(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text, 'utf8');
  return p;
}

function errorOf(fn: () => unknown): DyadError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DyadError);
    return err as DyadError;
  }
  throw new Error('expected a DyadError');
}

describe('readTsv', () => {
  it('skips comments and blank lines and keeps real line numbers', () => {
    const p = write(
      'ok.tsv',
      '# a comment before the header\n\ncode\tlabel\tscore\n# section\n01\tFirst\t1.0\n\n   \n02\tSecond\t\n',
    );
    const rows = readTsv(p, COLUMNS);
    expect(rows).toEqual([
      { line: 5, fields: { code: '01', label: 'First', score: '1.0' } },
      { line: 8, fields: { code: '02', label: 'Second', score: '' } },
    ]);
  });

  it('accepts CRLF line endings', () => {
    const p = write('crlf.tsv', 'code\tlabel\tscore\r\n01\tFirst\t1.0\r\n');
    expect(readTsv(p, COLUMNS)).toEqual([{ line: 2, fields: { code: '01', label: 'First', score: '1.0' } }]);
  });

  it('rejects a header that differs from the columns, with file:line', () => {
    const p = write('badheader.tsv', '# comment\ncode\tname\tscore\n01\tFirst\t1.0\n');
    const err = errorOf(() => readTsv(p, COLUMNS));
    expect(err.code).toBe('E010');
    expect(err.where).toBe(`${p}:2`);
    expect(err.message).toContain('header is "code\\tname\\tscore"');
    expect(err.message).toContain('expected "code\\tlabel\\tscore"');
  });

  it('rejects a row with the wrong number of fields, with file:line', () => {
    const p = write('badrow.tsv', 'code\tlabel\tscore\n01\tFirst\t1.0\n\n02 Second\t2.0\n');
    const err = errorOf(() => readTsv(p, COLUMNS));
    expect(err.code).toBe('E010');
    expect(err.where).toBe(`${p}:4`);
    expect(err.message).toContain('found 2');
    expect(err.message).toContain('expected 3');
  });

  it('rejects a row with too many fields', () => {
    const p = write('extra.tsv', 'code\tlabel\tscore\n01\tFirst\t1.0\textra\n');
    const err = errorOf(() => readTsv(p, COLUMNS));
    expect(err.where).toBe(`${p}:2`);
    expect(err.message).toContain('found 4');
  });

  it('rejects a file with no header and a missing file', () => {
    const empty = write('empty.tsv', '# only a comment\n\n');
    expect(errorOf(() => readTsv(empty, COLUMNS)).code).toBe('E010');
    expect(errorOf(() => readTsv(join(dir, 'missing.tsv'), COLUMNS)).code).toBe('E010');
  });
});

describe('splitList', () => {
  it('splits on |, trims and drops empty items', () => {
    expect(splitList('United States| U.S. ||US|')).toEqual(['United States', 'U.S.', 'US']);
    expect(splitList('')).toEqual([]);
  });
});
