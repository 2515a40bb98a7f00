// Role nouns of groups (data/agents/roles.tsv) and roles that come "from" a group (src/actors/actor-resolver.ts).
import { describe, expect, it } from 'vitest';
import { codedActors } from './coded-actors.js';

describe('a role from a group or organisation', () => {
  it('takes the group\'s identity, and the group stays a mention of its own', () => {
    expect(codedActors('China hosted a delegation from Hamas.', '2015-01-01')).toEqual(['China=CHN', 'delegation=PSEREB', 'Hamas=PSEREB']);
  });

  it('leaves a role from a country where it was (the verb pattern names the country)', () => {
    expect(codedActors('China hosted a delegation from Russia.', '2015-01-01')).toEqual(['China=CHN', 'delegation=---GOV', 'Russia=RUS']);
  });
});

describe('a role of another role', () => {
  it('names no actor of its own: "the leaders of the opposition" are the opposition', () => {
    expect(codedActors('Leaders of the opposition met the president in Baku.', '2001-05-01')).toEqual(['opposition=AZEOPP', 'president=AZEGOV']);
    expect(codedActors('The commander of the rebels spoke in Kabul.', '2001-05-01')).toEqual(['rebels=AFGREB']);
    // With a nationality before the second role: "the Syrian" is no owner of "the leaders".
    expect(codedActors('The leaders of the Syrian opposition met in Geneva.', '2014-01-20')).toEqual(['Syrian opposition=SYROPP']);
  });

  it('takes no owner from a country that only qualifies a common noun after it', () => {
    expect(codedActors('Libya must hand over the bombers of the U.S. airliner.', '1992-01-20')).toEqual(['Libya=LBY', 'bombers=---MIL', 'U.S.=USA']);
    expect(codedActors('The leaders of Armenia and Azerbaijan met.', '2001-05-01')).toEqual(['leaders of Armenia=ARMGOV', 'Azerbaijan=AZEGOV']);
  });
});

describe('opponents of a leader or government ("anti-X")', () => {
  it('are of that leader\'s or government\'s country, not of a state or people named so', () => {
    expect(codedActors('The United States has refused to arm anti-Assad rebels.', '2013-06-01')).toContain('rebels=SYRREB');
    expect(codedActors('Thousands of anti-Kremlin protesters marched.', '2013-06-01')).toContain('protesters=RUSCVL');
    expect(codedActors('Anti-American protesters rallied outside the embassy.', '2013-06-01')).toContain('protesters=---CVL');
  });
});

describe('armed roles "loyal to" a leader or state', () => {
  it('are of that country, a leader out of office included', () => {
    expect(codedActors('Troops loyal to President Gbagbo attacked the rebels.', '2013-06-01')).toContain('Troops=CIVMIL');
    expect(codedActors('Militias loyal to Syria shelled the town.', '2013-06-01')).toContain('Militias=SYRREB');
  });
});

describe('group roles of eval/events/GUIDELINE.md', () => {
  it('codes fundamentalists and radicals as radicals (RAD) of the country the story names', () => {
    expect(codedActors('Islamic fundamentalists continued their hunger strike against Algerian President Ahmed Ben Bella.', '1965-01-01')).toContain('fundamentalists=DZARAD');
  });

  it('codes separatists as rebels', () => {
    expect(codedActors('There are Russian servicemen fighting alongside pro-Russian separatists in eastern Ukraine.', '2014-08-28')).toContain('separatists=UKRREB');
  });

  it('codes tanks and bare aircraft as the military', () => {
    expect(codedActors('Israeli tanks fired on Palestinian fighters.', '2003-01-01')).toContain('Israeli tanks=ISRMIL');
    expect(codedActors('British aircraft using precision guided missiles killed 4 Iraqis.', '2003-04-01')).toContain('British aircraft=GBRMIL');
  });

  it('codes hostage-takers as criminals, like kidnappers', () => {
    expect(codedActors('The U.S. said it would not meet the hostage-takers\' demands.', '1987-06-18')).toContain('hostage-takers=USACRM');
  });
});

describe('a bare role glued by a hyphen to another noun', () => {
  it('is no actor when the compound names an act', () => {
    expect(codedActors('Outraged over comments in the South about possible hostage-taking and a military response from Seoul, a North Korean government-run committee threatened to pull North Korean workers out of Kaesong as well.', '2013-04-08'))
      .not.toContain('hostage=---CVL');
  });

  it('stays the owner of what it holds or leads', () => {
    expect(codedActors('Government troops shelled rebel-held areas.', '2013-04-08')).toContain('rebel=---REB');
  });
});

describe('members of the US Congress named by their party (data/actors/institutions.tsv)', () => {
  it('codes congressional leaders as the US legislature', () => {
    expect(codedActors("That's not a new message from Netanyahu, but it's drawing extra attention because of the way the speech came about: Republican congressional leaders invited the prime minister with no involvement from the White House.", '2015-03-02'))
      .toContain('Republican congressional leaders=USALEG');
  });
});

describe('"official" before a common noun', () => {
  it('is an adjective, no actor', () => {
    expect(codedActors('HAVANA, Oct 19 - Iranian foreign minister ali akbar velayati, here on a two-day official visit, informed cuban foreign ministry officials on monday on the tense situation in the gulf, diplomatic sources said.', '1987-10-19'))
      .not.toContain('official=CUBGOV');
    expect(codedActors('A senior official told reporters.', '1987-10-19')).toContain('senior official=---GOV');
  });
});

describe('civilians "from" a group', () => {
  it('are taken from it, not its own', () => {
    expect(codedActors('Troops rescued hostages from Abu Sayyaf.', '2001-06-01')).toContain('hostages=---CVL');
  });
});

describe('a country\'s assembly', () => {
  it('is its legislature (roles.tsv assembly), as its parliament is', () => {
    expect(codedActors('Officials demanded support from the Montenegro Assembly.', '2005-01-01')).toContain('Montenegro Assembly=MNELEG');
  });
});

describe('a bare role placed "in" a country or capital', () => {
  it('is of that country, officials as well as agents ("Officials in Kabul")', () => {
    expect(codedActors('Officials in Kabul accused Pakistan of harboring militants.', '2018-11-30')).toContain('Officials=AFGGOV');
  });
});

describe('a rebel leader\'s title before a name', () => {
  it('makes one mention with the name ("rebel leader Riek Machar"), so that he can be coordinated', () => {
    expect(codedActors('President Salva Kiir and rebel leader Riek Machar signed a deal.', '2018-11-30')).toContain('rebel leader Riek Machar=SSDREB');
  });
});
