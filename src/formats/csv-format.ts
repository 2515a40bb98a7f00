/** `csv`: RFC 4180 comma-separated values with a header line, one event per row. */
import type { EventRow } from '../storage/store.js';
import type { OutputFormat } from './format.js';
import { TextSink } from './text-sink.js';

/**
 * The columns, in this order, always: the EventRow fields by name. New fields are appended at the end,
 * never inserted, so scripts that read columns by position keep working.
 */
export const CSV_COLUMNS = [
  'id', 'date', 'datePrecision', 'sourceCode', 'sourceName', 'targetCode', 'targetName',
  'code', 'baseCode', 'rootCode', 'quadClass', 'goldstein', 'ploverType', 'ploverMode', 'negated',
  'locationName', 'locationCountry', 'lat', 'lon', 'numMentions', 'numArticles', 'numSources',
  'confidence', 'firstSeen', 'sourceUrl', 'dyadVersion', 'dictionaries',
] as const satisfies ReadonlyArray<keyof EventRow>;

/** RFC 4180 ends every record with CRLF. */
const EOL = '\r\n';
/** A field needs quotes when it holds a comma, a quote or a line break (RFC 4180 §2.6). */
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One field as RFC 4180 text: null as an empty field, booleans as true/false, quotes doubled inside quotes.
 * Values are written as they are (no spreadsheet-formula escaping), so the file round-trips exactly.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The csv format: a header line with CSV_COLUMNS, then one record per event. */
export const csvFormat: OutputFormat = {
  name: 'csv',
  description: `RFC 4180 CSV with a header; columns: ${CSV_COLUMNS.join(', ')}`,
  mediaType: 'text/csv; charset=utf-8; header=present',
  extension: 'csv',
  async write(events, out) {
    const sink = new TextSink(out);
    await sink.write(CSV_COLUMNS.join(',') + EOL);
    let written = 0;
    for await (const row of events) {
      await sink.write(CSV_COLUMNS.map((c) => csvField(row[c])).join(',') + EOL);
      written++;
    }
    await sink.flush();
    return { written, skipped: 0, skippedReason: null };
  },
};
