import type { Command } from 'commander';
import { DyadError } from '../core/errors.js';
import { DEFAULT_LIMITS } from '../server/options.js';
import { SHUTDOWN_GRACE_MS, startServer, type RunningServer } from '../server/serve.js';
import { DEFAULT_DB_URL } from '../storage/open-store.js';
import { redactUrl } from '../storage/store-error.js';
import { EXIT, warn } from './output.js';
import { addDbOption, reportStoreErrors, withStore } from './store-options.js';

/** Where `dyad serve` listens unless told otherwise: this machine only. */
export const DEFAULT_PORT = 8765;
export const DEFAULT_HOST = '127.0.0.1';

interface ServeFlags {
  port: string;
  host: string;
  db?: string;
  rateLimit?: string;
  bodyLimit?: string;
  trustProxy?: boolean;
  json?: boolean;
}

function wholeNumber(flag: string, value: string, min: number, max = Number.MAX_SAFE_INTEGER): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new DyadError('E030', `${flag} is "${value}", expected a whole number from ${min} to ${max}`);
  return n;
}

/** Resolves on the first SIGINT or SIGTERM; a second one while stopping ends the process at once. */
function stopSignal(): Promise<string> {
  return new Promise((resolve) => {
    const onSignal = (signal: string) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.once('SIGINT', () => process.exit(EXIT.failed));
      process.once('SIGTERM', () => process.exit(EXIT.failed));
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

/**
 * `dyad serve`: the HTTP API over the store until SIGINT or SIGTERM, then a graceful stop (open requests
 * finish, the store closes). Read-only unless DYAD_TOKEN is set. One log line per request on stderr.
 */
export async function runServe(flags: ServeFlags): Promise<number> {
  const port = wholeNumber('--port', flags.port, 0, 65535);
  const limits = {
    ...(flags.rateLimit !== undefined ? { rateLimit: wholeNumber('--rate-limit', flags.rateLimit, 0) } : {}),
    ...(flags.bodyLimit !== undefined ? { bodyBytes: wholeNumber('--body-limit', flags.bodyLimit, 1) } : {}),
  };
  const token = process.env.DYAD_TOKEN || undefined;
  const log = (line: string) => process.stderr.write(`${line}\n`);
  return reportStoreErrors(() => withStore(flags.db, async (store) => {
    const stopped = stopSignal();
    let server: RunningServer;
    try {
      server = await startServer(store, { port, host: flags.host, token, limits, log, logJson: flags.json, trustProxy: flags.trustProxy });
    } catch (e) {
      // A port in use or not allowed is the user's to fix, not an internal error.
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EADDRINUSE' && code !== 'EACCES' && code !== 'EADDRNOTAVAIL') throw e;
      warn(`cannot listen on ${flags.host}:${port} (${code})`);
      return EXIT.failed;
    }
    const db = redactUrl(flags.db || process.env.DYAD_DB || DEFAULT_DB_URL);
    warn(`serving ${server.url} (${db}; ${token ? 'POST /api/ingest open with the DYAD_TOKEN bearer token' : 'read-only'}); API description at ${server.url}/openapi.json`);
    const signal = await stopped;
    warn(`${signal}: stopping (open requests get up to ${SHUTDOWN_GRACE_MS / 1000} s)`);
    await server.close();
    return EXIT.ok;
  }));
}

/** Registers the `serve` command. */
export function registerServe(program: Command, done: (code: number) => void): void {
  const cmd = program
    .command('serve')
    .description('serve the HTTP API over the store (read-only unless DYAD_TOKEN is set)')
    .option('--port <n>', 'port to listen on (0 picks a free one)', String(DEFAULT_PORT))
    .option('--host <address>', 'address to listen on', DEFAULT_HOST)
    .option('--rate-limit <n>', `requests per minute per client address, 0 for none (default ${DEFAULT_LIMITS.rateLimit})`)
    .option('--body-limit <bytes>', `largest request body (default ${DEFAULT_LIMITS.bodyBytes})`)
    .option('--trust-proxy', 'rate-limit by the X-Forwarded-For address (only behind a proxy that sets it)')
    .option('--json', 'request log lines as JSON objects');
  addDbOption(cmd).action(async (flags: ServeFlags) => done(await runServe(flags)));
}
