/** What a job carries (the raw document) and what a finished job records. */
import type { RawDoc } from '../core/document.js';
import { DyadError } from '../core/errors.js';

/** The output a worker writes on a completed job; `dyad status` counts `stored` for throughput. */
export interface JobOutput {
  /** The article's id in the store (its content hash). */
  article: string;
  /** False when the article was already in the store (a duplicate, or a retried job that had stored it). */
  stored: boolean;
  newEvents: number;
  mergedEvents: number;
}

/** The output of a failed attempt: one line for the user, never a stack. */
export interface JobFailure {
  message: string;
}

const OPTIONAL_STRINGS = ['id', 'title', 'date', 'url'] as const;

/**
 * Checks a job's data and returns the RawDoc it carries; a job written by something else than
 * `dyad ingest --enqueue` fails with E005 and the field at fault.
 * @example readJobData({ uri: 'file:a.txt', content: 'Russia attacked Ukraine.', format: 'text' }, 'job 1f…')
 */
export function readJobData(data: unknown, where: string): RawDoc {
  const bad = (detail: string) => new DyadError('E005', `the job's data is not a document: ${detail}`, where);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw bad(`expected an object, found ${Array.isArray(data) ? 'an array' : typeof data}`);
  const d = data as Record<string, unknown>;
  if (typeof d.uri !== 'string') throw bad(`field "uri" is ${typeof d.uri}, expected a string`);
  if (typeof d.content !== 'string') throw bad(`field "content" is ${typeof d.content}, expected a string`);
  if (d.format !== 'text' && d.format !== 'html') throw bad(`field "format" is ${JSON.stringify(d.format)}, expected "text" or "html"`);
  const raw: RawDoc = { uri: d.uri, content: d.content, format: d.format };
  for (const key of OPTIONAL_STRINGS) {
    const v = d[key];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') throw bad(`field "${key}" is ${typeof v}, expected a string`);
    raw[key] = v;
  }
  return raw;
}
