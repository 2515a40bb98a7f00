import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { abbreviationKind, loadAbbreviations } from './abbreviations.js';

const dir = mkdtempSync(join(tmpdir(), 'dyad-abbr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, body: string) => {
  const path = join(dir, name);
  writeFileSync(path, body);
  return path;
};

describe('abbreviations', () => {
  it('reads the shipped file: titles, other words, the last part of a hyphenated word', () => {
    expect(abbreviationKind('Maj')).toBe('title');
    expect(abbreviationKind('Univ')).toBe('word');
    expect(abbreviationKind('D-Calif')).toBe('word');
    expect(abbreviationKind('maj')).toBeNull();
  });
  it('names the line of a bad entry', () => {
    expect(() => loadAbbreviations(file('a.tsv', 'abbreviation\tkind\nMaj.\ttitle\n'))).toThrow(/a\.tsv:2.*letters only/);
    expect(() => loadAbbreviations(file('b.tsv', 'abbreviation\tkind\nMaj\trank\n'))).toThrow(/b\.tsv:2.*kind "rank"/);
    expect(() => loadAbbreviations(file('c.tsv', 'abbreviation\tkind\nMaj\ttitle\nMaj\tword\n'))).toThrow(/c\.tsv:3.*twice/);
  });
});
