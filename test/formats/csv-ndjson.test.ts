import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, csvFormat } from '../../src/formats/csv-format.js';
import { ndjsonFormat } from '../../src/formats/ndjson-format.js';
import { FORMAT_NAMES, getFormat } from '../../src/formats/registry.js';
import { Collector, eventRow, rows } from './helpers.js';

/** A strict RFC 4180 reader, enough to check what the writer produced round-trips. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') { value += '"'; i += 2; }
        else if (text[i] === '"') { i++; break; }
        else value += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') value += text[i++];
    }
    record.push(value);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) { records.push(record); record = []; i += 2; }
    else if (i < text.length) throw new Error(`unexpected ${JSON.stringify(text[i])} at ${i}`);
  }
  return records;
}

describe('format registry', () => {
  it('lists the five formats and rejects others with the known names', () => {
    expect(FORMAT_NAMES).toEqual(['gdelt', 'csv', 'ndjson', 'geojson', 'plover']);
    expect(() => getFormat('xml')).toThrow(/E030 unknown format "xml", expected one of gdelt, csv, ndjson, geojson, plover/);
  });
});

describe('csv', () => {
  it('writes a header in the documented order, then one CRLF record per event', async () => {
    const out = new Collector();
    const summary = await csvFormat.write(rows(eventRow(), eventRow({ id: 'ev-2', targetCode: null, targetName: null })), out);
    expect(summary).toEqual({ written: 2, skipped: 0, skippedReason: null });
    const records = parseCsv(out.text);
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(3);
    const first = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, records[1][i]]));
    expect(first).toMatchObject({ id: 'ev-1', sourceCode: 'RUSGOV', code: '190', quadClass: '4', goldstein: '-10', negated: 'false', lat: '48.38' });
    expect(records[2][CSV_COLUMNS.indexOf('targetCode')]).toBe('');
    expect(out.text.endsWith('\r\n')).toBe(true);
  });

  it('quotes commas, quotes and line breaks, and round-trips them', async () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField(null)).toBe('');
    const tricky = 'Kyiv, "the capital"\r\nline two';
    const out = new Collector();
    await csvFormat.write(rows(eventRow({ locationName: tricky })), out);
    expect(parseCsv(out.text)[1][CSV_COLUMNS.indexOf('locationName')]).toBe(tricky);
  });

  it('writes only the header when there are no events', async () => {
    const out = new Collector();
    await csvFormat.write(rows(), out);
    expect(out.text).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('ndjson', () => {
  it('writes each row as one JSON line that parses back to the row', async () => {
    const out = new Collector();
    const a = eventRow();
    const b = eventRow({ id: 'ev-2', sourceName: 'line\nbreak' });
    expect((await ndjsonFormat.write(rows(a, b), out)).written).toBe(2);
    const lines = out.text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(lines.slice(0, 2).map((l) => JSON.parse(l))).toEqual([a, b]);
  });
});
