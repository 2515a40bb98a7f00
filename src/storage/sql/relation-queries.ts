/** Reading relations: pages of merged relations with their stances, and one relation with every statement. */
import type { Relation } from '../../core/document.js';
import type { Page, PageResult, RelationFilter, RelationRow, RelationStance, RelationStatement } from '../store.js';
import { dateConditions } from './event-filter-sql.js';
import { afterCursor, finishPage, orderBy, pageSize, type SortSpec } from './paging.js';
import type { SqlDriver, SqlFragment, SqlRow } from './sql-driver.js';
import { containsText, first, iso, num, placeholders, whereClause } from './sql-helpers.js';

type Sort = NonNullable<Page['sort']>;

/** Relations come most stated first unless the page asks otherwise. */
export const DEFAULT_RELATION_SORT: Sort = '-mentions';

/** `mentions` sorts by statements, `date` by the latest article stating the relation. */
const RELATION_SORTS: Record<Sort, SortSpec> = {
  date: { columns: ['r.sort_last', 'r.id'], keys: ['sort_last', 'id'], desc: [false, false] },
  '-date': { columns: ['r.sort_last', 'r.id'], keys: ['sort_last', 'id'], desc: [true, true] },
  mentions: { columns: ['r.num_statements', 'r.id'], keys: ['num_statements', 'id'], desc: [false, false] },
  '-mentions': { columns: ['r.num_statements', 'r.id'], keys: ['num_statements', 'id'], desc: [true, true] },
};

const COLUMNS = `r.id, r.kind, r.direction, r.a_code, r.a_name, r.a_kind, r.b_code, r.b_name, r.b_kind, r.object, r.label, r.polarity,
  r.conflicting, r.num_statements, r.num_articles, r.num_sources, r.first_seen, r.last_seen, r.sort_last, r.stored_at, r.dyad_version, r.dictionaries`;

function or(a: SqlFragment, b: SqlFragment): SqlFragment {
  return { sql: `(${a.sql} OR ${b.sql})`, params: [...a.params, ...b.params] };
}

function and(a: SqlFragment, b: SqlFragment): SqlFragment {
  return { sql: `(${a.sql} AND ${b.sql})`, params: [...a.params, ...b.params] };
}

/** SQL conditions on the relations table (alias `r`) for a filter; codes match by prefix. */
function relationConditions(db: SqlDriver, f: RelationFilter): SqlFragment[] {
  const d = db.dialect;
  const c: SqlFragment[] = [];
  if (f.actor) c.push(or(d.startsWith('r.a_code', f.actor.toUpperCase()), d.startsWith('r.b_code', f.actor.toUpperCase())));
  if (f.a) c.push(d.startsWith('r.a_code', f.a.toUpperCase()));
  if (f.b) c.push(d.startsWith('r.b_code', f.b.toUpperCase()));
  if (f.dyad) {
    const [x, y] = [f.dyad[0].toUpperCase(), f.dyad[1].toUpperCase()];
    c.push(or(and(d.startsWith('r.a_code', x), d.startsWith('r.b_code', y)), and(d.startsWith('r.a_code', y), d.startsWith('r.b_code', x))));
  }
  if (f.kind) c.push({ sql: 'r.kind = ?', params: [f.kind] });
  if (f.object) c.push(containsText("coalesce(r.object, '')", f.object));
  if (f.conflicting !== undefined) c.push({ sql: 'r.conflicting = ?', params: [f.conflicting ? 1 : 0] });
  if (f.minArticles !== undefined) c.push({ sql: 'r.num_articles >= ?', params: [f.minArticles] });
  // Conditions on what the statements say, and when and where they were made.
  const s: SqlFragment[] = dateConditions(f, 's.published');
  if (f.label) s.push({ sql: 's.label = ?', params: [f.label.toLowerCase()] });
  if (f.text) s.push(containsText('s.text', f.text));
  if (s.length) {
    const w = whereClause(s, 'AND');
    c.push({ sql: `EXISTS (SELECT 1 FROM relation_statements s WHERE s.relation_id = r.id ${w.sql})`, params: w.params });
  }
  return c;
}

function toRow(r: SqlRow, stances: RelationStance[]): RelationRow {
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return {
    id: String(r.id), kind: String(r.kind), direction: String(r.direction) as RelationRow['direction'],
    aCode: String(r.a_code), aName: String(r.a_name), aKind: String(r.a_kind),
    bCode: text(r.b_code), bName: text(r.b_name), bKind: text(r.b_kind), object: text(r.object),
    label: String(r.label), polarity: String(r.polarity) as RelationRow['polarity'], conflicting: num(r.conflicting) === 1,
    numStatements: num(r.num_statements), numArticles: num(r.num_articles), numSources: num(r.num_sources),
    firstSeen: text(r.first_seen), lastSeen: text(r.last_seen), stances,
    storedAt: iso(r.stored_at), dyadVersion: String(r.dyad_version), dictionaries: String(r.dictionaries),
  };
}

/** The stances of the given relations: each distinct (label, polarity, negated, basis), most stated first. */
async function stancesOf(db: SqlDriver, ids: string[]): Promise<Map<string, RelationStance[]>> {
  const out = new Map<string, RelationStance[]>(ids.map((id) => [id, []]));
  if (!ids.length) return out;
  const rows = await db.all(
    `SELECT relation_id, label, polarity, negated, basis, count(*) AS statements, count(DISTINCT article_id) AS articles, min(seq) AS first
     FROM relation_statements WHERE relation_id IN (${placeholders(ids.length)})
     GROUP BY relation_id, label, polarity, negated, basis`,
    ids,
  );
  rows
    .sort((x, y) => num(y.statements) - num(x.statements) || num(x.first) - num(y.first))
    .forEach((r) => out.get(String(r.relation_id))!.push({
      label: String(r.label), polarity: String(r.polarity) as RelationStance['polarity'], negated: num(r.negated) === 1,
      basis: String(r.basis) as RelationStance['basis'], statements: num(r.statements), articles: num(r.articles),
    }));
  return out;
}

/** One page of relations matching a filter, with their stances. */
export async function queryRelations(db: SqlDriver, f: RelationFilter, page: Page): Promise<PageResult<RelationRow>> {
  const name = page.sort && page.sort in RELATION_SORTS ? page.sort : DEFAULT_RELATION_SORT;
  const spec = RELATION_SORTS[name];
  const limit = pageSize(page);
  const c = relationConditions(db, f);
  const after = afterCursor(spec, name, page.cursor);
  if (after) c.push(after);
  const where = whereClause(c);
  const raw = await db.all(`SELECT ${COLUMNS} FROM relations r ${where.sql} ${orderBy(spec)} LIMIT ?`, [...where.params, limit + 1]);
  const stances = await stancesOf(db, raw.slice(0, limit).map((r) => String(r.id)));
  return finishPage(raw.map((r) => ({ ...r, num_statements: num(r.num_statements) })), limit, spec, name, (r) => toRow(r, stances.get(String(r.id)) ?? []));
}

/** One relation with every statement of it, in the order they were stored, or null. */
export async function getRelation(db: SqlDriver, id: string): Promise<{ relation: RelationRow; statements: RelationStatement[] } | null> {
  const r = await first(db, `SELECT ${COLUMNS} FROM relations r WHERE r.id = ?`, [id]);
  if (!r) return null;
  const stances = await stancesOf(db, [id]);
  const rows = await db.all(
    `SELECT s.relation_id, s.article_id, s.sentence, s.char_start, s.char_end, s.text, s.data, a.uri, a.title, a.published
     FROM relation_statements s JOIN articles a ON a.id = s.article_id WHERE s.relation_id = ? ORDER BY s.seq`,
    [id],
  );
  return {
    relation: toRow(r, stances.get(id) ?? []),
    statements: rows.map((x) => ({
      relationId: String(x.relation_id), articleId: String(x.article_id), sentence: num(x.sentence),
      start: num(x.char_start), end: num(x.char_end), text: String(x.text), relation: JSON.parse(String(x.data)) as Relation,
      uri: String(x.uri), title: (x.title as string | null) ?? null, published: (x.published as string | null) ?? null,
    })),
  };
}
