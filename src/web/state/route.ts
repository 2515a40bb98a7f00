/**
 * The URL holds the state: `#/<view>[/<id>]?<filters and view settings>`, so any view can be shared
 * or bookmarked, and Back goes back. Hash routing needs nothing from the server.
 */
import { useEffect, useState } from 'preact/hooks';

/** The views, in navigation order. */
export const VIEWS = ['overview', 'events', 'articles', 'dyad', 'network', 'map'] as const;
export type View = (typeof VIEWS)[number];

/** Where the app is: a view, an optional id (an article) and the query parameters. */
export interface Route {
  view: View;
  id: string | null;
  params: Readonly<Record<string, string>>;
}

/** The route a location hash names; unknown views fall back to the overview. */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const q = raw.indexOf('?');
  const [path, search] = q < 0 ? [raw, ''] : [raw.slice(0, q), raw.slice(q + 1)];
  const [first, ...rest] = path.split('/');
  const view = (VIEWS as readonly string[]).includes(first) ? (first as View) : 'overview';
  let id: string | null = null;
  try {
    id = rest.length ? decodeURIComponent(rest.join('/')) || null : null;
  } catch {
    id = null;
  }
  const params: Record<string, string> = {};
  for (const [k, v] of new URLSearchParams(search)) if (v !== '') params[k] = v;
  return { view, id, params };
}

/** The hash for a route; parameters are written in a stable (sorted) order. */
export function formatHash(r: { view: View; id?: string | null; params?: Readonly<Record<string, string | undefined | null>> }): string {
  const p = new URLSearchParams();
  for (const k of Object.keys(r.params ?? {}).sort()) {
    const v = r.params?.[k];
    if (v !== undefined && v !== null && v !== '') p.set(k, v);
  }
  const s = p.toString();
  return `#/${r.view}${r.id ? `/${encodeURIComponent(r.id)}` : ''}${s ? `?${s}` : ''}`;
}

/** Goes to a route: a new history entry, or `replace` for changes that should not pile up (typing in a filter). */
export function navigate(r: Parameters<typeof formatHash>[0], options: { replace?: boolean } = {}): void {
  const hash = formatHash(r);
  if (hash === location.hash) return;
  if (options.replace) {
    history.replaceState(history.state, '', hash);
    // replaceState fires no hashchange; tell the app ourselves.
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = hash;
  }
}

/** The current route, re-rendering on every change of the hash. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
