import { parentPort, workerData } from 'node:worker_threads';
import { Coder } from '../coder.js';
import { DEFAULT_TIME_BUDGET_MS, withTimeBudget } from '../core/pipeline-builder.js';
import { DyadError } from '../core/errors.js';
import type { CodeRequest, CodeResponse, WorkerError } from './messages.js';

const date: string | undefined = workerData?.date;
const budgetMs: number = workerData?.budgetMs ?? DEFAULT_TIME_BUDGET_MS;

function errorOf(e: unknown): WorkerError {
  return e instanceof DyadError ? { dyad: e.toJSON() } : { message: (e as Error)?.message ?? String(e) };
}

/**
 * One Coder per worker: dictionaries compile once when the worker starts. The first document pays
 * for what the stages load lazily; a warm-up pays it before any budget runs. A failure is sent, not
 * thrown: thrown, a DyadError would reach the pool as a plain Error, without its code.
 */
function start(): Coder | null {
  try {
    return new Coder().warmUp();
  } catch (e) {
    parentPort!.postMessage({ failed: errorOf(e) });
    return null;
  }
}

const coder = start();
if (coder) {
  parentPort!.on('message', (req: CodeRequest) => {
    let res: CodeResponse;
    try {
      res = { seq: req.seq, doc: withTimeBudget(budgetMs, () => coder.code(req.raw, { date })) };
    } catch (e) {
      res = { seq: req.seq, error: errorOf(e) };
    }
    parentPort!.postMessage(res);
  });
  parentPort!.postMessage({ ready: true });
}
