/** Reads an event row's location the way the exports need it: its country's codes and its precision. */
import type { EventRow } from '../storage/store.js';
import type { CodeTables, GeoCountry } from './code-tables.js';

/** An event's location resolved against the code tables. */
export interface ResolvedLocation {
  name: string | null;
  country: GeoCountry | null;
  precision: 'country' | 'region' | 'city';
  lat: number | null;
  lon: number | null;
}

/**
 * The event's location, or null when it has none. The precision comes from the row when the store gives one
 * (`locationPrecision`); otherwise a location named exactly as its country (the first name in
 * actors/countries.tsv, which the coder writes for country places) is a country, and any other name a city.
 */
export function resolveLocation(row: EventRow, tables: CodeTables): ResolvedLocation | null {
  if (!row.locationCountry && row.locationName === null && row.lat === null) return null;
  const country = row.locationCountry ? tables.countries.get(row.locationCountry) ?? null : null;
  const stated = (row as EventRow & { locationPrecision?: string | null }).locationPrecision;
  const precision = stated === 'country' || stated === 'region' || stated === 'city'
    ? stated
    : row.locationName && country && row.locationName.localeCompare(country.name, 'en', { sensitivity: 'base' }) !== 0 ? 'city' : 'country';
  return { name: row.locationName, country, precision, lat: row.lat, lon: row.lon };
}
