/**
 * Transaction rollback for the embedded graph at the cost of what the transaction changes, not of the
 * graph's size: while a write transaction is open, the graph's mutating methods are wrapped so each
 * change records how to undo it (attributes as they were, dropped nodes with their relationships,
 * added entities to drop). Rollback replays the undo steps in reverse; commit forgets them. Undoing goes
 * through the same graph methods, so the engine's indexes (graph event listeners) follow.
 */

type Attrs = Record<string, unknown>;
type Fn = (...args: unknown[]) => unknown;

interface JournalGraph {
  hasNode(key: unknown): boolean;
  hasEdge(key: unknown): boolean;
  getNodeAttributes(key: unknown): Attrs;
  getEdgeAttributes(key: unknown): Attrs;
  replaceNodeAttributes(key: unknown, attrs: Attrs): unknown;
  replaceEdgeAttributes(key: unknown, attrs: Attrs): unknown;
  addNode(key: unknown, attrs?: Attrs): unknown;
  dropNode(key: unknown): unknown;
  dropEdge(key: unknown): unknown;
  addDirectedEdgeWithKey(key: unknown, s: unknown, t: unknown, attrs?: Attrs): unknown;
  addUndirectedEdgeWithKey(key: unknown, s: unknown, t: unknown, attrs?: Attrs): unknown;
  source(edge: unknown): string;
  target(edge: unknown): string;
  isUndirected(edge: unknown): boolean;
  forEachEdge(node: unknown, cb: (key: string) => void): void;
}

const NODE_ATTRIBUTE_METHODS = ['setNodeAttribute', 'updateNodeAttribute', 'removeNodeAttribute', 'replaceNodeAttributes', 'mergeNodeAttributes', 'updateNodeAttributes'];
const EDGE_ATTRIBUTE_METHODS = ['setEdgeAttribute', 'updateEdgeAttribute', 'removeEdgeAttribute', 'replaceEdgeAttributes', 'mergeEdgeAttributes', 'updateEdgeAttributes'];
const ADD_EDGE_METHODS = ['addEdge', 'addDirectedEdge', 'addUndirectedEdge', 'addEdgeWithKey', 'addDirectedEdgeWithKey', 'addUndirectedEdgeWithKey'];
/** Mutations the journal cannot undo: a transaction that uses one cannot be rolled back exactly. */
const UNJOURNALED = ['clear', 'clearEdges', 'mergeNode', 'updateNode', 'mergeEdge', 'updateEdge', 'mergeEdgeWithKey', 'updateEdgeWithKey',
  'dropDirectedEdge', 'dropUndirectedEdge', 'import', 'mergeDirectedEdge', 'mergeUndirectedEdge', 'updateDirectedEdge', 'updateUndirectedEdge'];

export function canJournal(graph: unknown): graph is JournalGraph {
  const g = graph as Partial<JournalGraph> | undefined;
  return !!g && typeof g.replaceNodeAttributes === 'function' && typeof g.addDirectedEdgeWithKey === 'function' && typeof g.forEachEdge === 'function';
}

const NOT_OWN = Symbol('not own');

export class UndoJournal {
  private undo: Array<() => void> = [];
  private saved = new Map<string, unknown>();
  private depth = 0;
  /** Set when an unjournaled mutation ran: rollback cannot be exact. */
  tainted = false;

  constructor(private readonly graph: JournalGraph) {}

  get active(): boolean { return this.saved.size > 0; }

  start(): void {
    if (this.active) return;
    const g = this.graph;
    const edgeSnapshot = (e: unknown) => ({ key: e, s: g.source(e), t: g.target(e), u: g.isUndirected(e), attrs: { ...g.getEdgeAttributes(e) } });
    const readd = (x: ReturnType<typeof edgeSnapshot>) => (x.u ? g.addUndirectedEdgeWithKey(x.key, x.s, x.t, x.attrs) : g.addDirectedEdgeWithKey(x.key, x.s, x.t, x.attrs));
    for (const m of NODE_ATTRIBUTE_METHODS) {
      this.wrap(m, ([key]) => {
        if (!g.hasNode(key)) return undefined;
        const copy = { ...g.getNodeAttributes(key) };
        return () => { g.replaceNodeAttributes(key, copy); };
      });
    }
    for (const m of EDGE_ATTRIBUTE_METHODS) {
      this.wrap(m, ([key]) => {
        if (!g.hasEdge(key)) { this.tainted = true; return undefined; } // (source, target) forms
        const copy = { ...g.getEdgeAttributes(key) };
        return () => { g.replaceEdgeAttributes(key, copy); };
      });
    }
    this.wrap('addNode', undefined, (key) => () => { g.dropNode(key); });
    for (const m of ADD_EDGE_METHODS) this.wrap(m, undefined, (key) => () => { g.dropEdge(key); });
    this.wrap('dropNode', ([key]) => {
      if (!g.hasNode(key)) return undefined;
      const attrs = { ...g.getNodeAttributes(key) };
      const edges: Array<ReturnType<typeof edgeSnapshot>> = [];
      g.forEachEdge(key, (e) => { edges.push(edgeSnapshot(e)); });
      return () => { g.addNode(key, attrs); for (const x of edges) if (!g.hasEdge(x.key)) readd(x); };
    });
    this.wrap('dropEdge', ([key]) => {
      if (!g.hasEdge(key)) { this.tainted = true; return undefined; }
      const x = edgeSnapshot(key);
      return () => { readd(x); };
    });
    for (const m of UNJOURNALED) this.wrap(m, () => { this.tainted = true; return undefined; });
  }

  private wrap(name: string, before?: (args: unknown[]) => (() => void) | undefined, after?: (ret: unknown, args: unknown[]) => (() => void) | undefined): void {
    const g = this.graph as unknown as Record<string, unknown>;
    const orig = g[name];
    if (typeof orig !== 'function') return;
    this.saved.set(name, Object.prototype.hasOwnProperty.call(g, name) ? orig : NOT_OWN);
    const journal = this;
    g[name] = function (this: unknown, ...args: unknown[]) {
      if (journal.depth > 0) return (orig as Fn).apply(this, args);
      journal.depth++;
      try {
        const undoBefore = before?.(args);
        const ret = (orig as Fn).apply(this, args);
        if (undoBefore) journal.undo.push(undoBefore);
        const undoAfter = after?.(ret, args);
        if (undoAfter) journal.undo.push(undoAfter);
        return ret;
      } finally {
        journal.depth--;
      }
    };
  }

  /** Unwraps the graph's methods. */
  private stop(): void {
    const g = this.graph as unknown as Record<string, unknown>;
    for (const [name, own] of this.saved) {
      if (own === NOT_OWN) delete g[name];
      else g[name] = own;
    }
    this.saved.clear();
  }

  commit(): void {
    this.stop();
    this.undo = [];
    this.tainted = false;
  }

  rollback(): void {
    this.stop();
    const steps = this.undo;
    this.undo = [];
    for (let i = steps.length - 1; i >= 0; i--) steps[i]!();
    this.tainted = false;
  }
}
