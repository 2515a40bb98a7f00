import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { FORMAT_NAMES, getFormat, type ExportSummary } from '../formats/registry.js';
import { EXIT, warn } from './output.js';
import { addDbOption, addFilterOptions, parseFilter, reportStoreErrors, withStore, type FilterFlags } from './store-options.js';

interface ExportFlags extends FilterFlags {
  format: string;
  out?: string;
  db?: string;
  json?: boolean;
}

/** A reader that went away (`dyad export … | head`): not a failure of the export. */
function isBrokenPipe(e: unknown): boolean {
  return (e as NodeJS.ErrnoException)?.code === 'EPIPE';
}

/** The summary on stderr: a sentence, or with --json one JSON object. */
function report(flags: ExportFlags, s: ExportSummary): void {
  if (flags.json) {
    process.stderr.write(`${JSON.stringify({ format: flags.format, out: flags.out ?? null, ...s })}\n`);
    return;
  }
  const left = s.skipped ? ` (${s.skipped} left out: ${s.skippedReason})` : '';
  warn(`exported ${s.written} event${s.written === 1 ? '' : 's'} as ${flags.format}${flags.out ? ` to ${flags.out}` : ''}${left}`);
}

/**
 * `dyad export --format F`: streams the matching events from the store to stdout or --out. A file is
 * written under a temporary name and renamed when complete, so a failed export leaves no partial file.
 */
export async function runExport(flags: ExportFlags): Promise<number> {
  const format = getFormat(flags.format);
  const filter = parseFilter(flags);
  return reportStoreErrors(() => withStore(flags.db, async (store) => {
    const partial = flags.out ? `${flags.out}.partial-${process.pid}` : null;
    const out: Writable = partial ? createWriteStream(partial) : process.stdout;
    // A closed pipe on stdout surfaces as an 'error' event, which must not crash the process.
    let outError: unknown = null;
    const onOutError = (e: unknown) => { outError = e; };
    out.on('error', onOutError);
    try {
      const summary = await format.write(store.exportEvents(filter), out);
      if (partial) {
        out.end();
        await finished(out);
        await rename(partial, flags.out!);
      }
      report(flags, summary);
      return EXIT.ok;
    } catch (e) {
      if (partial) {
        out.destroy();
        await rm(partial, { force: true });
      }
      if (isBrokenPipe(e) || isBrokenPipe(outError)) return EXIT.ok;
      throw e;
    } finally {
      out.off('error', onOutError);
    }
  }));
}

/** Registers the `export` command. */
export function registerExport(program: Command, done: (code: number) => void): void {
  const cmd = program
    .command('export')
    .description('stream the events in the store as GDELT 2.0 (61-column TSV), CSV, NDJSON, GeoJSON or PLOVER JSON Lines')
    .requiredOption('--format <name>', FORMAT_NAMES.join(' | '))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--json', 'the summary on stderr as one JSON object');
  addFilterOptions(addDbOption(cmd)).action(async (flags: ExportFlags) => done(await runExport(flags)));
}
