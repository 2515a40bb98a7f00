/** `geojson`: an RFC 7946 FeatureCollection of the events that have a location, streamed feature by feature. */
import type { EventRow } from '../storage/store.js';
import type { OutputFormat } from './format.js';
import { TextSink } from './text-sink.js';

/** Decimal places kept in coordinates: 5 is about a metre, finer than any centroid we store. */
const COORDINATE_DECIMALS = 5;

function round(n: number): number {
  return Number(n.toFixed(COORDINATE_DECIMALS));
}

/** One event as a GeoJSON Point feature ([lon, lat], as RFC 7946 orders them), or null without coordinates. */
export function eventFeature(row: EventRow): object | null {
  if (row.lat === null || row.lon === null || !Number.isFinite(row.lat) || !Number.isFinite(row.lon)) return null;
  const { lat, lon, ...properties } = row;
  return { type: 'Feature', id: row.id, geometry: { type: 'Point', coordinates: [round(lon), round(lat)] }, properties };
}

/** The geojson format: events without coordinates are skipped and counted. */
export const geojsonFormat: OutputFormat = {
  name: 'geojson',
  description: 'a GeoJSON FeatureCollection of Point features, one per event with a location',
  mediaType: 'application/geo+json; charset=utf-8',
  extension: 'geojson',
  async write(events, out) {
    const sink = new TextSink(out);
    await sink.write('{"type":"FeatureCollection","features":[');
    let written = 0;
    let skipped = 0;
    for await (const row of events) {
      const feature = eventFeature(row);
      if (!feature) {
        skipped++;
        continue;
      }
      // One feature per line keeps the file greppable while staying one JSON document.
      await sink.write(`${written ? ',' : ''}\n${JSON.stringify(feature)}`);
      written++;
    }
    await sink.write('\n]}\n');
    await sink.flush();
    return { written, skipped, skippedReason: skipped ? 'no location' : null };
  },
};
