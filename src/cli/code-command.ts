import type { Command } from 'commander';
import { loadCodebook } from '../dictionaries/codebook.js';
import { DEFAULT_DATA_DIR } from '../dictionaries/dictionaries.js';
import { codeInputs, SMALL_RUN_DOCS_PER_JOB } from '../parallel/code-inputs.js';
import { DyadError } from '../core/errors.js';
import { formatDocumentTable } from '../formats/event-table.js';
import { codeLinkingCopies, createCopyLinker } from '../ingest/duplicate-links.js';
import { readInputs } from '../ingest/input-reader.js';
import { parseIsoDate } from '../nlp/iso-date.js';
import { describeError, describeFailure, EXIT, out, parseJobs, parseTimeBudget, Progress, TIME_BUDGET_HELP, warn } from './output.js';

interface CodeFlags {
  json?: boolean;
  date?: string;
  jobs?: string;
  timeBudgetMs?: string;
}

/** `dyad code INPUTS…`: codes articles and prints them, in input order, without a store. */
export async function runCode(inputs: string[], flags: CodeFlags): Promise<number> {
  if (flags.date && !parseIsoDate(flags.date)) {
    throw new DyadError('E030', `--date is "${flags.date}", expected a real date as YYYY-MM-DD`);
  }
  const jobs = parseJobs(flags.jobs);
  const budgetMs = parseTimeBudget(flags.timeBudgetMs);
  // Tables need only the code labels: the whole set (actors, patterns) costs this thread about a
  // second of CPU that the worker threads, which load their own, then compete with.
  const codebook = flags.json ? null : loadCodebook(DEFAULT_DATA_DIR);
  const progress = new Progress(!flags.json);
  let coded = 0;
  let rejected = 0;
  const items = readInputs(inputs.length ? inputs : ['-'], process.stdin, { duplicates: true });
  for await (const item of codeLinkingCopies(items, (rest) => codeInputs(rest, { jobs, date: flags.date, budgetMs, minDocsPerJob: SMALL_RUN_DOCS_PER_JOB }), createCopyLinker(undefined, flags.date))) {
    if ('error' in item) {
      rejected++;
      warn(describeError(item.error));
    } else if ('failure' in item) {
      rejected++;
      warn(describeFailure(item.raw.uri, item.failure));
    } else {
      coded++;
      out(codebook ? `${formatDocumentTable(item.doc, codebook)}\n` : JSON.stringify(item.doc));
      progress.tick(coded, item.raw.uri);
    }
  }
  progress.done();
  if (!flags.json) warn(`${coded} coded, ${rejected} rejected`);
  return rejected ? EXIT.rejected : EXIT.ok;
}

/** Registers the `code` command. */
export function registerCode(program: Command, done: (code: number) => void): void {
  program
    .command('code')
    .description('code articles into CAMEO events and print them (no store)')
    .argument('[inputs...]', 'files, directories, URLs (pages or feeds), WARC files, or - for standard input (text, HTML or JSON Lines)')
    .option('--json', 'one JSON document per input, one per line')
    .option('--date <YYYY-MM-DD>', 'publication date for inputs that carry none')
    .option('--jobs <N>', 'worker threads (default: one per core); output keeps input order')
    .option('--time-budget-ms <ms>', TIME_BUDGET_HELP)
    .action(async (inputs: string[], flags: CodeFlags) => done(await runCode(inputs, flags)));
}
