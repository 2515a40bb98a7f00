// Office holders of data/actors/people.tsv are coded with the role their period gives on the article's date.
import { describe, expect, it } from 'vitest';
import { codedActors } from './coded-actors.js';

describe('date-bounded office holders', () => {
  it('codes a deputy minister and a spokesman by the post held on the date', () => {
    const text = 'Hossein Amir-Abdollahian accused Saudi Arabia of triggering a new conflict in the region.';
    expect(codedActors(text, '2016-01-03')).toContain('Hossein Amir-Abdollahian=IRNGOV');
    expect(codedActors(text, '2010-01-03')).toContain('Hossein Amir-Abdollahian=IRN');
    const kirby = 'Spokesman John Kirby later said the administration was aware of the decision.';
    expect(codedActors(kirby, '2016-01-03')).toContain('Spokesman John Kirby=USAGOV');
    expect(codedActors(kirby, '2021-06-01')).toContain('Spokesman John Kirby=USAMIL');
  });

  it('looks offices up on the date that opens a sentence a year or more before the article ("In 2005, …")', () => {
    expect(codedActors('Obama spoke. In 2005, Tony Blair praised Qaddafi as a partner in the war on terror.', '2016-01-01'))
      .toEqual(['Obama=USAGOV', 'Tony Blair=GBRGOV', 'Qaddafi=LBYGOV']);
    expect(codedActors('Obama spoke. Tony Blair praised Qaddafi as a partner in the war on terror.', '2016-01-01')).not.toContain('Qaddafi=LBYGOV');
  });

  it('knows a head of government whose title comes without a country', () => {
    expect(codedActors('Libya\'s leaders apologized for the attack, with Prime Minister Abdurrahim el-Keib calling it a "cowardly, criminal act."', '2012-09-12'))
      .toEqual(["Libya's leaders=LBYGOV", 'Prime Minister Abdurrahim el-Keib=LBYGOV']);
  });

  it('names by a bare surname the one dictionary person who bears it, out of office, as a person of his country', () => {
    // 2014: Trump's first period (his 2015 candidacy, as opposition) had not begun.
    expect(codedActors('Trump said Mexico would pay for the wall.', '2014-03-01')).toEqual(['Trump=USA', 'Mexico=MEX']);
    expect(codedActors('Trump said Mexico would pay for the wall.', '2016-03-01')).toEqual(['Trump=USAOPP', 'Mexico=MEX']);
    expect(codedActors('Trump said Mexico would pay for the wall.', '2018-03-01')).toEqual(['Trump=USAGOV', 'Mexico=MEX']);
    // Not in all-capital wire copy, where another bearer's given names are not told apart (Petre Roman took office in December 1989).
    expect(codedActors('THEY ARE MIGUEL LORA AND TELMO ROMAN, THE MINISTRY STATED.', '1989-11-15').join(' ')).not.toMatch(/ROU/);
  });

  it('codes a surname that several office holders of one government share by that government', () => {
    // Kim Jong Un and other Kims held North Korean office in 2019: which Kim is unsure, but the side is not.
    expect(codedActors('Kim said the North would not bow.', '2019-05-01')).toContain('Kim=PRKGOV');
  });

  it('gives a former king his country only, not his host\'s', () => {
    expect(codedActors('King Faisal visited in 1967 and King Khaled in 1981.', '1987-03-22')).toEqual(['King Faisal=SAU', 'King Khaled=SAU']);
  });

  it('keeps a titled person out of office with his own country, not the dateline\'s', () => {
    // The dictionary ends Soleimani's period on the day he was killed.
    expect(codedActors('WASHINGTON (AP) — President Donald Trump ordered the strike against Gen. Qassem Soleimani.', '2020-01-08'))
      .toContain('Gen. Qassem Soleimani=IRNMIL');
  });

  it('reads a special representative as an envoy of the organisation before the title', () => {
    expect(codedActors('U.N. Special Representative Nickolay Mladenov said in a statement.', '2014-01-03'))
      .toEqual(['U.N. Special Representative Nickolay Mladenov=IGOUNO']);
  });

  it('knows the members of the US parties in Congress, not other countries\' Democrats', () => {
    expect(codedActors('Republican lawmakers called for the Obama administration to provide more information.', '2013-05-01'))
      .toEqual(['Republican lawmakers=USALEG', 'Obama administration=USAGOV']);
    // Another country's Democrats are its own party, never the US Congress.
    expect(codedActors('Sweden Democrats won seats.', '2013-05-01')).toEqual(['Sweden Democrats=SWELEG']);
  });

  it('reads role words after a leader\'s government as that government ("Trump administration officials")', () => {
    expect(codedActors('Trump administration officials met North Korean officials.', '2018-06-01'))
      .toEqual(['Trump administration officials=USAGOV', 'North Korean officials=PRKGOV']);
  });

  it('keeps a country that leads or backs what follows an actor after "in", and drops one that only made a weapon', () => {
    expect(codedActors('Turkey took a more active role in the U.S.-led fight against the Islamic State.', '2015-08-01'))
      .toEqual(['Turkey=TUR', 'U.S.=USA', 'Islamic State=IMGMUSISI']);
    expect(codedActors('Iranian forces fired Chinese-made missiles.', '1987-10-20')).toEqual(['Iranian forces=IRNMIL']);
  });

  it('reads a capital\'s name that goes on with a capitalised name as a person\'s, not a government ("Victoria Nuland")', () => {
    expect(codedActors('Spokeswoman Victoria Nuland said China\'s role has been important.', '2013-02-13')).toEqual(['China=CHN']);
    expect(codedActors('Moscow Tuesday rejected the plan.', '2013-02-13')).toEqual(['Moscow=RUSGOV']);
  });
});
