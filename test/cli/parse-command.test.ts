import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readConllu } from '../../src/nlp/conllu/conllu.js';
import { dyad, ROOT } from '../helpers/cli.js';

const TINY = join(ROOT, 'test/fixtures/nlp/tiny-treebank.conllu');
const hasModels = existsSync(join(ROOT, 'data/models/manifest.json'));

describe.skipIf(!hasModels)('dyad parse', () => {
  it('prints well-formed CoNLL-U for raw text on stdin', () => {
    const r = dyad(['parse', '-'], 'Armenia accused Azerbaijan of shelling. The talks didn\'t resume.\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const sents = readConllu(r.stdout);
    expect(sents.length).toBe(2);
    for (const s of sents) {
      expect(s.comments.some((c) => c.startsWith('# text = '))).toBe(true);
      expect(s.words.filter((w) => w.head === -1 && w.deprel === 'root')).toHaveLength(1);
      for (const w of s.words) expect(w.head).toBeLessThan(s.words.length);
      for (const w of s.words) expect(w.misc).toMatch(/TokenRange=\d+:\d+/);
    }
    expect(sents[0].words[0]).toMatchObject({ form: 'Armenia', upos: 'PROPN', head: 1, deprel: 'nsubj' });
  });

  it('keeps given words and multiword lines with --input conllu', () => {
    const r = dyad(['parse', '--input', 'conllu', TINY]);
    expect(r.code).toBe(0);
    const given = readConllu(readFileSync(TINY, 'utf8'));
    const got = readConllu(r.stdout);
    expect(got.map((s) => s.words.map((w) => w.form))).toEqual(given.map((s) => s.words.map((w) => w.form)));
    expect(got[2].multiwords).toEqual(given[2].multiwords);
    expect(r.stdout).toContain("2-3\tdidn't\t");
    for (const s of got) expect(s.words.filter((w) => w.head === -1)).toHaveLength(1);
  });

  it('reports a missing file with a code and exits 1', () => {
    const r = dyad(['parse', join(ROOT, 'no-such-file.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/E001 .*no-such-file\.txt: cannot read it/);
  });
});
