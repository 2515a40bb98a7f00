/**
 * A table that renders only the rows in view, so thousands of rows scroll smoothly. It is an ARIA grid:
 * Tab focuses it, arrows, Page Up/Down, Home and End move the active row, Enter opens it.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Rows drawn above and below the visible ones, so fast scrolling shows no blank. */
const OVERSCAN = 8;
/** Ask for more rows when the view comes within this many rows of the end of what is loaded. */
const LOAD_AHEAD = 40;

/** One column: a header and a cell renderer; `className` goes on header and cells (e.g. to hide it on phones). */
export interface Column<T> {
  key: string;
  label: string;
  className?: string;
  render: (row: T) => ComponentChildren;
}

/** What the table shows and what it does when a row opens or the end nears. */
export interface VirtualTableProps<T> {
  rows: readonly T[];
  columns: readonly Column<T>[];
  rowKey: (row: T) => string;
  /** Row height in CSS pixels; must match the stylesheet. */
  rowHeight: number;
  label: string;
  className?: string;
  /** The open row (its key), shown selected. */
  selected?: string | null;
  onOpen: (row: T, index: number) => void;
  /** More rows exist beyond `rows`; `onLoadMore` is called as the view nears the end. */
  hasMore?: boolean;
  onLoadMore?: () => void;
}

/** The grid; only the rows near the viewport are in the DOM. */
export function VirtualTable<T>(props: VirtualTableProps<T>) {
  const { rows, columns, rowKey, rowHeight, label, className, selected, onOpen, hasMore, onLoadMore } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);
  const [active, setActive] = useState(0);
  const idPrefix = useRef(`vt-${Math.random().toString(36).slice(2, 8)}`).current;

  useLayoutEffect(() => {
    const el = scroller.current!;
    const ro = new ResizeObserver(() => setViewHeight(el.clientHeight));
    ro.observe(el);
    setViewHeight(el.clientHeight);
    return () => ro.disconnect();
  }, []);

  // New rows from a new query start at the top.
  const firstKey = rows.length ? rowKey(rows[0]) : '';
  useEffect(() => {
    setActive(0);
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
  }, [firstKey]);

  const headerHeight = rowHeight;
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewHeight) / rowHeight) + OVERSCAN);

  useEffect(() => {
    if (hasMore && onLoadMore && last + LOAD_AHEAD >= rows.length) onLoadMore();
  }, [last, rows.length, hasMore]);

  // The open row (from a shared URL, say) is brought into view once, as soon as it has loaded.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (!selected || revealed.current === selected) return;
    const i = rows.findIndex((r) => rowKey(r) === selected);
    if (i < 0) return;
    revealed.current = selected;
    setActive(i);
    reveal(i);
  }, [selected, rows.length]);

  /** Scrolls so that row `i` is fully visible below the sticky header. */
  function reveal(i: number) {
    const el = scroller.current!;
    const top = i * rowHeight;
    const bodyView = el.clientHeight - headerHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + bodyView) el.scrollTop = top + rowHeight - bodyView;
  }

  function move(to: number) {
    if (!rows.length) return;
    const i = Math.max(0, Math.min(rows.length - 1, to));
    setActive(i);
    reveal(i);
  }

  function onKeyDown(e: KeyboardEvent) {
    const page = Math.max(1, Math.floor((viewHeight - headerHeight) / rowHeight) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(active + 1), ArrowUp: () => move(active - 1),
      PageDown: () => move(active + page), PageUp: () => move(active - page),
      Home: () => move(0), End: () => move(rows.length - 1),
      Enter: () => rows[active] && onOpen(rows[active], active), ' ': () => rows[active] && onOpen(rows[active], active),
    };
    const act = keys[e.key];
    if (act) {
      e.preventDefault();
      act();
    }
  }

  const visible = [];
  for (let i = first; i < last; i++) {
    const row = rows[i];
    const key = rowKey(row);
    visible.push(
      <div
        key={key} id={`${idPrefix}-${i}`} role="row" aria-rowindex={i + 2} aria-selected={key === selected}
        class={`vt-row${i === active ? ' vt-active' : ''}${key === selected ? ' vt-selected' : ''}${i % 2 ? ' vt-odd' : ''}`}
        style={{ transform: `translateY(${i * rowHeight}px)`, height: `${rowHeight}px` }}
        data-key={key}
        onClick={() => { setActive(i); onOpen(row, i); }}
      >
        {columns.map((c) => <div key={c.key} role="gridcell" class={`vt-cell vt-${c.key} ${c.className ?? ''}`}>{c.render(row)}</div>)}
      </div>,
    );
  }

  return (
    <div
      ref={scroller} class={`vt ${className ?? ''}`} role="grid" aria-label={label} aria-rowcount={rows.length + 1} tabIndex={0}
      aria-activedescendant={rows.length ? `${idPrefix}-${active}` : undefined}
      onKeyDown={onKeyDown} onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      data-rows={rows.length}
    >
      <div role="row" aria-rowindex={1} class="vt-row vt-head" style={{ height: `${headerHeight}px` }}>
        {columns.map((c) => <div key={c.key} role="columnheader" class={`vt-cell vt-${c.key} ${c.className ?? ''}`}>{c.label}</div>)}
      </div>
      <div class="vt-body" style={{ height: `${rows.length * rowHeight}px` }}>{visible}</div>
    </div>
  );
}
