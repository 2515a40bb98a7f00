/**
 * Shapes of /api/aggregates/summary, /api/aggregates/places and /api/codebook, declared once for the API and the
 * web explorer. Plain types with type-only imports, so the browser build can share them.
 */
import type { EventTotals } from '../../storage/store.js';

/** Totals over the events that match a filter: the store's totals, or the events read when no stored count answers. */
export interface EventSummary extends EventTotals {
  /** True when the totals stopped after the most events a summary reads (the newest are left out); absent otherwise. */
  truncated?: boolean;
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
