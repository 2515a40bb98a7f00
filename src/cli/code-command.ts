import type { Command } from 'commander';
import { Coder } from '../coder.js';
import { DyadError } from '../core/errors.js';
import { formatDocumentTable } from '../formats/event-table.js';
import { readInputs } from '../ingest/input-reader.js';
import { parseIsoDate } from '../nlp/dates.js';
import { describeError, EXIT, out, Progress, warn } from './output.js';

interface CodeFlags {
  json?: boolean;
  date?: string;
}

/** `dyad code INPUTS…`: codes articles and prints them, in input order, without a store. */
export async function runCode(inputs: string[], flags: CodeFlags): Promise<number> {
  if (flags.date && !parseIsoDate(flags.date)) {
    throw new DyadError('E030', `--date is "${flags.date}", expected a real date as YYYY-MM-DD`);
  }
  const coder = new Coder();
  const progress = new Progress(!flags.json);
  let coded = 0;
  let rejected = 0;
  for await (const item of readInputs(inputs.length ? inputs : ['-'])) {
    if ('error' in item) {
      rejected++;
      warn(describeError(item.error));
      continue;
    }
    try {
      const doc = coder.code(item.raw, { date: flags.date });
      coded++;
      out(flags.json ? JSON.stringify(doc) : `${formatDocumentTable(doc, coder.dicts.codebook)}\n`);
      progress.tick(coded, item.raw.uri);
    } catch (e) {
      rejected++;
      warn(`${item.raw.uri}: ${describeError(e)}`);
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
    .argument('[inputs...]', 'files, directories, or - for standard input (text, HTML or JSON Lines)')
    .option('--json', 'one JSON document per input, one per line')
    .option('--date <YYYY-MM-DD>', 'publication date for inputs that carry none')
    .action(async (inputs: string[], flags: CodeFlags) => done(await runCode(inputs, flags)));
}
