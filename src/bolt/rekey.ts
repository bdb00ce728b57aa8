/**
 * Nodes and relationships created through Cypher get engine-made graph keys (`_n12`, `_r7`). The data
 * model keys a node by its `id` and a relationship by its `key` (DESIGN.md; what the memory store's own
 * apply does). After a write commits, `Rekeyer` gives each entity created since it started watching the
 * key its `id` / `key` property names, when that key is free, and drops a relationship's `key` property
 * once it is the relationship's graph key — so a graph written through Bolt (e.g.
 * `newsgraph ingest --neo4j bolt://…` against `serve --bolt`) looks exactly like one ingested locally.
 */

interface EventGraph {
  on(event: string, f: (p: { key: string }) => void): unknown;
  removeListener(event: string, f: (p: { key: string }) => void): unknown;
  hasNode(key: string): boolean;
  hasEdge(key: string): boolean;
  getNodeAttributes(key: string): Record<string, unknown>;
  getEdgeAttributes(key: string): Record<string, unknown>;
  addNode(key: string, attrs: Record<string, unknown>): unknown;
  dropNode(key: string): unknown;
  dropEdge(key: string): unknown;
  removeEdgeAttribute(key: string, name: string): unknown;
  addDirectedEdgeWithKey(key: string, s: string, t: string, attrs: Record<string, unknown>): unknown;
  forEachEdge(node: string, cb: (key: string, attrs: Record<string, unknown>, source: string, target: string) => void): void;
  source(edge: string): string;
  target(edge: string): string;
}

export function canRekey(graph: unknown): graph is EventGraph {
  const g = graph as Partial<EventGraph> | undefined;
  return !!g && typeof g.on === 'function' && typeof g.addDirectedEdgeWithKey === 'function' && typeof g.forEachEdge === 'function';
}

export class Rekeyer {
  private nodes = new Set<string>();
  private edges = new Set<string>();
  private readonly onNode = (p: { key: string }): void => { this.nodes.add(p.key); };
  private readonly onEdge = (p: { key: string }): void => { this.edges.add(p.key); };
  private watching = false;

  constructor(private readonly graph: EventGraph) {}

  start(): void {
    if (this.watching) return;
    this.graph.on('nodeAdded', this.onNode);
    this.graph.on('edgeAdded', this.onEdge);
    this.graph.on('edgeAttributesUpdated', this.onEdge);
    this.watching = true;
  }

  /** Stops watching without changing anything (rollback). */
  stop(): void {
    if (!this.watching) return;
    this.graph.removeListener('nodeAdded', this.onNode);
    this.graph.removeListener('edgeAdded', this.onEdge);
    this.graph.removeListener('edgeAttributesUpdated', this.onEdge);
    this.watching = false;
    this.nodes.clear();
    this.edges.clear();
  }

  /** Re-keys what was created, then stops watching. */
  apply(): void {
    const nodes = [...this.nodes], edges = [...this.edges];
    this.stop();
    const g = this.graph;
    for (const key of nodes) {
      if (!g.hasNode(key)) continue;
      const attrs = g.getNodeAttributes(key);
      const id = attrs.id;
      if (typeof id !== 'string' || id === key || g.hasNode(id)) continue;
      const attached: Array<[string, Record<string, unknown>, string, string]> = [];
      g.forEachEdge(key, (e, a, s, t) => { attached.push([e, { ...a }, s === key ? id : s, t === key ? id : t]); });
      g.dropNode(key);
      g.addNode(id, { ...attrs });
      for (const [e, a, s, t] of attached) g.addDirectedEdgeWithKey(e, s, t, a);
    }
    for (const key of edges) {
      if (!g.hasEdge(key)) continue;
      const attrs = g.getEdgeAttributes(key);
      const k = attrs.key;
      if (k === key) { g.removeEdgeAttribute(key, 'key'); continue; }
      if (typeof k !== 'string' || g.hasEdge(k)) continue;
      const s = g.source(key), t = g.target(key);
      g.dropEdge(key);
      const { key: _k, ...rest } = attrs;
      g.addDirectedEdgeWithKey(k, s, t, rest);
    }
  }
}
