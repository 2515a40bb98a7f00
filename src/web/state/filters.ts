/** The event filters every view obeys, kept in the URL under the API's own parameter names. */
import type { Query } from '../api/client.js';
import type { Route, View } from './route.js';

/** Filter parameters, named as /api/events takes them (src/server/schemas/event-filter.ts). */
export const FILTER_KEYS = ['actor', 'source', 'target', 'dyad', 'code', 'root', 'quad', 'country', 'from', 'to', 'text'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

/** The filter part of a route's parameters. */
export function filtersOf(params: Readonly<Record<string, string>>): Filters {
  const f: Filters = {};
  for (const k of FILTER_KEYS) if (params[k]) f[k] = params[k];
  return f;
}

/** The filters as an API query. */
export function filterQuery(params: Readonly<Record<string, string>>): Query {
  return { ...filtersOf(params) };
}

/** How many filters other than the date range are set. */
export function activeFilterCount(params: Readonly<Record<string, string>>): number {
  return FILTER_KEYS.filter((k) => k !== 'from' && k !== 'to' && params[k]).length;
}

/** A link to a view that keeps the current filters, with some parameters added or removed (undefined removes). */
export function linkWithFilters(route: Route, view: View, extra: Record<string, string | undefined> = {}, id: string | null = null) {
  const params: Record<string, string | undefined> = { ...filtersOf(route.params), ...extra };
  return { view, id, params };
}

/** A stable key for effects that depend on the filters. */
export function filterKey(params: Readonly<Record<string, string>>): string {
  return FILTER_KEYS.map((k) => params[k] ?? '').join('|');
}
