// A definite bare role noun ("the insurgents") refers back to the last actor named with that role.
import { describe, expect, it } from 'vitest';
import { codedActors } from './coded-actors.js';

const actors = (text: string) => codedActors(text, '2020-06-01');

describe('a definite bare role noun', () => {
  it('takes the country of the last actor named with its role', () => {
    expect(actors('The Taliban attacked a checkpoint. Pompeo pressed the insurgents to reduce violence.'))
      .toContain('insurgents=AFGREB');
  });

  it('stays without a country when no earlier actor had its role, or without "the"', () => {
    expect(actors('Rebels attacked a town. The rebels left.')).toEqual(['Rebels=---REB', 'rebels=---REB']);
    expect(actors('The Taliban attacked a checkpoint. Israel said rebels were defeated.')).toContain('rebels=---REB');
  });
});

describe('a role whose country was guessed', () => {
  it('takes the one country stated by the sides named with it', () => {
    expect(actors('Pompeo said Washington wanted to see a reduction in violence. As civilian casualties rise, both the Taliban and the government blame each other.'))
      .toContain('government=AFGGOV');
  });
});

describe('a bare title', () => {
  it('names the latest holder from the country the story is about', () => {
    const text = 'Ukraine police cleared the square in Kiev. President Viktor Yanukovych fired his military chief. Russian President Vladimir Putin spoke with Yanukovych. '
      + 'European Commission President Jose Manuel Barroso said the EU would act. Ukrainian protesters want to limit the president\'s power in Ukraine.';
    expect(codedActors(text, '2014-02-19')).toContain('president=UKRGOV');
  });

  it('names the holder named last, not the one introduced last, in a story about no one country', () => {
    // Dev gold (G20 in Mexico, 2012-06-18): Putin was introduced after Obama, but "Mr. Obama" was named since.
    const text = 'President Obama and Russian President Vladimir Putin called Monday for an end to the violence in Syria. '
      + 'Mr. Obama held talks with German Chancellor Angela Merkel, who has resisted the president\'s call for stimulus.';
    expect(codedActors(text, '2012-06-18')).toContain('president=USAGOV');
    expect(codedActors(text.replace('Mr. Obama', 'Mr. Putin'), '2012-06-18')).toContain('president=RUSGOV');
  });
});

describe('a definite bare role noun named with a noun of its own', () => {
  it('refers back first to the last actor named with the same noun', () => {
    // After "the Syrian regime", a government named since is not "the regime".
    const text = 'The Syrian regime used chemical weapons near Damascus. Australian officials met the Japanese government on Monday. '
      + 'It "confirms, in our view, that there is no remaining doubt that it was the regime that used chemical weapons."';
    expect(actors(text)).toContain('regime=SYRGOV');
  });

  it('is no one when it is "the regime" and nothing was called a regime before', () => {
    // Dev gold (North Korea, 2017-11-20): Trump is the last government named, but the regime is North Korea's.
    expect(codedActors('In making the announcement, Mr. Trump cited the regime’s assassination of Mr. Kim’s half brother.', '2017-11-20'))
      .toContain('regime=---GOV');
  });
});

describe('a bare role of a non-governmental group with no country', () => {
  it('is an NGO, as CAMEO codes them, and still its country\'s when one owns it', () => {
    // Dev gold (Gaza fence, 2012-11-10): the rights groups are NGOs (gold NGO), not an unknown country's.
    expect(codedActors('Human rights organizations say that Israel drops leaflets warning residents to stay out of the area, and that its security forces killed 213 Palestinians near the fence between September 2005 and September 2012.', '2012-11-10'))
      .toContain('Human rights organizations=NGOHRI');
    expect(codedActors('Aid agencies warned of famine.', '2012-11-10')).toEqual(['Aid agencies=NGO']);
    expect(codedActors('Iranian rights groups protested.', '2012-11-10')).toEqual(['Iranian rights groups=IRNHRI']);
  });
});
