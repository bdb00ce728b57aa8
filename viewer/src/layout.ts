/**
 * Positions: a deterministic first layout (one sunflower cluster per node type, hubs in the middle), a
 * short synchronous ForceAtlas2 pass for small graphs, ForceAtlas2 in a web worker that the user starts
 * and stops, then noverlap. Positions are kept in the browser (localStorage, keyed by the graph's content
 * hash) so a reload shows the same picture at once. They live on the viewer's own copy of the graph only:
 * the server's graph never gets x/y properties.
 */
import { SYNC_LAYOUT_MAX_NODES } from './defaults.ts';
import type { GraphIndex } from './graph-index.ts';
import type { ViewerEdgeAttributes, ViewerGraph } from './types.ts';
import { FA2Layout, forceAtlas2, noverlap } from './vendor.ts';

const STORAGE_PREFIX = 'newsgraph:positions:';

/** FNV-1a over node and edge keys: the same graph content gives the same hash. */
export function contentHash(graph: ViewerGraph): string {
  let h = 0x811c9dc5;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x2c; // separator
    h = Math.imul(h, 0x01000193);
  };
  graph.forEachNode((key) => mix(key));
  graph.forEachEdge((key, _a, s, t) => { mix(key); mix(s); mix(t); });
  return (h >>> 0).toString(16).padStart(8, '0') + '-' + graph.order + '-' + graph.size;
}

function edgeWeight(_edge: string, attributes: ViewerEdgeAttributes): number {
  return attributes.type === 'MENTIONS' ? 0.15 : 1;
}

/** One sunflower (Vogel spiral) per node type, clusters around a circle, biggest degree at each centre. */
export function seedLayout(graph: ViewerGraph, index: GraphIndex): void {
  const byType = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    const list = byType.get(a.type) ?? [];
    list.push(key);
    byType.set(a.type, list);
  });
  const types = index.nodeTypes.filter((t) => byType.has(t));
  const radii = types.map((t) => Math.sqrt(byType.get(t)!.length));
  const ring = Math.max(1, radii.reduce((s, r) => s + r, 0) / Math.PI) * 1.3;
  const golden = Math.PI * (3 - Math.sqrt(5));
  types.forEach((type, i) => {
    const angle = (2 * Math.PI * i) / types.length;
    const cx = types.length > 1 ? ring * Math.cos(angle) : 0;
    const cy = types.length > 1 ? ring * Math.sin(angle) : 0;
    const nodes = byType.get(type)!;
    nodes.sort((a, b) => (index.degree.get(b) ?? 0) - (index.degree.get(a) ?? 0) || (a < b ? -1 : 1));
    nodes.forEach((key, j) => {
      const r = Math.sqrt(j + 0.5);
      graph.mergeNodeAttributes(key, { x: cx + r * Math.cos(j * golden), y: cy + r * Math.sin(j * golden) });
    });
  });
}

export function loadPositions(graph: ViewerGraph, hash: string): boolean {
  let raw: string | null = null;
  try { raw = localStorage.getItem(STORAGE_PREFIX + hash); } catch { return false; }
  if (!raw) return false;
  try {
    const saved = JSON.parse(raw) as Record<string, [number, number]>;
    let missing = 0;
    graph.forEachNode((key) => { if (!saved[key]) missing++; });
    if (missing) return false;
    graph.updateEachNodeAttributes((key, a) => ({ ...a, x: saved[key]![0], y: saved[key]![1] }), { attributes: ['x', 'y'] });
    return true;
  } catch {
    return false;
  }
}

export function savePositions(graph: ViewerGraph, hash: string): boolean {
  const out: Record<string, [number, number]> = {};
  graph.forEachNode((key, a) => { out[key] = [Math.round(a.x * 100) / 100, Math.round(a.y * 100) / 100]; });
  try {
    // Keep one saved layout per graph: drop the others so storage does not fill up.
    for (let i = localStorage.length - 1; i >= 0; i--) {
      const k = localStorage.key(i);
      if (k?.startsWith(STORAGE_PREFIX) && k !== STORAGE_PREFIX + hash) localStorage.removeItem(k);
    }
    localStorage.setItem(STORAGE_PREFIX + hash, JSON.stringify(out));
    return true;
  } catch {
    return false;
  }
}

/** Synchronous ForceAtlas2 + noverlap for small graphs, so the first picture is already readable. */
export function quickLayout(graph: ViewerGraph): void {
  if (graph.order === 0 || graph.order > SYNC_LAYOUT_MAX_NODES) return;
  const iterations = graph.order < 300 ? 400 : 60;
  forceAtlas2.assign(graph, {
    iterations,
    getEdgeWeight: edgeWeight,
    settings: { ...forceAtlas2.inferSettings(graph), gravity: 1, scalingRatio: 10, adjustSizes: false, barnesHutOptimize: graph.order > 400 },
  });
  spreadOverlaps(graph);
}

/** noverlap with node sizes converted from screen pixels to graph units (sizes come from the reducers). */
export function spreadOverlaps(graph: ViewerGraph, pixelSize = 9, viewport = 800): void {
  if (graph.order < 2 || graph.order > 20000) return;
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  graph.forEachNode((_k, a) => {
    if (a.x < minX) minX = a.x; if (a.x > maxX) maxX = a.x;
    if (a.y < minY) minY = a.y; if (a.y > maxY) maxY = a.y;
  });
  const extent = Math.max(maxX - minX, maxY - minY, 1e-9);
  const size = (pixelSize * extent) / viewport;
  noverlap.assign(graph, {
    maxIterations: graph.order > 5000 ? 20 : 60,
    inputReducer: (_key, a) => ({ x: a.x, y: a.y, size }),
    settings: { margin: size * 0.6, ratio: 1.1 },
  });
}

/** ForceAtlas2 in a web worker, started and stopped by the user. */
export class LayoutController {
  private fa2: FA2Layout | null = null;
  private listeners: Array<(running: boolean) => void> = [];

  constructor(private graph: ViewerGraph, private hash: string) {}

  isRunning(): boolean {
    return this.fa2?.isRunning() ?? false;
  }

  onChange(listener: (running: boolean) => void): void {
    this.listeners.push(listener);
  }

  start(): void {
    if (this.isRunning()) return;
    if (!this.fa2) {
      this.fa2 = new FA2Layout(this.graph, {
        getEdgeWeight: edgeWeight,
        settings: { ...forceAtlas2.inferSettings(this.graph), gravity: 1, scalingRatio: 10, slowDown: 5 },
      });
    }
    this.fa2.start();
    this.emit();
  }

  stop(): void {
    if (!this.fa2 || !this.isRunning()) return;
    this.fa2.stop();
    spreadOverlaps(this.graph);
    savePositions(this.graph, this.hash);
    this.emit();
  }

  toggle(): void {
    if (this.isRunning()) this.stop(); else this.start();
  }

  kill(): void {
    this.fa2?.kill();
    this.fa2 = null;
  }

  private emit(): void {
    for (const l of this.listeners) l(this.isRunning());
  }
}
