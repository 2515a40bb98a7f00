/** The filters every view obeys (actor, dyad, code, root, QuadClass, country, words), written to the URL on change. */
import { useState } from 'preact/hooks';
import { useCodebook } from '../lib/codebook.js';
import { QUAD_LABELS } from '../lib/format.js';
import { activeFilterCount, FILTER_KEYS, type FilterKey } from '../state/filters.js';
import { navigate, type Route } from '../state/route.js';

/** Filters that are codes, upper-cased as the API expects. */
const CODE_KEYS: ReadonlySet<FilterKey> = new Set(['actor', 'source', 'target', 'dyad', 'country']);

/** Sets one parameter (or removes it when empty), keeping the rest of the route; the open event closes. */
export function setParam(route: Route, key: string, value: string, replace = false): void {
  const params: Record<string, string> = { ...route.params, [key]: value };
  delete params.ev;
  navigate({ view: route.view, id: route.id, params }, { replace });
}

function TextFilter({ route, name, label, placeholder, list, type = 'text' }: {
  route: Route; name: FilterKey; label: string; placeholder: string; list?: string; type?: string;
}) {
  const commit = (raw: string) => {
    const v = raw.trim();
    setParam(route, name, CODE_KEYS.has(name) ? v.toUpperCase() : v);
  };
  return (
    <label class="field">
      <span>{label}</span>
      <input
        type={type} name={name} value={route.params[name] ?? ''} placeholder={placeholder} list={list} autocomplete="off" spellcheck={false}
        onChange={(e) => commit((e.currentTarget as HTMLInputElement).value)}
      />
    </label>
  );
}

/** The filter form; on a phone it folds away behind a button. */
export function FilterBar({ route }: { route: Route }) {
  const book = useCodebook();
  const [open, setOpen] = useState(false);
  const roots = [...book.values()].filter((c) => c.code.length === 2);
  const n = activeFilterCount(route.params);
  const clear = () => {
    const params: Record<string, string> = { ...route.params };
    for (const k of FILTER_KEYS) if (k !== 'from' && k !== 'to') delete params[k];
    delete params.ev;
    navigate({ view: route.view, id: route.id, params });
  };
  return (
    <section class={`filters${open ? ' filters-open' : ''}`} aria-label="Event filters">
      <button type="button" class="button filters-toggle" aria-expanded={open} aria-controls="filter-form" onClick={() => setOpen(!open)}>
        Filters{n ? ` (${n})` : ''}
      </button>
      <form id="filter-form" class="filter-form" onSubmit={(e) => e.preventDefault()}>
        <TextFilter route={route} name="actor" label="Actor" placeholder="USA, USAGOV" list="actor-codes" />
        <TextFilter route={route} name="dyad" label="Dyad" placeholder="USA-RUS" />
        <TextFilter route={route} name="code" label="Code" placeholder="190 or 19*" />
        <label class="field">
          <span>Root</span>
          <select name="root" value={route.params.root ?? ''} onChange={(e) => setParam(route, 'root', (e.currentTarget as HTMLSelectElement).value)}>
            <option value="">any</option>
            {roots.map((r) => <option key={r.code} value={r.code}>{r.code} {r.label}</option>)}
            {route.params.root && !roots.some((r) => r.code === route.params.root) ? <option value={route.params.root}>{route.params.root}</option> : null}
          </select>
        </label>
        <label class="field">
          <span>QuadClass</span>
          <select name="quad" value={route.params.quad ?? ''} onChange={(e) => setParam(route, 'quad', (e.currentTarget as HTMLSelectElement).value)}>
            <option value="">any</option>
            {[1, 2, 3, 4].map((q) => <option key={q} value={String(q)}>{q} {QUAD_LABELS[q]}</option>)}
          </select>
        </label>
        <TextFilter route={route} name="country" label="Country" placeholder="UKR" />
        <TextFilter route={route} name="text" label="Words" placeholder="ceasefire" type="search" />
        <button type="button" class="button button-small" onClick={clear} disabled={!n}>Clear filters</button>
      </form>
    </section>
  );
}
