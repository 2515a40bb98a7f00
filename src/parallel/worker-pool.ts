import { Worker } from 'node:worker_threads';
import type { DyadDocument, RawDoc } from '../core/document.js';
import { DyadError } from '../core/errors.js';
import { DEFAULT_TIME_BUDGET_MS } from '../core/pipeline-builder.js';
import type { CodeRequest, CodeResponse, StartResponse, WorkerError } from './messages.js';

// Built, the worker is the .js file. Under tsx (development and tests) it is the .ts source,
// and Node 20 workers do not inherit tsx's loader, so a two-line bootstrap registers it first.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(`./coder-worker${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url);

/**
 * How long past its time budget a document may run before its worker thread is stopped. The
 * pipeline stops on its own between stages; this catches a single stage that runs on.
 */
export const HARD_STOP_GRACE_MS = 1_000;

/** Options of a {@link CoderPool}. */
export interface PoolOptions {
  /** Time budget per document (ms); default DEFAULT_TIME_BUDGET_MS. */
  budgetMs?: number;
  /** Extra time before the worker thread of an overrunning document is terminated; default HARD_STOP_GRACE_MS. */
  graceMs?: number;
}

/** The error a worker thread sent: a DyadError again when it was one. */
function revive(e: WorkerError): Error {
  return 'dyad' in e ? DyadError.revive(e.dyad) : new Error(e.message);
}

function startWorker(workerData: unknown): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER_URL, { workerData });
  const api = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

interface Pending {
  raw: RawDoc;
  resolve: (doc: DyadDocument) => void;
  reject: (e: Error) => void;
}

/** One worker thread and the documents sent to it, oldest (the one being coded) first. */
interface Slot {
  worker: Worker;
  /** The thread has loaded its dictionaries: the clock of a document starts only then. */
  ready: boolean;
  queue: number[];
  timer: NodeJS.Timeout | null;
}

/**
 * A pool of worker threads, each with its own compiled Coder. A document that runs past its time
 * budget (plus a grace period) is rejected with E060 and its thread replaced; the documents queued
 * behind it go to the new thread.
 */
export class CoderPool {
  private slots: Slot[] = [];
  private pending = new Map<number, Pending>();
  private seq = 0;
  private closed = false;
  /** Why a thread could not start (its dictionaries or models failed to load): every document fails so. */
  private broken: Error | null = null;
  private readonly budgetMs: number;
  private readonly graceMs: number;

  constructor(jobs: number, private readonly date?: string, options: PoolOptions = {}) {
    this.budgetMs = options.budgetMs ?? DEFAULT_TIME_BUDGET_MS;
    this.graceMs = options.graceMs ?? HARD_STOP_GRACE_MS;
    for (let i = 0; i < jobs; i++) {
      const slot: Slot = { worker: null as unknown as Worker, ready: false, queue: [], timer: null };
      this.attach(slot);
      this.slots.push(slot);
    }
  }

  private attach(slot: Slot): void {
    const worker = startWorker({ date: this.date, budgetMs: this.budgetMs });
    slot.worker = worker;
    slot.ready = false;
    worker.on('message', (msg: CodeResponse | StartResponse) => {
      if (slot.worker !== worker) return;
      if ('ready' in msg) {
        slot.ready = true;
        this.arm(slot);
      } else if ('failed' in msg) this.failStart(revive(msg.failed));
      else this.onMessage(slot, msg);
    });
    worker.on('error', (e) => {
      if (slot.worker !== worker) return;
      if (!slot.ready) {
        this.failStart(e);
        return;
      }
      // A thread that dies while coding takes its documents with it; the rest of the run goes
      // to a fresh thread rather than to one that no longer answers.
      this.failSlot(slot, e);
      if (!this.closed) this.attach(slot);
    });
  }

  private onMessage(slot: Slot, msg: CodeResponse): void {
    const p = this.pending.get(msg.seq);
    if (!p) return;
    this.pending.delete(msg.seq);
    slot.queue = slot.queue.filter((s) => s !== msg.seq);
    this.arm(slot);
    if ('doc' in msg) p.resolve(msg.doc);
    else p.reject(revive(msg.error));
  }

  /**
   * A thread could not start, for a reason every thread shares (bad dictionaries, a missing
   * model): starting another would fail again, so every document fails with it.
   */
  private failStart(e: Error): void {
    this.broken ??= e;
    for (const s of this.slots) this.failSlot(s, e);
  }

  /** Starts the clock of the slot's oldest document (the one its thread is coding now). */
  private arm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    if (!slot.ready || !slot.queue.length || this.closed) return;
    const head = slot.queue[0];
    slot.timer = setTimeout(() => this.overrun(slot, head), this.budgetMs + this.graceMs);
  }

  /** The thread is still on one document past its budget: reject it, replace the thread, resend the rest. */
  private overrun(slot: Slot, seq: number): void {
    slot.timer = null;
    const p = this.pending.get(seq);
    this.pending.delete(seq);
    slot.queue = slot.queue.filter((s) => s !== seq);
    const old = slot.worker;
    this.attach(slot);
    void old.terminate();
    p?.reject(new DyadError('E060', `still coding after ${this.budgetMs + this.graceMs} ms (time budget ${this.budgetMs} ms); its worker thread was stopped`, p.raw.uri));
    for (const s of slot.queue) {
      const req: CodeRequest = { seq: s, raw: this.pending.get(s)!.raw };
      slot.worker.postMessage(req);
    }
    this.arm(slot);
  }

  private failSlot(slot: Slot, e: Error): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    for (const s of slot.queue) {
      this.pending.get(s)?.reject(e);
      this.pending.delete(s);
    }
    slot.queue = [];
  }

  /** The error a thread failed to start with, if one did: then every document fails with it. */
  get startupError(): Error | null {
    return this.broken;
  }

  /** Codes one document on the least busy worker. */
  code(raw: RawDoc): Promise<DyadDocument> {
    if (this.broken) return Promise.reject(this.broken);
    let slot = this.slots[0];
    for (const s of this.slots) if (s.queue.length < slot.queue.length) slot = s;
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { raw, resolve, reject });
      slot.queue.push(seq);
      const req: CodeRequest = { seq, raw };
      slot.worker.postMessage(req);
      if (slot.queue.length === 1) this.arm(slot);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.slots) if (s.timer) clearTimeout(s.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
