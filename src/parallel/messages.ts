import type { DyadDocument, RawDoc } from '../core/document.js';
import type { ErrorCode } from '../core/errors.js';

/** A document sent to a coding worker. */
export interface CodeRequest {
  seq: number;
  raw: RawDoc;
}

/** What a coding worker sends back: the document, or why it could not be coded. */
export type CodeResponse =
  | { seq: number; doc: DyadDocument }
  | { seq: number; error: { dyad: { code: ErrorCode; detail: string; where?: string } } | { message: string } };
