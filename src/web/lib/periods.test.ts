import { describe, expect, it } from 'vitest';
import { boundEnd, boundStart, chooseInterval, periodEnd, periodsBetween, periodTime } from './periods.js';

describe('periods', () => {
  it('expands partial date bounds to days', () => {
    expect(boundStart('2022')).toBe('2022-01-01');
    expect(boundStart('2022-03')).toBe('2022-03-01');
    expect(boundEnd('2022')).toBe('2022-12-31');
    expect(boundEnd('2024-02')).toBe('2024-02-29');
    expect(boundEnd('2022-02-14')).toBe('2022-02-14');
  });

  it('chooses days for a season, weeks for a few years, months beyond', () => {
    expect(chooseInterval('2022-01-01', '2022-02-15')).toBe('day');
    expect(chooseInterval('2021', '2022')).toBe('week');
    expect(chooseInterval('2010', '2020')).toBe('month');
    expect(chooseInterval(null, '2020')).toBe('month');
  });

  it('fills the gaps between periods', () => {
    expect(periodsBetween('2021-11', '2022-02', 'month')).toEqual(['2021-11', '2021-12', '2022-01', '2022-02']);
    expect(periodsBetween('2022-02-21', '2022-03-07', 'week')).toEqual(['2022-02-21', '2022-02-28', '2022-03-07']);
    expect(periodsBetween('2022-02-27', '2022-03-01', 'day')).toEqual(['2022-02-27', '2022-02-28', '2022-03-01']);
  });

  it('gives a period its time and its last day', () => {
    expect(periodTime('2022-02')).toBe(Date.UTC(2022, 1, 1) / 1000);
    expect(periodEnd('2022-02', 'month')).toBe('2022-02-28');
    expect(periodEnd('2022-02-21', 'week')).toBe('2022-02-27');
  });
});
