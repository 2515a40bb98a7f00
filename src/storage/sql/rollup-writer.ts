import type { SqlExecutor, SqlValue } from './sql-driver.js';
import { placeholders } from './sql-helpers.js';
import { RollupSums } from './rollup-sums.js';

/** The columns of an `events` row that decide which rollup rows it counts in. */
export interface EventRollupKey {
  date: string | null;
  code: string;
  root_code: string;
  quad_class: number;
  negated: number;
  goldstein: number;
  source_code: string;
  target_code: string | null;
  source_country: string | null;
  location_country: string | null;
  lat: number | null;
  lon: number | null;
}

/** The SELECT list that reads an EventRollupKey from `events`. */
export const ROLLUP_KEY_COLUMNS = 'date, code, root_code, quad_class, negated, goldstein, source_code, target_code, source_country, location_country, lat, lon';

function dayKey(e: EventRollupKey): Record<string, SqlValue> {
  return { date: e.date ?? '', code: e.code, root_code: e.root_code, quad_class: Number(e.quad_class), negated: Number(e.negated) };
}

function placeKey(e: EventRollupKey): Record<string, SqlValue> {
  return {
    location_country: e.location_country ?? '', source_country: e.source_country ?? '',
    located: e.lat !== null && e.lon !== null ? 1 : 0, negated: Number(e.negated),
  };
}

/**
 * What one document's write adds to the rollup tables (migration 0003): actor counts and names,
 * events per day, per actor pair and per place. Collected while the document is written and
 * written at its end, in the same transaction, so the rollups always agree with the rows.
 */
export class RollupChanges {
  private readonly actors = new RollupSums('actor_counts', ['code'], ['mentions', 'as_source', 'as_target']);
  private readonly names = new RollupSums('actor_names', ['code', 'name', 'country'], ['mentions']);
  private readonly days = new RollupSums('event_days', ['date', 'code', 'root_code', 'quad_class', 'negated'], ['events', 'mentions', 'goldstein']);
  private readonly pairs = new RollupSums('event_pairs', ['source_code', 'target_code', 'negated'], ['events', 'goldstein']);
  private readonly places = new RollupSums('event_places', ['location_country', 'source_country', 'located', 'negated'], ['events', 'goldstein']);

  /** One actor mention. */
  actorMention(code: string, name: string, country: string | null): void {
    this.actors.add({ code }, { mentions: 1 });
    this.names.add({ code, name, country: country ?? '' }, { mentions: 1 });
  }

  /** A new event row (its mentions are counted by `eventMention`). */
  newEvent(e: EventRollupKey): void {
    // Negated events are not counted as acts, but their codes still get a row (prefix expansion reads it).
    const acts = 1 - Number(e.negated);
    this.actors.add({ code: e.source_code }, { as_source: acts });
    if (e.target_code !== null) {
      this.actors.add({ code: e.target_code }, { as_target: acts });
      this.pairs.add({ source_code: e.source_code, target_code: e.target_code, negated: Number(e.negated) }, { events: 1, goldstein: e.goldstein });
    }
    this.days.add(dayKey(e), { events: 1, goldstein: e.goldstein });
    this.places.add(placeKey(e), { events: 1, goldstein: e.goldstein });
  }

  /** One more sentence reporting an event (new or stored): its day's mention count grows. */
  eventMention(e: EventRollupKey): void {
    this.days.add(dayKey(e), { mentions: 1 });
  }

  /** A stored event that gained a place: it moves from one place row to another. */
  relocated(before: EventRollupKey, after: EventRollupKey): void {
    this.places.add(placeKey(before), { events: -1, goldstein: -before.goldstein });
    this.places.add(placeKey(after), { events: 1, goldstein: after.goldstein });
  }

  /** Writes every delta. */
  async write(tx: SqlExecutor): Promise<void> {
    for (const sums of [this.actors, this.names, this.days, this.pairs, this.places]) await sums.write(tx);
  }
}

/** The rollup keys of stored events, by id. */
export async function storedRollupKeys(tx: SqlExecutor, ids: string[]): Promise<Map<string, EventRollupKey>> {
  if (!ids.length) return new Map();
  const rows = await tx.all<EventRollupKey & { id: string }>(`SELECT id, ${ROLLUP_KEY_COLUMNS} FROM events WHERE id IN (${placeholders(ids.length)})`, ids);
  return new Map(rows.map((r) => [r.id, r]));
}
