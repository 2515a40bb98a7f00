import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Coder } from '../../src/coder.js';
import { evalPhrasings, readPhrasings } from './phrasings-eval.js';

describe('codebook phrasings', () => {
  const coder = new Coder();

  it('covers every CAMEO code with at least three sentences, each code in the codebook', () => {
    const phrasings = readPhrasings();
    expect(phrasings.filter((p) => !coder.dicts.codebook.get(p.code)).map((p) => p.code)).toEqual([]);
    // A 3-digit code counts the sentences of its 4-digit codes too.
    const byBase = new Map<string, number>();
    for (const p of phrasings) byBase.set(p.code.slice(0, 3), (byBase.get(p.code.slice(0, 3)) ?? 0) + 1);
    const thin = coder.dicts.codebook.codes().filter((c) => c.code.length === 3 && (byBase.get(c.code) ?? 0) < 3);
    expect(thin.map((c) => c.code)).toEqual([]);
  });

  it('counts a sentence right only with the row\'s root and both countries ("-": any target; a mutual event either way round)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'phrasings-'));
    writeFileSync(join(dir, 'p.tsv'), 'code\tsource\ttarget\tsentence\n190\tRUS\tUKR\tRussia attacked Ukraine.\n190\tUKR\tRUS\tRussia attacked Ukraine.\n111\tFRA\t-\tFrance condemned Germany.\n057\tIRQ\tIRN\tIran and Iraq signed a peace agreement.\n');
    expect(evalPhrasings(coder, { json: false, verbose: 0 }, join(dir, 'p.tsv')).summary).toMatchObject({ sentences: 4, right: 3, byRoot: { '19': { right: 1, of: 2 }, '11': { right: 1, of: 1 }, '05': { right: 1, of: 1 } } });
  });
});
