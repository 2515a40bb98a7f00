/** The explorer's shell: navigation, the date range and filters every view obeys, and the current view. */
import { useEffect, useRef } from 'preact/hooks';
import { api } from './api/client.js';
import { DateRange } from './components/date-range.js';
import { FilterBar } from './components/filter-bar.js';
import { useApi } from './lib/use-api.js';
import { linkWithFilters } from './state/filters.js';
import { formatHash, useRoute, VIEWS, type Route, type View } from './state/route.js';
import { Articles } from './views/articles.js';
import { Dyad } from './views/dyad.js';
import { Events } from './views/events.js';
import { MapView } from './views/map.js';
import { Network } from './views/network.js';
import { Overview } from './views/overview.js';

const TITLES: Record<View, string> = {
  overview: 'Overview', events: 'Events', articles: 'Articles', dyad: 'Dyad', network: 'Network', map: 'Map',
};
/** Actor codes offered as suggestions in the actor fields. */
const SUGGESTED_ACTORS = 300;

function Page({ route }: { route: Route }) {
  switch (route.view) {
    case 'events': return <Events route={route} />;
    case 'articles': return <Articles route={route} />;
    case 'dyad': return <Dyad route={route} />;
    case 'network': return <Network route={route} />;
    case 'map': return <MapView route={route} />;
    default: return <Overview route={route} />;
  }
}

/** Suggestions for every actor field (a <datalist>), read once. */
function ActorCodes() {
  const { data } = useApi((s) => api('/api/actors', { limit: SUGGESTED_ACTORS }, s), 'actor-codes');
  return (
    <datalist id="actor-codes">
      {data?.rows.map((a) => <option key={a.code} value={a.code}>{a.name}</option>)}
    </datalist>
  );
}

/** The whole explorer; the route (the URL hash) decides the view. */
export function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const lastView = useRef(route.view);
  useEffect(() => {
    document.title = `${TITLES[route.view]} · Dyad explorer`;
    // A new view moves the focus to it, as a page load would (screen readers announce the heading).
    if (lastView.current !== route.view) main.current?.focus({ preventScroll: false });
    lastView.current = route.view;
  }, [route.view]);

  return (
    <div class="app">
      <button type="button" class="skip" onClick={() => main.current?.focus()}>Skip to content</button>
      <header class="top">
        <a class="brand" href={formatHash({ view: 'overview' })}>Dyad <span>explorer</span></a>
        <nav aria-label="Views">
          <ul>
            {VIEWS.map((v) => (
              <li key={v}>
                <a href={formatHash(linkWithFilters(route, v))} aria-current={route.view === v ? 'page' : undefined}>{TITLES[v]}</a>
              </li>
            ))}
          </ul>
        </nav>
        <DateRange route={route} />
      </header>
      <FilterBar route={route} />
      <ActorCodes />
      <main id="main" ref={main} tabIndex={-1}>
        <Page route={route} />
      </main>
    </div>
  );
}
