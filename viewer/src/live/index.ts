/**
 * The live viewer: new nodes and edges from the server (GET /api/events: `serve --watch`, ingests sent
 * to the server) are added to the graph on screen without a reload. Nodes already drawn keep their
 * places; new ones are placed beside their neighbours (place.ts). `onChange` lets the page rebuild
 * what it derives from the graph (index, visibility, panels). Curation (merge, undo…) arrives as
 * changes too. A `reload` event (the graph was replaced on the server) calls `refresh`, which fetches
 * the graph again and applies it in place (refresh.ts): the page itself is never reloaded, so the
 * camera, the selection and the open panels stay.
 */
import type { ViewerGraph, ViewerNodeAttributes, ViewerEdgeAttributes } from '../types.ts';
import { followEvents } from './events.ts';
import { placeNewNodes, type Point } from './place.ts';
import { contentHash, savePositions } from '../layout.ts';

export interface Changes {
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: Array<{ key: string; source: string; target: string; attributes: Record<string, unknown> }>;
  droppedNodes: string[];
  droppedEdges: string[];
}

export interface LiveStatus { connected: boolean; batches: number; addedNodes: number; addedEdges: number; /** graphs refetched after a server-side replacement */ refreshes: number }

declare global {
  interface Window { newsgraphLive?: LiveStatus }
}

function typicalSpacing(graph: ViewerGraph): number {
  let sum = 0, n = 0;
  graph.someEdge((_e, _a, s, t, sa, ta) => {
    sum += Math.hypot(sa.x - ta.x, sa.y - ta.y);
    return ++n >= 200;
  });
  return n ? Math.max(0.5, sum / n / 2) : 1;
}

/**
 * Applies one batch of changes; returns whether the graph changed. `onlyKnown`: nodes not on screen are
 * not added (a view of a large graph shows a chosen part: updates and drops only).
 */
export function applyChanges(graph: ViewerGraph, changes: Changes, status: LiveStatus, onlyKnown = false): boolean {
  if (onlyKnown) changes = { ...changes, nodes: changes.nodes.filter((n) => graph.hasNode(n.key)) };
  const fresh = changes.nodes.filter((n) => !graph.hasNode(n.key));
  const centres = new Map<string, Point>();
  const typeCentre = (type: string): Point | undefined => {
    if (!centres.has(type)) {
      let x = 0, y = 0, k = 0;
      graph.forEachNode((_key, a) => { if (a.type === type && k < 500) { x += a.x; y += a.y; k++; } });
      if (k) centres.set(type, { x: x / k, y: y / k });
    }
    return centres.get(type);
  };
  const positions = placeNewNodes(
    fresh.map((n) => ({ key: n.key, type: String(n.attributes.type ?? '') })),
    changes.edges.map((e) => ({ source: e.source, target: e.target })),
    {
      positionOf: (k) => (graph.hasNode(k) ? { x: graph.getNodeAttribute(k, 'x'), y: graph.getNodeAttribute(k, 'y') } : undefined),
      drawnNeighbours: (k) => (graph.hasNode(k) ? graph.neighbors(k) : []),
      typeCentre,
      spacing: typicalSpacing(graph),
    },
  );
  let changed = false;
  for (const n of changes.nodes) {
    if (graph.hasNode(n.key)) {
      // new attributes (articles, aliases…); the position stays
      const { x, y } = graph.getNodeAttributes(n.key);
      graph.replaceNodeAttributes(n.key, { ...(n.attributes as Partial<ViewerNodeAttributes>), x, y } as ViewerNodeAttributes);
    } else {
      const p = positions.get(n.key) ?? { x: 0, y: 0 };
      graph.addNode(n.key, { ...(n.attributes as Partial<ViewerNodeAttributes>), x: p.x, y: p.y } as ViewerNodeAttributes);
      status.addedNodes++;
    }
    changed = true;
  }
  for (const e of changes.edges) {
    // a key that now joins other ends (a rebuilt graph) is a new edge
    if (graph.hasEdge(e.key) && (graph.source(e.key) !== e.source || graph.target(e.key) !== e.target)) graph.dropEdge(e.key);
    if (graph.hasEdge(e.key)) graph.replaceEdgeAttributes(e.key, e.attributes as ViewerEdgeAttributes);
    else if (graph.hasNode(e.source) && graph.hasNode(e.target)) {
      graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes as ViewerEdgeAttributes);
      status.addedEdges++;
    } else continue;
    changed = true;
  }
  for (const k of changes.droppedEdges) if (graph.hasEdge(k)) { graph.dropEdge(k); changed = true; }
  for (const k of changes.droppedNodes) if (graph.hasNode(k)) { graph.dropNode(k); changed = true; }
  return changed;
}

export interface LiveOptions {
  /** After the graph changed: rebuild what the page derives from it, and redraw. */
  onChange: () => void;
  /**
   * The graph was replaced on the server: the changes that bring the graph on screen to the server's
   * (the full mode: GET /api/graph, see refresh.ts), or null when the page refreshes by other means
   * (the large-graph mode refetches its view).
   */
  refetch: () => Promise<Changes | null>;
  /** The page shows a view of a larger graph: changes update and drop what is on screen, never add nodes. */
  onlyKnown?: boolean;
}

/** Starts following the server; returns the function that stops. */
export function startLive(graph: ViewerGraph, options: LiveOptions): () => void {
  const status: LiveStatus = { connected: false, batches: 0, addedNodes: 0, addedEdges: 0, refreshes: 0 };
  window.newsgraphLive = status;
  let saveTimer: number | undefined;
  const apply = (changes: Changes) => {
    if (!applyChanges(graph, changes, status, options.onlyKnown)) return;
    status.batches++;
    options.onChange();
    // the positions of this content are kept, so a reload shows the same picture
    clearTimeout(saveTimer);
    saveTimer = window.setTimeout(() => savePositions(graph, contentHash(graph)), 2000);
  };
  // one refresh at a time; a `reload` arriving during one asks for another after it, and changes arriving
  // during one wait for it (applied before them, the fetched graph would undo them)
  let refreshing: Promise<void> | null = null;
  let again = false;
  let waiting: Changes[] = [];
  const refresh = () => {
    if (refreshing) { again = true; return; }
    refreshing = options.refetch().then((changes) => { status.refreshes++; if (changes) apply(changes); },
      (err: Error) => console.warn('could not refresh the graph after the server replaced it:', err.message))
      .finally(() => {
        refreshing = null;
        if (again) { again = false; refresh(); return; }
        const queued = waiting;
        waiting = [];
        for (const c of queued) apply(c);
      });
  };
  return followEvents('/api/events', (e) => {
    if (e.event === 'hello') { status.connected = true; return; }
    if (e.event === 'reload') { refresh(); return; }
    if (e.event !== 'changes') return;
    let changes: Changes;
    try { changes = JSON.parse(e.data) as Changes; } catch { return; }
    if (refreshing) waiting.push(changes); else apply(changes);
  }, () => sessionStorage.getItem('newsgraph.token'));
}
