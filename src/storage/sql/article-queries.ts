import type { Claim, DyadDocument, Furniture, Quote } from '../../core/document.js';
import type { ArticleRow, EventFilter, Page, PageResult, StoredArticle } from '../store.js';
import { articleTextCondition, dateConditions, eventConditions, hasEventConditions } from './event-filter-sql.js';
import { afterCursor, finishPage, orderBy, pageSize, type SortSpec } from './paging.js';
import type { SqlDriver, SqlFragment, SqlRow } from './sql-driver.js';
import { containsText, first, iso, num, whereClause } from './sql-helpers.js';

type Sort = NonNullable<Page['sort']>;

/** Articles sort by publication date or by how many events they hold ('mentions'); newest first by default. */
const ARTICLE_SORTS: Record<Sort, SortSpec> = {
  date: { columns: ['a.sort_date', 'a.seq'], keys: ['sort_date', 'seq'], desc: [false, false] },
  '-date': { columns: ['a.sort_date', 'a.seq'], keys: ['sort_date', 'seq'], desc: [true, true] },
  mentions: { columns: ['a.num_events', 'a.seq'], keys: ['num_events', 'seq'], desc: [false, false] },
  '-mentions': { columns: ['a.num_events', 'a.seq'], keys: ['num_events', 'seq'], desc: [true, true] },
};

/** Claims and quotes come in the order they were stored: article by article, in text order. */
const STORED_ORDER: SortSpec = { columns: ['x.seq'], keys: ['seq'], desc: [false] };

/** A stored document with the layers added since it was stored, empty: articles stored before relations existed have none. */
function withLayers(doc: DyadDocument): DyadDocument {
  return { ...doc, relations: doc.relations ?? [] };
}

/** True when an article with this content hash is stored. */
export async function hasArticle(db: SqlDriver, hash: string): Promise<boolean> {
  return (await first(db, 'SELECT 1 AS found FROM articles WHERE id = ?', [hash])) !== undefined;
}

/** A stored article by content hash, or else by the input's own id (the first stored with it). */
export async function getArticle(db: SqlDriver, id: string): Promise<StoredArticle | null> {
  const cols = 'id, uri, title, published, publisher, text, furniture, document, stored_at';
  const r = (await first(db, `SELECT ${cols} FROM articles WHERE id = ?`, [id]))
    ?? (await first(db, `SELECT ${cols} FROM articles WHERE doc_id = ? ORDER BY seq LIMIT 1`, [id]));
  if (!r) return null;
  return {
    id: String(r.id), uri: String(r.uri), title: (r.title as string | null) ?? null, published: (r.published as string | null) ?? null,
    publisher: (r.publisher as string | null) ?? null, text: String(r.text),
    furniture: JSON.parse(String(r.furniture)) as Furniture[], document: withLayers(JSON.parse(String(r.document)) as DyadDocument),
    storedAt: iso(r.stored_at),
  };
}

/** Conditions restricting rows to those whose event (column `eventId`) matches the event part of a filter. */
function linkedEvents(db: SqlDriver, eventId: string, f: EventFilter): SqlFragment[] {
  const { from: _from, to: _to, text: _text, actor: _actor, ...eventPart } = f;
  if (!hasEventConditions(eventPart)) return [];
  const where = whereClause(eventConditions(eventPart, db.dialect));
  return [{ sql: `${eventId} IN (SELECT e.id FROM events e ${where.sql})`, params: where.params }];
}

/**
 * One page of articles. `actor` and `country` match the article's actor mentions, `from`/`to`
 * its publication date, `text` its title and text; the other event filters keep articles that
 * reported at least one matching event.
 */
export async function queryArticles(db: SqlDriver, f: EventFilter, page: Page): Promise<PageResult<ArticleRow>> {
  const name = page.sort && page.sort in ARTICLE_SORTS ? page.sort : '-date';
  const spec = ARTICLE_SORTS[name];
  const limit = pageSize(page);
  const c: SqlFragment[] = dateConditions(f, 'a.published');
  if (f.text) c.push(articleTextCondition(db.dialect, 'a', f.text));
  if (f.actor) {
    const p = db.dialect.startsWith('m.code', f.actor.toUpperCase());
    c.push({ sql: `EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND ${p.sql})`, params: p.params });
  }
  if (f.country) c.push({ sql: 'EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = a.id AND m.country = ?)', params: [f.country.toUpperCase()] });
  const { actor: _a, country: _c, ...rest } = f;
  for (const linked of linkedEvents(db, 'em.event_id', rest)) {
    c.push({ sql: `a.id IN (SELECT em.article_id FROM event_mentions em WHERE ${linked.sql})`, params: linked.params });
  }
  const after = afterCursor(spec, name, page.cursor);
  if (after) c.push(after);
  const where = whereClause(c);
  const raw = await db.all(
    `SELECT a.seq, a.id, a.uri, a.title, a.published, a.publisher, a.sort_date, a.num_events, a.stored_at
     FROM articles a ${where.sql} ${orderBy(spec)} LIMIT ?`,
    [...where.params, limit + 1],
  );
  return finishPage(raw.map((r) => ({ ...r, seq: num(r.seq) })), limit, spec, name, (r: SqlRow): ArticleRow => ({
    id: String(r.id), uri: String(r.uri), title: (r.title as string | null) ?? null, published: (r.published as string | null) ?? null,
    publisher: (r.publisher as string | null) ?? null, events: num(r.num_events), storedAt: iso(r.stored_at),
  }));
}

async function pageOf<T>(db: SqlDriver, table: string, c: SqlFragment[], page: Page, map: (r: SqlRow) => T): Promise<PageResult<T>> {
  const limit = pageSize(page);
  const after = afterCursor(STORED_ORDER, 'stored', page.cursor);
  if (after) c.push(after);
  const where = whereClause(c);
  const raw = await db.all(
    `SELECT x.seq, x.article_id, x.data FROM ${table} x JOIN articles a ON a.id = x.article_id ${where.sql} ${orderBy(STORED_ORDER)} LIMIT ?`,
    [...where.params, limit + 1],
  );
  return finishPage(raw.map((r) => ({ ...r, seq: num(r.seq) })), limit, STORED_ORDER, 'stored', map);
}

/**
 * One page of claims (figures of people killed, detained…). `kind` is exact, `actor` matches who
 * the figure is attributed to, `from`/`to` the article's date, `text` the evidence (substring);
 * the other event filters apply to the event the claim belongs to.
 */
export function queryClaims(db: SqlDriver, f: EventFilter & { kind?: string }, page: Page): Promise<PageResult<Claim & { articleId: string }>> {
  const c: SqlFragment[] = dateConditions(f, 'a.published');
  if (f.kind) c.push({ sql: 'x.kind = ?', params: [f.kind] });
  if (f.actor) c.push(db.dialect.startsWith('x.attributed_code', f.actor.toUpperCase()));
  if (f.text) c.push(containsText('x.evidence', f.text));
  c.push(...linkedEvents(db, 'x.event_id', f));
  return pageOf(db, 'claims', c, page, (r) => ({ ...(JSON.parse(String(r.data)) as Claim), articleId: String(r.article_id) }));
}

/**
 * One page of direct quotes. `speaker` matches the speaker's code (prefix) or words (substring),
 * `actor` the speaker's code, `from`/`to` the article's date, `text` the quoted words (substring).
 */
export function queryQuotes(db: SqlDriver, f: EventFilter & { speaker?: string }, page: Page): Promise<PageResult<Quote & { articleId: string }>> {
  const c: SqlFragment[] = dateConditions(f, 'a.published');
  if (f.speaker) {
    const code = db.dialect.startsWith('x.speaker_code', f.speaker.toUpperCase());
    const words = containsText('x.speaker_text', f.speaker);
    c.push({ sql: `(${code.sql} OR ${words.sql})`, params: [...code.params, ...words.params] });
  }
  if (f.actor) c.push(db.dialect.startsWith('x.speaker_code', f.actor.toUpperCase()));
  if (f.text) c.push(containsText('x.text', f.text));
  return pageOf(db, 'quotes', c, page, (r) => ({ ...(JSON.parse(String(r.data)) as Quote), articleId: String(r.article_id) }));
}
