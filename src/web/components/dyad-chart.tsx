/** Two charts for a dyad, both directions: events per period (bars side by side) and mean Goldstein per period. */
import { useMemo } from 'preact/hooks';
import uPlot from 'uplot';
import type { DyadPoint } from '../api/types.js';
import type { Interval } from '../../storage/store.js';
import { fmtGoldstein, fmtInt } from '../lib/format.js';
import { periodsBetween, periodTime } from '../lib/periods.js';
import { COUNT_INCRS, paddedRange, utcDate } from './timeline-chart.js';
import { UPlotChart } from './uplot-chart.js';

/** A → B and B → A colours (blue and orange, apart for colour-blind readers too). */
export const DIRECTION_COLOURS = { ab: '#1f6fb2', ba: '#e07b00' } as const;
/** The Goldstein scale's ends. */
const GOLDSTEIN_RANGE: uPlot.Range.MinMax = [-10, 10];

function periodLabel(interval: Interval) {
  return (_u: uPlot, v: number | null) => (v == null ? '–' : new Date(v * 1000).toISOString().slice(0, interval === 'month' ? 7 : 10));
}

/** The aligned series: per period, events and mean Goldstein in each direction (null where there were none). */
export function dyadSeries(points: readonly DyadPoint[], interval: Interval) {
  const sorted = [...new Set(points.map((p) => p.period))].sort();
  const periods = sorted.length ? periodsBetween(sorted[0], sorted[sorted.length - 1], interval) : [];
  const at = new Map(periods.map((p, i) => [p, i]));
  const events = { ab: periods.map(() => 0), ba: periods.map(() => 0) };
  const mean: { ab: (number | null)[]; ba: (number | null)[] } = { ab: periods.map(() => null), ba: periods.map(() => null) };
  for (const p of points) {
    const i = at.get(p.period);
    if (i === undefined) continue;
    events[p.direction][i] += p.events;
    mean[p.direction][i] = p.events ? p.goldstein / p.events : null;
  }
  return { x: periods.map(periodTime), events, mean };
}

/** The two charts for the pair A, B at the given period length. */
export function DyadCharts({ points, interval, a, b }: { points: readonly DyadPoint[]; interval: Interval; a: string; b: string }) {
  const s = useMemo(() => dyadSeries(points, interval), [points, interval]);
  const labels = { ab: `${a} → ${b}`, ba: `${b} → ${a}` };

  const countOptions = useMemo((): Omit<uPlot.Options, 'width' | 'height'> => ({
    tzDate: utcDate,
    scales: { x: { time: true, range: paddedRange(interval) }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] } },
    axes: [{ stroke: '#555', grid: { show: false } }, { stroke: '#555', size: 48, grid: { stroke: '#eee' }, incrs: COUNT_INCRS }],
    cursor: { points: { show: false } },
    series: [
      { label: 'Period', value: periodLabel(interval) },
      ...(['ab', 'ba'] as const).map((d): uPlot.Series => ({
        label: labels[d], fill: DIRECTION_COLOURS[d], stroke: DIRECTION_COLOURS[d], width: 0,
        paths: uPlot.paths.bars!({ size: [0.42, 40], align: d === 'ab' ? -1 : 1 }), points: { show: false },
        value: (_u, v) => (v == null ? '–' : fmtInt(v)),
      })),
    ],
  }), [a, b, interval]);

  const goldsteinOptions = useMemo((): Omit<uPlot.Options, 'width' | 'height'> => ({
    tzDate: utcDate,
    scales: { x: { time: true, range: paddedRange(interval) }, y: { range: GOLDSTEIN_RANGE } },
    axes: [{ stroke: '#555', grid: { show: false } }, { stroke: '#555', size: 48, grid: { stroke: '#eee' }, splits: () => [-10, -5, 0, 5, 10] }],
    series: [
      { label: 'Period', value: periodLabel(interval) },
      ...(['ab', 'ba'] as const).map((d): uPlot.Series => ({
        label: labels[d], stroke: DIRECTION_COLOURS[d], width: 2, spanGaps: true,
        points: { show: true, size: 7, fill: DIRECTION_COLOURS[d] },
        value: (_u, v) => fmtGoldstein(v),
      })),
    ],
  }), [a, b, interval]);

  const countData = useMemo((): uPlot.AlignedData => [s.x, s.events.ab, s.events.ba], [s]);
  const goldsteinData = useMemo((): uPlot.AlignedData => [s.x, s.mean.ab, s.mean.ba], [s]);
  return (
    <div class="dyad-charts">
      <figure class="card" aria-label={`Events per ${interval}, both directions`}>
        <figcaption>Events per {interval}</figcaption>
        <UPlotChart options={countOptions} data={countData} height={200} label={`Events per ${interval}`} />
      </figure>
      <figure class="card" aria-label={`Mean Goldstein score per ${interval}, both directions`}>
        <figcaption>Mean Goldstein per {interval} <span class="muted">(−10 conflict … +10 cooperation)</span></figcaption>
        <UPlotChart options={goldsteinOptions} data={goldsteinData} height={200} label={`Mean Goldstein per ${interval}`} />
      </figure>
    </div>
  );
}
