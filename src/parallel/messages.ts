import type { DyadDocument, RawDoc } from '../core/document.js';
import type { ErrorCode } from '../core/errors.js';

/** A document sent to a coding worker. */
export interface CodeRequest {
  seq: number;
  raw: RawDoc;
}

/** An error as it crosses the thread boundary: a DyadError's fields, or another error's message. */
export type WorkerError = { dyad: { code: ErrorCode; detail: string; where?: string } } | { message: string };

/** What a coding worker sends back: the document, or why it could not be coded. */
export type CodeResponse =
  | { seq: number; doc: DyadDocument }
  | { seq: number; error: WorkerError };

/** What a coding worker sends once, when it has started: ready, or why it could not start. */
export type StartResponse = { ready: true } | { failed: WorkerError };
