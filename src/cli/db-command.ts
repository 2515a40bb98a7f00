import type { Command } from 'commander';
import { loadMigrations } from '../storage/migrations/migrations.js';
import { effectiveDbUrl, openStore } from '../storage/open-store.js';
import { redactUrl } from '../storage/store-error.js';
import { EXIT, out } from './output.js';
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

/** Registers `db migrate`. */
export function registerDb(program: Command, done: (code: number) => void): void {
  const db = program.command('db').description('manage the store');
  addDbOption(db.command('migrate').description('apply pending schema migrations (opening a store does this too)'))
    .option('--json', 'the result as one JSON object')
    .action(async (flags: DbFlags) => done(await runMigrate(flags)));
}
