/** Overview: totals, the timeline by QuadClass, the most active dyads and actors, and the latest articles. */
import { useCallback } from 'preact/hooks';
import { api } from '../api/client.js';
import type { NetworkEdge } from '../api/types.js';
import { ExportButtons } from '../components/export-buttons.js';
import { Status } from '../components/status.js';
import { TimelineChart } from '../components/timeline-chart.js';
import { goldsteinColour } from '../lib/colours.js';
import { fmtGoldstein, fmtInt } from '../lib/format.js';
import { loadAtReadableInterval } from '../lib/periods.js';
import { useApi } from '../lib/use-api.js';
import { filterKey, filterQuery, linkWithFilters } from '../state/filters.js';
import { formatHash, navigate, type Route } from '../state/route.js';

/** Rows in each "most active" list. */
const TOP_N = 10;
/** Edges read to rank dyads (both directions of a pair are added together). */
const DYAD_EDGES = 500;
const LATEST_ARTICLES = 8;
/** Actors read (the API ranks them by mentions) to rank them by events. */
const ACTORS_READ = 100;

/** A pair of actors with both directions' events added up. */
interface DyadTotal {
  a: string;
  b: string;
  events: number;
  meanGoldstein: number;
}

/** Undirected dyads from directed edges, busiest first. */
export function topDyads(edges: readonly NetworkEdge[], n: number): DyadTotal[] {
  const pairs = new Map<string, DyadTotal & { sum: number }>();
  for (const e of edges) {
    if (e.source === e.target) continue;
    const [a, b] = e.source < e.target ? [e.source, e.target] : [e.target, e.source];
    const key = `${a} ${b}`;
    const p = pairs.get(key) ?? pairs.set(key, { a, b, events: 0, meanGoldstein: 0, sum: 0 }).get(key)!;
    p.events += e.events;
    p.sum += e.meanGoldstein * e.events;
  }
  return [...pairs.values()].map(({ sum, ...p }) => ({ ...p, meanGoldstein: sum / p.events }))
    .sort((x, y) => y.events - x.events || x.a.localeCompare(y.a)).slice(0, n);
}

function Total({ label, value, note }: { label: string; value: string; note?: string }) {
  return <div class="total"><div class="total-value">{value}</div><div class="total-label">{label}</div>{note ? <div class="total-note">{note}</div> : null}</div>;
}

/** The overview for the current filters. */
export function Overview({ route }: { route: Route }) {
  const q = filterQuery(route.params);
  const key = filterKey(route.params);
  const summary = useApi((s) => api('/api/aggregates/summary', q, s), key);
  const s = summary.data;
  const timeline = useApi((sig) => loadAtReadableInterval(
    (interval) => api('/api/aggregates/timeline', { ...q, interval, split: 'quad' }, sig), (t) => t.points.map((p) => p.period),
  ), key);
  const interval = timeline.data?.interval ?? 'month';
  const points = timeline.data?.data.points;
  const network = useApi((sig) => api('/api/aggregates/network', { ...q, limit: DYAD_EDGES }, sig), key);
  const actors = useApi((sig) => api('/api/actors', { ...q, limit: ACTORS_READ }, sig), key);
  const latest = useApi((sig) => api('/api/articles', { ...q, limit: LATEST_ARTICLES }, sig), key);
  const onSelect = useCallback((from: string, to: string) => {
    navigate({ view: route.view, params: { ...route.params, from, to } });
  }, [route]);
  const dyads = network.data ? topDyads(network.data.edges, TOP_N) : [];
  const topActors = (actors.data?.rows ?? []).filter((a) => a.asSource + a.asTarget > 0)
    .sort((x, y) => y.asSource + y.asTarget - (x.asSource + x.asTarget) || y.mentions - x.mentions).slice(0, TOP_N);

  return (
    <div class="view overview">
      <div class="view-head">
        <h1>Overview</h1>
        <ExportButtons query={q} />
      </div>
      <Status error={summary.error} />
      {!s && summary.loading ? <section class="totals totals-loading" aria-busy="true" aria-label="Totals"><Total label="events" value="…" /><Total label="reports (sentences)" value="…" /><Total label="actors" value="…" /><Total label="countries (located events)" value="…" /><Total label="mean Goldstein" value="…" /></section> : null}
      {s ? (
        <section class="totals" aria-label="Totals" data-events={s.events}>
          <Total label="events" value={fmtInt(s.events)} note={s.firstDay ? `${s.firstDay} – ${s.lastDay}` : undefined} />
          <Total label="reports (sentences)" value={fmtInt(s.mentions)} />
          <Total label="actors" value={fmtInt(s.actors)} />
          <Total label="countries (located events)" value={fmtInt(s.countries)} note={`${fmtInt(s.located)} events with a place`} />
          <Total label="mean Goldstein" value={fmtGoldstein(s.meanGoldstein)} />
        </section>
      ) : null}

      <section class="card" aria-labelledby="timeline-title">
        <div class="card-head">
          <h2 id="timeline-title">Events per {interval} by QuadClass</h2>
          <span class="hint">Drag across the chart to narrow the dates.</span>
        </div>
        <Status loading={timeline.loading && !points} error={timeline.error} empty={points?.length === 0}>No events dated to the day match.</Status>
        {points?.length ? <TimelineChart points={points} interval={interval} onSelect={onSelect} /> : null}
      </section>

      <div class="columns">
        <section class="card" aria-labelledby="dyads-title">
          <h2 id="dyads-title">Most active dyads</h2>
          <Status loading={network.loading && !network.data} error={network.error} empty={network.data !== null && !dyads.length} />
          <ol class="ranked">
            {dyads.map((d) => (
              <li key={`${d.a}-${d.b}`}>
                <a href={formatHash(linkWithFilters(route, 'dyad', { a: d.a, b: d.b }))}>{d.a} ⇄ {d.b}</a>
                <span class="count">{fmtInt(d.events)}</span>
                <span class="goldstein" style={{ color: goldsteinColour(d.meanGoldstein) }} title="mean Goldstein">{fmtGoldstein(d.meanGoldstein)}</span>
              </li>
            ))}
          </ol>
        </section>
        <section class="card" aria-labelledby="actors-title">
          <h2 id="actors-title">Most active actors</h2>
          <Status loading={actors.loading && !actors.data} error={actors.error} empty={actors.data !== null && !topActors.length} />
          <ol class="ranked">
            {topActors.map((a) => (
              <li key={a.code}>
                <a href={formatHash(linkWithFilters(route, 'events', { actor: a.code }))} title={`${a.asSource} as source, ${a.asTarget} as target`}>
                  {a.code} <span class="muted">{a.name !== a.code ? a.name : ''}</span>
                </a>
                <span class="count" title="events as source or target">{fmtInt(a.asSource + a.asTarget)}</span>
              </li>
            ))}
          </ol>
        </section>
        <section class="card" aria-labelledby="latest-title">
          <h2 id="latest-title">Latest articles</h2>
          <Status loading={latest.loading && !latest.data} error={latest.error} empty={latest.data?.rows.length === 0} />
          <ul class="articles-list">
            {latest.data?.rows.map((a) => (
              <li key={a.id}>
                <a href={formatHash(linkWithFilters(route, 'articles', {}, a.id))}>{a.title ?? a.uri}</a>
                <span class="muted"> {a.published ?? 'undated'} · {a.events} event{a.events === 1 ? '' : 's'}</span>
              </li>
            ))}
          </ul>
          <p><a href={formatHash(linkWithFilters(route, 'articles'))}>All articles →</a></p>
        </section>
      </div>
    </div>
  );
}
