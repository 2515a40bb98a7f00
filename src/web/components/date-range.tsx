/** The date range every view obeys: from and to, inclusive; partial dates from a shared URL are kept as they are. */
import { boundEnd, boundStart } from '../lib/periods.js';
import { navigate, type Route } from '../state/route.js';
import { setParam } from './filter-bar.js';

/** From/To date inputs and a button that clears both. */
export function DateRange({ route }: { route: Route }) {
  const { from, to } = route.params;
  const clear = () => {
    const params: Record<string, string> = { ...route.params };
    delete params.from;
    delete params.to;
    navigate({ view: route.view, id: route.id, params });
  };
  return (
    <div class="date-range" role="group" aria-label="Date range">
      <label class="field field-inline">
        <span>From</span>
        <input type="date" name="from" value={from ? boundStart(from) : ''} max={to ? boundEnd(to) : undefined}
          onChange={(e) => setParam(route, 'from', (e.currentTarget as HTMLInputElement).value)} />
      </label>
      <label class="field field-inline">
        <span>To</span>
        <input type="date" name="to" value={to ? boundEnd(to) : ''} min={from ? boundStart(from) : undefined}
          onChange={(e) => setParam(route, 'to', (e.currentTarget as HTMLInputElement).value)} />
      </label>
      <button type="button" class="button button-small" onClick={clear} disabled={!from && !to} aria-label="All dates">All dates</button>
    </div>
  );
}
