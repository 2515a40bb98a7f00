/** Options of `tsx eval/run.ts`: `--json` prints one summary line; `--verbose[=N]` lists up to N misses and false positives. */

/** How many misses and false positives `--verbose` lists per data set when it gives no number. */
export const DEFAULT_VERBOSE_LIMIT = 20;

/** Parsed options of the event scorers. */
export interface EvalOptions {
  json: boolean;
  /** How many misses and false positives to list; 0 lists none. */
  verbose: number;
}

/**
 * Reads the options from the command line.
 * @example evalOptions(['--verbose=5']) // { json: false, verbose: 5 }
 */
export function evalOptions(argv: readonly string[]): EvalOptions {
  const v = argv.find((a) => a === '--verbose' || a.startsWith('--verbose='));
  const n = v?.includes('=') ? Number(v.split('=')[1]) : DEFAULT_VERBOSE_LIMIT;
  return { json: argv.includes('--json'), verbose: v ? (Number.isFinite(n) && n > 0 ? n : DEFAULT_VERBOSE_LIMIT) : 0 };
}

/** What one data set's scorer gives back: the lines it prints and the numbers of the JSON summary. */
export interface DataSetResult {
  lines: string[];
  summary: Record<string, unknown>;
}
