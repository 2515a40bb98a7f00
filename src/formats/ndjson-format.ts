/** `ndjson`: one EventRow as JSON per line, field names as in the Store's EventRow. */
import type { OutputFormat } from './format.js';
import { TextSink } from './text-sink.js';

/** The ndjson format: every event row, unchanged, one JSON object per line. */
export const ndjsonFormat: OutputFormat = {
  name: 'ndjson',
  description: 'one JSON object per event and line, with every stored field',
  mediaType: 'application/x-ndjson; charset=utf-8',
  extension: 'ndjson',
  async write(events, out) {
    const sink = new TextSink(out);
    let written = 0;
    for await (const row of events) {
      await sink.write(`${JSON.stringify(row)}\n`);
      written++;
    }
    await sink.flush();
    return { written, skipped: 0, skippedReason: null };
  },
};
