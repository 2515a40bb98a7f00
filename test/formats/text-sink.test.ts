import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ndjsonFormat } from '../../src/formats/ndjson-format.js';
import type { EventRow } from '../../src/storage/store.js';
import { Collector, eventRow } from './helpers.js';

async function* many(n: number): AsyncIterable<EventRow> {
  for (let i = 0; i < n; i++) yield eventRow({ id: `ev-${i}` });
}

describe('streaming writers', () => {
  it('wait for a slow stream to drain and lose nothing', async () => {
    const out = new Collector(1024, 1);
    const summary = await ndjsonFormat.write(many(2000), out);
    expect(summary.written).toBe(2000);
    const lines = out.text.trim().split('\n');
    expect(lines).toHaveLength(2000);
    expect(JSON.parse(lines[1999]).id).toBe('ev-1999');
  });

  it('stop, and close the event source, when the reader goes away', async () => {
    const out = new PassThrough({ highWaterMark: 1024 });
    let closed = false;
    async function* source(): AsyncIterable<EventRow> {
      try {
        for (let i = 0; ; i++) yield eventRow({ id: `ev-${i}` });
      } finally {
        closed = true;
      }
    }
    // Nobody reads `out`, so it fills up; then the reader "hangs up".
    setTimeout(() => out.destroy(), 20);
    await expect(ndjsonFormat.write(source(), out)).rejects.toThrow(/closed before the export finished/);
    expect(closed).toBe(true);
  });
});
