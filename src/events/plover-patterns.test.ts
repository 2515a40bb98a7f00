// Verb patterns added for phrasings the PLOVER gold set showed uncovered (the "PLOVER-driven
// phrasings" blocks of data/verbs/NN-*.tsv), each family checked on sentences of our own.
import { describe, expect, it } from 'vitest';
import { Coder } from '../coder.js';

const coder = new Coder();

/** "SOURCE CODE TARGET" of every non-negated event of a text. */
function dyads(text: string, date = '2024-03-15'): string[] {
  return coder.code({ uri: 'test:plover-patterns', content: text, format: 'text' }, { date }).events
    .filter((e) => !e.negated).map((e) => `${e.source.code} ${e.code} ${e.target?.code}`);
}

describe('PLOVER-driven phrasings', () => {
  it('codes a hunger strike held outside an institution as aimed at it (142)', () => {
    expect(dyads('Kenyan teachers started a hunger strike outside the Kenyan parliament.')).toContain('KENEDU 142 KENLEG');
  });

  it('codes a demonstration calling for a leader\'s removal (1411)', () => {
    expect(dyads('Israeli protesters held a rally demanding the resignation of Benjamin Netanyahu.')).toContain('ISRCVL 1411 ISRGOV');
  });

  it('codes demonstrations demanding reforms from a government (1412)', () => {
    expect(dyads('Thai students staged protests to demand democratic reforms from the Thai government.')).toContain('THAEDU 1412 THAGOV');
  });

  it('codes a threat to resume attacks in a country as a threat of force against it (138)', () => {
    expect(dyads('Hezbollah threatened to renew attacks in Israel.')).toEqual([expect.stringMatching(/ 138 ISR/)]);
  });

  it('codes seeking refuge in a country as an appeal to its government (0233)', () => {
    expect(dyads('Thousands of Afghan refugees sought asylum in Pakistan.')).toContain('AFGREF 0233 PAKGOV');
  });
});
