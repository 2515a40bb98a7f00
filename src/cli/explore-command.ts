import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { DyadError } from '../core/errors.js';
import { readInputs } from '../ingest/input-reader.js';
import { startServer, type RunningServer } from '../server/serve.js';
import { DEFAULT_WEB_ROOT } from '../server/static.js';
import { effectiveDbUrl } from '../storage/open-store.js';
import { redactUrl } from '../storage/store-error.js';
import type { Store } from '../storage/store.js';
import { describeError, EXIT, out, warn } from './output.js';
import { DEFAULT_HOST, DEFAULT_PORT } from './serve-command.js';
import { addDbOption, reportStoreErrors, withStore } from './store-options.js';

/** The sample articles shipped with the package (samples/README.md), seen from src/cli and dist/cli. */
export const SAMPLES = fileURLToPath(new URL('../../samples/wikinews.jsonl', import.meta.url));

interface ExploreFlags {
  port: string;
  host: string;
  db?: string;
  samples: boolean;
}

/** Codes and stores the samples that are not in the store yet; returns how many were added. */
export async function storeSamples(store: Store, path = SAMPLES): Promise<number> {
  let coder: import('../coder.js').Coder | null = null;
  let added = 0;
  for await (const item of readInputs([path])) {
    if ('error' in item) throw item.error;
    // A sample is known by its record id; only a missing one is coded (loading the dictionaries takes seconds).
    if (item.raw.id && (await store.getArticle(item.raw.id))) continue;
    coder ??= new (await import('../coder.js')).Coder();
    const doc = coder.code(item.raw);
    if (await store.hasArticle(doc.hash)) continue;
    await store.putDocument(doc);
    added++;
  }
  return added;
}

function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const onSignal = (signal: string) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/**
 * `dyad explore`: puts the bundled samples in the store when they are not there yet, then serves the API and the
 * web explorer and prints the address to open. Runs until SIGINT or SIGTERM.
 */
export async function runExplore(flags: ExploreFlags): Promise<number> {
  const port = Number(flags.port);
  if (!/^\d+$/.test(flags.port) || port > 65535) throw new DyadError('E030', `--port is "${flags.port}", expected a whole number from 0 to 65535`);
  const db = redactUrl(effectiveDbUrl(flags.db));
  return reportStoreErrors(() => withStore(flags.db, async (store) => {
    if (flags.samples) {
      try {
        const added = await storeSamples(store);
        warn(added ? `stored ${added} sample article${added === 1 ? '' : 's'} in ${db}` : `the samples are already in ${db}`);
      } catch (e) {
        warn(`could not store the samples (${describeError(e)}); serving what ${db} holds`);
      }
    }
    if (!existsSync(join(DEFAULT_WEB_ROOT, 'index.html'))) warn('the web explorer is not built (run `npm run build`); serving the API only');
    const stopped = stopSignal();
    let server: RunningServer;
    try {
      server = await startServer(store, { port, host: flags.host, token: process.env.DYAD_TOKEN || undefined });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' && code !== 'EACCES' && code !== 'EADDRNOTAVAIL') throw e;
      warn(`cannot listen on ${flags.host}:${port} (${code}); try --port 0 for a free port`);
      return EXIT.failed;
    }
    out(`Dyad explorer: ${server.url}/  (${db}; Ctrl-C stops it)`);
    await stopped;
    await server.close();
    return EXIT.ok;
  }));
}

/** Registers the `explore` command. */
export function registerExplore(program: Command, done: (code: number) => void): void {
  const cmd = program
    .command('explore')
    .description('store the bundled samples if needed, then serve the web explorer and the API and print the address')
    .option('--port <n>', 'port to listen on (0 picks a free one)', String(DEFAULT_PORT))
    .option('--host <address>', 'address to listen on', DEFAULT_HOST)
    .option('--no-samples', 'do not add the bundled sample articles');
  addDbOption(cmd).action(async (flags: ExploreFlags) => done(await runExplore(flags)));
}
