import type { Command } from 'commander';
import { loadMigrations } from '../storage/migrations/migrations.js';
import { effectiveDbUrl, openStore } from '../storage/open-store.js';
import { redactUrl } from '../storage/store-error.js';
import { EXIT, out, warn } from './output.js';
import { addDbOption, reportStoreErrors } from './store-options.js';

interface DbFlags {
  db?: string;
  json?: boolean;
}

/** `dyad db migrate`: applies pending numbered migrations and says how many. */
export function runMigrate(flags: DbFlags): Promise<number> {
  return reportStoreErrors(async () => {
    const url = effectiveDbUrl(flags.db);
    const store = await openStore(url, { migrate: false });
    try {
      const applied = await store.migrate();
      const version = loadMigrations(store.kind).length;
      const db = redactUrl(url);
      if (flags.json) out(JSON.stringify({ db, kind: store.kind, applied, version }));
      else out(`${db}: ${applied ? `applied ${applied} migration${applied === 1 ? '' : 's'}` : 'already up to date'}, schema version ${version}`);
      return EXIT.ok;
    } finally {
      await store.close();
    }
  });
}

/**
 * `dyad db check`: the store's integrity check. Prints every check and the row counts (stdout);
 * exits 0 when the store is sound, 1 (with an E062 line on stderr) when a check found rows.
 */
export function runCheck(flags: DbFlags): Promise<number> {
  return reportStoreErrors(async () => {
    const url = effectiveDbUrl(flags.db);
    const store = await openStore(url, { create: false });
    try {
      const report = await store.check();
      const db = redactUrl(url);
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
    } finally {
      await store.close();
    }
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
