/**
 * Merging what the server sends into the view's graph without moving what is already there: nodes
 * already present keep their position; new ones start on a ring around the node they came from, then a
 * short ForceAtlas2 pass with every old node fixed settles them (deterministic: no randomness).
 */
import type { ViewerEdgeAttributes, ViewerGraph, ViewerNodeAttributes } from '../types.ts';
import { forceAtlas2 } from '../vendor.ts';

export interface PayloadNode { key: string; attributes: Record<string, unknown> }
export interface PayloadEdge { key: string; source: string; target: string; attributes: Record<string, unknown> }

/** Iterations of the settling pass after an expansion. */
export const SETTLE_ITERATIONS = 40;

function extent(graph: ViewerGraph): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_k, a) => {
    if (a.x < minX) minX = a.x; if (a.x > maxX) maxX = a.x;
    if (a.y < minY) minY = a.y; if (a.y > maxY) maxY = a.y;
  });
  return Number.isFinite(minX) ? Math.max(maxX - minX, maxY - minY, 1) : 100;
}

/** Adds the nodes not yet in the graph around `anchor` (a node key or a point); returns their keys. */
export function addNodes(graph: ViewerGraph, nodes: readonly PayloadNode[], anchor: string | { x: number; y: number } | null): string[] {
  const added: string[] = [];
  const centre = typeof anchor === 'string' && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : typeof anchor === 'object' && anchor ? anchor : { x: 0, y: 0 };
  const fresh = nodes.filter((n) => !graph.hasNode(n.key));
  const radius = extent(graph) * (0.04 + 0.004 * Math.sqrt(fresh.length));
  fresh.forEach((n, i) => {
    const given = n.attributes as Partial<ViewerNodeAttributes>;
    const hasXY = typeof given.x === 'number' && typeof given.y === 'number' && anchor === null;
    const angle = (2 * Math.PI * i) / Math.max(1, fresh.length) + 0.3;
    const r = radius * (1 + 0.25 * (i % 3));
    graph.addNode(n.key, {
      ...(n.attributes as ViewerNodeAttributes),
      x: hasXY ? given.x! : centre.x + r * Math.cos(angle),
      y: hasXY ? given.y! : centre.y + r * Math.sin(angle),
    });
    added.push(n.key);
  });
  return added;
}

/** Adds relations whose two ends are in the graph and that it does not have yet; returns their keys. */
export function addEdges(graph: ViewerGraph, edges: readonly PayloadEdge[]): string[] {
  const added: string[] = [];
  for (const e of edges) {
    if (graph.hasEdge(e.key) || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.addEdgeWithKey(e.key, e.source, e.target, e.attributes as ViewerEdgeAttributes);
    added.push(e.key);
  }
  return added;
}

/** A short ForceAtlas2 pass that moves only `moving`: the rest of the picture stays where it was. */
export function settle(graph: ViewerGraph, moving: readonly string[]): void {
  if (!moving.length || graph.order < 2) return;
  const free = new Set(moving);
  // ForceAtlas2 works on 32-bit floats and writes every node back: keep the exact positions of the others
  const kept = new Map<string, [number, number]>();
  graph.forEachNode((key, a) => { if (!free.has(key)) kept.set(key, [a.x, a.y]); });
  // No hint here: told that only `fixed` changed, sigma repaints every node without indexing it first,
  // and throws ("node … can't be repaint") for the nodes just added, which it indexes at the next frame.
  graph.updateEachNodeAttributes((key, a) => ({ ...a, fixed: !free.has(key) }));
  forceAtlas2.assign(graph, {
    iterations: SETTLE_ITERATIONS,
    getEdgeWeight: (_e, a) => (a.type === 'AGGREGATE' ? 0.3 : 1),
    settings: { ...forceAtlas2.inferSettings(graph), gravity: 1, scalingRatio: 10, barnesHutOptimize: graph.order > 600, slowDown: 2 },
  });
  graph.updateEachNodeAttributes((key, a) => {
    const { fixed: _f, ...rest } = a;
    const xy = kept.get(key);
    return (xy ? { ...rest, x: xy[0], y: xy[1] } : rest) as ViewerNodeAttributes;
  }, { attributes: ['fixed', 'x', 'y'] });
}

/** Nodes and relations of a Cypher result, in graph form (embedded-store ids are graph keys). */
export function resultToPayload(rows: readonly unknown[][]): { nodes: PayloadNode[]; edges: PayloadEdge[] } {
  const nodes = new Map<string, PayloadNode>();
  const edges = new Map<string, PayloadEdge>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) { v.forEach(visit); return; }
    const o = v as { kind?: string; id?: string; labels?: string[]; type?: string; start?: string; end?: string; properties?: Record<string, unknown>; nodes?: unknown[]; relationships?: unknown[] };
    if (o.kind === 'node' && typeof o.id === 'string') { nodes.set(o.id, { key: o.id, attributes: { ...o.properties, type: o.labels?.[0] ?? 'Unknown' } }); return; }
    if (o.kind === 'relationship' && typeof o.id === 'string' && o.start && o.end) {
      edges.set(o.id, { key: o.id, source: o.start, target: o.end, attributes: { ...o.properties, type: o.type ?? 'RELATED' } });
      return;
    }
    if (o.kind === 'path') { o.nodes?.forEach(visit); o.relationships?.forEach(visit); return; }
    Object.values(o).forEach(visit);
  };
  rows.forEach((row) => row.forEach(visit));
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
