// Roles owned by a nationality adjective it does not touch: shared in a list ("Hungarian and Romanian officials") or led ("Saudi-led forces").
import { describe, expect, it } from 'vitest';
import { codedActors } from './coded-actors.js';

const actors = (text: string) => codedActors(text, '2014-08-28');

describe('a role noun shared by coordinated nationality adjectives', () => {
  it('gives the role to every adjective of the list', () => {
    expect(actors('Senior Hungarian and Romanian officials agreed on Wednesday that their countries should cooperate.'))
      .toEqual(['Hungarian=HUNGOV', 'Romanian officials=ROUGOV']);
    expect(actors('Only a few hours after a meeting between the Russian and Ukrainian presidents late Tuesday, shelling began there.'))
      .toEqual(['Russian=RUSGOV', 'Ukrainian presidents=UKRGOV']);
    expect(actors('French, German and Italian troops entered Kosovo.')).toEqual(['French=FRAMIL', 'German=DEUMIL', 'Italian troops=ITAMIL', 'Kosovo=KSV']);
  });

  it('gives a role "of" a list of countries to each of them, a determiner before one included', () => {
    expect(actors('The foreign ministers of Iran, the United States and Britain met in Vienna.'))
      .toEqual(['foreign ministers of Iran=IRNGOV', 'United States=USAGOV', 'Britain=GBRGOV']);
  });

  it('reads a short country form as an adjective too', () => {
    expect(actors('U.S. and Russian negotiators return to Geneva this week.')).toEqual(['U.S.=USAGOV', 'Russian negotiators=RUSGOV']);
  });

  it('leaves a people, a full country name and a role-less noun alone', () => {
    expect(actors('Israelis and Palestinian security forces clashed in Hebron.')).toEqual(['Israelis=ISR', 'Palestinian security forces=PSECOP']);
    expect(actors('Russia and Ukrainian forces clashed near the border.')).toEqual(['Russia=RUS', 'Ukrainian forces=UKRMIL']);
    expect(actors('The Russian and Ukrainian economies shrank.')).toEqual(['Russian=RUS', 'Ukrainian=UKR']);
  });

  it('keeps the role named last for a later definite role noun', () => {
    expect(actors('The Russian and Ukrainian presidents met. The presidents agreed.')).toContain('presidents=UKRGOV');
  });
});

describe('a role led by a country', () => {
  it('belongs to the country glued to "-led"', () => {
    expect(codedActors('Vietnamese-led forces launched artillery, mortar, and rocket fire against Kampuchean guerrilla camps.', '1987-01-01'))
      .toContain('Vietnamese-led forces=VNMMIL');
    expect(codedActors('Saudi-led forces struck the port.', '2016-01-01')).toEqual(['Saudi-led forces=SAUMIL']);
  });
});
