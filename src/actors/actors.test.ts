import { describe, expect, it } from 'vitest';
import { annotate } from '../../test/world.js';

function actors(text: string, date: string | null = '2022-07-18') {
  return annotate(text, date).actors!.map((a) => `${a.text}=${a.code}`);
}

describe('actor recognition (fictional world)', () => {
  it('codes countries, capitals, institutions and organisations', () => {
    expect(actors('Freedonia, Strelsau, the Blue Palace and the Red Lantern Society spoke.'))
      .toEqual(['Freedonia=FRD', 'Strelsau=RURGOV', 'the Blue Palace=FRDGOV', 'Red Lantern Society=NGOIRC']);
  });

  it('keeps a country after "at" an actor but makes a capital after "near" a place', () => {
    const doc = annotate('Freedonia fired at Sylvania near Strelsau.');
    expect(doc.actors!.map((a) => a.code)).toEqual(['FRD', 'SYL']);
    expect(doc.places!.map((p) => p.country)).toEqual(['RUR']);
  });

  it('treats a country or capital after "in" as a place, not an actor', () => {
    const doc = annotate('Sylvania spoke in Fredville and in Ruritania.');
    expect(doc.actors!.map((a) => a.code)).toEqual(['SYL']);
    expect(doc.places!.map((p) => `${p.text}@${p.country}/${p.precision}`)).toEqual(['Fredville@FRD/city', 'Ruritania@RUR/country']);
  });

  it('makes a capital named in apposition to "capital" a place, not its government', () => {
    const doc = annotate('Freedonia shelled the Ruritanian capital, Strelsau, and Fredville praised it.');
    expect(doc.actors!.map((a) => a.code)).toEqual(['FRD', 'RUR', 'FRDGOV']);
    expect(doc.places!.map((p) => `${p.text}@${p.country}`)).toEqual(['Strelsau@RUR']);
  });

  it('makes a city or region of places.tsv a place, never an actor, after any word', () => {
    const doc = annotate('Freedonia shelled Port Marsh and Marshport. Ruritanian troops entered North Reach.');
    expect(doc.actors!.map((a) => a.code)).toEqual(['FRD', 'RURMIL']);
    expect(doc.places!.map((p) => `${p.text}@${p.country}/${p.precision}`))
      .toEqual(['Port Marsh@SYL/city', 'Marshport@SYL/city', 'North Reach@RUR/region']);
  });

  it('lets a longer phrase win over a place and keeps a place inside a longer name out', () => {
    // "Grand Fenwick Forest" (a region) is longer than the country "Grand Fenwick"; the country still wins alone.
    const doc = annotate('Grand Fenwick troops camped in Grand Fenwick Forest. Port Marsh University said nothing.');
    expect(doc.actors!.map((a) => a.code)).toEqual(['GRNMIL']);
    expect(doc.places!.map((p) => `${p.text}@${p.country}/${p.precision}`)).toEqual(['Grand Fenwick Forest@GRN/region']);
  });

  it('composes country and role, and learns titled names from the text', () => {
    expect(actors('Sylvanian police and Freedonia’s troops met State spokesman Ola Nordmann of the Blue Palace.'))
      .toEqual(['Sylvanian police=SYLCOP', 'Freedonia’s troops=FRDMIL', 'spokesman Ola Nordmann of the Blue Palace=FRDGOV']);
    expect(actors('Sylvanian President Ola Nordmann spoke. Later Nordmann left. Mr. Nordmann returned.'))
      .toEqual(['Sylvanian President Ola Nordmann=SYLGOV', 'Nordmann=SYLGOV', 'Mr. Nordmann=SYLGOV']);
  });

  it('lets a name carry its own "of COUNTRY", distributes a plural title, and skips modifiers', () => {
    expect(actors('Presidents Ola Nordmann of Sylvania and Kari Nordmann of Ruritania met.'))
      .toEqual(['Presidents Ola Nordmann of Sylvania=SYLGOV', 'Kari Nordmann of Ruritania=RURGOV']);
    expect(actors("Freedonia's energy minister Ola Nordmann and the Sylvanian National Police met."))
      .toEqual(["Freedonia's energy minister Ola Nordmann=FRDGOV", 'Sylvanian National Police=SYLCOP']);
    // An office "from" a country is its own; forces "from" a place may be leaving it.
    expect(actors('Foreign ministers from Freedonia and Sylvania met.')).toEqual(['Foreign ministers from Freedonia=FRDGOV', 'Sylvania=SYLGOV']);
    // Up to three words between a country and its role ("Iraq's influential top Shi'ite cleric").
    expect(actors("Freedonia's influential senior energy minister spoke.")).toEqual(["Freedonia's influential senior energy minister=FRDGOV"]);
    // After a possessive, a participle (with its adverb) too; without one, a verb is no modifier.
    expect(actors("Sylvania spoke. Freedonia's newly elected prime minister left.")).toEqual(['Sylvania=SYL', "Freedonia's newly elected prime minister=FRDGOV"]);
    expect(actors("Sylvania spoke. Freedonia's new liberal prime minister left.")).toEqual(['Sylvania=SYL', "Freedonia's new liberal prime minister=FRDGOV"]);
    expect(actors('Freedonia deployed troops.')).toEqual(['Freedonia=FRD', 'troops=FRDMIL']);
    // A bare role backed by a country takes no guess of that country: "Freedonia-backed rebels" are not Freedonia's.
    expect(actors('Freedonia-backed rebels attacked.')).toEqual(['Freedonia=FRD', 'rebels=---REB']);
  });

  it('uses date-bounded roles of known people', () => {
    expect(actors('Amber Trentino spoke.', '2022-01-01')).toEqual(['Amber Trentino=SYLGOV']);
    // Out of office: the country only.
    expect(actors('Amber Trentino spoke.', '2024-06-01')).toEqual(['Amber Trentino=SYL']);
    // A surname alone resolves when one known person of that name is in office.
    expect(actors('Firefly spoke.', '2022-01-01')).toEqual(['Firefly=FRDGOV']);
    expect(actors('Rassendyll spoke.', '2022-01-01')).toEqual([]);
  });

  it('finds a known surname after a capitalised word that is no part of it', () => {
    expect(actors('Sylvanian President Ola Nordmann arrived. On Tuesday Nordmann left.'))
      .toEqual(['Sylvanian President Ola Nordmann=SYLGOV', 'Nordmann=SYLGOV']);
  });

  it('resolves a bare title to the last person introduced with it', () => {
    expect(actors('Sylvanian Prime Minister Ola Nordmann arrived. Reporters met the prime minister.'))
      .toEqual(['Sylvanian Prime Minister Ola Nordmann=SYLGOV', 'prime minister=SYLGOV']);
  });

  it('distributes a role over coordinated countries and resolves "both countries"', () => {
    const doc = annotate('Firefly called the leaders of Sylvania and Ruritania. The foreign ministers of both countries met.');
    const a = doc.actors!;
    expect(a.map((m) => `${m.text}=${m.code}`)).toEqual([
      'Firefly=FRDGOV', 'leaders of Sylvania=SYLGOV', 'Ruritania=RURGOV',
      'foreign ministers of both countries=SYLGOV', 'foreign ministers of both countries=RURGOV',
    ]);
    expect(a[1].group).toBe(a[2].group);
    expect(a[3].group).toBe(a[4].group);
  });

  it('matches short all-capital names only in capitals', () => {
    expect(actors('FR said no.')).toEqual(['FR=FRD']);
    expect(actors('Fr said no.')).toEqual([]);
  });

  it('every mention points at its own text', () => {
    const text = 'Sylvanian Prime Minister Ola Nordmann and Freedonia met in Strelsau.';
    for (const a of annotate(text).actors!) expect(text.slice(a.start, a.end)).toBe(a.text);
  });
});
