import { describe, expect, it } from 'vitest';
import { OrderedResults } from './ordered-results.js';

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => { resolve = r; });
  return { promise, resolve };
}

describe('OrderedResults', () => {
  it('hands results back in the order they were added, whatever order they finish in', async () => {
    const results = new OrderedResults<string>();
    const slow = deferred<string>();
    const fast = deferred<string>();
    results.add(slow.promise);
    results.add(fast.promise);
    results.add('ready');
    expect(results.busy).toBe(2);
    fast.resolve('fast');
    await results.settle();
    // The second one is done, but the first is not: nothing can be taken yet.
    expect(results.busy).toBe(1);
    expect(results.headReady).toBe(false);
    slow.resolve('slow');
    await results.settle();
    const taken: string[] = [];
    while (results.headReady) taken.push(results.take());
    expect(taken).toEqual(['slow', 'fast', 'ready']);
    expect(results.size).toBe(0);
  });

  it('settles at once when nothing is being worked on', async () => {
    const results = new OrderedResults<number>();
    results.add(1);
    await results.settle();
    expect(results.headReady).toBe(true);
    expect(results.take()).toBe(1);
  });
});
