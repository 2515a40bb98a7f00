import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, eventId, isDay, sourceKey } from './document-rows.js';

describe('sourceKey', () => {
  it('counts sources by publisher, else by host without www, else by scheme', () => {
    expect(sourceKey({ publisher: 'Reuters ', uri: 'https://www.reuters.com/x' })).toBe('reuters');
    expect(sourceKey({ publisher: null, uri: 'https://www.kyivwire.example/a/b' })).toBe('kyivwire.example');
    expect(sourceKey({ publisher: null, uri: 'http://news.example:8080/a' })).toBe('news.example');
    expect(sourceKey({ publisher: null, uri: 'file:notes/a.txt' })).toBe('file');
    expect(sourceKey({ publisher: null, uri: 'stdin:#3' })).toBe('stdin');
  });
});

describe('eventId', () => {
  it('is a stable hash of the merge key and anchor', () => {
    expect(eventId('RUS|UKR|180|0', '2022-02-24')).toBe('ev-ba6fedcbe7f2c1997b64131a');
    expect(eventId('RUS|UKR|180|0', '2022-02-25')).not.toBe(eventId('RUS|UKR|180|0', '2022-02-24'));
  });
});

describe('day arithmetic', () => {
  it('crosses months and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2022-03-01', -1)).toBe('2022-02-28');
    expect(daysBetween('2022-02-27', '2022-03-02')).toBe(3);
    expect([isDay('2022-02-24'), isDay('2022-02'), isDay(null)]).toEqual([true, false, false]);
  });
});
