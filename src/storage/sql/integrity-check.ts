/** The store's integrity check (`dyad db check`): references, orphans, counts and content hashes, in shared SQL. */
import { createHash } from 'node:crypto';
import type { IntegrityProblem, IntegrityReport } from '../store.js';
import { rollupChecks } from './rollup-checks.js';
import type { SqlDriver } from './sql-driver.js';
import { num } from './sql-helpers.js';

/** Rows named as examples of each problem. */
const EXAMPLES = 5;
/** Articles read at a time when their content hashes are recomputed: memory stays bounded on any store. */
const HASH_PAGE_ROWS = 200;

/** Tables counted in the report. */
const COUNTED = ['articles', 'mentions', 'events', 'event_mentions', 'claims', 'quotes', 'relations', 'relation_statements', 'runs'] as const;

/** A reference that must resolve: `column` of `table` names a row of `parent` (unless null); `label` names the row. */
const REFERENCES: ReadonlyArray<[table: string, column: string, parent: string, label: string]> = [
  ['mentions', 'article_id', 'articles', "c.article_id || ':' || CAST(c.idx AS TEXT)"],
  ['event_mentions', 'event_id', 'events', 'CAST(c.seq AS TEXT)'],
  ['event_mentions', 'article_id', 'articles', 'CAST(c.seq AS TEXT)'],
  ['claims', 'article_id', 'articles', 'CAST(c.seq AS TEXT)'],
  ['claims', 'event_id', 'events', 'CAST(c.seq AS TEXT)'],
  ['quotes', 'article_id', 'articles', 'CAST(c.seq AS TEXT)'],
  ['relation_statements', 'relation_id', 'relations', 'CAST(c.seq AS TEXT)'],
  ['relation_statements', 'article_id', 'articles', 'CAST(c.seq AS TEXT)'],
  ['run_rejections', 'run_id', 'runs', "c.run_id || ':' || CAST(c.seq AS TEXT)"],
];

/** Each check: a name and a query whose rows (one `label` column) are the offending rows. */
function checks(): Array<{ name: string; sql: string }> {
  const list = REFERENCES.map(([table, column, parent, label]) => ({
    name: `every ${table}.${column} names a row of ${parent}`,
    sql: `SELECT ${label} AS label FROM ${table} c
          WHERE c.${column} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${parent} p WHERE p.id = c.${column})`,
  }));
  return [
    ...list,
    {
      name: 'every event has at least one mention (no orphan events)',
      sql: 'SELECT e.id AS label FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_mentions m WHERE m.event_id = e.id)',
    },
    {
      name: 'every relation has at least one statement (no orphan relations)',
      sql: 'SELECT r.id AS label FROM relations r WHERE NOT EXISTS (SELECT 1 FROM relation_statements s WHERE s.relation_id = r.id)',
    },
    {
      name: 'each article is stored once (no duplicate content hash)',
      sql: 'SELECT id AS label FROM articles GROUP BY id HAVING count(*) > 1',
    },
    {
      name: 'every article has as many event mentions as its num_events (no half-written article)',
      sql: `SELECT a.id AS label FROM articles a
            WHERE a.num_events <> (SELECT count(*) FROM event_mentions m WHERE m.article_id = a.id)`,
    },
    {
      name: 'every event counts its mentions, articles and sources right',
      sql: `SELECT e.id AS label FROM events e
            JOIN (SELECT event_id, count(*) AS n, count(DISTINCT article_id) AS articles, count(DISTINCT source_key) AS sources
                  FROM event_mentions GROUP BY event_id) c ON c.event_id = e.id
            WHERE e.num_mentions <> c.n OR e.num_articles <> c.articles OR e.num_sources <> c.sources`,
    },
    {
      name: 'every relation counts its statements and articles right',
      sql: `SELECT r.id AS label FROM relations r
            JOIN (SELECT relation_id, count(*) AS n, count(DISTINCT article_id) AS articles
                  FROM relation_statements GROUP BY relation_id) c ON c.relation_id = r.id
            WHERE r.num_statements <> c.n OR r.num_articles <> c.articles`,
    },
    ...rollupChecks(),
  ];
}

/** Recomputes every article's content hash from its stored text, a page at a time. */
async function hashProblems(db: SqlDriver): Promise<IntegrityProblem> {
  const problem: IntegrityProblem = { check: 'every article id is the sha256 content hash of its text', rows: 0, examples: [] };
  let after = 0;
  for (;;) {
    const page = await db.all<{ seq: unknown; id: string; text: string }>('SELECT seq, id, text FROM articles WHERE seq > ? ORDER BY seq LIMIT ?', [after, HASH_PAGE_ROWS]);
    for (const row of page) {
      if (`sha256:${createHash('sha256').update(row.text).digest('hex')}` === row.id) continue;
      problem.rows++;
      if (problem.examples.length < EXAMPLES) problem.examples.push(row.id);
    }
    if (page.length < HASH_PAGE_ROWS) return problem;
    after = num(page[page.length - 1].seq);
  }
}

/**
 * Checks a store: every reference resolves, no event or relation is left without evidence, each
 * article is stored once under the hash of its text and whole (its event mentions all there), and
 * the merged counts match their mentions, the rollup tables their base tables; plus the database's own check where it has one.
 */
export async function checkIntegrity(db: SqlDriver): Promise<IntegrityReport> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED) counts[table] = num((await db.all<{ n: unknown }>(`SELECT count(*) AS n FROM ${table}`))[0]?.n);
  const results: IntegrityProblem[] = [];
  if (db.dialect.integrityCheck) {
    const rows = await db.all<Record<string, unknown>>(db.dialect.integrityCheck);
    const bad = rows.map((r) => String(Object.values(r)[0])).filter((v) => v !== 'ok');
    results.push({ check: `the database's own check (${db.dialect.integrityCheck})`, rows: bad.length, examples: bad.slice(0, EXAMPLES) });
  }
  for (const { name, sql } of checks()) {
    const rows = await db.all<{ label: unknown }>(sql);
    results.push({ check: name, rows: rows.length, examples: rows.slice(0, EXAMPLES).map((r) => String(r.label)) });
  }
  results.push(await hashProblems(db));
  return { ok: results.every((r) => r.rows === 0), counts, checks: results };
}
