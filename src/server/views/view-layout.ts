/**
 * Positions for a view, computed once on the server (deterministic: the same view gets the same picture,
 * so a shared URL restores it exactly). Countries sit on a circle and everything summarised under or
 * linked to a country starts beside it, so countries are visibly grouped; ForceAtlas2 (a fixed number of
 * iterations, no randomness) then pulls related entities together.
 */
import graphology from 'graphology';
import * as fa2Module from 'graphology-layout-forceatlas2';
import type { ViewPayload } from './compute-view.ts';

const { UndirectedGraph } = graphology;
type Fa2 = typeof fa2Module.default.default;
// CommonJS seen from ESM: TypeScript and Node disagree on where the default export is (as viewer/src/vendor.ts)
const forceAtlas2: Fa2 = ((fa2Module as unknown as { default?: { default?: Fa2 } }).default?.default
  ?? (fa2Module as unknown as { default?: Fa2 }).default ?? fa2Module) as Fa2;

/** FNV-1a of a key, in [0, 1): a stable jitter per node. */
function unit(key: string, salt: number): number {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < key.length; i++) { h ^= key.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return (h >>> 0) / 4294967296;
}

export const LAYOUT_ITERATIONS = 120;

/** Adds x and y to every node of the payload (in place). */
export function layoutView(view: ViewPayload): void {
  const groups = new Map<string, number>();
  for (const n of view.nodes) {
    const g = String(n.attributes.group ?? '');
    if (g) groups.set(g, (groups.get(g) ?? 0) + 1);
  }
  const centres = new Map<string, [number, number]>();
  const ordered = [...groups].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const radius = 10 * Math.sqrt(view.nodes.length + 1);
  ordered.forEach(([g], k) => {
    const angle = (2 * Math.PI * k) / Math.max(1, ordered.length);
    centres.set(g, [radius * Math.cos(angle), radius * Math.sin(angle)]);
  });
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  for (const n of view.nodes) {
    const [cx, cy] = centres.get(String(n.attributes.group ?? '')) ?? [0, 0];
    const r = radius * 0.35 * Math.sqrt(unit(n.key, 1));
    const a = 2 * Math.PI * unit(n.key, 2);
    graph.addNode(n.key, { x: cx + r * Math.cos(a), y: cy + r * Math.sin(a), fixed: false });
  }
  for (const e of view.edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    const w = e.attributes.type === 'AGGREGATE' ? 0.3 : 1;
    if (graph.hasEdge(e.source, e.target)) graph.updateEdgeAttribute(e.source, e.target, 'weight', (v) => Number(v ?? 0) + w);
    else graph.addEdge(e.source, e.target, { weight: w });
  }
  // an entity is drawn to its country even with no relation to it in the view (the grouping)
  for (const n of view.nodes) {
    const g = n.attributes.group;
    if (typeof g === 'string' && g !== n.key && graph.hasNode(g) && !graph.hasEdge(n.key, g)) graph.addEdge(n.key, g, { weight: 0.2 });
  }
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: LAYOUT_ITERATIONS,
      getEdgeWeight: 'weight',
      settings: { ...forceAtlas2.inferSettings(graph), gravity: 1, scalingRatio: 10, barnesHutOptimize: graph.order > 600, strongGravityMode: false },
    });
  }
  placeLoners(graph);
  for (const n of view.nodes) {
    n.attributes.x = Math.round(graph.getNodeAttribute(n.key, 'x') * 100) / 100;
    n.attributes.y = Math.round(graph.getNodeAttribute(n.key, 'y') * 100) / 100;
  }
}

/**
 * Entities with no relation in the view would drift far out (ForceAtlas2 only repels them) and make the
 * camera zoom out: they go on a ring just outside the connected part instead, at a stable angle each.
 */
function placeLoners(graph: InstanceType<typeof UndirectedGraph>): void {
  const connected = graph.filterNodes((n) => graph.degree(n) > 0);
  const loners = graph.filterNodes((n) => graph.degree(n) === 0);
  if (!loners.length || !connected.length) return;
  let cx = 0, cy = 0;
  for (const n of connected) { cx += graph.getNodeAttribute(n, 'x'); cy += graph.getNodeAttribute(n, 'y'); }
  cx /= connected.length; cy /= connected.length;
  const d = connected.map((n) => Math.hypot(graph.getNodeAttribute(n, 'x') - cx, graph.getNodeAttribute(n, 'y') - cy)).sort((a, b) => a - b);
  const radius = 1.1 * d[Math.floor(0.95 * (d.length - 1))]! + 1;
  for (const n of loners) {
    const a = 2 * Math.PI * unit(n, 3);
    graph.mergeNodeAttributes(n, { x: cx + radius * Math.cos(a), y: cy + radius * Math.sin(a) });
  }
}
