/** A uPlot chart that fills its container's width and follows resizes. */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/** Props: options without a size (the chart takes its container's width), the data, and an accessible name. */
export interface UPlotChartProps {
  options: Omit<uPlot.Options, 'width' | 'height'>;
  data: uPlot.AlignedData;
  height: number;
  label: string;
  /** Called with the chart once it is drawn (tests and callers read it). */
  onReady?: (chart: uPlot) => void;
}

/** The chart is rebuilt when `options` changes (memoize them) and updated in place when only `data` does. */
export function UPlotChart({ options, data, height, label, onReady }: UPlotChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);

  useEffect(() => {
    const el = box.current!;
    const u = new uPlot({ ...options, width: Math.max(200, el.clientWidth), height }, data, el);
    chart.current = u;
    onReady?.(u);
    const ro = new ResizeObserver(() => {
      const w = Math.max(200, el.clientWidth);
      if (Math.abs(w - u.width) > 1) u.setSize({ width: w, height });
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.destroy();
      chart.current = null;
    };
    // Rebuilt on new options; data changes are handled below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [options, height]);

  useEffect(() => {
    if (chart.current && chart.current.data !== data) chart.current.setData(data);
  }, [data]);

  return <div class="chart" ref={box} aria-label={label} data-points={data[0]?.length ?? 0} />;
}
