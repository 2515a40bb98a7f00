import { describe, expect, it } from 'vitest';
import { Lemmatizer, learnLemmas } from './lemmatizer.js';

describe('lemmatizer', () => {
  const data = learnLemmas([
    ['carried', 'VERB', 'VBD', 'carry'], ['married', 'VERB', 'VBD', 'marry'], ['buried', 'VERB', 'VBD', 'bury'],
    ['went', 'VERB', 'VBD', 'go'], ['Parties', 'PROPN', 'NNPS', 'Party'], ['Ties', 'PROPN', 'NNPS', 'Tie'], ['Lies', 'PROPN', 'NNPS', 'Lie'],
  ]);
  const l = new Lemmatizer(data);

  it('applies suffix rules to the lower-case form, or to the form itself for proper nouns', () => {
    expect(l.lemma('Worried', 'VERB', 'VBD')).toBe('worry');
    expect(l.lemma('HURRIED', 'VERB', 'VBD')).toBe('hurry');
    expect(l.lemma('Cities', 'PROPN', 'NNPS')).toBe('Citie');
    expect(l.lemma('WENT', 'VERB', 'VBD')).toBe('go');
  });

  it('relies on lower-casing twice changing nothing, for every code point', () => {
    for (let c = 0; c < 0x110000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const lower = String.fromCodePoint(c).toLowerCase();
      if (lower.toLowerCase() !== lower) expect(c.toString(16)).toBe('idempotent');
    }
  });
});
