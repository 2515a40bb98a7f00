import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DyadDocument, EventLocation } from '../../core/document.js';
import type { Store, StoreOptions } from '../store.js';
import { corpus } from './corpus.js';

const TOKYO: EventLocation = { name: 'Tokyo', country: 'JPN', lat: 35.68, lon: 139.69, precision: 'city' };

/** A copy of a document with its own text (a space more, so every offset still holds) and so its own hash. */
function copyOf(doc: DyadDocument, change: (d: DyadDocument) => Partial<DyadDocument>): DyadDocument {
  const text = `${doc.text} `;
  return { ...doc, text, hash: `sha256:${createHash('sha256').update(text).digest('hex')}`, ...change(doc) };
}

/** The rollup checks of a store's integrity report that found rows, by name. */
async function rollupProblems(store: Store): Promise<Record<string, string[]>> {
  const report = await store.check();
  return Object.fromEntries(report.checks.filter((c) => c.check.startsWith('the rollup') && c.rows).map((c) => [c.check, c.examples]));
}

/** The counts kept at write time (actor counts, events per day, pair and place) stay equal to the rows. */
export function runRollupContract(newStore: (options?: StoreOptions) => Promise<Store>): void {
  describe('rollups', () => {
    it('match the rows after merges across articles, a re-ingest and concurrent overlapping batches', async () => {
      const store = await newStore();
      const { attackA, attackB, attackC, talks, sanctions, undatedA, undatedB } = corpus();
      await Promise.all([store.putDocuments([attackA, attackB]), store.putDocuments([attackC, attackB]), store.putDocument(attackA)]);
      await store.putDocuments([talks, sanctions, undatedA, undatedB, attackA]);
      expect(await rollupProblems(store)).toEqual({});
      expect((await store.check()).ok).toBe(true);
      await store.close();
    });

    it('answer the actor list as reading the mentions does, filtered by code, name or country', async () => {
      const store = await newStore();
      const { attackA, attackB, attackC, talks, sanctions, undatedA } = corpus();
      await store.putDocuments([attackA, attackB, attackC, talks, sanctions, undatedA]);
      // minConfidence 0 keeps every event but is a field no rollup answers: the mentions are read.
      for (const f of [{}, { actor: 'RUS' }, { name: 'ukrain' }, { country: 'RUS' }, { name: 'a', country: 'UKR' }]) {
        const counted = await store.queryActors(f, { limit: 100 });
        expect(counted.rows.length, JSON.stringify(f)).toBeGreaterThan(0);
        expect(counted, JSON.stringify(f)).toEqual(await store.queryActors({ ...f, minConfidence: 0 }, { limit: 100 }));
      }
      await store.close();
    });

    it('match the rows when events merge inside a window and when a stored event gains a place', async () => {
      const store = await newStore({ mergeWindowDays: 1 });
      const { attackA, nextDay, sanctions } = corpus();
      const placeless = copyOf(sanctions, (d) => ({ events: d.events.map((e) => ({ ...e, location: null })) }));
      const placed = copyOf(placeless, (d) => ({ events: d.events.map((e) => ({ ...e, location: TOKYO })) }));
      await store.putDocuments([attackA, nextDay, placeless]);
      expect(await store.putDocument(placed)).toMatchObject({ newEvents: 0 });
      const located = (await store.queryEvents({ actor: 'JPN' }, { limit: 10 })).rows;
      expect(located.map((e) => e.locationCountry)).toEqual(located.map(() => 'JPN'));
      expect(await rollupProblems(store)).toEqual({});
      expect((await store.check()).ok).toBe(true);
      await store.close();
    });
  });
}
