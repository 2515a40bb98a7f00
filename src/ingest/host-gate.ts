/** Politeness: one request at a time per host, and a pause between requests to the same host. */

/** Serialises work per host; requests to different hosts do not wait for each other. */
export class HostGate {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly lastEnd = new Map<string, number>();

  /** @param intervalMs the least time between the end of one request to a host and the start of the next */
  constructor(private readonly intervalMs = 0) {}

  /**
   * Runs `task` when no other task for `host` is running and the interval since the last one
   * has passed; tasks for one host run in the order they were given.
   * @example await gate.run('example.com', () => fetchOnce(url))
   */
  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const key = host.toLowerCase();
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => { release = resolve; });
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    await previous;
    try {
      const wait = (this.lastEnd.get(key) ?? 0) + this.intervalMs - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      return await task();
    } finally {
      this.lastEnd.set(key, Date.now());
      release();
      // The map holds only hosts with work queued; a finished host's entry goes.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }
}
