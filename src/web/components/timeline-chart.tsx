/** Events per period stacked by QuadClass (uPlot bars); dragging across the chart narrows the date range to it. */
import { useMemo } from 'preact/hooks';
import uPlot from 'uplot';
import type { TimelinePoint } from '../api/types.js';
import type { Interval } from '../../storage/store.js';
import { QUAD_COLOURS } from '../lib/colours.js';
import { fmtInt, QUAD_LABELS } from '../lib/format.js';
import { periodEnd, periodsBetween, periodTime } from '../lib/periods.js';
import { UPlotChart } from './uplot-chart.js';

/** Half a period in seconds, to pad the x axis so the first and last bars are whole. */
const HALF_PERIOD_S: Record<Interval, number> = { day: 43_200, week: 302_400, month: 1_296_000 };
/** A drag narrower than this many pixels is a click, not a selection. */
const MIN_DRAG_PX = 4;
const QUADS = [1, 2, 3, 4] as const;

/** Tick steps of a count axis: whole numbers only. */
export const COUNT_INCRS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000, 200_000, 500_000];

/** Shared by the charts: time in UTC, so a period never shows as the day before. */
export const utcDate = (ts: number) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC');

/** The x range of a set of periods, padded by half a period on each side. */
export function paddedRange(interval: Interval) {
  return (_u: uPlot, min: number, max: number): uPlot.Range.MinMax => [min - HALF_PERIOD_S[interval], max + HALF_PERIOD_S[interval]];
}

/** The chart; `onSelect` gets the first and last day of the periods the user dragged across. */
export function TimelineChart({ points, interval, onSelect }: {
  points: readonly TimelinePoint[]; interval: Interval; onSelect?: (from: string, to: string) => void;
}) {
  const { data, raw, periods } = useMemo(() => {
    const sorted = [...new Set(points.map((p) => p.period))].sort();
    const periods = sorted.length ? periodsBetween(sorted[0], sorted[sorted.length - 1], interval) : [];
    const at = new Map(periods.map((p, i) => [p, i]));
    const raw: Record<number, number[]> = Object.fromEntries(QUADS.map((q) => [q, periods.map(() => 0)]));
    for (const p of points) {
      const i = at.get(p.period);
      if (i !== undefined && raw[Number(p.key)]) raw[Number(p.key)][i] += p.events;
    }
    // Stacked: each series is the sum of its class and the classes below it; the tallest is drawn first.
    const cumulative = QUADS.map((q) => periods.map((_, i) => QUADS.filter((k) => k <= q).reduce((s, k) => s + raw[k][i], 0)));
    const data: uPlot.AlignedData = [periods.map(periodTime), ...[...cumulative].reverse()];
    return { data, raw, periods };
  }, [points, interval]);

  const options = useMemo((): Omit<uPlot.Options, 'width' | 'height'> => ({
    tzDate: utcDate,
    scales: { x: { time: true, range: paddedRange(interval) }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.05] } },
    axes: [{ stroke: '#555', grid: { show: false } }, { stroke: '#555', size: 52, grid: { stroke: '#eee' }, incrs: COUNT_INCRS }],
    legend: { live: true },
    cursor: { drag: { x: true, y: false, setScale: false }, points: { show: false } },
    series: [
      { label: interval === 'month' ? 'Month' : interval === 'week' ? 'Week of' : 'Day', value: (_u, v) => (v == null ? '–' : new Date(v * 1000).toISOString().slice(0, interval === 'month' ? 7 : 10)) },
      ...[...QUADS].reverse().map((q): uPlot.Series => ({
        label: QUAD_LABELS[q], fill: QUAD_COLOURS[q], stroke: QUAD_COLOURS[q], width: 0,
        paths: uPlot.paths.bars!({ size: [0.9, 48], gap: 1 }),
        points: { show: false },
        value: (_u, _v, _s, i) => (i == null ? '–' : fmtInt(raw[q][i])),
      })),
    ],
    hooks: {
      setSelect: [(u) => {
        if (!onSelect || u.select.width < MIN_DRAG_PX) return;
        const lo = u.posToVal(u.select.left, 'x');
        const hi = u.posToVal(u.select.left + u.select.width, 'x');
        const inside = periods.filter((p) => periodTime(p) + HALF_PERIOD_S[interval] >= lo && periodTime(p) - HALF_PERIOD_S[interval] <= hi);
        u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
        if (inside.length) onSelect(inside[0].length === 7 ? `${inside[0]}-01` : inside[0], periodEnd(inside[inside.length - 1], interval));
      }],
    },
  }), [raw, periods, interval, onSelect]);

  return <UPlotChart options={options} data={data} height={240} label="Events per period by QuadClass" />;
}
