import { parentPort, workerData } from 'node:worker_threads';
import { Coder } from '../coder.js';
import { DEFAULT_TIME_BUDGET_MS, withTimeBudget } from '../core/pipeline-builder.js';
import { DyadError } from '../core/errors.js';
import type { CodeRequest, CodeResponse } from './messages.js';

// One Coder per worker: dictionaries compile once when the worker starts.
const coder = new Coder();
const date: string | undefined = workerData?.date;
const budgetMs: number = workerData?.budgetMs ?? DEFAULT_TIME_BUDGET_MS;

parentPort!.on('message', (req: CodeRequest) => {
  let res: CodeResponse;
  try {
    res = { seq: req.seq, doc: withTimeBudget(budgetMs, () => coder.code(req.raw, { date })) };
  } catch (e) {
    res = { seq: req.seq, error: e instanceof DyadError ? { dyad: e.toJSON() } : { message: (e as Error)?.message ?? String(e) } };
  }
  parentPort!.postMessage(res);
});
// The first document pays for what the stages load lazily; a warm-up pays it before any budget runs.
coder.warmUp();
parentPort!.postMessage({ ready: true });
