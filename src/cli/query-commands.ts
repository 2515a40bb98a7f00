import type { Command } from 'commander';
import { loadCodebook } from '../dictionaries/codebook.js';
import { DEFAULT_DATA_DIR } from '../dictionaries/dictionaries.js';
import type { PageResult, Store } from '../storage/store.js';
import { EXIT, out, warn } from './output.js';
import {
  addDbOption, addFilterOptions, addListOptions, parseFilter, parsePage, reportStoreErrors, withStore, type ListFlags,
} from './store-options.js';
import { formatActorsTable, formatArticlesTable, formatEventsTable } from './store-tables.js';

interface ActorFlags extends ListFlags {
  name?: string;
}

/** Prints a page as a table or one JSON object per line, and says on stderr how to get the next one. */
function printPage<T>(what: string, page: PageResult<T>, flags: ListFlags, table: (rows: T[]) => string): number {
  if (flags.json) for (const row of page.rows) out(JSON.stringify(row));
  else if (page.rows.length) out(table(page.rows));
  else warn(`no ${what} match`);
  if (page.next) warn(`more ${what} match: add --cursor ${page.next}`);
  return EXIT.ok;
}

function list<T>(what: string, flags: ListFlags, query: (store: Store) => Promise<PageResult<T>>, table: (rows: T[]) => string): Promise<number> {
  return reportStoreErrors(() => withStore(flags.db, async (store) => printPage(what, await query(store), flags, table), { create: false }));
}

/** `dyad events`: distinct events merged across articles, filtered, sorted, a page at a time. */
export function runEvents(flags: ListFlags): Promise<number> {
  const filter = parseFilter(flags);
  const page = parsePage(flags);
  const codebook = flags.json ? null : loadCodebook(DEFAULT_DATA_DIR);
  return list('events', flags, (s) => s.queryEvents(filter, page), (rows) => formatEventsTable(rows, codebook!));
}

/** `dyad actors`: actors seen in the stored articles, most mentioned first. */
export function runActors(flags: ActorFlags): Promise<number> {
  const filter = { ...parseFilter(flags), name: flags.name };
  const page = parsePage(flags);
  return list('actors', flags, (s) => s.queryActors(filter, page), formatActorsTable);
}

/** `dyad articles`: stored articles, newest first. */
export function runArticles(flags: ListFlags): Promise<number> {
  const filter = parseFilter(flags);
  const page = parsePage(flags);
  return list('articles', flags, (s) => s.queryArticles(filter, page), formatArticlesTable);
}

/** Registers `events`, `actors` and `articles`. */
export function registerQueries(program: Command, done: (code: number) => void): void {
  const events = program.command('events').description('list events in the store (one row per distinct event, with mention counts)');
  addListOptions(addFilterOptions(addDbOption(events)))
    .action(async (flags: ListFlags) => done(await runEvents(flags)));

  const actors = program.command('actors').description('list actors seen in the stored articles, most mentioned first')
    .option('--name <words>', 'the actor\'s name contains these words');
  addListOptions(addFilterOptions(addDbOption(actors)))
    .action(async (flags: ActorFlags) => done(await runActors(flags)));

  const articles = program.command('articles').description('list stored articles (--text searches titles and texts)');
  addListOptions(addFilterOptions(addDbOption(articles)))
    .action(async (flags: ListFlags) => done(await runArticles(flags)));
}
