/** A legend of the Goldstein colour scale, from conflict (red) through neutral (grey) to cooperation (blue). */
import { GOLDSTEIN_LEGEND } from '../lib/colours.js';
import { fmtGoldstein } from '../lib/format.js';

/** The legend, titled for what the colour marks (links, points). */
export function GoldsteinLegend({ title }: { title: string }) {
  return (
    <div class="legend" aria-label={title}>
      <span class="legend-title">{title}</span>
      {GOLDSTEIN_LEGEND.map(([g, colour]) => (
        <span key={g} class="legend-item"><span class="swatch" style={{ background: colour }} />{g === 0 ? '0' : fmtGoldstein(g)}</span>
      ))}
      <span class="legend-note">conflict ← → cooperation</span>
    </div>
  );
}
