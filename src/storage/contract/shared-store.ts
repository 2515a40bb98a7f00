import { afterAll, beforeAll } from 'vitest';
import type { Store, StoreOptions } from '../store.js';
import { corpus, QUERY_CORPUS } from './corpus.js';

/**
 * A store holding the query corpus, opened before the tests of the enclosing describe and closed
 * after them; `get()` returns it inside a test.
 */
export function corpusStore(newStore: (options?: StoreOptions) => Promise<Store>): { get(): Store } {
  let store: Store | undefined;
  beforeAll(async () => {
    store = await newStore();
    for (const name of QUERY_CORPUS) await store.putDocument(corpus()[name]);
  });
  afterAll(async () => {
    await store?.close();
  });
  return {
    get() {
      if (!store) throw new Error('the corpus store is not open');
      return store;
    },
  };
}
