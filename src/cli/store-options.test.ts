import { describe, expect, it } from 'vitest';
import { parseDyad, parseFilter, parsePage } from './store-options.js';

describe('parseFilter', () => {
  it('turns flags into a store filter', () => {
    expect(parseFilter({
      actor: 'usa', dyad: 'USA-RUS', code: '19*', root: '4', quad: '4', country: 'ukr', from: '2022', to: '2022-03',
      text: 'shelling', minConfidence: '0.7', negated: true,
    })).toEqual({
      actor: 'USA', dyad: ['USA', 'RUS'], code: '19*', root: '04', quadClass: 4, country: 'UKR', from: '2022', to: '2022-03',
      text: 'shelling', minConfidence: 0.7, includeNegated: true,
    });
    expect(parseFilter({})).toEqual({});
  });

  it.each([
    [{ quad: '5' }, '--quad is "5", expected a QuadClass 1–4'],
    [{ code: 'abc' }, '--code is "abc", expected a CAMEO code such as 190 or a prefix such as 19*'],
    [{ root: '21' }, '--root is "21", expected a CAMEO root code 01–20'],
    [{ from: '2022-13' }, '--from is "2022-13", expected a date as YYYY, YYYY-MM or YYYY-MM-DD'],
    [{ to: '2022-02-30' }, '--to is "2022-02-30", expected a date as YYYY, YYYY-MM or YYYY-MM-DD'],
    [{ minConfidence: '2' }, '--min-confidence is "2", expected a number from 0 to 1'],
    [{ actor: 'US A' }, '--actor is "US A", expected an actor or country code such as USA or ---GOV'],
    [{ dyad: 'USA' }, '--dyad is "USA", expected two actor codes as A-B, e.g. USA-RUS'],
  ])('refuses %o', (flags, message) => {
    expect(() => parseFilter(flags)).toThrow(`E030 ${message}`);
  });
});

describe('parseDyad', () => {
  it('splits at the first dash after a letter, so codes may start with dashes', () => {
    expect(parseDyad('---GOV-RUS')).toEqual(['---GOV', 'RUS']);
    expect(parseDyad('usa----REB')).toEqual(['USA', '---REB']);
    expect(parseDyad('USA,RUS')).toEqual(['USA', 'RUS']);
  });
});

describe('parsePage', () => {
  it('defaults to 50 rows and checks --limit and --sort', () => {
    expect(parsePage({})).toEqual({ limit: 50, cursor: null, sort: undefined });
    expect(parsePage({ limit: '5', sort: '-mentions', cursor: 'abc' })).toEqual({ limit: 5, cursor: 'abc', sort: '-mentions' });
    expect(() => parsePage({ limit: '0' })).toThrow(/^E030 --limit/);
    expect(() => parsePage({ sort: 'size' })).toThrow('E030 --sort is "size", expected one of date, -date, mentions, -mentions');
  });
});
