/**
 * A graph replaced on the server (a store reload, an import) refreshed in place: the fetched snapshot is
 * turned into one change set against the graph on screen — every node and edge of the snapshot (known
 * ones keep their positions), and the keys the snapshot no longer has dropped — so the camera, the
 * selection and the open panels stay as they are. Pure: the graph is only read.
 */
import type { ViewerGraph } from '../types.ts';
import type { Changes } from './index.ts';

export interface SnapshotLike {
  nodes: ReadonlyArray<{ key: string; attributes?: Record<string, unknown> }>;
  edges: ReadonlyArray<{ key?: string; source: string; target: string; attributes?: Record<string, unknown> }>;
}

export function changesToSnapshot(graph: ViewerGraph, snapshot: SnapshotLike): Changes {
  const nodes = snapshot.nodes.map((n) => ({ key: n.key, attributes: n.attributes ?? {} }));
  const edges = snapshot.edges
    .filter((e): e is typeof e & { key: string } => e.key !== undefined)
    .map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: e.attributes ?? {} }));
  const nodeKeys = new Set(nodes.map((n) => n.key));
  const edgeKeys = new Set(edges.map((e) => e.key));
  const droppedNodes = graph.filterNodes((k) => !nodeKeys.has(k));
  const droppedEdges = graph.filterEdges((k) => !edgeKeys.has(k));
  return { nodes, edges, droppedNodes, droppedEdges };
}
