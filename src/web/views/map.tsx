/**
 * Map: a world choropleth of event counts by country (where it happened, else the source's country) and points
 * for located events, coloured by mean Goldstein. Natural Earth shapes from world-atlas drawn with d3-geo: offline.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { api } from '../api/client.js';
import type { CountryCount, PlacePoint } from '../api/types.js';
import { ExportButtons } from '../components/export-buttons.js';
import { GoldsteinLegend } from '../components/goldstein-legend.js';
import { Status } from '../components/status.js';
import { countColour, goldsteinColour } from '../lib/colours.js';
import { fmtGoldstein, fmtInt } from '../lib/format.js';
import { useApi } from '../lib/use-api.js';
import { loadWorld, type CountryFeature } from '../map/world.js';
import { filterKey, filterQuery, linkWithFilters } from '../state/filters.js';
import { formatHash, navigate, type Route } from '../state/route.js';

/** The SVG's coordinate box; it scales to the page width. */
const WIDTH = 960;
const HEIGHT = 470;
/** Point radius: a base plus a square-root growth with the event count, capped. */
const POINT_BASE = 2.5;
const POINT_GROWTH = 1.8;
const POINT_MAX = 16;
/** Countries listed beside the map. */
const TABLE_ROWS = 30;

function CountryLegend({ max }: { max: number }) {
  const stops = [1, Math.round(Math.sqrt(max)), max].filter((v, i, a) => v >= 1 && a.indexOf(v) === i);
  return (
    <div class="legend" aria-label="Country colour: events">
      <span class="legend-title">Country colour: events</span>
      {stops.map((n) => <span key={n} class="legend-item"><span class="swatch" style={{ background: countColour(n, max) }} />{fmtInt(n)}</span>)}
    </div>
  );
}

function WorldMap({ features, counts, places, route }: {
  features: CountryFeature[]; counts: ReadonlyMap<string, CountryCount>; places: readonly PlacePoint[]; route: Route;
}) {
  const { path, project } = useMemo(() => {
    const projection = geoEqualEarth().fitExtent([[4, 4], [WIDTH - 4, HEIGHT - 4]], { type: 'FeatureCollection', features });
    return { path: geoPath(projection), project: (lon: number, lat: number) => projection([lon, lat]) };
  }, [features]);
  const max = Math.max(1, ...[...counts.values()].map((c) => c.events));
  const open = (code: string) => navigate(linkWithFilters(route, 'events', { country: code }));
  return (
    <svg class="world" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`World map: ${counts.size} countries with events, ${places.length} places`}
      data-countries={features.length} data-points={places.length}>
      <g class="countries">
        {features.map((f, i) => {
          const c = f.properties.code ? counts.get(f.properties.code) : undefined;
          return (
            <path key={i} d={path(f) ?? ''} fill={countColour(c?.events ?? 0, max)} data-code={f.properties.code ?? ''} data-events={c?.events ?? 0}
              class={c ? 'has-events' : ''} onClick={() => c && f.properties.code && open(f.properties.code)}>
              <title>{f.properties.name}{c ? `: ${fmtInt(c.events)} event${c.events === 1 ? '' : 's'}, Goldstein sum ${fmtGoldstein(c.goldstein)}` : ': no events'}</title>
            </path>
          );
        })}
      </g>
      <g class="points">
        {places.map((p, i) => {
          const xy = project(p.lon, p.lat);
          if (!xy) return null;
          return (
            <circle key={i} cx={xy[0]} cy={xy[1]} r={Math.min(POINT_MAX, POINT_BASE + POINT_GROWTH * Math.sqrt(p.events))} fill={goldsteinColour(p.meanGoldstein)}>
              <title>{p.name ?? 'unnamed place'}{p.country ? ` (${p.country})` : ''}: {fmtInt(p.events)} event{p.events === 1 ? '' : 's'}, mean Goldstein {fmtGoldstein(p.meanGoldstein)}</title>
            </circle>
          );
        })}
      </g>
    </svg>
  );
}

/** The map view: the choropleth and points, with the countries listed beside it. */
export function MapView({ route }: { route: Route }) {
  const q = filterQuery(route.params);
  const key = filterKey(route.params);
  const [features, setFeatures] = useState<CountryFeature[] | null>(null);
  const [worldError, setWorldError] = useState<string | null>(null);
  useEffect(() => { loadWorld().then(setFeatures, (e: Error) => setWorldError(e.message)); }, []);
  const counts = useApi((s) => api('/api/aggregates/map', q, s), key);
  const places = useApi((s) => api('/api/aggregates/places', q, s), key);
  const byCode = useMemo(() => new Map((counts.data?.countries ?? []).map((c) => [c.country, c])), [counts.data]);
  const max = Math.max(1, ...(counts.data?.countries ?? []).map((c) => c.events));
  const names = useMemo(() => new Map((features ?? []).filter((f) => f.properties.code).map((f) => [f.properties.code!, f.properties.name])), [features]);
  // Points need a pass over every event, so the countries are drawn first and the points join them.
  const ready = features && counts.data;
  return (
    <div class="view map-view">
      <div class="view-head">
        <h1>Map</h1>
        <ExportButtons query={q} geojson />
      </div>
      <Status loading={!ready && !worldError && !counts.error} error={worldError ?? counts.error ?? places.error} />
      {ready ? (
        <div class="map-layout">
          <section class="card map-card" aria-label="World map">
            <WorldMap features={features} counts={byCode} places={places.data?.places ?? []} route={route} />
            {places.loading && !places.data ? <p class="status" role="status">Placing located events…</p> : null}
            <div class="map-foot">
              <CountryLegend max={max} />
              <GoldsteinLegend title="Points: mean Goldstein" />
            </div>
            <p class="muted small">Countries count events where they happened, else the source actor's country. Points are events with a known place. Click a country for its events.</p>
          </section>
          <section class="card map-table" aria-labelledby="countries-title">
            <h2 id="countries-title">Countries <span class="muted">({counts.data!.countries.length})</span></h2>
            <div class="table-scroll">
              <table>
                <thead><tr><th scope="col">Country</th><th scope="col" class="num">Events</th><th scope="col" class="num" title="Goldstein sum">G. sum</th></tr></thead>
                <tbody>
                  {counts.data!.countries.slice(0, TABLE_ROWS).map((c) => (
                    <tr key={c.country}>
                      <td><span class="swatch" style={{ background: countColour(c.events, max) }} /><a href={formatHash(linkWithFilters(route, 'events', { country: c.country }))} title={names.get(c.country)}>{c.country}</a> <span class="muted small">{names.get(c.country) ?? ''}</span></td>
                      <td class="num">{fmtInt(c.events)}</td>
                      <td class="num">{fmtGoldstein(c.goldstein)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </div>
      ) : null}
    </div>
  );
}
