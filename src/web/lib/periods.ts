/** Periods of the timeline aggregates ('2022-02' months, '2022-02-21' weeks and days) as chart coordinates. */
import type { Interval } from '../../storage/store.js';

const DAY_MS = 86_400_000;
/** Spans up to this many days are charted by day, up to WEEKS_UP_TO by week, longer ones by month. */
const DAYS_UP_TO = 92;
const WEEKS_UP_TO = 3 * 366;

function utc(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The first day of a date bound: '2022' → '2022-01-01', '2022-03' → '2022-03-01'. */
export function boundStart(bound: string): string {
  return bound.length === 4 ? `${bound}-01-01` : bound.length === 7 ? `${bound}-01` : bound;
}

/** The last day of a date bound: '2022' → '2022-12-31', '2022-02' → '2022-02-28'. */
export function boundEnd(bound: string): string {
  if (bound.length === 4) return `${bound}-12-31`;
  if (bound.length === 7) {
    const [y, m] = bound.split('-').map(Number);
    return isoDay(Date.UTC(y, m, 0));
  }
  return bound;
}

/** The period length that gives a readable chart for dates from `first` to `last`. */
export function chooseInterval(first: string | null, last: string | null): Interval {
  if (!first || !last) return 'month';
  const days = (utc(boundEnd(last)) - utc(boundStart(first))) / DAY_MS;
  return days <= DAYS_UP_TO ? 'day' : days <= WEEKS_UP_TO ? 'week' : 'month';
}

/** A period's first instant in Unix seconds (what uPlot's time axis takes). */
export function periodTime(period: string): number {
  return utc(boundStart(period)) / 1000;
}

/** The last day of a period. */
export function periodEnd(period: string, interval: Interval): string {
  if (interval === 'month') return boundEnd(period.slice(0, 7));
  if (interval === 'week') return isoDay(utc(period) + 6 * DAY_MS);
  return period;
}

function nextPeriod(period: string, interval: Interval): string {
  if (interval === 'month') {
    const [y, m] = period.split('-').map(Number);
    return isoDay(Date.UTC(y, m, 1)).slice(0, 7);
  }
  return isoDay(utc(period) + (interval === 'week' ? 7 : 1) * DAY_MS);
}

/** Every period from `first` to `last` inclusive, gaps filled, so a chart shows quiet periods as zero. */
export function periodsBetween(first: string, last: string, interval: Interval, max = 5000): string[] {
  const out: string[] = [];
  for (let p = first; p <= last && out.length < max; p = nextPeriod(p, interval)) out.push(p);
  return out;
}

/**
 * Loads a per-period series at a readable interval: by month first, then, when the months span only a season
 * or a few years, again by day or week. `forced` skips the choice.
 */
export async function loadAtReadableInterval<T>(
  load: (interval: Interval) => Promise<T>, periodsOf: (data: T) => string[], forced: Interval | null = null,
): Promise<{ interval: Interval; data: T }> {
  if (forced) return { interval: forced, data: await load(forced) };
  const monthly = await load('month');
  const months = periodsOf(monthly).sort();
  const interval = months.length ? chooseInterval(months[0], months[months.length - 1]) : 'month';
  return interval === 'month' ? { interval, data: monthly } : { interval, data: await load(interval) };
}
