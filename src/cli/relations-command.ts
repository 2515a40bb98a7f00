import type { Command } from 'commander';
import { DyadError } from '../core/errors.js';
import type { RelationFilter, RelationRow, RelationStatement } from '../storage/store.js';
import { EXIT, out, warn } from './output.js';
import { addDbOption, DEFAULT_LIMIT, parseDyad, parseFilter, parsePage, reportStoreErrors, withStore, type ListFlags } from './store-options.js';

/** The flags of `dyad relations`, as commander hands them over. */
export interface RelationFlags extends Pick<ListFlags, 'db' | 'sort' | 'limit' | 'cursor' | 'json' | 'actor' | 'dyad' | 'from' | 'to' | 'text'> {
  a?: string;
  b?: string;
  kind?: string;
  label?: string;
  object?: string;
  conflicting?: boolean;
  minArticles?: string;
  id?: string;
}

/** A relation kind or label: lower-case words. */
const LABEL = /^[a-z][a-z -]{0,39}$/;
/** Widest party shown in a table cell. */
const NAME_WIDTH = 22;
/** Widest object, and widest list of what the statements say. */
const OBJECT_WIDTH = 16;
const SAID_WIDTH = 42;

function usage(message: string): DyadError {
  return new DyadError('E030', message);
}

/**
 * Checks the flags and turns them into a relation filter, with the rules of `dyad events` for
 * codes, dyads and dates; a bad value is a usage error (E030).
 * @example parseRelationFilter({ dyad: 'RUS-ARM', kind: 'backs' }) // { dyad: ['RUS', 'ARM'], kind: 'backs' }
 */
export function parseRelationFilter(flags: RelationFlags): RelationFilter {
  const shared = parseFilter({ actor: flags.actor, source: flags.a, target: flags.b, from: flags.from, to: flags.to });
  const f: RelationFilter = { actor: shared.actor, a: shared.source, b: shared.target, from: shared.from, to: shared.to };
  if (flags.dyad !== undefined) f.dyad = parseDyad(flags.dyad);
  for (const key of ['kind', 'label'] as const) {
    const v = flags[key];
    if (v === undefined) continue;
    if (!LABEL.test(v)) throw usage(`--${key} is "${v}", expected lower-case words such as ${key === 'kind' ? 'backs' : 'defense pact'}`);
    f[key] = v;
  }
  if (flags.object !== undefined) f.object = flags.object;
  if (flags.text !== undefined) f.text = flags.text;
  if (flags.conflicting) f.conflicting = true;
  if (flags.minArticles !== undefined) {
    if (!/^\d+$/.test(flags.minArticles) || Number(flags.minArticles) < 1) throw usage(`--min-articles is "${flags.minArticles}", expected a whole number, 1 or more`);
    f.minArticles = Number(flags.minArticles);
  }
  for (const k of Object.keys(f) as (keyof RelationFilter)[]) if (f[k] === undefined) delete f[k];
  return f;
}

function fit(s: string, width: number, align?: 'right'): string {
  const flat = s.replace(/\s+/g, ' ');
  const cut = flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
  return align === 'right' ? cut.padStart(width) : cut.padEnd(width);
}

/** "strategic ties ×3 | NOT ties ×1": what the statements say, side by side. */
function stances(r: RelationRow): string {
  return r.stances.map((s) => `${s.negated ? 'NOT ' : ''}${s.label}${s.basis === 'past' ? ' (ended)' : ''} ×${s.statements}`).join(' | ');
}

function side(code: string | null, name: string | null): string {
  return code ? `${code} ${name ?? ''}`.trim() : '';
}

/** Relations as a table: counts, the two sides with the kind between them, the object, what is said, the id. */
export function formatRelationsTable(rows: RelationRow[]): string {
  const header = ['stmts', 'arts', 'kind'.padEnd(9), fit('a', NAME_WIDTH), '  ', fit('b', NAME_WIDTH), fit('object', OBJECT_WIDTH), fit('said', SAID_WIDTH), 'last seen ', 'id'];
  const lines = rows.map((r) => [
    fit(String(r.numStatements), 5, 'right'), fit(String(r.numArticles), 4, 'right'), fit(r.kind, 9),
    fit(side(r.aCode, r.aName), NAME_WIDTH), r.direction === 'mutual' ? '<>' : '->', fit(side(r.bCode, r.bName), NAME_WIDTH),
    fit(r.object ?? '', OBJECT_WIDTH), fit(`${r.conflicting ? '! ' : ''}${stances(r)}`, SAID_WIDTH), fit(r.lastSeen ?? '', 10), r.id,
  ]);
  return [header, ...lines].map((cells) => cells.join('  ').trimEnd()).join('\n');
}

/** One relation and each statement of it, one per line with its article and evidence. */
function formatRelation(r: RelationRow, statements: RelationStatement[]): string {
  const head = `${r.id}  ${side(r.aCode, r.aName)} ${r.direction === 'mutual' ? '<>' : '->'} ${r.kind} ${side(r.bCode, r.bName)}${r.object ? ` over ${r.object}` : ''}`
    + `  (${r.numStatements} statements, ${r.numArticles} articles, ${r.numSources} sources${r.conflicting ? ', CONFLICTING' : ''})`;
  const lines = statements.map((s) => {
    const x = s.relation;
    const said = `${x.negated ? 'NOT ' : ''}${x.label}${x.time.basis === 'past' ? ' (ended)' : ''}${x.asserted ? '' : ` [reported${x.attributedTo ? ` by ${x.attributedTo.text}` : ''}]`}`;
    return `  ${fit(s.published ?? '', 10)}  ${fit(said, 30)}  ${s.text.replace(/\s+/g, ' ')}  <${s.uri}>`;
  });
  return [head, ...lines].join('\n');
}

/** `dyad relations`: standing relations merged across the stored articles, or one with its statements (`--id`). */
export function runRelations(flags: RelationFlags): Promise<number> {
  const filter = parseRelationFilter(flags);
  const page = parsePage(flags);
  return reportStoreErrors(() => withStore(flags.db, async (store) => {
    if (flags.id) {
      const found = await store.getRelation(flags.id);
      if (!found) {
        warn(`no relation with id "${flags.id}"`);
        return EXIT.failed;
      }
      out(flags.json ? JSON.stringify(found) : formatRelation(found.relation, found.statements));
      return EXIT.ok;
    }
    const result = await store.queryRelations(filter, page);
    if (flags.json) for (const row of result.rows) out(JSON.stringify(row));
    else if (result.rows.length) out(formatRelationsTable(result.rows));
    else warn('no relations match');
    if (result.next) warn(`more relations match: add --cursor ${result.next}`);
    return EXIT.ok;
  }, { create: false }));
}

/** Registers `relations`. */
export function registerRelations(program: Command, done: (code: number) => void): void {
  const cmd = program.command('relations')
    .description('list standing relations in the store (alliances, backing, membership, ties, rivalry, disputes, control, offices), most stated first')
    .option('--actor <code>', 'either side\'s code starts with this (ARM matches Armenia and ARMGOV people)')
    .option('--a <code>', 'side a\'s code starts with this: the backer, the member, the office holder, the sovereign')
    .option('--b <code>', 'side b\'s code starts with this: the backed, the organisation, the state of an office')
    .option('--dyad <A-B>', 'both sides, either order, e.g. RUS-ARM')
    .option('--kind <kind>', 'allied | backs | member | ties | rivals | dispute | sovereign | controls | office')
    .option('--label <label>', 'a label some statement gives, e.g. "defense pact"')
    .option('--object <words>', 'the object contains these words (a place, an office)')
    .option('--from <date>', 'stated by an article published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--to <date>', 'stated by an article published on or before this date')
    .option('--text <words>', 'some statement\'s evidence sentence contains these words')
    .option('--conflicting', 'only relations whose statements disagree')
    .option('--min-articles <n>', 'stated by at least this many articles')
    .option('--id <id>', 'show one relation with every statement of it')
    .option('--sort <order>', '-mentions (most statements first, the default) | mentions | -date (latest article first) | date')
    .option('--limit <n>', `rows to print (default ${DEFAULT_LIMIT})`)
    .option('--cursor <c>', 'continue after the previous page (printed on stderr when more rows match)')
    .option('--json', 'one JSON object per line');
  addDbOption(cmd).action(async (flags: RelationFlags) => done(await runRelations(flags)));
}
