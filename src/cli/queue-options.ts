import type { Command } from 'commander';
import { DyadError } from '../core/errors.js';
import { DocumentQueue, type OpenQueueOptions } from '../queue/document-queue.js';
import { checkQueueSchema, DEFAULT_QUEUE_SCHEMA, queueDbUrl } from '../queue/queue-config.js';
import { warn } from './output.js';

/** Declares --queue-schema on a command that uses the job queue. */
export function addQueueSchemaOption(cmd: Command): Command {
  return cmd.option('--queue-schema <name>', `the PostgreSQL schema of the job queue's tables (default ${DEFAULT_QUEUE_SCHEMA}); DYAD_QUEUE_SCHEMA sets the default`);
}

/**
 * Checks a number flag: a whole number (or, with `fraction`, any number) from `min` to `max`.
 * @example numberFlag('--lease', '30', 1, 86399) // 30
 */
export function numberFlag(flag: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER, fraction = false): number {
  const n = Number(value);
  const shape = fraction ? /^\d*\.?\d+$/ : /^\d+$/;
  if (!shape.test(value) || n < min || n > max) {
    throw new DyadError('E030', `${flag} is "${value}", expected ${fraction ? 'a number' : 'a whole number'} from ${min} to ${max}`);
  }
  return n;
}

/** The queue's schema: --queue-schema, else DYAD_QUEUE_SCHEMA, else dyad_boss; checked. */
export function queueSchema(flag: string | undefined): string {
  return checkQueueSchema(flag ?? (process.env.DYAD_QUEUE_SCHEMA || DEFAULT_QUEUE_SCHEMA));
}

/** Opens the queue in the PostgreSQL database --db names (SQLite is a usage error), runs `fn`, and closes it. */
export async function withQueue<T>(db: string | undefined, schema: string, fn: (queue: DocumentQueue, url: string) => Promise<T>, options: OpenQueueOptions = {}): Promise<T> {
  const url = queueDbUrl(db);
  const queue = await DocumentQueue.open(url, { ...options, schema }, warn);
  try {
    return await fn(queue, url);
  } finally {
    await queue.close();
  }
}
