import type { Codebook } from '../dictionaries/codebook.js';
import type { ActorRow, ArticleRow, EventRow } from '../storage/store.js';

/** Widest label or title shown in a table cell. */
const LABEL_WIDTH = 28;
const TITLE_WIDTH = 48;

type Column<T> = [header: string, width: number, cell: (row: T) => string, align?: 'right'];

function fit(s: string, width: number, align?: 'right'): string {
  const flat = s.replace(/\s+/g, ' ');
  const cut = flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
  return align === 'right' ? cut.padStart(width) : cut.padEnd(width);
}

function table<T>(columns: Array<Column<T>>, rows: T[]): string {
  const line = (cells: string[]) => cells.join('  ').trimEnd();
  return [
    line(columns.map(([h, w, , a]) => fit(h, w, a))),
    ...rows.map((r) => line(columns.map(([, w, cell, a]) => fit(cell(r), w, a)))),
  ].join('\n');
}

/** Events as a table: date, dyad, code with its label, counts and the id for `/api/events/:id`. */
export function formatEventsTable(rows: EventRow[], codebook: Codebook): string {
  return table<EventRow>([
    ['date', 10, (e) => e.date ?? ''],
    ['source', 9, (e) => e.sourceCode],
    ['code', 4, (e) => e.code],
    ['event', LABEL_WIDTH, (e) => (e.negated ? 'NOT ' : '') + (codebook.get(e.code)?.label ?? '')],
    ['target', 9, (e) => e.targetCode ?? ''],
    ['mentions', 8, (e) => String(e.numMentions), 'right'],
    ['articles', 8, (e) => String(e.numArticles), 'right'],
    ['sources', 7, (e) => String(e.numSources), 'right'],
    ['id', 27, (e) => e.id],
  ], rows);
}

/** Actors as a table, most mentioned first. */
export function formatActorsTable(rows: ActorRow[]): string {
  return table<ActorRow>([
    ['code', 9, (a) => a.code],
    ['name', LABEL_WIDTH, (a) => a.name],
    ['mentions', 8, (a) => String(a.mentions), 'right'],
    ['as source', 9, (a) => String(a.asSource), 'right'],
    ['as target', 9, (a) => String(a.asTarget), 'right'],
  ], rows);
}

/** Articles as a table with their content-hash ids. */
export function formatArticlesTable(rows: ArticleRow[]): string {
  return table<ArticleRow>([
    ['published', 10, (a) => a.published ?? ''],
    ['events', 6, (a) => String(a.events), 'right'],
    ['title', TITLE_WIDTH, (a) => a.title ?? a.uri],
    ['id', 71, (a) => a.id],
  ], rows);
}
