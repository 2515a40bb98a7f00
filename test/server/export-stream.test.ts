import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import type { EventRow, Store } from '../../src/storage/store.js';
import { eventRow } from '../formats/helpers.js';

/** A store whose export yields `before` rows, then waits for `release` before yielding `after` more. */
function gatedStore(before: number, after: number) {
  let release!: () => void;
  const gate = new Promise<void>((r) => { release = r; });
  const state = { yielded: 0, closed: false };
  const store = {
    kind: 'sqlite',
    async *exportEvents(): AsyncIterable<EventRow> {
      try {
        for (let i = 0; i < before + after; i++) {
          if (i === before) await gate;
          state.yielded++;
          yield eventRow({ id: `ev-${i}`, sourceName: 'x'.repeat(200) });
        }
      } finally {
        state.closed = true;
      }
    },
  } as unknown as Store;
  return { store, release, state };
}

async function readChunk(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<string> {
  const { value } = await reader.read();
  return new TextDecoder().decode(value);
}

describe('GET /api/export streaming', () => {
  it('sends the first rows before the store has read the rest', async () => {
    const { store, release, state } = gatedStore(1000, 10);
    const res = await createApp(store).request('/api/export?format=ndjson');
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    // The store is still waiting at the gate, yet bytes arrive: the response is not buffered.
    const first = await readChunk(reader);
    expect(first.startsWith('{"id":"ev-0"')).toBe(true);
    expect(state.yielded).toBeLessThanOrEqual(1000);
    release();
    let text = first;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(text.trim().split('\n')).toHaveLength(1010);
    expect(state.closed).toBe(true);
  });

  it('stops reading the store when the client goes away', async () => {
    const { store, state } = gatedStore(100_000, 0);
    const res = await createApp(store).request('/api/export?format=csv');
    const reader = res.body!.getReader();
    await readChunk(reader);
    await reader.cancel();
    await expect.poll(() => state.closed, { timeout: 2000 }).toBe(true);
    expect(state.yielded).toBeLessThan(100_000);
  });
});
