import type { CodedEvent, DyadDocument } from '../../core/document.js';
import type { PutResult } from '../store.js';
import {
  actorMentionRows, addDays, articleColumns, claimRows, daysBetween, eventColumns, eventId, isDay, mentionColumns,
  mergeKey, quoteRows,
} from './document-rows.js';
import { relationLockKeys, writeRelations } from './relation-writer.js';
import { ROLLUP_KEY_COLUMNS, RollupChanges, storedRollupKeys, type EventRollupKey } from './rollup-writer.js';
import type { SqlTransaction } from './sql-driver.js';
import { insertRow, insertRows, placeholders } from './sql-helpers.js';

/** What a write needs besides the document. */
export interface WriteContext {
  runId: string | null;
  /** Events with the same merge key at most this many days apart merge (0: same date only). */
  mergeWindowDays: number;
  /** The transaction's timestamp: stored_at and first_seen. */
  now: string;
}

/** The locks a document's write takes: its article and the merge keys of its events and relations. */
export function lockKeys(doc: DyadDocument): string[] {
  return [`article:${doc.hash}`, ...doc.events.map((e) => `event:${mergeKey(e)}`), ...relationLockKeys(doc)];
}

/**
 * The stored event an event merges into, if any. Undated events merge only within their
 * article; dated ones with the same merge key on the same date, or, with a window, the nearest
 * stored date within it (ties go to the earlier date).
 */
async function findStoredEvent(tx: SqlTransaction, doc: DyadDocument, e: CodedEvent, windowDays: number): Promise<{ id: string; stored: boolean }> {
  const key = mergeKey(e);
  if (e.date === null) return { id: eventId(key, `article:${doc.hash}`), stored: false };
  if (windowDays <= 0 || !isDay(e.date)) return { id: eventId(key, e.date), stored: false };
  const candidates = await tx.all<{ id: string; date: string }>(
    'SELECT id, date FROM events WHERE merge_key = ? AND date >= ? AND date <= ?',
    [key, addDays(e.date, -windowDays), addDays(e.date, windowDays)],
  );
  const day = e.date;
  const best = candidates
    .filter((c) => isDay(c.date))
    .sort((a, b) => daysBetween(a.date, day) - daysBetween(b.date, day) || a.date.localeCompare(b.date) || a.id.localeCompare(b.id))[0];
  return best ? { id: best.id, stored: true } : { id: eventId(key, e.date), stored: false };
}

/** Recomputes the counts of events that gained mentions: mentions, distinct articles, distinct sources, best confidence. */
async function recount(tx: SqlTransaction, ids: string[]): Promise<void> {
  await tx.run(
    `UPDATE events SET num_mentions = c.n, num_articles = c.articles, num_sources = c.sources, confidence = c.confidence
     FROM (SELECT m.event_id, count(*) AS n, count(DISTINCT m.article_id) AS articles, count(DISTINCT m.source_key) AS sources,
                  max(m.confidence) AS confidence
           FROM event_mentions m WHERE m.event_id IN (${placeholders(ids.length)}) GROUP BY m.event_id) c
     WHERE events.id = c.event_id`,
    ids,
  );
}

/**
 * Gives a stored event the place of a new mention when it has none yet, moving it between the
 * place rollups; returns its rollup key after the change, or null when nothing changed.
 */
async function locate(tx: SqlTransaction, id: string, location: NonNullable<CodedEvent['location']>, rollups: RollupChanges): Promise<EventRollupKey | null> {
  const [before] = await tx.all<EventRollupKey>(`SELECT ${ROLLUP_KEY_COLUMNS} FROM events WHERE id = ? AND location_country IS NULL`, [id]);
  if (!before) return null;
  await tx.run(
    'UPDATE events SET location_name = ?, location_country = ?, lat = ?, lon = ? WHERE id = ?',
    [location.name, location.country, location.lat, location.lon, id],
  );
  const after = { ...before, location_country: location.country, lat: location.lat, lon: location.lon };
  rollups.relocated(before, after);
  return after;
}

/**
 * Writes one coded document inside the caller's transaction: the article, its actor mentions,
 * its events merged with stored ones (every mention kept), claims, quotes, relations merged
 * the same way (every statement kept), and the rollup counts they change. An article whose
 * content hash is stored already changes nothing.
 */
export async function writeDocument(tx: SqlTransaction, doc: DyadDocument, ctx: WriteContext): Promise<PutResult> {
  const articleId = doc.hash;
  const inserted = await insertRow(tx, 'articles', articleColumns(doc, ctx.runId, ctx.now), 'ON CONFLICT (id) DO NOTHING');
  if (!inserted) return { articleId, inserted: false, newEvents: 0, mergedEvents: 0 };
  const rollups = new RollupChanges();
  await insertRows(tx, 'mentions', actorMentionRows(doc));
  for (const a of doc.actors) rollups.actorMention(a.code, a.name, a.country);
  const eventIds: string[] = [];
  // The rollup key of each event this document created or moved; the others are read after the loop.
  const keys = new Map<string, EventRollupKey>();
  // A new event is inserted with the counts of its one mention; only events that gain a second
  // mention (from an earlier article, or another sentence of this one) are counted again.
  const grown = new Set<string>();
  let newEvents = 0;
  for (const e of doc.events) {
    const found = await findStoredEvent(tx, doc, e, ctx.mergeWindowDays);
    const row = eventColumns(doc, e, found.id, ctx.now);
    // With no window the id names the event: inserting tells whether it was stored already.
    const created = !found.stored && (await insertRow(tx, 'events', row, 'ON CONFLICT (id) DO NOTHING')) > 0;
    if (created) {
      newEvents++;
      keys.set(found.id, row as unknown as EventRollupKey);
      rollups.newEvent(row as unknown as EventRollupKey);
    } else {
      grown.add(found.id);
      const moved = e.location ? await locate(tx, found.id, e.location, rollups) : null;
      if (moved) keys.set(found.id, moved);
    }
    eventIds.push(found.id);
  }
  // One mention row per sentence that tells an event: the event's own (idx = its index in the
  // document's events), then its retellings (idx from events.length on, in the order listed).
  const mentions = doc.events.map((e, idx) => mentionColumns(doc, e, idx, eventIds[idx]));
  const mentioned = [...eventIds];
  doc.events.forEach((e, i) => {
    for (const told of e.retellings ?? []) {
      mentions.push(mentionColumns(doc, told, mentions.length, eventIds[i]));
      mentioned.push(eventIds[i]);
      grown.add(eventIds[i]);
    }
  });
  await insertRows(tx, 'event_mentions', mentions);
  if (grown.size) await recount(tx, [...grown]);
  const stored = await storedRollupKeys(tx, [...grown].filter((id) => !keys.has(id)));
  for (const id of mentioned) rollups.eventMention(keys.get(id) ?? stored.get(id)!);
  await rollups.write(tx);
  await insertRows(tx, 'claims', claimRows(doc, eventIds));
  await insertRows(tx, 'quotes', quoteRows(doc));
  await writeRelations(tx, doc, ctx.now);
  return { articleId, inserted: true, newEvents, mergedEvents: doc.events.length - newEvents };
}
