// A wire dateline gives its country to the story's bare role nouns only when the story is about that country.
import { describe, expect, it } from 'vitest';
import { codedActors } from './coded-actors.js';

describe('the country of a wire dateline', () => {
  it('is the lead\'s first actor when the lead names it', () => {
    expect(codedActors('KUWAIT, June 2 - Kuwait, a target of Iranian anger, rejected the charges. Police said the boats were seized.', '1987-06-02'))
      .toContain('Police=KWTCOP');
  });

  it('is not the country in brackets that belongs to the dateline itself', () => {
    const text = 'MOSCOW (USSR), 27 NOV 89 (RADIO PEACE AND PROGRESS) -- [TEXT] THE SALVADORAN GOVERNMENT HAS REJECTED THE PROPOSAL. '
      + 'SALVADORAN TROOPS ATTACKED A VILLAGE. EL SALVADOR SAID THE GUERRILLAS FLED. SALVADORAN OFFICIALS SAID THE PRIESTS WERE KILLED BY DEATH SQUADS.';
    const actors = codedActors(text, '1989-11-27');
    expect(actors).toContain('PRIESTS=SLVREL');
    expect(actors.filter((a) => a.endsWith('=RUSREL') || a.endsWith('=RUSUAF'))).toEqual([]);
  });
});
