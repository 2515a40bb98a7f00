import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATA_DIR } from '../dictionaries/dictionaries.js';
import { tokenize } from '../nlp/tokenizer.js';
import { loadClaimResources } from './claim-resources.js';
import { parseFigureAt } from './number-parser.js';

const res = loadClaimResources(DEFAULT_DATA_DIR);

describe('data/claims lexicons (lint of the production files)', () => {
  it('loads, with every kind of the issue and cues for each', () => {
    expect([...res.kinds.keys()]).toEqual(expect.arrayContaining(['killed', 'wounded', 'detained', 'missing', 'kidnapped', 'displaced', 'protesters', 'troops']));
    for (const kind of res.kinds.values()) expect(kind.roots.length, kind.kind).toBeGreaterThan(0);
    expect(res.hedges).toContain("it's unclear how many");
  });

  it.each([
    ['at least 6,500 people', 6500, null, null, 'at least'],
    ['some 1,000 or so troops', 1000, null, null, 'some'],
    ['nearly two dozen people', 24, null, null, 'nearly'],
    ['more than a dozen people', 12, null, null, 'more than'],
    ['a half-million people', 500000, null, null, null],
    ['1.5 million refugees', 1500000, null, null, null],
    ['twenty-five protesters', 25, null, null, null],
    ['between 20 and 30 people', 20, 20, 30, null],
    ['from 8,000 to 12,000 troops', 8000, 8000, 12000, null],
    ['20-30 people', 20, 20, 30, null],
    ['hundreds of thousands of people', null, 200000, 999999, null],
    ['scores of others', null, 40, 99, null],
  ])('parses "%s"', (text, value, low, high, qualifier) => {
    const { tokens } = tokenize(text);
    let fig = null;
    for (let i = 0; i < tokens.length && !fig; i++) fig = parseFigureAt(res, tokens, i, 0, tokens.length);
    expect(fig).toMatchObject({ value, low, high, qualifierText: qualifier });
  });
});

describe('data/claims validation', () => {
  let dir = '';
  afterEach(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  /** A copy of data/claims with one file's text replaced. */
  function withFile(name: string, edit: (text: string) => string): string {
    dir = mkdtempSync(join(tmpdir(), 'dyad-claims-'));
    cpSync(join(DEFAULT_DATA_DIR, 'claims'), join(dir, 'claims'), { recursive: true });
    const path = join(dir, 'claims', name);
    writeFileSync(path, edit(readFileSync(path, 'utf8')));
    return dir;
  }

  it('names file and line of a bad number type', () => {
    const d = withFile('numbers.tsv', (t) => t.replace('two\tnumber\t2', 'two\tnumeral\t2'));
    expect(() => loadClaimResources(d)).toThrow(/E010 .*numbers\.tsv:\d+: column "type" is "numeral", expected one of number, multiplier, vague/);
  });

  it('rejects a vague count without bounds, a capitalised cue, a bad root and a repeated kind', () => {
    expect(() => loadClaimResources(withFile('numbers.tsv', (t) => t.replace('dozens\tvague\t\t24\t99', 'dozens\tvague\t\t\t99')))).toThrow(/numbers\.tsv:\d+: column "low" is "", expected a whole number/);
    expect(() => loadClaimResources(withFile('kinds.tsv', (t) => t.replace('\tdead|death|', '\tDead|death|')))).toThrow(/kinds\.tsv:\d+: "Dead" in column "nouns" has capitals/);
    expect(() => loadClaimResources(withFile('kinds.tsv', (t) => t.replace('\t18|19|20\tpeople killed', '\t18|99\tpeople killed')))).toThrow(/root "99" is not a CAMEO root code/);
    expect(() => loadClaimResources(withFile('kinds.tsv', (t) => `${t}killed\tdead\t\t18\tagain\n`))).toThrow(/kind "killed" is defined twice/);
  });

  it('rejects an unknown class of speech word and a wrong header', () => {
    expect(() => loadClaimResources(withFile('speech-verbs.tsv', (t) => t.replace('say\tspeech\t', 'say\tverb\t')))).toThrow(/speech-verbs\.tsv:\d+: column "class" is "verb"/);
    expect(() => loadClaimResources(withFile('hedges.tsv', (t) => t.replace('phrase\tnote', 'phrase note')))).toThrow(/hedges\.tsv:\d+: header is "phrase note"/);
  });
});
