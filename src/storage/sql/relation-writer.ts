/** Writes a document's relations: each merges into the relation row of its key, every statement is kept. */
import { createHash } from 'node:crypto';
import type { DyadDocument, Relation, RelationParty } from '../../core/document.js';
import { partyKey } from '../../relations/relation-parties.js';
import { relationKey } from '../../relations/relation-key.js';
import { sourceKey } from './document-rows.js';
import type { SqlTransaction, SqlValue } from './sql-driver.js';
import { insertRow, insertRows, placeholders } from './sql-helpers.js';

/** Hex digits of sha256 kept in a relation id, as for events. */
const RELATION_ID_HEX_DIGITS = 24;

/** A document's relations (absent from documents coded before relations existed). */
export function relationsOf(doc: DyadDocument): Relation[] {
  return doc.relations ?? [];
}

/**
 * The stable id of a relation, from its merge key: the same in every adapter and whatever the order of storing.
 * @example relationId('ties|ARM|USA|') // 'rel-…'
 */
export function relationId(key: string): string {
  return `rel-${createHash('sha256').update(key).digest('hex').slice(0, RELATION_ID_HEX_DIGITS)}`;
}

/** The locks a document's relations take: one per merge key. */
export function relationLockKeys(doc: DyadDocument): string[] {
  return relationsOf(doc).map((r) => `relation:${relationKey(r)}`);
}

/** The stored side of a party: a state's government is the state. */
function side(p: RelationParty): { code: string; name: string; kind: string } {
  const key = partyKey(p);
  return { code: p.kind === 'person' ? p.code : key, name: p.name, kind: p.kind };
}

function relationColumns(doc: DyadDocument, r: Relation, key: string, now: string): Record<string, SqlValue> {
  let [a, b] = [side(r.a), r.b ? side(r.b) : null];
  // A mutual relation lists its sides in the order of the merge key, whichever article came first.
  if (r.direction === 'mutual' && b && partyKey(r.b!) < partyKey(r.a)) [a, b] = [b, a];
  return {
    id: relationId(key), merge_key: key, kind: r.kind, direction: r.direction,
    a_code: a.code, a_name: a.name, a_kind: a.kind, b_code: b?.code ?? null, b_name: b?.name ?? null, b_kind: b?.kind ?? null,
    object: r.object?.text ?? null, label: r.label, polarity: r.polarity, conflicting: 0,
    num_statements: 1, num_articles: 1, num_sources: 1, first_seen: doc.published, last_seen: doc.published, sort_last: doc.published ?? '',
    stored_at: now, dyad_version: doc.versions.dyad, dictionaries: doc.versions.dictionaries,
  };
}

function statementColumns(doc: DyadDocument, r: Relation, idx: number, id: string): Record<string, SqlValue> {
  return {
    relation_id: id, article_id: doc.hash, idx, sentence: r.sentence, char_start: r.evidence.start, char_end: r.evidence.end,
    text: r.evidence.text, label: r.label, polarity: r.polarity, negated: r.negated ? 1 : 0, basis: r.time.basis,
    asserted: r.asserted ? 1 : 0, attributed_code: r.attributedTo?.code ?? null, published: doc.published,
    source_key: sourceKey(doc), data: JSON.stringify(r),
  };
}

/**
 * What a statement says, for telling agreement from conflict (a relation whose statements have
 * more than one is `conflicting`): denied, ended, hostile or affirmed.
 */
const SENSE_SQL = "CASE WHEN negated = 1 THEN 'denied' WHEN basis = 'past' THEN 'ended' WHEN polarity = 'negative' THEN 'negative' ELSE 'affirmed' END";

/**
 * Recomputes the relations that gained statements, in SQL so that a relation stated by thousands
 * of articles costs one aggregate: counts, first and last publication dates, whether statements
 * conflict, and the label and polarity most statements give (ties go to the earliest stored).
 */
async function recount(tx: SqlTransaction, ids: string[]): Promise<void> {
  const list = placeholders(ids.length);
  await tx.run(
    `UPDATE relations SET num_statements = c.n, num_articles = c.articles, num_sources = c.sources, first_seen = c.first_seen,
       last_seen = c.last_seen, sort_last = coalesce(c.last_seen, ''), conflicting = CASE WHEN c.senses > 1 THEN 1 ELSE 0 END
     FROM (SELECT relation_id, count(*) AS n, count(DISTINCT article_id) AS articles, count(DISTINCT source_key) AS sources,
                  min(published) AS first_seen, max(published) AS last_seen, count(DISTINCT ${SENSE_SQL}) AS senses
           FROM relation_statements WHERE relation_id IN (${list}) GROUP BY relation_id) c
     WHERE relations.id = c.relation_id`,
    ids,
  );
  const votes = await tx.all<{ relation_id: string; label: string; polarity: string; n: unknown; first: unknown }>(
    `SELECT relation_id, label, polarity, count(*) AS n, min(seq) AS first FROM relation_statements
     WHERE relation_id IN (${list}) GROUP BY relation_id, label, polarity`,
    ids,
  );
  const best = new Map<string, { label: string; polarity: string; n: number; first: number }>();
  for (const v of votes) {
    const n = Number(v.n);
    const first = Number(v.first);
    const b = best.get(v.relation_id);
    if (!b || n > b.n || (n === b.n && first < b.first)) best.set(v.relation_id, { label: v.label, polarity: v.polarity, n, first });
  }
  for (const [id, b] of best) await tx.run('UPDATE relations SET label = ?, polarity = ? WHERE id = ?', [b.label, b.polarity, id]);
}

/**
 * Writes the relations of a newly stored document inside the caller's transaction: a relation row
 * per new merge key, a statement per relation of the document, and fresh counts for the rows that
 * were there already.
 */
export async function writeRelations(tx: SqlTransaction, doc: DyadDocument, now: string): Promise<void> {
  const relations = relationsOf(doc);
  if (!relations.length) return;
  const ids: string[] = [];
  const grown = new Set<string>();
  for (const r of relations) {
    const key = relationKey(r);
    const id = relationId(key);
    const created = (await insertRow(tx, 'relations', relationColumns(doc, r, key, now), 'ON CONFLICT (id) DO NOTHING')) > 0;
    // A relation stated twice in one document (by two labels) is counted again too.
    if (!created || ids.includes(id)) grown.add(id);
    ids.push(id);
  }
  await insertRows(tx, 'relation_statements', relations.map((r, idx) => statementColumns(doc, r, idx, ids[idx])));
  if (grown.size) await recount(tx, [...grown]);
}
