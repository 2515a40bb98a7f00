import { describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../src/core/document.js';
import type { GoldEvent } from '../gold-events.js';
import { goldItems, levelPrf, newTally, scoreDocument, type GoldItem } from './event-score.js';
import { matchesAt } from './match-levels.js';

/** A predicted event with only what the scorer reads. */
function predicted(source: string, code: string, target: string | null, extra: Partial<CodedEvent> = {}): CodedEvent {
  const actor = (c: string) => ({ code: c, text: c, start: 0, end: 1 });
  return {
    source: actor(source), target: target ? actor(target) : null, code, baseCode: code.slice(0, 3), rootCode: code.slice(0, 2),
    quadClass: 1, goldstein: 0, plover: null, date: null, datePrecision: null, location: null, negated: false, modality: 'asserted',
    symmetric: false, sentence: 0, trigger: { start: 0, end: 1, text: 'x', pattern: 'x' }, evidence: { start: 0, end: 10, text: 'x' },
    confidence: 1, ...extra,
  };
}

const gold = (source: string, code: string, target: string, extra: Partial<GoldEvent> = {}): GoldEvent => ({ source, target, code, ...extra });

function score(events: CodedEvent[], items: GoldItem[]) {
  const tally = newTally(['dyad+root', 'dyad+code', 'full', 'full+date']);
  scoreDocument(tally, 'doc', events, items);
  const counts = (l: 'dyad+root' | 'dyad+code' | 'full' | 'full+date') => {
    const t = tally.get(l)!;
    return [t.tp, t.fp, t.fn, t.excluded];
  };
  return { tally, counts };
}

describe('matchesAt', () => {
  const e = predicted('USAGOV', '046', 'ARM');
  const g = gold('USA', '041', 'ARMGOV', { acceptable_codes: ['040'] });

  it('compares country parts and roots at dyad+root, country parts and full codes at dyad+code, full codes at full', () => {
    expect(matchesAt('dyad+root', e, g)).toBe(true);
    expect(matchesAt('dyad+code', e, g)).toBe(false);
    expect(matchesAt('dyad+code', predicted('USAGOV', '040', 'ARM'), g)).toBe(true);
    expect(matchesAt('full', predicted('USAGOV', '040', 'ARM'), g)).toBe(false);
    expect(matchesAt('full', predicted('USA', '040', 'ARMGOV'), g)).toBe(true);
  });

  it('takes either direction of a symmetric event, only the given one otherwise', () => {
    expect(matchesAt('full', predicted('AZEGOV', '044', 'ARMGOV'), gold('ARMGOV', '044', 'AZEGOV', { symmetric: true }))).toBe(true);
    expect(matchesAt('full', predicted('AZEGOV', '044', 'ARMGOV'), gold('ARMGOV', '044', 'AZEGOV'))).toBe(false);
  });

  it('widens the match with acceptable sources and targets', () => {
    const attack = gold('---', '182', 'IDNGOV', { acceptable_sources: ['IDNCRM'] });
    expect(matchesAt('full', predicted('IDNCRM', '182', 'IDNGOV'), attack)).toBe(true);
    expect(matchesAt('full', predicted('IDNCOP', '182', 'IDNGOV'), attack)).toBe(false);
  });

  it('checks the date only at full+date, and only when gold has one', () => {
    const dated = gold('USAGOV', '041', 'ARMGOV', { date: '2022-07-18' });
    expect(matchesAt('full', predicted('USAGOV', '041', 'ARMGOV', { date: '2022-07-17' }), dated)).toBe(true);
    expect(matchesAt('full+date', predicted('USAGOV', '041', 'ARMGOV', { date: '2022-07-17' }), dated)).toBe(false);
    expect(matchesAt('full+date', predicted('USAGOV', '041', 'ARMGOV'), gold('USAGOV', '041', 'ARMGOV'))).toBe(true);
  });

  it('never matches a prediction without a target', () => {
    expect(matchesAt('dyad+root', predicted('USAGOV', '041', null), gold('USA', '041', 'ARM'))).toBe(false);
  });
});

describe('scoreDocument', () => {
  it('matches each gold event at most once: a second report of it is a false positive', () => {
    const { counts } = score([predicted('USAGOV', '041', 'ARMGOV'), predicted('USAGOV', '040', 'ARMGOV')], goldItems({ required: [gold('USAGOV', '041', 'ARMGOV')], optional: [] }));
    expect(counts('dyad+root')).toEqual([1, 1, 0, 0]);
  });

  it('lets one prediction match only one gold event', () => {
    const { counts } = score([predicted('USAGOV', '041', 'ARMGOV')], goldItems({ required: [gold('USAGOV', '041', 'ARMGOV'), gold('USA', '040', 'ARM')], optional: [] }));
    expect(counts('dyad+root')).toEqual([1, 0, 1, 0]);
  });

  it('excludes predictions matching optional events and does not count unmatched optional events', () => {
    const items = goldItems({ required: [gold('USAGOV', '051', 'ARMGOV')], optional: [gold('RUS', '192', 'UKR'), gold('USA', '111', 'RUS')] });
    const { counts } = score([predicted('RUS', '190', 'UKR'), predicted('USAGOV', '051', 'ARMGOV'), predicted('TUR', '111', 'ARM')], items);
    expect(counts('dyad+root')).toEqual([1, 1, 0, 1]);
    expect(counts('full')).toEqual([1, 2, 0, 0]);
  });

  it('gives a prediction that fits a required and an optional event to the required one', () => {
    const items = goldItems({ required: [gold('USA', '041', 'ARM')], optional: [gold('USA', '040', 'ARM')] });
    expect(score([predicted('USA', '041', 'ARM')], items).counts('dyad+root')).toEqual([1, 0, 0, 0]);
  });

  it('does not count negated predictions at all', () => {
    const { counts } = score([predicted('ERI', '057', 'IGOAFR', { negated: true })], goldItems({ required: [], optional: [] }));
    expect(counts('dyad+root')).toEqual([0, 0, 0, 0]);
  });

  it('counts predictions on a sentence that expects no event as false positives (precision only)', () => {
    const { tally, counts } = score([predicted('USA', '111', 'RUS', { evidence: { start: 20, end: 30, text: 'x' } })], [
      { event: gold('USA', '111', 'RUS'), required: true, span: { start: 0, end: 10 } },
    ]);
    // the prediction is from another sentence than the gold event's
    expect(counts('dyad+root')).toEqual([0, 1, 1, 0]);
    expect(levelPrf(tally.get('dyad+root')!)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('keeps per-root recall and false positives per predicted root', () => {
    const { tally } = score([predicted('USA', '111', 'RUS'), predicted('USA', '190', 'RUS')], goldItems({ required: [gold('USA', '112', 'RUS'), gold('USA', '041', 'RUS')], optional: [] }));
    const t = tally.get('dyad+root')!;
    expect(Object.fromEntries(t.goldByRoot)).toEqual({ 11: { gold: 1, found: 1 }, '04': { gold: 1, found: 0 } });
    expect(Object.fromEntries(t.fpByRoot)).toEqual({ 19: 1 });
  });
});
