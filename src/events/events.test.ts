import { describe, expect, it } from 'vitest';
import { annotate } from '../../test/world.js';

function events(text: string, date = '2022-07-18') {
  return annotate(text, date).events!;
}

function triples(text: string) {
  return events(text).map((e) => `${e.source.code}>${e.code}>${e.target?.code}`);
}

describe('event coding (fictional world)', () => {
  it('codes a verb between subject and object, with evidence and trigger offsets', () => {
    const text = 'Intro line here. Freedonia sharply criticized Sylvania on Monday.';
    const [e] = events(text);
    expect(`${e.source.code}>${e.code}>${e.target?.code}`).toBe('FRD>111>SYL');
    expect(text.slice(e.evidence.start, e.evidence.end)).toBe('Freedonia sharply criticized Sylvania on Monday.');
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe('criticized');
    expect(e).toMatchObject({ rootCode: '11', baseCode: '111', quadClass: 3, goldstein: -2, date: '2022-07-18', datePrecision: 'day', negated: false });
    expect(e.plover?.type).toBe('ACCUSE');
  });

  it('makes one event per coordinated target and skips filler words inside a pattern', () => {
    expect(triples('Firefly on Monday held separate calls with the leaders of Sylvania and Ruritania.'))
      .toEqual(['FRDGOV>041>SYLGOV', 'FRDGOV>041>RURGOV']);
  });

  it('codes symmetric nominal events between coordinated actors and re-codes third-place meetings', () => {
    const [e] = events('The ministers held a meeting between Sylvania and Ruritania in Grand Fenwick on July 16.');
    expect(`${e.source.code}>${e.code}>${e.target?.code}`).toBe('SYL>044>RUR');
    expect(e).toMatchObject({ symmetric: true, date: '2022-07-16', location: { country: 'GRN', precision: 'country' } });
    expect(triples('There was a meeting between Sylvania and Ruritania in Strelsau.')).toEqual(['SYL>040>RUR']);
  });

  it('codes a reciprocal verb between a coordinated subject', () => {
    expect(triples('Freedonia and Sylvania fought.')).toEqual(['FRD>190>SYL']);
  });

  it('fills target slots in the middle of a pattern and prefers the more specific pattern', () => {
    expect(triples('Firefly called on Trentino “to release all remaining detainees.”')).toEqual(['FRDGOV>0253>SYLGOV']);
  });

  it('skips actors inside prepositional phrases when looking for the subject', () => {
    expect(triples('Firefly, in his talk with Trentino, condemned Ruritania.')).toEqual(['FRDGOV>111>RUR']);
  });

  it('gives a coordinated verb the subject of its partner verb', () => {
    expect(triples('A Sylvanian group urged the Fenwick Assembly to act and criticized Ruritania.'))
      .toEqual(['SYL>020>GRNLEG', 'SYL>111>RUR']);
  });

  it('does not take a role word used as an adjective for an actor', () => {
    expect(triples('Freedonia and Sylvania fought brutal military battles.')).toEqual(['FRD>190>SYL']);
  });

  it('uses an agent after "by" as the source', () => {
    expect(triples('Pressure by Freedonia to condemn and isolate Ruritania grew.')).toEqual(['FRD>111>RUR']);
  });

  it('takes the source from a {S} slot', () => {
    expect(triples('A Ruritanian-led attack on Sylvania failed.')).toEqual(['RUR>193>SYL']);
  });

  it('codes the passive voice with the agent after "by" as source, and nothing without an agent', () => {
    expect(triples('Sylvania was sharply criticized by Freedonia.')).toEqual(['FRD>111>SYL']);
    expect(triples('Sylvania was criticized on Monday.')).toEqual([]);
  });

  it('takes the source of a noun trigger from its possessor or from a participating subject only', () => {
    expect(triples('Ruritania said in a call with Sylvania that it was ready.')).toEqual(['RUR>041>SYL']);
    expect(triples("Ruritania's call with Sylvania lasted an hour.")).toEqual(['RUR>041>SYL']);
    expect(triples('Ruritania said the call with Sylvania lasted an hour.')).toEqual([]);
  });

  it('lets a target slot take a whole coordination', () => {
    expect(triples('Freedonia called on Sylvania and Ruritania to release all prisoners.')).toEqual(['FRD>0253>SYL', 'FRD>0253>RUR']);
  });

  it('codes nothing for an infinitive that completes a noun', () => {
    expect(triples('Freedonia offered support to criticize Sylvania.')).toEqual([]);
  });

  it('finds targets in repeated prepositional phrases', () => {
    expect(triples('Freedonia met with Sylvania, then with Ruritania.')).toEqual(['FRD>040>SYL', 'FRD>040>RUR']);
  });

  it('codes an announced cooperative event as its intent code', () => {
    expect(events('Freedonia will meet Sylvania.')[0]).toMatchObject({ code: '036', modality: 'intended' });
  });

  it('marks negation and intent, and codes no merely possible event', () => {
    expect(events('Freedonia did not criticize Sylvania.')[0]).toMatchObject({ negated: true, modality: 'asserted' });
    expect(events('Freedonia will criticize Sylvania.')[0]).toMatchObject({ negated: false, modality: 'intended' });
    expect(events('Freedonia could criticize Sylvania.')).toEqual([]);
    expect(events('If Freedonia criticizes Sylvania, talks will end.').filter((e) => e.code.startsWith('11'))).toEqual([]);
  });

  it('codes nothing without two actors, and never an actor against itself', () => {
    expect(triples('Freedonia criticized the weather.')).toEqual([]);
    expect(triples('Freedonia criticized Freedonia.')).toEqual([]);
  });

  it('dates an event by the date in its sentence, else by publication', () => {
    const [a, b] = events('Freedonia criticized Sylvania on July 16. Sylvania condemned Ruritania.');
    expect([a.date, a.datePrecision, b.date, b.datePrecision]).toEqual(['2022-07-16', 'day', '2022-07-18', 'published']);
  });
});
