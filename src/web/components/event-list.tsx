/** The events matching a query in a virtual table, loaded a page at a time as the user scrolls. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api, type Query } from '../api/client.js';
import type { EventRow } from '../api/types.js';
import { codeLabel, useCodebook } from '../lib/codebook.js';
import { goldsteinColour, QUAD_COLOURS } from '../lib/colours.js';
import { fmtGoldstein, QUAD_LABELS } from '../lib/format.js';
import { Status } from './status.js';
import { VirtualTable, type Column } from './virtual-table.js';

/** Rows per request: the API's largest page. */
const PAGE_SIZE = 500;
/** Must match `.vt-row` height in the stylesheet. */
export const ROW_HEIGHT = 34;

interface Loaded {
  rows: EventRow[];
  next: string | null;
  loading: boolean;
  error: string | null;
}

function columns(book: ReturnType<typeof useCodebook>): Column<EventRow>[] {
  return [
    { key: 'date', label: 'Date', render: (e) => e.date ?? '–' },
    { key: 'source', label: 'Source', render: (e) => <span title={e.sourceName ?? ''}>{e.sourceCode}</span> },
    {
      key: 'event', label: 'Event', render: (e) => (
        <span title={codeLabel(book, e.code)}>
          {e.negated ? <span class="tag">NOT</span> : null}<span class="code">{e.code}</span> {codeLabel(book, e.code)}
        </span>
      ),
    },
    { key: 'target', label: 'Target', render: (e) => <span title={e.targetName ?? ''}>{e.targetCode ?? '–'}</span> },
    {
      key: 'quad', label: 'Quad', className: 'wide-only', render: (e) => (
        <span title={QUAD_LABELS[e.quadClass]}><span class="swatch" style={{ background: QUAD_COLOURS[e.quadClass] }} />{e.quadClass}</span>
      ),
    },
    { key: 'goldstein', label: 'Goldstein', className: 'wide-only num', render: (e) => <span style={{ color: goldsteinColour(e.goldstein) }}>{fmtGoldstein(e.goldstein)}</span> },
    { key: 'mentions', label: 'Reports', className: 'wide-only num', render: (e) => e.numMentions },
    { key: 'where', label: 'Where', className: 'wide-only', render: (e) => e.locationName ?? '' },
  ];
}

/** Props: the API query (filters and sort), a key that changes with it, the open event and what opening a row does. */
export function EventList({ query, queryKey, selected, onOpen, total, label }: {
  query: Query; queryKey: string; selected: string | null; onOpen: (e: EventRow) => void; total: number | null; label: string;
}) {
  const book = useCodebook();
  const [state, setState] = useState<Loaded>({ rows: [], next: null, loading: true, error: null });
  const generation = useRef(0);
  const busy = useRef(false);

  useEffect(() => {
    const gen = ++generation.current;
    busy.current = true;
    setState({ rows: [], next: null, loading: true, error: null });
    api('/api/events', { ...query, limit: PAGE_SIZE }).then(
      (p) => { if (gen === generation.current) setState({ rows: p.rows, next: p.next, loading: false, error: null }); },
      (e: Error) => { if (gen === generation.current) setState({ rows: [], next: null, loading: false, error: e.message }); },
    ).finally(() => { if (gen === generation.current) busy.current = false; });
  }, [queryKey]);

  const loadMore = () => {
    if (busy.current || !state.next) return;
    const gen = generation.current;
    busy.current = true;
    setState((s) => ({ ...s, loading: true }));
    api('/api/events', { ...query, limit: PAGE_SIZE, cursor: state.next }).then(
      (p) => { if (gen === generation.current) setState((s) => ({ rows: [...s.rows, ...p.rows], next: p.next, loading: false, error: null })); },
      (e: Error) => { if (gen === generation.current) setState((s) => ({ ...s, loading: false, error: e.message })); },
    ).finally(() => { if (gen === generation.current) busy.current = false; });
  };

  const shown = state.rows.length;
  return (
    <div class="event-list">
      <p class="list-count" aria-live="polite" data-loaded={shown}>
        {state.error ? null : state.loading && !shown ? 'Loading events…'
          : `${shown.toLocaleString('en')}${total !== null && total > shown ? ` of ${total.toLocaleString('en')}` : ''} event${(total ?? shown) === 1 ? '' : 's'}${state.next ? ' — scroll for more' : ''}`}
      </p>
      <Status error={state.error} empty={!state.loading && !state.error && !shown} />
      {shown ? (
        <VirtualTable
          rows={state.rows} columns={columns(book)} rowKey={(e) => e.id} rowHeight={ROW_HEIGHT} label={label} className="events-grid"
          selected={selected} onOpen={onOpen} hasMore={state.next !== null} onLoadMore={loadMore}
        />
      ) : null}
    </div>
  );
}
