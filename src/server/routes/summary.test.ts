import { describe, expect, it } from 'vitest';
import type { EventRow } from '../../storage/store.js';
import { places, summarize } from './summary.js';

function row(over: Partial<EventRow>): EventRow {
  return {
    id: 'ev', date: '2022-02-24', datePrecision: 'day', sourceCode: 'RUS', sourceName: null, targetCode: 'UKR', targetName: null,
    code: '190', baseCode: '190', rootCode: '19', quadClass: 4, goldstein: -10, ploverType: null, ploverMode: null, negated: false,
    locationName: null, locationCountry: null, lat: null, lon: null, numMentions: 1, numArticles: 1, numSources: 1, confidence: 0.9,
    firstSeen: '2022-02-24T00:00:00.000Z', sourceUrl: 'test:', dyadVersion: '0', dictionaries: 'sha256:0', ...over,
  };
}

async function* stream(rows: EventRow[]): AsyncIterable<EventRow> {
  yield* rows;
}

describe('summarize', () => {
  it('counts events, reports, actors, located events and classes; the span takes day dates only', async () => {
    const s = await summarize(stream([
      row({ date: '1905', datePrecision: 'year', goldstein: 2, quadClass: 1, numMentions: 3 }),
      row({ date: '2022-02-24', locationName: 'Kyiv', locationCountry: 'UKR', lat: 50.45, lon: 30.52 }),
      row({ date: '2022-03-01', sourceCode: 'USAGOV', targetCode: 'RUS', goldstein: -4, quadClass: 3 }),
    ]));
    expect(s).toEqual({
      events: 3, mentions: 5, actors: 3, countries: 1, located: 1, byQuad: { 1: 1, 2: 0, 3: 1, 4: 1 },
      firstDay: '2022-02-24', lastDay: '2022-03-01', meanGoldstein: -4,
    });
  });

  it('has no span and no mean without events', async () => {
    expect(await summarize(stream([]))).toMatchObject({ events: 0, firstDay: null, meanGoldstein: null });
  });
});

describe('places', () => {
  it('groups located events by place, busiest first, with their mean Goldstein', async () => {
    const kyiv = { locationName: 'Kyiv', locationCountry: 'UKR', lat: 50.4501, lon: 30.5234 };
    const p = await places(stream([
      row({ ...kyiv, goldstein: -10 }), row({ ...kyiv, lat: 50.4502, goldstein: 0 }),
      row({ locationName: 'Moscow', locationCountry: 'RUS', lat: 55.75, lon: 37.62 }), row({}),
    ]), 10);
    expect(p).toEqual([
      { name: 'Kyiv', country: 'UKR', lat: 50.45, lon: 30.52, events: 2, meanGoldstein: -5 },
      { name: 'Moscow', country: 'RUS', lat: 55.75, lon: 37.62, events: 1, meanGoldstein: -10 },
    ]);
    expect(await places(stream([row({ ...kyiv })]), 0)).toEqual([]);
  });

  it('stops reading when the request is abandoned', async () => {
    const ctl = new AbortController();
    ctl.abort();
    const many = Array.from({ length: 5000 }, (_, i) => row({ id: `ev-${i}` }));
    expect((await summarize(stream(many), ctl.signal)).events).toBeLessThan(5000);
  });
});
