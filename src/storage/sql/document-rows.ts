import { createHash } from 'node:crypto';
import type { ActorMention, CodedEvent, DyadDocument, EventActor, EventTelling } from '../../core/document.js';
import { tellingCount } from '../../core/tellings.js';
import type { SqlValue } from './sql-driver.js';

/** Hex digits of sha256 kept in an event id: 96 bits, no collision in any realistic store. */
const EVENT_ID_HEX_DIGITS = 24;

/** Publisher, else the URI's host without `www.`, else the URI scheme (`file`, `stdin`): what `numSources` counts. */
export function sourceKey(doc: Pick<DyadDocument, 'publisher' | 'uri'>): string {
  if (doc.publisher?.trim()) return doc.publisher.trim().toLowerCase();
  const host = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]+)/i.exec(doc.uri)?.[1];
  if (host) return host.toLowerCase().replace(/^www\./, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(doc.uri)?.[1].toLowerCase() ?? doc.uri;
}

/** Events that share this key merge when their dates are close enough: source|target|code|negated. */
export function mergeKey(e: CodedEvent): string {
  return `${e.source.code}|${e.target?.code ?? ''}|${e.code}|${e.negated ? 1 : 0}`;
}

/**
 * A stable event id from the merge key and the anchor (the event's first date, or the article
 * for an undated event), identical in every adapter.
 * @example eventId('RUS|UKR|180|0', '2022-02-24') // 'ev-…'
 */
export function eventId(key: string, anchor: string): string {
  return `ev-${createHash('sha256').update(`${key}|${anchor}`).digest('hex').slice(0, EVENT_ID_HEX_DIGITS)}`;
}

/** True for a full YYYY-MM-DD date (month or year precision dates only merge when equal). */
export function isDay(date: string | null): date is string {
  return date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date);
}

/** The day `days` after (or before) a YYYY-MM-DD date. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days between two YYYY-MM-DD dates. */
export function daysBetween(a: string, b: string): number {
  return Math.round(Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000);
}

function actorFor(doc: DyadDocument, side: EventActor | null): ActorMention | undefined {
  return side ? doc.actors.find((a) => a.start === side.start && a.end === side.end && a.code === side.code) : undefined;
}

/** Column → value for a new `events` row, from its first mention (whose counts it starts with). */
export function eventColumns(doc: DyadDocument, e: CodedEvent, id: string, now: string): Record<string, SqlValue> {
  const source = actorFor(doc, e.source);
  const target = actorFor(doc, e.target);
  return {
    id, merge_key: mergeKey(e), date: e.date, sort_date: e.date ?? '', date_precision: e.datePrecision,
    source_code: e.source.code, source_name: source?.name ?? e.source.text, source_country: source?.country ?? null,
    target_code: e.target?.code ?? null, target_name: target?.name ?? e.target?.text ?? null, target_country: target?.country ?? null,
    code: e.code, base_code: e.baseCode, root_code: e.rootCode, quad_class: e.quadClass, goldstein: e.goldstein,
    plover_type: e.plover?.type ?? null, plover_mode: e.plover?.mode ?? null, negated: e.negated ? 1 : 0,
    location_name: e.location?.name ?? null, location_country: e.location?.country ?? null,
    lat: e.location?.lat ?? null, lon: e.location?.lon ?? null,
    num_mentions: 1, num_articles: 1, num_sources: 1, confidence: e.confidence,
    first_seen: now, source_url: doc.uri, dyad_version: doc.versions.dyad, dictionaries: doc.versions.dictionaries,
  };
}

/** Column → value for an `event_mentions` row: one sentence that reported the event. */
export function mentionColumns(doc: DyadDocument, e: EventTelling, idx: number, id: string): Record<string, SqlValue> {
  return {
    event_id: id, article_id: doc.hash, idx, sentence: e.sentence,
    char_start: e.evidence.start, char_end: e.evidence.end, text: e.evidence.text,
    trigger_text: e.trigger.text, trigger_pattern: e.trigger.pattern, trigger_start: e.trigger.start, trigger_end: e.trigger.end,
    source_text: e.source.text, target_text: e.target?.text ?? null, date: e.date, date_precision: e.datePrecision,
    confidence: e.confidence, modality: e.modality, source_key: sourceKey(doc),
  };
}

/** Column → value for the `articles` row. */
export function articleColumns(doc: DyadDocument, runId: string | null, now: string): Record<string, SqlValue> {
  return {
    id: doc.hash, doc_id: doc.id, uri: doc.uri, title: doc.title, published: doc.published, sort_date: doc.published ?? '',
    publisher: doc.publisher, source_key: sourceKey(doc), language: doc.language, text: doc.text,
    furniture: JSON.stringify(doc.furniture), document: JSON.stringify(doc),
    // Event mentions, retellings included: the rows of event_mentions the article writes.
    num_events: tellingCount(doc.events),
    dyad_version: doc.versions.dyad, dictionaries: doc.versions.dictionaries, run_id: runId, stored_at: now,
  };
}

/** Rows for the `mentions` table: every actor mention with its offsets. */
export function actorMentionRows(doc: DyadDocument): Array<Record<string, SqlValue>> {
  return doc.actors.map((a, idx) => ({
    article_id: doc.hash, idx, sentence: a.sentence, char_start: a.start, char_end: a.end, text: a.text,
    code: a.code, name: a.name, country: a.country, role: a.role, kind: a.kind,
  }));
}

/** Rows for the `claims` table; `eventIds[i]` is the stored event of the document's event i. */
export function claimRows(doc: DyadDocument, eventIds: string[]): Array<Record<string, SqlValue>> {
  return doc.claims.map((c, idx) => ({
    article_id: doc.hash, idx, kind: c.kind, attributed_code: c.attributedTo?.code ?? null,
    event_id: c.event !== null ? eventIds[c.event] ?? null : null, evidence: c.evidence.text, data: JSON.stringify(c),
  }));
}

/** Rows for the `quotes` table. */
export function quoteRows(doc: DyadDocument): Array<Record<string, SqlValue>> {
  return doc.quotes.map((q, idx) => ({
    article_id: doc.hash, idx, speaker_code: q.speaker?.code ?? null, speaker_text: q.speaker?.text ?? null,
    text: q.text, data: JSON.stringify(q),
  }));
}
