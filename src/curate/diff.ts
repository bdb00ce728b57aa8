/**
 * Recording what an operation changes (before/after images of every element it touches, with their
 * positions) and putting it back. Positions matter: exports keep the store's order, so an undo that
 * re-added a node at the end would not give back the same file.
 */
import type { MultiDirectedGraph as Graph } from 'graphology';
import type { ElementChange, ElementImage, GraphDiff } from './types.ts';
import { rebuildInPlace } from '../graph/rebuild.ts';

type Attrs = Record<string, unknown>;

/** Shallow copy of attributes, lists copied too (the graph's own arrays are never shared with images). */
function copyAttrs(a: Attrs): Attrs {
  const out: Attrs = {};
  for (const [k, v] of Object.entries(a)) out[k] = Array.isArray(v) ? v.slice() : v;
  return out;
}

function positions(keys: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  let i = 0;
  for (const k of keys) out.set(k, i++);
  return out;
}

function nodeImage(graph: Graph, key: string, index: number): ElementImage {
  return { key, attributes: copyAttrs(graph.getNodeAttributes(key)), index };
}

function edgeImage(graph: Graph, key: string, index: number): ElementImage {
  return { key, source: graph.source(key), target: graph.target(key), attributes: copyAttrs(graph.getEdgeAttributes(key)), index };
}

const same = (a: ElementImage | undefined, b: ElementImage | undefined): boolean =>
  a === b || (!!a && !!b && a.source === b.source && a.target === b.target && JSON.stringify(a.attributes) === JSON.stringify(b.attributes));

/**
 * Watches an operation: call touchNode/touchEdge before changing an element (its before-image is
 * taken once, with its position), then finish() for the diff. Positions are computed once, lazily.
 */
export class DiffRecorder {
  private nodeBefore = new Map<string, ElementImage | undefined>();
  private edgeBefore = new Map<string, ElementImage | undefined>();
  private nodePos: Map<string, number> | undefined;
  private edgePos: Map<string, number> | undefined;

  constructor(private readonly graph: Graph) {}

  touchNode(key: string): void {
    if (this.nodeBefore.has(key)) return;
    if (!this.graph.hasNode(key)) { this.nodeBefore.set(key, undefined); return; }
    this.nodePos ??= positions(this.graph.nodes());
    this.nodeBefore.set(key, nodeImage(this.graph, key, this.nodePos.get(key)!));
  }

  touchEdge(key: string): void {
    if (this.edgeBefore.has(key)) return;
    if (!this.graph.hasEdge(key)) { this.edgeBefore.set(key, undefined); return; }
    this.edgePos ??= positions(this.graph.edges());
    this.edgeBefore.set(key, edgeImage(this.graph, key, this.edgePos.get(key)!));
  }

  /** Before dropping a node: its edges go with it, so they are recorded too. */
  touchNodeWithEdges(key: string): void {
    if (this.graph.hasNode(key)) for (const e of this.graph.edges(key)) this.touchEdge(e);
    this.touchNode(key);
  }

  finish(): GraphDiff {
    // after-images carry no position: only the before-images' are ever used (to put elements back)
    const changes = (before: Map<string, ElementImage | undefined>, has: (k: string) => boolean, image: (k: string, i: number) => ElementImage) => {
      const out: ElementChange[] = [];
      for (const [key, b] of before) {
        const a = has(key) ? image(key, -1) : undefined;
        if (same(b, a)) continue;
        const change: ElementChange = { key };
        if (b) change.before = b;
        if (a) change.after = a;
        out.push(change);
      }
      return out;
    };
    return {
      nodes: changes(this.nodeBefore, (k) => this.graph.hasNode(k), (k, i) => nodeImage(this.graph, k, i)),
      edges: changes(this.edgeBefore, (k) => this.graph.hasEdge(k), (k, i) => edgeImage(this.graph, k, i)),
    };
  }
}

export const emptyDiff = (): GraphDiff => ({ nodes: [], edges: [] });

export const isEmptyDiff = (d: GraphDiff): boolean => !d.nodes.length && !d.edges.length;

/** Whether every element the diff touched is now as the diff left it (nothing changed it since). */
export function diffIsCurrent(graph: Graph, diff: GraphDiff): boolean {
  for (const c of diff.nodes) {
    const now = graph.hasNode(c.key) ? nodeImage(graph, c.key, 0) : undefined;
    if (!same(now, c.after ? { ...c.after, index: 0 } : undefined)) return false;
  }
  for (const c of diff.edges) {
    const now = graph.hasEdge(c.key) ? edgeImage(graph, c.key, 0) : undefined;
    if (!same(now, c.after ? { ...c.after, index: 0 } : undefined)) return false;
  }
  return true;
}

/**
 * Puts every element the diff touched back as it was before, each removed element at its old position.
 * Returns the diff of this restore (what undo reports). Re-inserting at a position rebuilds the graph
 * (graphology only appends), which costs one pass over it — undo is rare, exactness matters.
 */
export function restoreBefore(graph: Graph, diff: GraphDiff): GraphDiff {
  const rec = new DiffRecorder(graph);
  for (const c of diff.nodes) rec.touchNodeWithEdges(c.key);
  for (const c of diff.edges) rec.touchEdge(c.key);
  const nodesToInsert: ElementImage[] = [];
  const edgesToInsert: ElementImage[] = [];
  for (const c of diff.edges) {
    const b = c.before;
    if (graph.hasEdge(c.key) && b && graph.source(c.key) === b.source && graph.target(c.key) === b.target) {
      graph.replaceEdgeAttributes(c.key, copyAttrs(b.attributes));
      continue;
    }
    if (graph.hasEdge(c.key)) graph.dropEdge(c.key);
    if (b) edgesToInsert.push(b);
  }
  for (const c of diff.nodes) {
    if (graph.hasNode(c.key) && c.before) { graph.replaceNodeAttributes(c.key, copyAttrs(c.before.attributes)); continue; }
    if (graph.hasNode(c.key)) graph.dropNode(c.key);
    if (c.before) nodesToInsert.push(c.before);
  }
  if (nodesToInsert.length || edgesToInsert.length) insertAtPositions(graph, nodesToInsert, edgesToInsert);
  return rec.finish();
}

function insertAtPositions(graph: Graph, nodes: ElementImage[], edges: ElementImage[]): void {
  const data = graph.export();
  const splice = <T>(list: T[], images: ElementImage[], make: (i: ElementImage) => T) => {
    for (const img of [...images].sort((a, b) => a.index - b.index)) list.splice(Math.min(img.index, list.length), 0, make(img));
  };
  splice(data.nodes, nodes, (i) => ({ key: i.key, attributes: copyAttrs(i.attributes) }));
  // an edge whose end is gone (removed since) cannot come back; it is left out rather than failing the undo
  const present = new Set(data.nodes.map((n) => n.key));
  splice(data.edges, edges.filter((e) => present.has(e.source!) && present.has(e.target!)),
    (i) => ({ key: i.key, source: i.source!, target: i.target!, attributes: copyAttrs(i.attributes) }));
  // followers of the graph's changes (live viewers) are told only what was put back, not a replaced graph
  rebuildInPlace(graph, data, { nodes: nodes.map((n) => n.key), edges: edges.map((e) => e.key) });
}
