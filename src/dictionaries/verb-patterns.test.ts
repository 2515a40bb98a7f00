import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCodebook } from './codebook.js';
import { compilePattern, loadPatternSet, refusalCode } from './verb-patterns.js';

const dataDir = fileURLToPath(new URL('../../data', import.meta.url));
const codebook = loadCodebook(dataDir);
const realModifiers = readFileSync(path.join(dataDir, 'verbs', 'modifiers.tsv'), 'utf8');

const tempDirs: string[] = [];
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

/** A data dir with one pattern file, the real intent table and the given modifiers.tsv body. */
function withModifiers(modifiers: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dyad-verbs-'));
  tempDirs.push(dir);
  mkdirSync(path.join(dir, 'verbs'));
  writeFileSync(path.join(dir, 'verbs', '01-statement.tsv'), 'code\tpattern\toptions\texample\n010\tsay\t\tRussia said to Ukraine that the border region was calm.\n');
  copyFileSync(path.join(dataDir, 'verbs', 'intent.tsv'), path.join(dir, 'verbs', 'intent.tsv'));
  writeFileSync(path.join(dir, 'verbs', 'modifiers.tsv'), modifiers);
  return dir;
}

describe('modifiers.tsv owner case markers', () => {
  it('loads the possessive marker with either apostrophe and the prepositions of origin', () => {
    const { owner } = loadPatternSet(dataDir, codebook).modifiers;
    for (const w of ['of', 'from', "'s", '’s', "'", '’']) expect(owner.has(w)).toBe(true);
    // A topic is no owner: "the talks on Iran".
    expect(owner.has('on')).toBe(false);
  });

  it('rejects a phrase among owner words, naming the line', () => {
    const dir = withModifiers(`${realModifiers.trimEnd()}\nowner\tout of\n`);
    expect(() => loadPatternSet(dir, codebook)).toThrow(/modifiers\.tsv:\d+: .*owner word "out of" is a phrase/);
  });
});

describe('refusal.tsv', () => {
  it('maps refused cooperation to reject codes by the longest prefix', () => {
    const set = loadPatternSet(dataDir, codebook);
    expect(refusalCode(set, '040')).toBe('125');
    expect(refusalCode(set, '0611')).toBe('1211');
    expect(refusalCode(set, '190')).toBeNull();
  });

  it('rejects a row whose code is not a root-12 code, naming the line', () => {
    const dir = withModifiers(realModifiers);
    writeFileSync(path.join(dir, 'verbs', 'refusal.tsv'), 'prefix\tcode\n04\t036\n');
    expect(() => loadPatternSet(dir, codebook)).toThrow(/refusal\.tsv:2: .*not a cooperative code prefix mapped to a root-12 code/);
  });
});

describe('act-nouns.tsv', () => {
  it('gives the kinds of act an anaphor noun can stand for', () => {
    const set = loadPatternSet(dataDir, codebook);
    expect([...set.actRoots.get('strike')!]).toContain('19');
    expect(set.actRoots.get('arrest')!.has('19')).toBe(false);
    // A generic act noun stands for any act.
    expect(set.modifiers.anaphor.has('move') && !set.actRoots.has('move')).toBe(true);
  });

  it('rejects a noun that is not an anaphor and a root that is not a CAMEO root, naming the line', () => {
    const dir = withModifiers(realModifiers);
    writeFileSync(path.join(dir, 'verbs', 'act-nouns.tsv'), 'noun\troots\nbanana\t19\n');
    expect(() => loadPatternSet(dir, codebook)).toThrow(/act-nouns\.tsv:2: .*"banana" is not an anaphor noun/);
    writeFileSync(path.join(dir, 'verbs', 'act-nouns.tsv'), 'noun\troots\nstrike\t19|190\n');
    expect(() => loadPatternSet(dir, codebook)).toThrow(/act-nouns\.tsv:2: .*"190" is not a CAMEO root/);
  });
});

describe('in-person.tsv', () => {
  it('marks the patterns of meetings and visits, and only those, as met in person', () => {
    const set = loadPatternSet(dataDir, codebook);
    expect(set.patterns.filter((p) => p.code.startsWith('04')).every((p) => p.personTarget)).toBe(true);
    expect(set.patterns.some((p) => !p.code.startsWith('04') && p.personTarget)).toBe(false);
  });
});

describe('pattern slots', () => {
  it('takes {S} first, or after the words of a pattern with no {T}, and rejects it elsewhere', () => {
    expect(compilePattern('{S} - brokered truce between {T}', 'x:1')[0]).toEqual({ kind: 'slot', role: 'S' });
    expect(compilePattern('receive weapons from {S}', 'x:2').at(-1)).toEqual({ kind: 'slot', role: 'S' });
    expect(() => compilePattern('give {T} weapons from {S}', 'x:3')).toThrow(/\{S\} comes first/);
  });
});
