// Peoples named by their state and another's ethnic name belong to the state they live in (data/actors/countries.tsv).
import { describe, expect, it } from 'vitest';
import { codedActors } from './coded-actors.js';

describe('peoples of one state with the ethnic name of another', () => {
  it('belong to the state they live in', () => {
    expect(codedActors('Bosnian Serbs demanded a truce with Moslem forces in east Bosnia.', '1994-04-19')).toContain('Bosnian Serbs=BIH');
    expect(codedActors('Bosnian Serb forces shelled the town.', '1994-04-19')).toEqual(['Bosnian Serb forces=BIHMIL']);
    expect(codedActors('Croatian authorities are failing to uphold the property rights of Croatian Serb refugees.', '1998-01-01'))
      .toEqual(['Croatian authorities=HRVGOV', 'Croatian Serb refugees=HRVREF']);
  });

  it('leave the bare ethnic name with its own state', () => {
    expect(codedActors('Serbs and Croats signed the accord.', '1995-11-21')).toEqual(['Serbs=SRB', 'Croats=HRV']);
  });
});
