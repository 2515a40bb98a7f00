import type { Command } from 'commander';
import { loadMigrations } from '../storage/migrations/migrations.js';
import { effectiveDbUrl, openStore } from '../storage/open-store.js';
import { redactUrl } from '../storage/store-error.js';
import type { Store } from '../storage/store.js';
import { EXIT, out, warn } from './output.js';
import { addDbOption, reportStoreErrors } from './store-options.js';

interface DbFlags {
  db?: string;
  json?: boolean;
}

/** Opens the store named by the flags, runs `fn` with it and its printable address, and closes it. */
function withStore(flags: DbFlags, options: Parameters<typeof openStore>[1], fn: (store: Store, db: string) => Promise<number>): Promise<number> {
  return reportStoreErrors(async () => {
    const url = effectiveDbUrl(flags.db);
    const store = await openStore(url, options);
    try {
      return await fn(store, redactUrl(url));
    } finally {
      await store.close();
    }
  });
}

/** `dyad db migrate`: applies pending numbered migrations and says how many. */
export function runMigrate(flags: DbFlags): Promise<number> {
  return withStore(flags, { migrate: false }, async (store, db) => {
    const applied = await store.migrate();
    const version = loadMigrations(store.kind).length;
    if (flags.json) out(JSON.stringify({ db, kind: store.kind, applied, version }));
    else out(`${db}: ${applied ? `applied ${applied} migration${applied === 1 ? '' : 's'}` : 'already up to date'}, schema version ${version}`);
    return EXIT.ok;
  });
}

/**
 * `dyad db check`: the store's integrity check. Prints every check and the row counts (stdout);
 * exits 0 when the store is sound, 1 (with an E062 line on stderr) when a check found rows.
 */
export function runCheck(flags: DbFlags): Promise<number> {
  return withStore(flags, { create: false }, async (store, db) => {
    const report = await store.check();
    if (flags.json) out(JSON.stringify({ db, kind: store.kind, ...report }));
    else {
      out([
        `${db}: ${report.ok ? 'sound' : 'PROBLEMS FOUND'}`,
        `  rows: ${Object.entries(report.counts).map(([table, n]) => `${table} ${n}`).join(', ')}`,
        ...report.checks.map((c) => `  ${c.rows ? 'FAIL' : 'ok  '} ${c.check}${c.rows ? `: ${c.rows} row${c.rows === 1 ? '' : 's'}, e.g. ${c.examples.join(', ')}` : ''}`),
      ].join('\n'));
    }
    if (report.ok) return EXIT.ok;
    const failed = report.checks.filter((c) => c.rows);
    warn(`E062 ${db}: ${failed.length} integrity check${failed.length === 1 ? '' : 's'} failed: ${failed.map((c) => c.check).join('; ')}`);
    return EXIT.failed;
  });
}

/** Registers `db migrate` and `db check`. */
export function registerDb(program: Command, done: (code: number) => void): void {
  const db = program.command('db').description('manage the store');
  addDbOption(db.command('migrate').description('apply pending schema migrations (opening a store does this too)'))
    .option('--json', 'the result as one JSON object')
    .action(async (flags: DbFlags) => done(await runMigrate(flags)));
  addDbOption(db.command('check').description('check the store\'s integrity: references, orphans, duplicates, counts, content hashes (exit 1 on a problem)'))
    .option('--json', 'the report as one JSON object')
    .action(async (flags: DbFlags) => done(await runCheck(flags)));
}
