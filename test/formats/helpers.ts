import { Writable } from 'node:stream';
import type { EventRow } from '../../src/storage/store.js';

/** A hand-built event row: Russia's government attacks Ukraine in Ukraine, with overridable fields. */
export function eventRow(overrides: Partial<EventRow> = {}): EventRow {
  return {
    id: 'ev-1', date: '2022-02-28', datePrecision: 'day',
    sourceCode: 'RUSGOV', sourceName: 'Russia', targetCode: 'UKR', targetName: 'Ukraine',
    code: '190', baseCode: '190', rootCode: '19', quadClass: 4, goldstein: -10,
    ploverType: 'ASSAULT', ploverMode: null, negated: false,
    locationName: 'Ukraine', locationCountry: 'UKR', lat: 48.38, lon: 31.17,
    numMentions: 3, numArticles: 2, numSources: 2, confidence: 0.9,
    firstSeen: '2022-03-01T10:20:30.000Z', sourceUrl: 'https://example.org/a', dyadVersion: '0.1.0', dictionaries: 'sha256:abc',
    ...overrides,
  };
}

/** Feeds rows as an async iterable, as Store.exportEvents does. */
export async function* rows(...list: EventRow[]): AsyncIterable<EventRow> {
  for (const r of list) yield r;
}

/** A Writable that keeps what it is given; `highWaterMark` small makes writers wait for 'drain'. */
export class Collector extends Writable {
  chunks: string[] = [];
  constructor(highWaterMark = 16 * 1024, private readonly delayMs = 0) {
    super({ highWaterMark, decodeStrings: false });
  }
  override _write(chunk: unknown, _enc: BufferEncoding, done: (e?: Error | null) => void): void {
    this.chunks.push(String(chunk));
    if (this.delayMs) setTimeout(done, this.delayMs);
    else done();
  }
  get text(): string {
    return this.chunks.join('');
  }
}
