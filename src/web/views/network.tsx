/** Network: actors as nodes, source → target event counts as edges, coloured by mean Goldstein (cytoscape). */
import type { Core, ElementDefinition } from 'cytoscape';
import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../api/client.js';
import type { NetworkEdge } from '../api/types.js';
import { ExportButtons } from '../components/export-buttons.js';
import { setParam } from '../components/filter-bar.js';
import { GoldsteinLegend } from '../components/goldstein-legend.js';
import { Status } from '../components/status.js';
import { goldsteinColour } from '../lib/colours.js';
import { fmtGoldstein, fmtInt } from '../lib/format.js';
import { useApi } from '../lib/use-api.js';
import { filterKey, filterQuery, linkWithFilters } from '../state/filters.js';
import { formatHash, type Route } from '../state/route.js';

const EDGE_LIMITS = [25, 50, 100, 200, 500] as const;
/**
 * Cytoscape adds a <style> element with this id unless one exists; the page's CSP refuses inline styles, so a
 * placeholder takes the id and styles.css carries the rule (`position: relative` on the container).
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

function claimCytoscapeStylesheet(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const placeholder = document.createElement('meta');
  placeholder.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.append(placeholder);
}
const DEFAULT_EDGES = 100;
/** Force-directed layout tuned to spread news networks (a few hubs, many pairs) without overlapping labels. */
const COSE_LAYOUT = {
  name: 'cose', animate: false, randomize: true, padding: 20, componentSpacing: 60, nodeOverlap: 24,
  nodeRepulsion: () => 60_000, idealEdgeLength: () => 50, edgeElasticity: () => 80, gravity: 0.6, numIter: 2500,
} as const;

/** Node diameters and edge widths in pixels: the busiest actor and link get the largest, others by square root. */
const NODE_MIN = 12;
const NODE_GROWTH = 30;
const EDGE_MIN = 1;
const EDGE_GROWTH = 6;

/** Nodes and edges for cytoscape: node size grows with the events an actor takes part in, edge width with the edge's. */
export function networkElements(edges: readonly NetworkEdge[]): ElementDefinition[] {
  const weight = new Map<string, number>();
  for (const e of edges) {
    weight.set(e.source, (weight.get(e.source) ?? 0) + e.events);
    weight.set(e.target, (weight.get(e.target) ?? 0) + e.events);
  }
  const maxNode = Math.max(1, ...weight.values());
  const maxEdge = Math.max(1, ...edges.map((e) => e.events));
  return [
    ...[...weight].map(([code, w]) => ({ data: { id: code, label: code, size: NODE_MIN + NODE_GROWTH * Math.sqrt(w / maxNode) } })),
    ...edges.map((e) => ({
      data: {
        id: `${e.source}>${e.target}`, source: e.source, target: e.target, events: e.events,
        width: EDGE_MIN + EDGE_GROWTH * Math.sqrt(e.events / maxEdge), colour: goldsteinColour(e.meanGoldstein), mean: e.meanGoldstein,
      },
    })),
  ];
}

/** What was tapped in the graph. */
type Picked = { kind: 'node'; code: string } | { kind: 'edge'; edge: NetworkEdge } | null;

function Graph({ edges, onPick }: { edges: readonly NetworkEdge[]; onPick: (p: Picked) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const [drawn, setDrawn] = useState({ nodes: 0, edges: 0 });
  useEffect(() => {
    let cy: Core | null = null;
    let live = true;
    // Cytoscape is large; only this view loads it.
    import('cytoscape').then(({ default: cytoscape }) => {
      if (!live || !box.current) return;
      claimCytoscapeStylesheet();
      cy = cytoscape({
        container: box.current,
        elements: networkElements(edges),
        minZoom: 0.2, maxZoom: 4,
        style: [
          { selector: 'node', style: { 'background-color': '#4a5968', width: 'data(size)', height: 'data(size)', label: 'data(label)', 'font-size': 18, 'min-zoomed-font-size': 7, color: '#1d2935', 'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': '#fff', 'text-outline-width': 2 } },
          { selector: 'edge', style: { width: 'data(width)', 'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.85, 'arrow-scale': 0.9 } },
          { selector: ':selected', style: { 'overlay-color': '#ffbf00', 'overlay-opacity': 0.35, 'overlay-padding': 4 } },
        ],
        layout: COSE_LAYOUT,
      });
      cy.on('tap', 'node', (ev) => onPick({ kind: 'node', code: ev.target.id() }));
      cy.on('tap', 'edge', (ev) => {
        const d = ev.target.data();
        onPick({ kind: 'edge', edge: { source: d.source, target: d.target, events: d.events, meanGoldstein: d.mean } });
      });
      cy.on('tap', (ev) => { if (ev.target === cy) onPick(null); });
      setDrawn({ nodes: cy.nodes().length, edges: cy.edges().length });
    });
    return () => {
      live = false;
      cy?.destroy();
    };
  }, [edges]);
  return (
    <div class="network-canvas" ref={box} role="img" data-nodes={drawn.nodes} data-edges={drawn.edges}
      aria-label={`Network of ${drawn.nodes} actors and ${drawn.edges} directed event links; the table lists the same links.`} />
  );
}

function PickedInfo({ picked, route }: { picked: Picked; route: Route }) {
  if (!picked) return <p class="muted">Tap an actor or a link for details. Scroll or pinch to zoom, drag to pan.</p>;
  if (picked.kind === 'node') {
    return <p class="picked"><strong>{picked.code}</strong> · <a href={formatHash(linkWithFilters(route, 'events', { actor: picked.code }))}>its events →</a></p>;
  }
  const e = picked.edge;
  return (
    <p class="picked">
      <strong>{e.source} → {e.target}</strong>: {fmtInt(e.events)} event{e.events === 1 ? '' : 's'}, mean Goldstein {fmtGoldstein(e.meanGoldstein)} ·{' '}
      <a href={formatHash(linkWithFilters(route, 'dyad', { a: e.source, b: e.target }))}>dyad over time →</a>
    </p>
  );
}

/** The network view: the busiest links for the filters, as a graph and as a table. */
export function Network({ route }: { route: Route }) {
  const q = filterQuery(route.params);
  const limit = EDGE_LIMITS.includes(Number(route.params.edges) as (typeof EDGE_LIMITS)[number]) ? Number(route.params.edges) : DEFAULT_EDGES;
  const net = useApi((s) => api('/api/aggregates/network', { ...q, limit }, s), `${filterKey(route.params)}#${limit}`);
  const [picked, setPicked] = useState<Picked>(null);
  const edges = net.data?.edges ?? [];
  return (
    <div class="view network-view">
      <div class="view-head">
        <h1>Network</h1>
        <label class="field field-inline">
          <span>Links</span>
          <select value={String(limit)} onChange={(e) => setParam(route, 'edges', (e.currentTarget as HTMLSelectElement).value === String(DEFAULT_EDGES) ? '' : (e.currentTarget as HTMLSelectElement).value)}>
            {EDGE_LIMITS.map((n) => <option key={n} value={String(n)}>busiest {n}</option>)}
          </select>
        </label>
        <ExportButtons query={q} />
      </div>
      <Status loading={net.loading && !net.data} error={net.error} empty={net.data !== null && !edges.length} />
      {edges.length ? (
        <div class="network-layout">
          <section class="card network-card" aria-label="Actor network">
            <Graph edges={edges} onPick={setPicked} />
            <div class="network-foot">
              <PickedInfo picked={picked} route={route} />
              <GoldsteinLegend title="Link colour: mean Goldstein" />
            </div>
          </section>
          <section class="card network-table" aria-labelledby="links-title">
            <h2 id="links-title">Links <span class="muted">({edges.length})</span></h2>
            <div class="table-scroll">
              <table>
                <thead><tr><th scope="col">Source → target</th><th scope="col" class="num">Events</th><th scope="col" class="num">Mean G.</th></tr></thead>
                <tbody>
                  {edges.map((e) => (
                    <tr key={`${e.source}>${e.target}`}>
                      <td><a href={formatHash(linkWithFilters(route, 'dyad', { a: e.source, b: e.target }))}>{e.source} → {e.target}</a></td>
                      <td class="num">{fmtInt(e.events)}</td>
                      <td class="num" style={{ color: goldsteinColour(e.meanGoldstein) }}>{fmtGoldstein(e.meanGoldstein)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </div>
      ) : null}
    </div>
  );
}
