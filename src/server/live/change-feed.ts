/**
 * The graph's changes as they land, for clients that follow them (GET /api/events): graphology's
 * events are collected into sets of touched keys and sent at most every `intervalMs`, each node and
 * edge with its attributes as they are then (the JSON form of GET /api/graph). A clear (an import, a
 * store reload) is sent as one `reload`: the client fetches the graph again; a rebuild in place (an
 * exact curation undo, src/graph/rebuild.ts) is sent as the change set it announces. Listens to the
 * graph only while someone follows.
 */
import type { MultiDirectedGraph } from 'graphology';
import { REBUILD_END, REBUILD_START, type RebuildTouched } from '../../graph/rebuild.ts';

export interface GraphChanges {
  nodes: Array<{ key: string; attributes: Record<string, unknown> }>;
  edges: Array<{ key: string; source: string; target: string; attributes: Record<string, unknown> }>;
  droppedNodes: string[];
  droppedEdges: string[];
}

export type ChangeMessage = { kind: 'changes'; changes: GraphChanges } | { kind: 'reload' };
type Listener = (message: ChangeMessage) => void;

/** JSON-safe attributes, as the snapshot gives them (bigints beyond 2^53 as strings). */
function plain(attributes: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(attributes, (_k, v: unknown) =>
    typeof v === 'bigint' ? (v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString()) : v)) as Record<string, unknown>;
}

export class GraphChangeFeed {
  private readonly listeners = new Set<Listener>();
  private nodes = new Set<string>();
  private edges = new Set<string>();
  private droppedNodes = new Set<string>();
  private droppedEdges = new Set<string>();
  private reload = false;
  /** Inside a rebuild in place (src/graph/rebuild.ts): its clear and re-adds are not changes. */
  private rebuilding = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly handlers: Array<[string, (payload: { key: string }) => void]>;

  constructor(private readonly graph: MultiDirectedGraph, private readonly intervalMs = 150) {
    const node = (p: { key: string }) => { if (!this.reload && !this.rebuilding) { this.nodes.add(p.key); this.droppedNodes.delete(p.key); this.schedule(); } };
    const edge = (p: { key: string }) => { if (!this.reload && !this.rebuilding) { this.edges.add(p.key); this.droppedEdges.delete(p.key); this.schedule(); } };
    const cleared = () => { if (!this.rebuilding) { this.reload = true; this.schedule(); } };
    const droppedNode = (key: string) => { this.nodes.delete(key); this.droppedNodes.add(key); this.schedule(); };
    const droppedEdge = (key: string) => { this.edges.delete(key); this.droppedEdges.add(key); this.schedule(); };
    this.handlers = [
      ['nodeAdded', node], ['nodeAttributesUpdated', node], ['edgeAdded', edge], ['edgeAttributesUpdated', edge],
      ['nodeDropped', (p) => { if (!this.reload && !this.rebuilding) droppedNode(p.key); }],
      ['edgeDropped', (p) => { if (!this.reload && !this.rebuilding) droppedEdge(p.key); }],
      ['cleared', cleared], ['edgesCleared', cleared],
      // a rebuild in place (exact undo) re-adds every element: only the keys it names really changed
      [REBUILD_START, () => { this.rebuilding = true; }],
      [REBUILD_END, (p) => {
        this.rebuilding = false;
        if (this.reload) return;
        const touched = p as unknown as RebuildTouched;
        for (const k of touched.nodes) if (this.graph.hasNode(k)) node({ key: k }); else droppedNode(k);
        for (const k of touched.edges) if (this.graph.hasEdge(k)) edge({ key: k }); else droppedEdge(k);
      }],
    ];
  }

  subscribe(listener: Listener): () => void {
    if (!this.listeners.size) for (const [event, fn] of this.handlers) this.graph.on(event as never, fn as never);
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) {
        for (const [event, fn] of this.handlers) this.graph.off(event as never, fn as never);
        clearTimeout(this.timer);
        this.timer = undefined;
        this.reset();
      }
    };
  }

  private reset(): void {
    this.nodes = new Set();
    this.edges = new Set();
    this.droppedNodes = new Set();
    this.droppedEdges = new Set();
    this.reload = false;
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => { this.timer = undefined; this.send(); }, this.intervalMs);
  }

  /** What changed since the last message (attributes read now); pure with respect to the listeners. */
  take(): ChangeMessage | undefined {
    if (this.reload) { this.reset(); return { kind: 'reload' }; }
    const g = this.graph;
    const changes: GraphChanges = {
      nodes: [...this.nodes].filter((k) => g.hasNode(k)).map((key) => ({ key, attributes: plain(g.getNodeAttributes(key)) })),
      edges: [...this.edges].filter((k) => g.hasEdge(k)).map((key) => ({ key, source: g.source(key), target: g.target(key), attributes: plain(g.getEdgeAttributes(key)) })),
      droppedNodes: [...this.droppedNodes],
      droppedEdges: [...this.droppedEdges],
    };
    this.reset();
    const empty = !changes.nodes.length && !changes.edges.length && !changes.droppedNodes.length && !changes.droppedEdges.length;
    return empty ? undefined : { kind: 'changes', changes };
  }

  private send(): void {
    const message = this.take();
    if (message) for (const l of this.listeners) l(message);
  }
}

const feeds = new WeakMap<object, GraphChangeFeed>();

/** One feed per graph, shared by every client following it. */
export function changeFeedOf(graph: MultiDirectedGraph): GraphChangeFeed {
  let feed = feeds.get(graph);
  if (!feed) {
    feed = new GraphChangeFeed(graph);
    feeds.set(graph, feed);
  }
  return feed;
}
