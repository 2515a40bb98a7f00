import { Worker } from 'node:worker_threads';
import type { DyadDocument, RawDoc } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import type { CodeRequest, CodeResponse } from './messages.js';

// Built, the worker is the .js file. Under tsx (development and tests) it is the .ts source,
// and Node 20 workers do not inherit tsx's loader, so a two-line bootstrap registers it first.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./coder-worker${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url);

function startWorker(workerData: unknown): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER_URL, { workerData });
  const api = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

interface Pending {
  resolve: (doc: DyadDocument) => void;
  reject: (e: Error) => void;
}

/** A pool of worker threads, each with its own compiled Coder. */
export class CoderPool {
  private workers: Array<{ worker: Worker; load: number }> = [];
  private pending = new Map<number, Pending & { slot: number }>();
  private seq = 0;

  constructor(jobs: number, date?: string) {
    for (let i = 0; i < jobs; i++) {
      const worker = startWorker({ date });
      const slot = { worker, load: 0 };
      worker.on('message', (msg: CodeResponse | { ready: true }) => this.onMessage(msg));
      worker.on('error', (e) => this.failAll(e));
      this.workers.push(slot);
    }
  }

  private onMessage(msg: CodeResponse | { ready: true }): void {
    if ('ready' in msg) return;
    const p = this.pending.get(msg.seq);
    if (!p) return;
    this.pending.delete(msg.seq);
    this.workers[p.slot].load--;
    if ('doc' in msg) p.resolve(msg.doc);
    else p.reject('dyad' in msg.error ? DyadError.revive(msg.error.dyad) : new Error(msg.error.message));
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  /** Codes one document on the least busy worker. */
  code(raw: RawDoc): Promise<DyadDocument> {
    let slot = 0;
    for (let i = 1; i < this.workers.length; i++) if (this.workers[i].load < this.workers[slot].load) slot = i;
    const seq = this.seq++;
    this.workers[slot].load++;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, slot });
      const req: CodeRequest = { seq, raw };
      this.workers[slot].worker.postMessage(req);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}
