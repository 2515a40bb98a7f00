import { describe, expect, it } from 'vitest';
import { loadCodeTables } from '../../src/formats/code-tables.js';
import { ploverActor, ploverFormat } from '../../src/formats/plover-format.js';
import { Collector, eventRow, rows } from './helpers.js';

const tables = loadCodeTables();

describe('plover', () => {
  it('writes one PLOVER record per line with event, mode, context, source, recipient, date and id', async () => {
    const out = new Collector();
    const summary = await ploverFormat.write(rows(
      eventRow({ code: '041', baseCode: '041', rootCode: '04', quadClass: 1, goldstein: 1, ploverType: 'CONSULT', ploverMode: 'phone', sourceCode: 'USAGOV', sourceName: 'Antony Blinken', targetCode: 'ARMGOV', targetName: 'Armenia' }),
    ), out);
    expect(summary.written).toBe(1);
    const lines = out.text.trim().split('\n');
    expect(lines).toHaveLength(1);
    const rec = JSON.parse(lines[0]);
    expect(rec).toMatchObject({
      id: 'ev-1', date: '2022-02-28', date_precision: 'day', event: ['CONSULT'], mode: 'phone',
      source: [{ code: 'USA', sector: 'GOV', actor_text: 'Antony Blinken', cameo: 'USAGOV' }],
      recipient: [{ code: 'ARM', sector: 'GOV', actor_text: 'Armenia', cameo: 'ARMGOV' }],
      event_loc: { name: 'Ukraine', country_code: 'UA', cc3: 'UKR', latitude: 48.38, longitude: 31.17, precision: 'country' },
      quad_code: 1, event_scale: 1, cameo_code: '041', coder: 'dyad 0.1.0', coded_date: '2022-03-01',
      cite_info: { url: 'https://example.org/a' },
    });
    expect(rec).toHaveProperty('context');
  });

  it('splits actor codes into PLOVER code and sector, with PLOVER\'s renamed sectors', () => {
    expect(ploverActor('---REB', 'rebels', tables)).toEqual({ code: null, sector: 'REB', actor_text: 'rebels', cameo: '---REB' });
    expect(ploverActor('IGOUNO', 'United Nations', tables)).toMatchObject({ code: 'IGO', sector: null });
    expect(ploverActor('RUSMED', 'Russian media', tables)).toMatchObject({ code: 'RUS', sector: 'JRN' });
    expect(ploverActor('NGOHLH', null, tables)).toMatchObject({ code: 'NGO', sector: 'MED' });
    expect(ploverActor('PAKSEP', null, tables)).toMatchObject({ code: 'PAK', sector: 'REB' });
  });

  it('leaves out negated events and events without a PLOVER type, and counts them', async () => {
    const out = new Collector();
    const summary = await ploverFormat.write(rows(eventRow({ negated: true }), eventRow({ id: 'ev-2', ploverType: null }), eventRow({ id: 'ev-3', targetCode: null, targetName: null, date: null })), out);
    expect(summary).toMatchObject({ written: 1, skipped: 2 });
    const rec = JSON.parse(out.text);
    expect(rec).toMatchObject({ id: 'ev-3', recipient: [], date: '2022-03-01', date_precision: 'first_seen' });
  });
});
