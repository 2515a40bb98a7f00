/** Articles: the stored articles that report a matching event, newest first; one opens in the article view. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/client.js';
import type { ArticleRow } from '../api/types.js';
import { Status } from '../components/status.js';
import { displaySource, fmtInt } from '../lib/format.js';
import { filterKey, filterQuery, linkWithFilters } from '../state/filters.js';
import { formatHash, type Route } from '../state/route.js';
import { ArticleView } from './article.js';

/** Articles per page. */
const PAGE_SIZE = 50;

function ArticleList({ route }: { route: Route }) {
  const q = filterQuery(route.params);
  const key = filterKey(route.params);
  const [rows, setRows] = useState<ArticleRow[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);

  const load = (cursor: string | null) => {
    const gen = cursor ? generation.current : ++generation.current;
    setLoading(true);
    api('/api/articles', { ...q, limit: PAGE_SIZE, cursor }).then((p) => {
      if (gen !== generation.current) return;
      setRows((r) => (cursor ? [...r, ...p.rows] : p.rows));
      setNext(p.next);
      setError(null);
    }, (e: Error) => { if (gen === generation.current) setError(e.message); }).finally(() => { if (gen === generation.current) setLoading(false); });
  };
  useEffect(() => {
    setRows([]);
    load(null);
  }, [key]);

  return (
    <div class="view">
      <div class="view-head"><h1>Articles</h1><span class="muted">{fmtInt(rows.length)}{next ? '+' : ''} shown</span></div>
      <Status loading={loading && !rows.length} error={error} empty={!loading && !error && !rows.length} />
      <ul class="card article-rows">
        {rows.map((a) => (
          <li key={a.id}>
            <a href={formatHash(linkWithFilters(route, 'articles', {}, a.id))}>{a.title ?? a.uri}</a>
            <div class="muted small">{a.published ?? 'undated'} · {a.publisher ?? displaySource(a.uri)} · {a.events} event{a.events === 1 ? '' : 's'}</div>
          </li>
        ))}
      </ul>
      {next ? <button type="button" class="button" disabled={loading} onClick={() => load(next)}>{loading ? 'Loading…' : 'More articles'}</button> : null}
    </div>
  );
}

/** The list, or one article when the route names it. */
export function Articles({ route }: { route: Route }) {
  return route.id ? <ArticleView route={route} id={route.id} /> : <ArticleList route={route} />;
}
