/**
 * Results that finish out of order, handed back in the order they were started.
 *
 * Why not just await the oldest: while the oldest document is a long one, the threads that finish
 * the short ones behind it would get no new work until it is done, and sit idle. Here what is
 * started is bounded by what is still being worked on (`busy`), and finished results wait their
 * turn in a window of their own.
 */
export class OrderedResults<T> {
  private entries: Array<{ value: T; done: boolean }> = [];
  private working = 0;
  private wake: (() => void) | null = null;

  /** Results started and not yet finished. */
  get busy(): number {
    return this.working;
  }

  /** Results started and not yet taken, finished or not. */
  get size(): number {
    return this.entries.length;
  }

  /** Whether the oldest result has finished and can be taken. */
  get headReady(): boolean {
    return this.entries.length > 0 && this.entries[0].done;
  }

  /** Adds a result, to be taken after every one added before it. */
  add(result: Promise<T> | T): void {
    if (!(result instanceof Promise)) {
      this.entries.push({ value: result, done: true });
      return;
    }
    const entry = { value: undefined as T, done: false };
    this.entries.push(entry);
    this.working++;
    // The caller turns failures into values: a rejection here would be a bug, and is kept as one.
    void result.then((value) => {
      entry.value = value;
      entry.done = true;
      this.working--;
      const wake = this.wake;
      this.wake = null;
      wake?.();
    });
  }

  /** Takes the oldest result; call only when {@link headReady}. */
  take(): T {
    return this.entries.shift()!.value;
  }

  /** Resolves when some result (any) finishes; resolves at once when none is being worked on. */
  async settle(): Promise<void> {
    if (this.working === 0) return;
    await new Promise<void>((resolve) => { this.wake = resolve; });
  }
}
