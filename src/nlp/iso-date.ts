// Apart from dates.ts so that reading a --date flag does not load chrono-node: the main thread of
// `dyad code --jobs N` only checks the flag, and chrono's modules cost it about 50 ms before it
// can start its worker threads.

/** A date as YYYY-MM-DD (UTC). */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Parses YYYY-MM-DD into a Date at noon UTC (noon keeps weekday arithmetic clear of zones).
 * @example parseIsoDate('2022-02-30') // null
 */
export function parseIsoDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12));
  return Number.isNaN(d.getTime()) || isoDay(d) !== value ? null : d;
}
