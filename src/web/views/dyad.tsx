/** Dyad: pick actors A and B; events and mean Goldstein over time in both directions, and their events below. */
import { api } from '../api/client.js';
import { DyadCharts } from '../components/dyad-chart.js';
import { EventList } from '../components/event-list.js';
import { EvidencePanel } from '../components/evidence-panel.js';
import { ExportButtons } from '../components/export-buttons.js';
import { Status } from '../components/status.js';
import { fmtGoldstein, fmtInt } from '../lib/format.js';
import { loadAtReadableInterval } from '../lib/periods.js';
import { useApi } from '../lib/use-api.js';
import { filterKey, filterQuery, linkWithFilters } from '../state/filters.js';
import { formatHash, navigate, type Route } from '../state/route.js';
import type { Interval } from '../../storage/store.js';
import { closeEvidence } from './events.js';
import { topDyads } from './overview.js';

const INTERVALS = ['auto', 'day', 'week', 'month'] as const;
/** Pairs suggested when no dyad is picked. */
const SUGGESTIONS = 12;
/** An actor code or prefix as the aggregate takes it. */
const ACTOR_CODE = /^[A-Z-]{3,30}$/;

function DyadPicker({ route }: { route: Route }) {
  const set = (changes: Record<string, string>) => {
    const params: Record<string, string> = { ...route.params, ...changes };
    delete params.ev;
    navigate({ view: 'dyad', params });
  };
  const field = (name: 'a' | 'b', label: string) => (
    <label class="field">
      <span>{label}</span>
      <input name={name} value={route.params[name] ?? ''} list="actor-codes" placeholder={name === 'a' ? 'USA' : 'RUS'} autocomplete="off" spellcheck={false}
        onChange={(e) => set({ [name]: (e.currentTarget as HTMLInputElement).value.trim().toUpperCase() })} />
    </label>
  );
  return (
    <form class="dyad-picker" onSubmit={(e) => e.preventDefault()} aria-label="Pick the dyad">
      {field('a', 'Actor A')}
      <button type="button" class="button button-small" aria-label="Swap A and B" onClick={() => set({ a: route.params.b ?? '', b: route.params.a ?? '' })}>⇄</button>
      {field('b', 'Actor B')}
      <label class="field">
        <span>Periods</span>
        <select value={route.params.interval ?? 'auto'} onChange={(e) => set({ interval: (e.currentTarget as HTMLSelectElement).value === 'auto' ? '' : (e.currentTarget as HTMLSelectElement).value })}>
          {INTERVALS.map((i) => <option key={i} value={i}>{i}</option>)}
        </select>
      </label>
    </form>
  );
}

function Suggestions({ route }: { route: Route }) {
  const q = filterQuery(route.params);
  const net = useApi((s) => api('/api/aggregates/network', { ...q, limit: 500 }, s), filterKey(route.params));
  const pairs = net.data ? topDyads(net.data.edges, SUGGESTIONS) : [];
  return (
    <section class="card">
      <h2>Pick two actors, or one of the busiest pairs</h2>
      <Status loading={net.loading && !net.data} error={net.error} empty={net.data !== null && !pairs.length} />
      <ul class="chips">
        {pairs.map((d) => <li key={`${d.a}-${d.b}`}><a href={formatHash(linkWithFilters(route, 'dyad', { a: d.a, b: d.b }))}>{d.a} ⇄ {d.b} <span class="muted">{d.events}</span></a></li>)}
      </ul>
    </section>
  );
}

/** The dyad view: the pair picker, the charts once A and B are set, and their events. */
export function Dyad({ route }: { route: Route }) {
  const a = (route.params.a ?? '').toUpperCase();
  const b = (route.params.b ?? '').toUpperCase();
  const ready = ACTOR_CODE.test(a) && ACTOR_CODE.test(b);
  // The dyad view's own pair replaces any dyad filter.
  const { dyad: _ignored, ...filters } = filterQuery(route.params);
  const q = { ...filters, dyad: `${a}-${b}` };
  const key = `${filterKey(route.params)}#${a}#${b}`;
  const summary = useApi(ready ? (s) => api('/api/aggregates/summary', q, s) : null, key);
  const chosen = route.params.interval;
  const forced: Interval | null = chosen === 'day' || chosen === 'week' || chosen === 'month' ? chosen : null;
  const series = useApi(ready ? (s) => loadAtReadableInterval(
    (interval) => api('/api/aggregates/dyad', { ...filters, a, b, interval }, s), (d) => d.points.map((p) => p.period), forced,
  ) : null, `${key}#${forced ?? 'auto'}`);
  const interval = series.data?.interval ?? 'month';
  const points = series.data?.data.points ?? [];
  const total = (d: 'ab' | 'ba') => points.filter((p) => p.direction === d).reduce((s, p) => s + p.events, 0);
  const mean = (d: 'ab' | 'ba') => {
    const n = total(d);
    return n ? points.filter((p) => p.direction === d).reduce((s, p) => s + p.goldstein, 0) / n : null;
  };
  const ev = route.params.ev ?? null;

  return (
    <div class={`view dyad-view${ev ? ' with-panel' : ''}`}>
      <div class="view-head">
        <h1>Dyad{ready ? `: ${a} ⇄ ${b}` : ''}</h1>
        {ready ? <ExportButtons query={q} /> : null}
      </div>
      <DyadPicker route={route} />
      {!ready ? <Suggestions route={route} /> : (
        <>
          <Status loading={series.loading && !series.data} error={series.error}
            empty={series.data !== null && !points.length}>No events between {a} and {b} dated to the day match these filters.</Status>
          {series.data && points.length ? (
            <>
              <p class="dyad-totals" data-ab={total('ab')} data-ba={total('ba')}>
                <strong>{a} → {b}</strong>: {fmtInt(total('ab'))} dated events, mean Goldstein {fmtGoldstein(mean('ab'))} ·{' '}
                <strong>{b} → {a}</strong>: {fmtInt(total('ba'))}, mean {fmtGoldstein(mean('ba'))}
              </p>
              <DyadCharts points={points} interval={interval} a={a} b={b} />
            </>
          ) : null}
          <h2 class="section-title">Events between {a} and {b}</h2>
          <div class="split">
            <EventList query={q} queryKey={key} selected={ev} total={summary.data?.events ?? null} label={`Events between ${a} and ${b}`}
              onOpen={(e) => navigate({ view: 'dyad', params: { ...route.params, ev: e.id } })} />
            {ev ? <EvidencePanel id={ev} onClose={() => closeEvidence(route)} /> : null}
          </div>
        </>
      )}
    </div>
  );
}
