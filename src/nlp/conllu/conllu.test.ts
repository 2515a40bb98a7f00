import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../test/helpers/cli.js';
import { ConlluError, readConllu, sentenceText, writeConllu } from './conllu.js';

const TINY = readFileSync(join(ROOT, 'test/fixtures/nlp/tiny-treebank.conllu'), 'utf8');

describe('CoNLL-U', () => {
  it('reads words, multiword ranges and skips empty nodes for the basic tree', () => {
    const s = readConllu(TINY);
    expect(s).toHaveLength(5);
    expect(s[2].words.map((w) => w.form)).toEqual(['Iran', 'did', "n't", 'meet', 'the', 'envoy', 'in', 'Geneva', '.']);
    expect(s[2].multiwords).toEqual([{ first: 1, last: 2, columns: ["didn't", '_', '_', '_', '_', '_', '_', '_', '_'] }]);
    expect(s[2].words[3]).toMatchObject({ head: -1, deprel: 'root' });
    expect(s[2].words[0].head).toBe(3);
    expect(s[4].words).toHaveLength(7);
    expect(s[4].empty).toHaveLength(1);
  });

  it('writes back exactly what it read', () => {
    expect(writeConllu(readConllu(TINY))).toBe(TINY);
  });

  it('rebuilds sentence text from SpaceAfter when there is no text comment', () => {
    const s = readConllu(TINY)[2];
    expect(sentenceText({ ...s, comments: [] })).toBe("Iran didn't meet the envoy in Geneva.");
  });

  it('says where a malformed line is', () => {
    expect(() => readConllu('1\tHi\n', 'x.conllu')).toThrow(ConlluError);
    expect(() => readConllu('1\tHi\n', 'x.conllu')).toThrow(/x\.conllu:1: found 2 tab-separated columns, expected 10/);
  });

  const dev = join(ROOT, '../shared/datasets/ud/ewt/dev.conllu');
  it.skipIf(!existsSync(dev))('round-trips UD EWT dev byte for byte', () => {
    const text = readFileSync(dev, 'utf8');
    expect(writeConllu(readConllu(text))).toBe(text);
  });
});
