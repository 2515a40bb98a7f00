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

  it('codes an offer to hand something over to a country as an intent to yield (084 → 035)', () => {
    expect(dyads('Iraq handed over to Kuwait the remains of missing soldiers.')).toContain('IRQ 084 KWT');
    expect(dyads('Iraq offered to hand over to Kuwait the remains of missing soldiers.')).toContain('IRQ 035 KWT');
  });

  it('codes a protest postponed or a strike called off as easing dissent (082)', () => {
    expect(dyads('Armenian opposition leaders cancelled the demonstration in Yerevan.')).toContain('ARMOPP 082 ARMGOV');
    expect(dyads('French unions called off the strikes after a deal with the French government.')).toContain('FRALAB 082 FRAGOV');
  });

  it('codes a condemnation with the object after "as …" (111)', () => {
    expect(dyads('Greece denounced as a violation Turkey\'s drilling near Cyprus.')).toContain('GRC 111 TUR');
  });

  it('codes a refusal to accept and a failure to agree as rejections (120)', () => {
    expect(dyads('Poland said it would not admit Belarusian refugees.')).toContain('POL 120 BLRREF');
    expect(dyads('Serbia and Kosovo failed to reach a deal.')).toEqual([expect.stringMatching(/^(SRB 120 KSV|KSV 120 SRB)$/)]);
  });

  it('codes an election boycott as a boycott (143)', () => {
    expect(dyads('The Bangladeshi opposition boycotted Bangladesh\'s elections.')).toContain('BGDOPP 143 BGD');
  });

  it('codes aid suspended in a country or in part as reduced aid (162, 1622)', () => {
    expect(dyads('The World Food Programme suspended aid distributions in Yemen.')).toEqual([expect.stringMatching(/ 162 YEMGOV$/)]);
    expect(dyads('Washington withheld part of its military aid to Israel.')).toContain('USAGOV 1622 ISR');
  });

  it('codes a protest prevented by the police as a restriction of political freedoms (1721)', () => {
    expect(dyads('Russian police stopped a rally organised by Russian students.')).toContain('RUSCOP 1721 RUSEDU');
  });
});
