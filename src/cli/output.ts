import { DyadError } from '../core/errors.js';
import { DEFAULT_TIME_BUDGET_MS } from '../core/pipeline-builder.js';
import { defaultJobs } from '../parallel/code-inputs.js';

/** Exit codes: 0 ok, 1 failed, 2 usage, 3 finished with some inputs rejected. */
export const EXIT = { ok: 0, failed: 1, usage: 2, rejected: 3 } as const;

/** Writes data to stdout; diagnostics go to stderr through `warn`. */
export function out(line: string): void {
  process.stdout.write(line.endsWith('\n') ? line : `${line}\n`);
}

/** One diagnostic line on stderr, prefixed with the program name. */
export function warn(message: string): void {
  process.stderr.write(`dyad: ${message}\n`);
}

/** Formats an error for the user: coded errors as one line, others with their message only. */
export function describeError(e: unknown): string {
  if (e instanceof DyadError) return e.message;
  return `internal error: ${(e as Error)?.message ?? String(e)}`;
}

/** Why an input failed to code, naming it once: a coded error that names its input already is used as it is. */
export function describeFailure(uri: string, e: unknown): string {
  return e instanceof DyadError && e.where ? e.message : `${uri}: ${describeError(e)}`;
}

/** A progress line on a TTY (rewritten in place), nothing otherwise. */
export class Progress {
  private readonly tty = process.stderr.isTTY === true;
  private last = 0;
  constructor(private readonly enabled: boolean) {}

  tick(done: number, label: string): void {
    if (!this.enabled || !this.tty) return;
    const now = Date.now();
    if (now - this.last < 100) return;
    this.last = now;
    process.stderr.write(`\r\x1b[K${done} coded  ${label.slice(0, 60)}`);
  }

  done(): void {
    if (this.enabled && this.tty) process.stderr.write('\r\x1b[K');
  }
}

/** Parses --jobs: a whole number of worker threads, default one per core. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return defaultJobs();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new DyadError('E030', `--jobs is "${value}", expected a whole number of worker threads, 1 or more`);
  return n;
}

/** Longest time budget --time-budget-ms accepts: a day. */
const MAX_TIME_BUDGET_MS = 86_400_000;

/** Parses --time-budget-ms: milliseconds a document may take to code, default DEFAULT_TIME_BUDGET_MS. */
export function parseTimeBudget(value: string | undefined): number {
  if (value === undefined) return DEFAULT_TIME_BUDGET_MS;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > MAX_TIME_BUDGET_MS) {
    throw new DyadError('E030', `--time-budget-ms is "${value}", expected a whole number of milliseconds from 1 to ${MAX_TIME_BUDGET_MS}`);
  }
  return n;
}

/** The help text of --time-budget-ms, shared by the commands that code. */
export const TIME_BUDGET_HELP = `milliseconds one document may take to code before it is rejected (E060; default ${DEFAULT_TIME_BUDGET_MS})`;
