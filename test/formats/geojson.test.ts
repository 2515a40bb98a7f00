import { describe, expect, it } from 'vitest';
import { geojsonFormat } from '../../src/formats/geojson-format.js';
import { Collector, eventRow, rows } from './helpers.js';

describe('geojson', () => {
  it('writes a FeatureCollection of Point features in [lon, lat] order and skips events without a location', async () => {
    const out = new Collector();
    const summary = await geojsonFormat.write(rows(
      eventRow(),
      eventRow({ id: 'ev-2', locationName: null, locationCountry: null, lat: null, lon: null }),
      eventRow({ id: 'ev-3', locationName: 'Kyiv', lat: 50.4501, lon: 30.5234 }),
    ), out);
    expect(summary).toEqual({ written: 2, skipped: 1, skippedReason: 'no location' });
    const doc = JSON.parse(out.text);
    expect(doc.type).toBe('FeatureCollection');
    expect(doc.features).toHaveLength(2);
    expect(doc.features[0]).toEqual({
      type: 'Feature', id: 'ev-1', geometry: { type: 'Point', coordinates: [31.17, 48.38] },
      properties: expect.objectContaining({ id: 'ev-1', code: '190', locationCountry: 'UKR' }),
    });
    expect(doc.features[0].properties).not.toHaveProperty('lat');
    expect(doc.features[1].geometry.coordinates).toEqual([30.5234, 50.4501]);
  });

  it('writes a valid empty collection when nothing has a location', async () => {
    const out = new Collector();
    await geojsonFormat.write(rows(), out);
    expect(JSON.parse(out.text)).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
