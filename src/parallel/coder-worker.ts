import { parentPort, workerData } from 'node:worker_threads';
import { Coder } from '../coder.js';
import { DyadError } from '../core/errors.js';
import type { CodeRequest, CodeResponse } from './messages.js';

// One Coder per worker: dictionaries compile once when the worker starts.
const coder = new Coder();
const date: string | undefined = workerData?.date;

parentPort!.on('message', (req: CodeRequest) => {
  let res: CodeResponse;
  try {
    res = { seq: req.seq, doc: coder.code(req.raw, { date }) };
  } catch (e) {
    res = { seq: req.seq, error: e instanceof DyadError ? { dyad: e.toJSON() } : { message: (e as Error)?.message ?? String(e) } };
  }
  parentPort!.postMessage(res);
});
parentPort!.postMessage({ ready: true });
