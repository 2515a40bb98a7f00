import type { Command } from 'commander';
import { DyadError } from '../core/errors.js';
import { parseIsoDate } from '../nlp/iso-date.js';
import { openStore, type OpenStoreOptions } from '../storage/open-store.js';
import { StoreError } from '../storage/store-error.js';
import type { EventFilter, Page, Store } from '../storage/store.js';
import { EXIT, warn } from './output.js';

/** Rows a listing command prints when --limit is not given. */
export const DEFAULT_LIMIT = 50;
const SORTS = ['date', '-date', 'mentions', '-mentions'] as const;

/** The flags `addFilterOptions` declares, as commander hands them over. */
export interface FilterFlags {
  actor?: string;
  source?: string;
  target?: string;
  dyad?: string;
  code?: string;
  root?: string;
  quad?: string;
  country?: string;
  from?: string;
  to?: string;
  text?: string;
  minConfidence?: string;
  negated?: boolean;
}

/** The flags of the listing commands: filters, paging and output. */
export interface ListFlags extends FilterFlags {
  db?: string;
  sort?: string;
  limit?: string;
  cursor?: string;
  json?: boolean;
}

/** Declares --db on a command that touches the store. */
export function addDbOption(cmd: Command): Command {
  return cmd.option('--db <url>', 'the store: sqlite:PATH or a file path (default ./dyad.db), or postgres://…; DYAD_DB sets the default');
}

/** Declares the event filters shared by every query command. */
export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option('--actor <code>', 'either side\'s actor code starts with this (USA matches USAGOV)')
    .option('--source <code>', 'the source actor\'s code starts with this')
    .option('--target <code>', 'the target actor\'s code starts with this')
    .option('--dyad <A-B>', 'events between two actors, either direction, e.g. USA-RUS')
    .option('--code <cameo>', 'CAMEO code, exact (190) or a prefix ending in * (19*)')
    .option('--root <nn>', 'CAMEO root code, 01–20')
    .option('--quad <n>', 'QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict')
    .option('--country <iso3>', 'country of either actor or of the place')
    .option('--from <date>', 'on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'on or before this date; a month or year takes all its days')
    .option('--text <words>', 'every word in the evidence sentence (full-text search)')
    .option('--min-confidence <x>', 'coder confidence at least this, 0–1')
    .option('--negated', 'include negated events ("did not attack")');
}

/** Declares --sort, --limit, --cursor and --json. */
export function addListOptions(cmd: Command): Command {
  return cmd
    .option('--sort <order>', `${SORTS.join(' | ')} (default -date, newest first)`)
    .option('--limit <n>', `rows to print (default ${DEFAULT_LIMIT})`)
    .option('--cursor <c>', 'continue after the previous page (printed on stderr when more rows match)')
    .option('--json', 'one JSON object per line');
}

function usage(message: string): DyadError {
  return new DyadError('E030', message);
}

function partialDate(flag: string, value: string): string {
  const ok = /^\d{4}$/.test(value) || (/^\d{4}-\d{2}$/.test(value) && parseIsoDate(`${value}-01`)) || parseIsoDate(value);
  if (!ok) throw usage(`${flag} is "${value}", expected a date as YYYY, YYYY-MM or YYYY-MM-DD`);
  return value;
}

/** "USA-RUS", "---GOV-RUS" or "USA,RUS" → ['USA', 'RUS']: the split is the first '-' after a letter or digit. */
export function parseDyad(value: string): [string, string] {
  const at = value.includes(',') ? value.indexOf(',') : [...value].findIndex((c, i) => c === '-' && i > 0 && /[A-Za-z0-9]/.test(value[i - 1]));
  const [a, b] = at > 0 ? [value.slice(0, at), value.slice(at + 1)] : ['', ''];
  if (!a || !b) throw usage(`--dyad is "${value}", expected two actor codes as A-B, e.g. USA-RUS`);
  return [a.toUpperCase(), b.toUpperCase()];
}

/**
 * Checks the filter flags and turns them into a store filter; a bad value is a usage error (E030).
 * @example parseFilter({ dyad: 'USA-RUS', quad: '4' }) // { dyad: ['USA', 'RUS'], quadClass: 4 }
 */
export function parseFilter(flags: FilterFlags): EventFilter {
  const f: EventFilter = {};
  for (const key of ['actor', 'source', 'target', 'country'] as const) {
    const v = flags[key];
    if (v === undefined) continue;
    if (!/^[A-Za-z0-9-]+$/.test(v)) throw usage(`--${key} is "${v}", expected an actor or country code such as USA or ---GOV`);
    f[key] = v.toUpperCase();
  }
  if (flags.dyad !== undefined) f.dyad = parseDyad(flags.dyad);
  if (flags.code !== undefined) {
    if (!/^\d{2,4}\*?$/.test(flags.code)) throw usage(`--code is "${flags.code}", expected a CAMEO code such as 190 or a prefix such as 19*`);
    f.code = flags.code;
  }
  if (flags.root !== undefined) {
    if (!/^\d{1,2}$/.test(flags.root) || +flags.root < 1 || +flags.root > 20) throw usage(`--root is "${flags.root}", expected a CAMEO root code 01–20`);
    f.root = flags.root.padStart(2, '0');
  }
  if (flags.quad !== undefined) {
    if (!/^[1-4]$/.test(flags.quad)) throw usage(`--quad is "${flags.quad}", expected a QuadClass 1–4`);
    f.quadClass = Number(flags.quad);
  }
  if (flags.from !== undefined) f.from = partialDate('--from', flags.from);
  if (flags.to !== undefined) f.to = partialDate('--to', flags.to);
  if (flags.text !== undefined) f.text = flags.text;
  if (flags.minConfidence !== undefined) {
    const x = Number(flags.minConfidence);
    if (!/^\d*\.?\d+$/.test(flags.minConfidence) || x > 1) throw usage(`--min-confidence is "${flags.minConfidence}", expected a number from 0 to 1`);
    f.minConfidence = x;
  }
  if (flags.negated) f.includeNegated = true;
  return f;
}

/** Checks --sort, --limit and --cursor. */
export function parsePage(flags: ListFlags): Page {
  const limit = flags.limit === undefined ? DEFAULT_LIMIT : Number(flags.limit);
  if (!Number.isInteger(limit) || limit < 1) throw usage(`--limit is "${flags.limit}", expected a whole number of rows, 1 or more`);
  if (flags.sort !== undefined && !(SORTS as readonly string[]).includes(flags.sort)) {
    throw usage(`--sort is "${flags.sort}", expected one of ${SORTS.join(', ')}`);
  }
  return { limit, cursor: flags.cursor ?? null, sort: flags.sort as Page['sort'] };
}

/** Opens the store --db names, runs `fn`, and closes it. */
export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>, options: OpenStoreOptions = {}): Promise<T> {
  const store = await openStore(db, options);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

/** Runs a command; a storage failure becomes one line on stderr and exit code 1. */
export async function reportStoreErrors(run: () => Promise<number>): Promise<number> {
  try {
    return await run();
  } catch (e) {
    if (!(e instanceof StoreError)) throw e;
    warn(e.message);
    return EXIT.failed;
  }
}
