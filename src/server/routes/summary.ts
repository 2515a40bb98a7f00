/**
 * GET /api/aggregates/summary (totals for a filter) and GET /api/aggregates/places (located events by place),
 * for the web explorer's overview and map. The summary of the whole store comes from the counts the store keeps
 * at write time; otherwise both read the filtered events once through the store's export stream, up to a bound.
 */
import { createRoute, z } from '@hono/zod-openapi';
import type { EventRow } from '../../storage/store.js';
import { problemResponses } from '../problem.js';
import { EventFilterQuery, toEventFilter } from '../schemas/event-filter.js';
import type { EventSummary, PlacePoint } from '../schemas/explorer-types.js';
import type { RegisterRoutes } from './route-deps.js';

/** Places returned when `limit` is absent, and the most a client may ask for. */
export const DEFAULT_PLACES = 500;
export const MAX_PLACES = 5000;
/** Coordinates are grouped at this many decimals (about a kilometre): the coder's places are centroids. */
const PLACE_DECIMALS = 2;
/** Length of a YYYY-MM-DD date. */
const DAY_LENGTH = 10;
/**
 * Rows read between pauses. The SQLite driver is synchronous, so a pass over 100,000 events would hold the
 * process for a second; pausing lets other requests (a chart, a page of the table) through.
 */
const ROWS_PER_PAUSE = 1000;
/**
 * Events a summary or a places answer reads at most (oldest first, as the export stream goes); past it the
 * answer says `truncated`. Reading 100,000 events takes about a second, paused every ROWS_PER_PAUSE rows.
 */
export const MAX_SUMMARIZED_EVENTS = 100_000;

/** The first `max` events of a stream; `cut()` tells whether it stopped before the end. */
function atMost(events: AsyncIterable<EventRow>, max: number): { events: AsyncIterable<EventRow>; cut(): boolean } {
  let cut = false;
  async function* take(): AsyncIterable<EventRow> {
    let n = 0;
    for await (const e of events) {
      if (n++ === max) {
        cut = true;
        return;
      }
      yield e;
    }
  }
  return { events: take(), cut: () => cut };
}

/** The events of a stream with a pause every ROWS_PER_PAUSE rows; stops early once `signal` aborts (the client left). */
async function* politely(events: AsyncIterable<EventRow>, signal?: AbortSignal): AsyncIterable<EventRow> {
  let n = 0;
  for await (const e of events) {
    if (++n % ROWS_PER_PAUSE === 0) {
      await new Promise((resolve) => setImmediate(resolve));
      if (signal?.aborted) return;
    }
    yield e;
  }
}

const EventSummarySchema = z.object({
  events: z.number().int(), mentions: z.number().int(), actors: z.number().int(), countries: z.number().int(),
  located: z.number().int(), byQuad: z.record(z.string(), z.number().int()),
  firstDay: z.string().nullable(), lastDay: z.string().nullable(), meanGoldstein: z.number().nullable(),
  truncated: z.boolean().optional().openapi({ description: `true when only the first ${MAX_SUMMARIZED_EVENTS} matching events were read` }),
}).openapi('EventSummary');

const PlacePointSchema = z.object({
  name: z.string().nullable(), country: z.string().nullable(), lat: z.number(), lon: z.number(),
  events: z.number().int(), meanGoldstein: z.number(),
}).openapi('PlacePoint');

/** Totals over a stream of events. */
export async function summarize(events: AsyncIterable<EventRow>, signal?: AbortSignal): Promise<EventSummary> {
  const s: EventSummary = { events: 0, mentions: 0, actors: 0, countries: 0, located: 0, byQuad: { 1: 0, 2: 0, 3: 0, 4: 0 }, firstDay: null, lastDay: null, meanGoldstein: null };
  const actors = new Set<string>();
  const countries = new Set<string>();
  let goldstein = 0;
  for await (const e of politely(events, signal)) {
    s.events++;
    s.mentions += e.numMentions;
    s.byQuad[e.quadClass] = (s.byQuad[e.quadClass] ?? 0) + 1;
    goldstein += e.goldstein;
    actors.add(e.sourceCode);
    if (e.targetCode) actors.add(e.targetCode);
    if (e.locationCountry) countries.add(e.locationCountry);
    if (e.lat !== null && e.lon !== null) s.located++;
    // Only day dates: a year ("in 1905") says when something happened, not where a timeline starts.
    if (e.date && e.date.length === DAY_LENGTH) {
      if (s.firstDay === null || e.date < s.firstDay) s.firstDay = e.date;
      if (s.lastDay === null || e.date > s.lastDay) s.lastDay = e.date;
    }
  }
  return { ...s, actors: actors.size, countries: countries.size, meanGoldstein: s.events ? goldstein / s.events : null };
}

/** Located events grouped by place, busiest first. */
export async function places(events: AsyncIterable<EventRow>, limit: number, signal?: AbortSignal): Promise<PlacePoint[]> {
  const byPlace = new Map<string, PlacePoint>();
  for await (const e of politely(events, signal)) {
    if (e.lat === null || e.lon === null || !Number.isFinite(e.lat) || !Number.isFinite(e.lon)) continue;
    const [lat, lon] = [Number(e.lat.toFixed(PLACE_DECIMALS)), Number(e.lon.toFixed(PLACE_DECIMALS))];
    const key = `${lat},${lon},${e.locationName ?? ''}`;
    const p = byPlace.get(key) ?? byPlace.set(key, { name: e.locationName, country: e.locationCountry, lat, lon, events: 0, meanGoldstein: 0 }).get(key)!;
    p.events++;
    // A running sum for now; divided below.
    p.meanGoldstein += e.goldstein;
  }
  return [...byPlace.values()]
    .map((p) => ({ ...p, meanGoldstein: p.meanGoldstein / p.events }))
    .sort((a, b) => b.events - a.events || (a.name ?? '').localeCompare(b.name ?? ''))
    .slice(0, limit);
}

/** Registers /api/aggregates/summary and /api/aggregates/places. */
export const registerSummaryRoutes: RegisterRoutes = (app, { store }) => {
  app.openapi(createRoute({
    method: 'get', path: '/api/aggregates/summary', tags: ['aggregates'],
    summary: 'Totals over the matching events: events, mentions, actors, countries, located events, per QuadClass, date span',
    request: { query: EventFilterQuery },
    responses: {
      200: { description: 'the totals', content: { 'application/json': { schema: EventSummarySchema } } },
      ...problemResponses(400),
    },
  }), async (c) => {
    const filter = toEventFilter(c.req.valid('query'));
    const counted = await store.totals(filter);
    if (counted) return c.json(counted, 200);
    const read = atMost(store.exportEvents(filter), MAX_SUMMARIZED_EVENTS);
    const summary = await summarize(read.events, c.req.raw.signal);
    return c.json(read.cut() ? { ...summary, truncated: true } : summary, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/aggregates/places', tags: ['aggregates'],
    summary: 'Events with coordinates grouped by place, with counts and mean Goldstein, busiest first',
    request: {
      query: z.object({
        ...EventFilterQuery.shape,
        limit: z.coerce.number().int().min(1).max(MAX_PLACES).default(DEFAULT_PLACES).openapi({ description: `most places, 1–${MAX_PLACES}` }),
      }),
    },
    responses: {
      200: {
        description: 'the places',
        content: {
          'application/json': {
            schema: z.object({
              places: z.array(PlacePointSchema),
              truncated: z.boolean().optional().openapi({ description: `true when only the first ${MAX_SUMMARIZED_EVENTS} matching events were read` }),
            }),
          },
        },
      },
      ...problemResponses(400),
    },
  }), async (c) => {
    const q = c.req.valid('query');
    const read = atMost(store.exportEvents(toEventFilter(q)), MAX_SUMMARIZED_EVENTS);
    const found = await places(read.events, q.limit, c.req.raw.signal);
    return c.json(read.cut() ? { places: found, truncated: true } : { places: found }, 200);
  });
};

// Compile-time check: the schemas and the shared types must be assignable both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [Same<z.infer<typeof EventSummarySchema>, EventSummary>, Same<z.infer<typeof PlacePointSchema>, PlacePoint>] = [true, true];
void checks;
