import { describe, expect, it } from 'vitest';
import { parseActorCode } from '../../src/formats/cameo-actor.js';
import { loadCodeTables } from '../../src/formats/code-tables.js';
import { fractionDate, GDELT_COLUMNS, gdeltDay, gdeltEventId, gdeltFormat } from '../../src/formats/gdelt-format.js';
import type { EventRow } from '../../src/storage/store.js';
import { Collector, eventRow, rows } from './helpers.js';

const tables = loadCodeTables();
const col = (name: (typeof GDELT_COLUMNS)[number]) => GDELT_COLUMNS.indexOf(name);

async function gdeltLines(...list: EventRow[]): Promise<string[][]> {
  const out = new Collector();
  await gdeltFormat.write(rows(...list), out);
  return out.text.split('\n').filter(Boolean).map((l) => l.split('\t'));
}

describe('gdelt', () => {
  it('has the 61 GDELT 2.0 columns in order', () => {
    expect(GDELT_COLUMNS).toHaveLength(61);
    expect(GDELT_COLUMNS.slice(0, 6)).toEqual(['GLOBALEVENTID', 'SQLDATE', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code']);
    expect(GDELT_COLUMNS[25]).toBe('IsRootEvent');
    expect(GDELT_COLUMNS[34]).toBe('AvgTone');
    expect(GDELT_COLUMNS[51]).toBe('ActionGeo_Type');
    expect(GDELT_COLUMNS.slice(59)).toEqual(['DATEADDED', 'SOURCEURL']);
  });

  it('writes one tab-separated line of exactly 61 fields per event, no header', async () => {
    const [f, ...rest] = await gdeltLines(eventRow());
    expect(rest).toEqual([]);
    expect(f).toHaveLength(61);
    expect(f[col('GLOBALEVENTID')]).toMatch(/^\d+$/);
    expect(f[col('GLOBALEVENTID')]).toBe(gdeltEventId('ev-1'));
    expect(f.slice(1, 5)).toEqual(['20220228', '202202', '2022', '2022.1589']);
    expect(f.slice(5, 15)).toEqual(['RUSGOV', 'RUSSIA', 'RUS', '', '', '', '', 'GOV', '', '']);
    expect(f.slice(15, 25)).toEqual(['UKR', 'UKRAINE', 'UKR', '', '', '', '', '', '', '']);
    expect(f.slice(25, 35)).toEqual(['0', '190', '190', '19', '4', '-10', '3', '2', '2', '0']);
    expect(f.slice(35, 43)).toEqual(['0', '', '', '', '', '', '', '']);
    expect(f.slice(51, 59)).toEqual(['1', 'Ukraine', 'UP', 'UP', '', '48.38', '31.17', 'UP']);
    expect(f.slice(59)).toEqual(['20220301102030', 'https://example.org/a']);
  });

  it.each([
    ['USA', 'US'], ['DEU', 'GM'], ['GBR', 'UK'], ['RUS', 'RS'], ['UKR', 'UP'],
    ['ARM', 'AM'], ['AZE', 'AJ'], ['GEO', 'GG'], ['AUT', 'AU'], ['AUS', 'AS'], ['KSV', 'KV'], ['PSE', 'WE'],
  ])('writes the FIPS 10-4 code for %s in the ActionGeo fields: %s', async (iso3, fips) => {
    const name = tables.countries.get(iso3)!.name;
    const [f] = await gdeltLines(eventRow({ locationName: name, locationCountry: iso3 }));
    expect(f[col('ActionGeo_CountryCode')]).toBe(fips);
    expect(f[col('ActionGeo_FeatureID')]).toBe(fips);
    expect(f[col('ActionGeo_FullName')]).toBe(name);
  });

  it('writes a city as a world city (type 4) named "City, Country", without a feature id', async () => {
    const [f] = await gdeltLines(eventRow({ locationName: 'Tbilisi', locationCountry: 'GEO', lat: 41.7151, lon: 44.82710001 }));
    expect(f.slice(51, 59)).toEqual(['4', 'Tbilisi, Georgia', 'GG', 'GG', '', '41.7151', '44.8271', '']);
  });

  it('leaves every geo field empty (type 0) when the event has no location', async () => {
    const [f] = await gdeltLines(eventRow({ locationName: null, locationCountry: null, lat: null, lon: null }));
    expect(f.slice(51, 59)).toEqual(['0', '', '', '', '', '', '', '']);
  });

  it('leaves the Actor2 fields empty when there is no target, and drops --- from unknown-country codes', async () => {
    const [f] = await gdeltLines(eventRow({ sourceCode: '---REB', sourceName: 'rebels', targetCode: null, targetName: null }));
    expect(f.slice(5, 15)).toEqual(['REB', 'REBELS', '', '', '', '', '', 'REB', '', '']);
    expect(f.slice(15, 25)).toEqual(Array(10).fill(''));
  });

  it('pads month and year dates to the first day and falls back to the day first seen', () => {
    expect(gdeltDay({ date: '2022-07', firstSeen: '2023-01-01T00:00:00Z' })).toBe('20220701');
    expect(gdeltDay({ date: '2022', firstSeen: '2023-01-01T00:00:00Z' })).toBe('20220101');
    expect(gdeltDay({ date: null, firstSeen: '2023-05-06T23:59:59Z' })).toBe('20230506');
    expect(fractionDate('19790101')).toBe('1979.0027');
    expect(fractionDate('20221231')).toBe('2022.9890');
  });

  it('derives a stable numeric GLOBALEVENTID that fits a double exactly', () => {
    const id = gdeltEventId('some-event');
    expect(id).toBe(gdeltEventId('some-event'));
    expect(id).not.toBe(gdeltEventId('other-event'));
    expect(Number.isSafeInteger(Number(id))).toBe(true);
  });

  it('replaces TABs and line breaks inside values so the line keeps 61 fields', async () => {
    const [f] = await gdeltLines(eventRow({ sourceName: 'a\tb\nc', sourceUrl: 'x\ty' }));
    expect(f).toHaveLength(61);
    expect(f[col('Actor1Name')]).toBe('A B C');
    expect(f[col('SOURCEURL')]).toBe('x y');
  });

  it('leaves out negated events and counts them', async () => {
    const out = new Collector();
    const summary = await gdeltFormat.write(rows(eventRow({ negated: true }), eventRow({ id: 'ev-2' })), out);
    expect(summary).toMatchObject({ written: 1, skipped: 1 });
    expect(out.text.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('marks an event as root when the store says it came from the lead sentences', async () => {
    const [lead] = await gdeltLines({ ...eventRow(), firstSentence: 0 } as EventRow);
    const [late] = await gdeltLines({ ...eventRow(), firstSentence: 7 } as EventRow);
    expect(lead[col('IsRootEvent')]).toBe('1');
    expect(late[col('IsRootEvent')]).toBe('0');
  });
});

describe('CAMEO actor codes split into GDELT actor fields', () => {
  it.each([
    ['USAGOV', { code: 'USAGOV', country: 'USA', knownGroup: null, religions: [], types: ['GOV'] }],
    ['IGOUNO', { code: 'IGOUNO', country: null, knownGroup: 'UNO', religions: [], types: ['IGO'] }],
    ['IGOWSTNAT', { code: 'IGOWSTNAT', country: 'WST', knownGroup: 'NAT', religions: [], types: ['IGO'] }],
    ['IMGMUSISI', { code: 'IMGMUSISI', country: null, knownGroup: 'ISI', religions: ['MUS'], types: ['IMG'] }],
    ['MUS', { code: 'MUS', country: 'MUS', knownGroup: null, religions: [], types: [] }],
    ['IRQGOVMIL', { code: 'IRQGOVMIL', country: 'IRQ', knownGroup: null, religions: [], types: ['GOV', 'MIL'] }],
    ['---GOV', { code: 'GOV', country: null, knownGroup: null, religions: [], types: ['GOV'] }],
    ['EUR', { code: 'EUR', country: 'EUR', knownGroup: null, religions: [], types: [] }],
  ])('%s', (code, parts) => {
    expect(parseActorCode(code, tables)).toEqual(parts);
  });
});
