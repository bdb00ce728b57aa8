/**
 * A snapshot as a graphology graph: a directed multi-graph with self-loops (Newsgraph's own kind), or
 * a mixed one when a foreign snapshot holds undirected edges, so any snapshot loads and writers that
 * infer the graph type from the instance (graphology-gexf) declare `directed`.
 */
import graphology from 'graphology';
import type { MultiDirectedGraph as MultiDirectedGraphType, MultiGraph as MultiGraphType } from 'graphology';
import type { Snapshot } from '../graph/model.ts';

const { MultiDirectedGraph, MultiGraph } = graphology;

export function snapshotGraph(snapshot: Snapshot): MultiDirectedGraphType | MultiGraphType {
  const graph = snapshot.edges.some((e) => e.undirected)
    ? new MultiGraph({ allowSelfLoops: true })
    : new MultiDirectedGraph({ allowSelfLoops: true });
  graph.import({ attributes: snapshot.attributes, nodes: snapshot.nodes, edges: snapshot.edges } as never);
  return graph;
}
