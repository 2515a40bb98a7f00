/** Colours with meaning: QuadClass (cooperation blue, conflict orange/red) and the Goldstein scale (−10 red … +10 blue). */

/** QuadClass colours, distinguishable with the common colour-vision deficiencies. */
export const QUAD_COLOURS: Readonly<Record<number, string>> = {
  1: '#74a9cf', 2: '#0868ac', 3: '#fd8d3c', 4: '#c6262e',
};

/** Ends and middle of the diverging Goldstein scale. */
const CONFLICT: [number, number, number] = [198, 38, 46];
const NEUTRAL: [number, number, number] = [170, 170, 170];
const COOPERATION: [number, number, number] = [8, 104, 172];
/** The most extreme Goldstein score. */
const GOLDSTEIN_MAX = 10;
/** Mean scores reach the ends of the scale well before ±10; this is where the colour saturates. */
const SATURATE_AT = 6;

function mix(a: [number, number, number], b: [number, number, number], t: number): string {
  const c = a.map((v, i) => Math.round(v + (b[i] - v) * t));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

/** A colour for a (mean) Goldstein score: red for conflict, grey near zero, blue for cooperation. */
export function goldsteinColour(g: number): string {
  const t = Math.max(-1, Math.min(1, Math.max(-GOLDSTEIN_MAX, Math.min(GOLDSTEIN_MAX, g)) / SATURATE_AT));
  return t < 0 ? mix(NEUTRAL, CONFLICT, -t) : mix(NEUTRAL, COOPERATION, t);
}

/** Stops for a legend of the Goldstein scale. */
export const GOLDSTEIN_LEGEND: ReadonlyArray<[number, string]> = [-6, -3, 0, 3, 6].map((g) => [g, goldsteinColour(g)] as [number, string]);

/** A sequential colour for a count, on a log scale up to `max` (pale yellow to dark red-brown). */
export function countColour(n: number, max: number): string {
  if (n <= 0) return '#e9ecef';
  const t = max <= 1 ? 1 : Math.log(n) / Math.log(max);
  const stops: Array<[number, number, number]> = [[255, 237, 160], [254, 178, 76], [240, 59, 32], [128, 0, 38]];
  const x = Math.min(0.999, Math.max(0, t)) * (stops.length - 1);
  const i = Math.floor(x);
  return mix(stops[i], stops[i + 1], x - i);
}
