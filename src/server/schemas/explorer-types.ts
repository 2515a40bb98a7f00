/**
 * Shapes of /api/aggregates/summary, /api/aggregates/places and /api/codebook, declared once for the API and the
 * web explorer. Plain types with no imports, so the browser build can share them.
 */

/** Totals over the events that match a filter. */
export interface EventSummary {
  events: number;
  /** Sentences that reported them (an event reported twice counts twice). */
  mentions: number;
  /** Distinct actor codes, sources and targets together. */
  actors: number;
  /** Distinct countries events happened in (of the events with a location). */
  countries: number;
  /** Events with coordinates. */
  located: number;
  /** Events per QuadClass, keys '1'…'4'. */
  byQuad: Record<string, number>;
  /** The earliest and latest event dated to the day (YYYY-MM-DD): the span a timeline covers. */
  firstDay: string | null;
  lastDay: string | null;
  /** Mean Goldstein score, null without events. */
  meanGoldstein: number | null;
}

/** Located events grouped by place. */
export interface PlacePoint {
  name: string | null;
  country: string | null;
  lat: number;
  lon: number;
  events: number;
  meanGoldstein: number;
}

/** One CAMEO event code as /api/codebook lists it (the dictionaries' CameoCode). */
export interface CodebookEntry {
  code: string;
  label: string;
  goldstein: number;
  quadClass: number;
}
