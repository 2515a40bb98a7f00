/** Events: every matching event in a fast table; a row opens its evidence beside it (in the URL as `ev`). */
import { api } from '../api/client.js';
import { EventList } from '../components/event-list.js';
import { EvidencePanel } from '../components/evidence-panel.js';
import { ExportButtons } from '../components/export-buttons.js';
import { setParam } from '../components/filter-bar.js';
import { useApi } from '../lib/use-api.js';
import { filterKey, filterQuery } from '../state/filters.js';
import { navigate, type Route } from '../state/route.js';

const SORTS = [
  { value: '-date', label: 'Newest first' },
  { value: 'date', label: 'Oldest first' },
  { value: '-mentions', label: 'Most reported' },
] as const;

/** Closes the evidence panel and gives the focus back to the table. */
export function closeEvidence(route: Route): void {
  const params: Record<string, string> = { ...route.params };
  delete params.ev;
  navigate({ view: route.view, id: route.id, params });
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.events-grid')?.focus());
}

/** The events view: order, exports, the table and, when a row is open, its evidence. */
export function Events({ route }: { route: Route }) {
  const q = filterQuery(route.params);
  const key = filterKey(route.params);
  const sort = route.params.sort ?? '-date';
  const summary = useApi((s) => api('/api/aggregates/summary', q, s), key);
  const ev = route.params.ev ?? null;
  return (
    <div class={`view events-view${ev ? ' with-panel' : ''}`}>
      <div class="view-head">
        <h1>Events</h1>
        <label class="field field-inline">
          <span>Order</span>
          <select value={sort} onChange={(e) => setParam(route, 'sort', (e.currentTarget as HTMLSelectElement).value === '-date' ? '' : (e.currentTarget as HTMLSelectElement).value)}>
            {SORTS.map((s) => <option key={s.value} value={s.value}>{s.label}</option>)}
          </select>
        </label>
        <ExportButtons query={q} />
      </div>
      <div class="split">
        <EventList
          query={{ ...q, sort }} queryKey={`${key}#${sort}`} selected={ev} total={summary.data?.events ?? null} label="Events"
          onOpen={(e) => navigate({ view: route.view, id: route.id, params: { ...route.params, ev: e.id } })}
        />
        {ev ? <EvidencePanel id={ev} onClose={() => closeEvidence(route)} /> : null}
      </div>
    </div>
  );
}
