import { describe, expect, it } from 'vitest';
import { annotate } from '../../test/world.js';
import type { Claim } from '../core/document.js';
import { DEFAULT_DATA_DIR } from '../dictionaries/dictionaries.js';
import { claimsStage, loadClaimResources } from './claims-stage.js';

// The fictional world of test/dictionaries/world recognises actors and events; the claim lexicons
// are the real ones of data/claims/, which are not world-specific.
const run = claimsStage.create(loadClaimResources(DEFAULT_DATA_DIR));

function claims(text: string): Claim[] {
  return run(annotate(text)).claims!;
}

/** kind, value (or low-high for a vague count), qualifier: the short form the cases compare. */
function brief(text: string): string[] {
  return claims(text).map((c) => `${c.kind} ${c.value ?? `~${c.low}-${c.high}`}${c.value !== null && c.high !== null ? `-${c.high}` : ''}${c.qualifier ? ` (${c.qualifier})` : ''}`);
}

describe('claims: numbers', () => {
  it('reads digits with separators, and keeps offsets, subject and evidence', () => {
    const text = 'Intro. At least 6,500 people were killed in the fighting.';
    const [c] = claims(text);
    expect(c).toMatchObject({ kind: 'killed', value: 6500, low: null, high: null, qualifier: 'at least', subject: 'people', attributedTo: null, hedge: null, sentence: 1 });
    expect(text.slice(c.figure.start, c.figure.end)).toBe('6,500');
    expect(c.figure.text).toBe('6,500');
    expect(c.evidence.text).toBe('At least 6,500 people were killed in the fighting.');
    expect(text.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  });

  it('reads number words, hyphenated tens and multipliers', () => {
    expect(brief('Two soldiers died and seventeen others were wounded. Twenty-five protesters were arrested.'))
      .toEqual(['killed 2', 'wounded 17', 'detained 25']);
    expect(brief('The fighting displaced 1.5 million people, killing nearly two dozen. A dozen were missing.'))
      .toEqual(['displaced 1500000', 'killed 24 (nearly)', 'missing 12']);
  });

  it('reads ranges as value = low end, with low and high', () => {
    expect(brief('Between 20 and 30 people were injured, 20 to 30 were detained and 40-50 are missing.'))
      .toEqual(['wounded 20-30', 'detained 20-30', 'missing 40-50']);
  });

  it('reads vague counts with bounds and no value', () => {
    expect(brief('Dozens of people were arrested. Thousands of protesters marched in Fredville. Tens of thousands fled their homes.'))
      .toEqual(['detained ~24-99', 'protesters ~2000-9999', 'displaced ~20000-99999']);
  });

  it('keeps the qualifier as written, before or after the figure', () => {
    expect(brief('Around 40 were hurt. Up to 97 people died. More than 150 fighters were killed. An estimated 3,000 fled. Roughly 60 were arrested.'))
      .toEqual(['wounded 40 (around)', 'killed 97 (up to)', 'killed 150 (more than)', 'displaced 3000 (an estimated)', 'detained 60 (roughly)']);
    expect(brief('Some 1,000 or so troops were deployed. The 500 or so troops who remain are tired.')).toEqual(['troops 1000 (some)', 'troops 500 (or so)']);
  });
});

describe('claims: kinds', () => {
  it('prefers the predicate to the counted noun: troops killed are a death toll, troops sent a deployment', () => {
    expect(brief('Thirty-one troops died in the blast. About 70 soldiers were on patrol.')).toEqual(['killed 31', 'troops 70 (about)']);
  });

  it('reads a verb before the figure, a noun before "of", and a shared predicate after a list', () => {
    expect(brief('Rebels killed 18 soldiers and captured 48. The killing of dozens shocked Fredville.'))
      .toEqual(['killed 18', 'detained 48', 'killed ~24-99']);
    expect(brief('The three soldiers, two civilians and a doctor were killed.')).toEqual(['killed 3', 'killed 2']);
  });

  it('carries a kind named earlier to a tally ("took the death toll to 20", "estimates it at 140")', () => {
    const [toll] = claims('The clash took the death toll to 20.');
    expect(toll).toMatchObject({ kind: 'killed', value: 20, subject: 'the death toll' });
  });

  it('counts only people: no claim for years, dates, ages, times, money, percentages or things', () => {
    expect(claims('In 2014, the 30-year-old minister earned $5 million, 20 percent more, at 10:30 a.m. on 5 May.')).toEqual([]);
    expect(claims('Vasyl Oleksenko, 57, was hurt. Three rockets killed nobody. No one was hurt. Freedonia has 20 ministers.')).toEqual([]);
    expect(claims('The 2014 war killed hundreds. March 12 was quiet.').map((c) => c.value ?? c.low)).toEqual([200]);
  });
});

describe('claims: hedges and sources', () => {
  it('keeps a hedge and a source for a figure with no cue of its own ("estimates it at around 140")', () => {
    const [c] = claims('It is unclear how many people are missing, but the Red Lantern Society estimates it at around 140.');
    expect(c).toMatchObject({ kind: 'missing', value: 140, qualifier: 'around', hedge: 'It is unclear how many people are missing' });
    expect(c.attributedTo).toMatchObject({ text: 'the Red Lantern Society', code: 'NGOIRC' });
  });

  it('takes a hedge from the next sentence when that one has no figure', () => {
    expect(claims('Five people were killed on Monday. The figures could not be independently verified.')[0].hedge)
      .toBe('could not be independently verified');
  });

  it('attributes "X said", "said X", "according to X" and a pronoun, with the actor code when known', () => {
    const sources = claims('Twelve people were killed, Freedonian officials said. According to the Red Lantern Society, 300 people were detained. '
      + 'Nine civilians were wounded, said the Marsh Front. Trentino spoke on Monday. She said 40 people were detained.')
      .map((c) => [c.attributedTo?.text, c.attributedTo?.code]);
    expect(sources).toEqual([
      ['Freedonian officials', 'FRD'], ['the Red Lantern Society', 'NGOIRC'], ['the Marsh Front', 'SYLREBMSF'], ['Trentino', 'SYLGOV'],
    ]);
  });

  it('gives a figure inside a quotation to its speaker', () => {
    expect(claims('“We lost 150 of our people,” Firefly said.')[0].attributedTo).toMatchObject({ text: 'Firefly', code: 'FRDGOV' });
  });

  it('attributes no figure to a verb of another clause, an aside, a negated verb or a condemnation', () => {
    expect(claims('Firefly has not said how many troops remain, though estimates range from 8,000 to 12,000.')[0])
      .toMatchObject({ kind: 'troops', value: 8000, high: 12000, attributedTo: null });
    expect(claims('Trentino condemned the attack that killed 20 people.')[0].attributedTo).toBeNull();
    expect(claims('Freedonian officials said the talks failed, and hospitals treated hundreds of injured.')[0].attributedTo).toBeNull();
  });
});

describe('claims: events', () => {
  it('links a figure to an event of a fitting root in its sentence', () => {
    const doc = annotate('A Ruritanian-led attack on Sylvania killed at least 20 people.');
    const [c] = run(doc).claims!;
    expect(c.event).not.toBeNull();
    expect(doc.events![c.event!].rootCode).toBe('19');
    expect(run(annotate('Freedonia criticized Sylvania after 20 people were killed.')).claims![0].event).toBeNull();
  });
});
